using CapitalHealthReport.Model;

namespace CapitalHealthReport.Loading;

/// <summary>Rows that look like one deal: their lines (the first kept), and the company, date and amount they share.</summary>
public sealed record DuplicateGroup(IReadOnlyList<int> Lines, string Company, DateOnly Date, decimal? Amount, string Currency);

/// <summary>
/// Duplicate rows of one load: exact duplicates (rows identical in every field read) and probable duplicates (the same
/// company, date and amount, other fields differing). Counts are of the later rows; groups list at most
/// <see cref="GroupsKept"/> of each kind, in file order.
/// </summary>
public sealed record DuplicateReport(int ExactRows, int ExactDropped, IReadOnlyList<DuplicateGroup> Exact, int ProbableRows, IReadOnlyList<DuplicateGroup> Probable)
{
    /// <summary>How many groups of each kind are listed.</summary>
    public const int GroupsKept = 100;

    public static DuplicateReport None { get; } = new(0, 0, [], 0, []);
}

/// <summary>Finds exact and probable duplicate rows in a deal table, in file order.</summary>
internal static class Duplicates
{
    /// <summary>The duplicates among the loaded deals, with those <c>dedupe: exact</c> already dropped.</summary>
    /// <param name="table">The deals as loaded (rows in file order).</param>
    /// <param name="dropped">Rows dropped as exact duplicates while loading: their line and the line of the row they repeat (a loaded row).</param>
    public static DuplicateReport Find(DealTable table, IReadOnlyList<(int Line, int First)> dropped)
    {
        // Rows alike in company, date and amount first (cheap keys); only those are compared field by field.
        var numbering = table.Numbering;
        var byKey = new Dictionary<ProbableKey, List<int>>();
        var alike = new List<List<int>>();
        for (var row = 0; row < table.Count; row++)
        {
            var hasAmount = (table.Flags[row] & DealTable.HasAmount) != 0;
            var key = new ProbableKey(numbering.Company[row], table.Day[row], hasAmount ? table.Amount[row] : -1m, table.Currency[row]);
            if (byKey.TryGetValue(key, out var rows))
            {
                rows.Add(row);
                if (rows.Count == 2)
                {
                    alike.Add(rows);
                }
            }
            else
            {
                byKey[key] = [row];
            }
        }

        var exactRows = new List<int>();
        var exactGroups = new List<List<int>>();
        var probableGroups = new List<List<int>>();
        foreach (var rows in alike)
        {
            var distinct = new List<int>();
            var copies = new Dictionary<ExactKey, List<int>>();
            foreach (var row in rows)
            {
                var exact = new ExactKey(table.Stage[row], table.Flags[row], table.Names[row].ToString(), table.Ids[row].ToString(), table.Sector[row], table.Subsector[row], table.Region[row], table.Country[row], Investors(numbering, row));
                if (copies.TryGetValue(exact, out var same))
                {
                    same.Add(row);
                    exactRows.Add(row);
                    if (same.Count == 2)
                    {
                        exactGroups.Add(same);
                    }
                }
                else
                {
                    copies[exact] = [row];
                    distinct.Add(row);
                }
            }

            if (distinct.Count > 1)
            {
                probableGroups.Add(distinct);
            }
        }

        var groups = exactGroups.Select(g => Group(table, g)).Concat(Dropped(table, dropped)).OrderBy(g => g.Lines[0]).Take(DuplicateReport.GroupsKept);
        probableGroups.Sort((a, b) => a[0].CompareTo(b[0]));
        return new DuplicateReport(
            exactRows.Count + dropped.Count,
            dropped.Count,
            [.. groups],
            probableGroups.Sum(g => g.Count - 1),
            [.. probableGroups.Take(DuplicateReport.GroupsKept).Select(g => Group(table, g))]);
    }

    /// <summary>The groups of the rows dropped while loading, each led by the loaded row they repeat (found by its line).</summary>
    private static IEnumerable<DuplicateGroup> Dropped(DealTable table, IReadOnlyList<(int Line, int First)> dropped)
    {
        foreach (var group in dropped.GroupBy(d => d.First))
        {
            var row = Array.BinarySearch(table.Line, 0, table.Count, group.Key);
            if (row >= 0)
            {
                var kept = Group(table, [row]);
                yield return kept with { Lines = [group.Key, .. group.Select(d => d.Line)] };
            }
        }
    }

    private static string Investors(DealNumbering numbering, int row) => string.Join('\u001F', numbering.InvestorsOf(row).ToArray());

    private static DuplicateGroup Group(DealTable table, List<int> rows)
    {
        var first = rows[0];
        var amount = (table.Flags[first] & DealTable.HasAmount) != 0 ? table.Amount[first] : (decimal?)null;
        return new DuplicateGroup([.. rows.Select(r => table.Line[r])], table.Names.GetString(first), table.Date(first), amount, table.Currency[first]);
    }

    private readonly record struct ProbableKey(int Company, int Day, decimal Amount, string Currency);

    private readonly record struct ExactKey(byte Stage, byte Flags, string Name, string Id, string? Sector, string? Subsector, string? Region, string? Country, string Investors);
}
