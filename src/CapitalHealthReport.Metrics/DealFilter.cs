using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Metrics;

/// <summary>Applies the <c>--where</c> filters: every field must match; repeated filters on one field accept any of their values.</summary>
internal static class DealFilter
{
    /// <summary>
    /// The table rows of the deals that pass every filter, in the order <paramref name="order"/> (table rows in the
    /// set's order; null when the table is in that order); null when there are no filters (every deal passes).
    /// </summary>
    public static int[]? Apply(DealTable deals, int[]? order, IReadOnlyList<Filter> filters, MetricReference reference)
    {
        if (filters.Count == 0)
        {
            return null;
        }

        var groups = filters.GroupBy(f => f.Field, StringComparer.Ordinal)
            .Select(g => Predicate(deals, g.Key, g.Select(f => f.Value).ToList(), reference))
            .ToList();
        var kept = new List<int>();
        for (var k = 0; k < deals.Count; k++)
        {
            var i = order is null ? k : order[k];
            var keep = true;
            foreach (var predicate in groups)
            {
                if (!predicate(i))
                {
                    keep = false;
                    break;
                }
            }

            if (keep)
            {
                kept.Add(i);
            }
        }

        return [.. kept];
    }

    /// <summary>Whether deal (row) <c>i</c> passes the filters on one field.</summary>
    private static Func<int, bool> Predicate(DealTable deals, string field, List<string> values, MetricReference reference)
    {
        switch (field)
        {
            case "sector":
                return i => Any(values, deals.Sector[i]);
            case "subsector":
                return i => Any(values, deals.Subsector[i]);
            case "region":
                return i => Any(values, deals.Region[i]);
            case "country":
                // Deals given in memory may write a country as they like: USA, United States and US are one country. A deal
                // with no country is in its region's, when the region directory knows it (California is in the US).
                var codes = values.Select(v => CountryNames.Code(v) ?? v).ToList();
                var matches = new Dictionary<string, bool>(StringComparer.Ordinal);
                return i => (deals.Country[i] ?? reference.CountryOfRegion(deals.Region[i])) is not { } country ? Any(values, null)
                    : matches.TryGetValue(country, out var known) ? known
                    : matches[country] = Any(values, country) || Any(codes, CountryNames.Code(country) ?? country);
            case "stage":
                var stages = values.Select(Filter.ParseStage).ToHashSet();
                return i => stages.Contains((Stage)deals.Stage[i]);
            case "investor_type":
                var types = values.Select(v => InvestorTypes.TryParse(v)!.Value).ToHashSet();
                var numbering = deals.Numbering;
                var typeOf = new int[numbering.InvestorNames.Count];
                Array.Fill(typeOf, -1);
                return i =>
                {
                    foreach (var investor in numbering.InvestorsOf(i))
                    {
                        ref var type = ref typeOf[investor];
                        if (type < 0)
                        {
                            type = reference.FindInvestorByText(numbering.InvestorNames[investor]) is { } info ? (int)info.Type : InvestorTypes.UnknownIndex;
                        }

                        if (types.Contains(type))
                        {
                            return true;
                        }
                    }

                    return false;
                };
            default:
                var keys = values.Select(CompanyKeys.FromName).ToHashSet(StringComparer.Ordinal);
                var byText = keys.GetAlternateLookup<ReadOnlySpan<char>>();
                return i => byText.Contains(deals.Numbering.CompanyKeys[deals.Numbering.Company[i]]) || keys.Contains(CompanyKeys.FromName(deals.Names.GetString(i)));
        }
    }

    /// <summary>Case-insensitive match; <c>Unknown</c> matches a missing value.</summary>
    private static bool Any(List<string> values, string? field)
    {
        var actual = string.IsNullOrWhiteSpace(field) ? DealColumns.UnknownLabel : field.Trim();
        foreach (var value in values)
        {
            if (string.Equals(value, actual, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
