using CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// What an auto column's cells ask for, padding included: <see cref="Word"/>, the widest piece that cannot be broken
/// (a narrower column breaks a word between characters); <see cref="ShortWord"/>, the same over the cells whose widest
/// piece is a short word, not a long token; <see cref="OneLine"/>, <see cref="Word"/> raised so figures and short labels
/// keep to one line; <see cref="Max"/>, the width with nothing wrapped.
/// </summary>
internal readonly record struct ColumnContent(float Word, float ShortWord, float OneLine, float Max);

/// <summary>
/// Shares a table's width among its columns: fixed columns first, then auto columns from their content, then relative
/// shares of what is left.
/// </summary>
/// <remarks>
/// Auto columns take their unwrapped width when the table has room, else their one-line width plus a share of the
/// rest. When even the one-line widths do not fit, the widest columns give way first, narrowed to a common width, but
/// none below its longest short word: a column holding a long token (a company name written as one word) narrows and
/// breaks it between characters, while figures, percentages and short labels (Chinese ones too) in the other columns
/// keep to one line. Only if even the words do not all fit do the columns with the longest words narrow, to a common width.
/// </remarks>
internal static class TableColumnWidths
{
    public static float[] Compute(IReadOnlyList<TableColumn> columns, IReadOnlyList<ColumnContent> content, float width)
    {
        var widths = new float[columns.Count];
        var fixedTotal = 0f;
        var relativeTotal = 0f;
        var auto = new List<int>();
        for (var c = 0; c < columns.Count; c++)
        {
            switch (columns[c].Kind)
            {
                case ColumnWidthKind.Fixed:
                    widths[c] = Math.Max(0f, columns[c].Value);
                    fixedTotal += widths[c];
                    break;
                case ColumnWidthKind.Auto:
                    auto.Add(c);
                    break;
                default:
                    relativeTotal += Math.Max(0f, columns[c].Value);
                    break;
            }
        }

        var available = Math.Max(0f, width - fixedTotal);
        var autoWidths = AutoWidths(auto.Select(c => content[c]).ToArray(), available, spreadSpare: relativeTotal <= 0f);
        for (var i = 0; i < auto.Count; i++)
        {
            widths[auto[i]] = autoWidths[i];
        }

        var left = Math.Max(0f, available - autoWidths.Sum());
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Kind == ColumnWidthKind.Relative)
            {
                widths[c] = left * Math.Max(0f, columns[c].Value) / relativeTotal;
            }
        }

        return widths;
    }

    private static float[] AutoWidths(ColumnContent[] content, float available, bool spreadSpare)
    {
        float max = 0f, oneLine = 0f;
        foreach (var column in content)
        {
            max += column.Max;
            oneLine += column.OneLine;
        }

        if (max <= available)
        {
            // Everything fits unwrapped; an all-auto table also shares out the spare width.
            return content.Select(c => !spreadSpare || max <= 0f ? c.Max : c.Max * available / max).ToArray();
        }

        if (oneLine <= available)
        {
            return content.Select(c => c.OneLine + ((c.Max - c.OneLine) * (available - oneLine) / Math.Max(0.001f, max - oneLine))).ToArray();
        }

        // Too narrow for every one-line width: the widest columns narrow to a common width, but no column below its
        // short words (while all words fit; else the longest words give way first, down to a common width). A long
        // token (a name written as one word) is no short word: its column narrows like wrapping text.
        var words = content.Select(c => c.Word).ToArray();
        var wordLevel = words.Sum() <= available ? float.PositiveInfinity : Level(new float[words.Length], words, available);
        var floors = content.Select(c => Math.Min(c.ShortWord, wordLevel)).ToArray();
        var level = Level(floors, content.Select(c => c.OneLine).ToArray(), available);
        return floors.Select((floor, i) => Math.Clamp(level, floor, content[i].OneLine)).ToArray();
    }

    /// <summary>
    /// The common width <c>L</c> at which the columns, each <c>L</c> held between its <paramref name="low"/> and
    /// <paramref name="high"/> bound, add up to <paramref name="total"/> (the lowest or highest bound if they cannot).
    /// </summary>
    private static float Level(float[] low, float[] high, float total)
    {
        float Sum(float level)
        {
            var sum = 0f;
            for (var i = 0; i < low.Length; i++)
            {
                sum += Math.Clamp(level, low[i], high[i]);
            }

            return sum;
        }

        // The sum is piecewise linear between the bounds: find the piece that reaches the total and interpolate.
        var bounds = low.Concat(high).Distinct().Order().ToArray();
        if (bounds.Length == 0)
        {
            return 0f;
        }

        var previous = bounds[0];
        var previousSum = Sum(previous);
        if (total <= previousSum)
        {
            return previous;
        }

        foreach (var bound in bounds.Skip(1))
        {
            var sum = Sum(bound);
            if (total <= sum)
            {
                return previous + ((bound - previous) * (total - previousSum) / (sum - previousSum));
            }

            (previous, previousSum) = (bound, sum);
        }

        return previous;
    }
}
