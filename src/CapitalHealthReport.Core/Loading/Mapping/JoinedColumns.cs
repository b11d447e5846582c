using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Fields read from several columns (<c>stage: [funding_round_type, funding_round_code]</c>): their non-empty values,
/// trimmed, joined by a space (<c>venture b</c>). A joined field's entry in a loader's column array is
/// <see cref="Offset"/> plus the position, further in the same array, of its column count and column indexes.
/// </summary>
internal static class JoinedColumns
{
    /// <summary>Column entries at or above this name a joined field.</summary>
    public const int Offset = 1 << 24;

    /// <summary>Resolves the mapping's extra source columns against <paramref name="header"/>; returns the column array to use.</summary>
    public static int[] Resolve(string[] header, string file, DealMapping mapping, int[] columns)
    {
        var extended = new List<int>(columns);
        foreach (var (fieldName, sources) in mapping.SourceColumns)
        {
            if (sources.Count < 2)
            {
                continue;
            }

            var field = (int)CanonicalFields.FromName(fieldName)!.Value;
            var indexes = new List<int>(sources.Count);
            foreach (var source in sources)
            {
                var index = Array.FindIndex(header, h => string.Equals(h, source.Trim(), StringComparison.Ordinal));
                if (index < 0)
                {
                    index = Array.FindIndex(header, h => string.Equals(h, source.Trim(), StringComparison.OrdinalIgnoreCase));
                }

                if (index < 0)
                {
                    var at = mapping.Positions.GetValueOrDefault("columns." + fieldName);
                    throw new InputException(
                        $"maps {fieldName} to the column '{source}', which {file} does not have. Columns found: {string.Join(", ", header)}.",
                        mapping.File,
                        at.Line,
                        at.Column,
                        "Correct the column name (it must match the header exactly).");
                }

                indexes.Add(index);
            }

            columns[field] = Offset + extended.Count;
            extended.Add(indexes.Count);
            extended.AddRange(indexes);
        }

        return extended.Count == columns.Length ? columns : [.. extended.Select((v, i) => i < columns.Length ? columns[i] : v)];
    }

    /// <summary>The first source column of a field (its own column, or the first of a joined field's); -1 when none.</summary>
    public static int First(int[] columns, int field)
    {
        var entry = columns[field];
        return entry >= Offset ? columns[entry - Offset + 1] : entry;
    }

    /// <summary>The joined text of the field whose entry is <paramref name="entry"/>; <paramref name="cell"/> reads a column of the row.</summary>
    public static ReadOnlySpan<char> Join(int[] columns, int entry, int fieldCount, Func<int, string> cell)
    {
        var at = entry - Offset;
        var builder = new StringBuilder();
        for (var k = 1; k <= columns[at]; k++)
        {
            var index = columns[at + k];
            var text = index < fieldCount ? cell(index).Trim() : "";
            if (text.Length > 0)
            {
                builder.Append(builder.Length > 0 ? " " : "").Append(text);
            }
        }

        return builder.ToString();
    }
}
