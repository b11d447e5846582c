using System.Text;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Breaks a chart title into lines that fit the figure's width, so that a long title on a half-width figure wraps
/// instead of running past the figure's edge: between words in English, between characters in Chinese (never before
/// closing punctuation, nor inside a period such as Q2 2025). The figure's title panel wraps its title this way once it knows the figure's width.
/// </summary>
internal static class ChartTitles
{
    private const string NoLineStart = "，。、；：？！）》」』”’,.;:?!)]";

    /// <summary><paramref name="title"/> with a line break wherever the next word would pass <paramref name="width"/>, as <paramref name="measure"/> measures text.</summary>
    public static string Wrap(string title, float width, Func<string, float> measure)
    {
        if (measure(title) <= width)
        {
            return title;
        }

        var lines = new StringBuilder();
        var line = new StringBuilder();
        foreach (var piece in Pieces(title))
        {
            var candidate = line.ToString() + piece;
            if (line.Length > 0 && measure(candidate.TrimEnd()) > width)
            {
                lines.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(piece.TrimStart());
            }
            else
            {
                line.Append(piece);
            }
        }

        return lines.Append(line.ToString().TrimEnd()).ToString();
    }

    /// <summary>True at the space of "Q2 2025" or "H1 2025": a period stays on one line.</summary>
    private static bool EndsPeriodPart(string title, int space) =>
        space >= 2 && space + 1 < title.Length && char.IsAsciiDigit(title[space + 1])
        && title[space - 2] is 'Q' or 'H' && char.IsAsciiDigit(title[space - 1]) && (space == 2 || title[space - 3] == ' ');

    /// <summary>The units a line may break between: a word with the space after it, or one ideograph with any closing punctuation after it.</summary>
    private static IEnumerable<string> Pieces(string title)
    {
        var piece = new StringBuilder();
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            piece.Append(c);
            var next = i + 1 < title.Length ? title[i + 1] : '\0';
            var breakAfter = next == '\0'
                || (c == ' ' && next != ' ' && !EndsPeriodPart(title, i))
                || (c >= '\u2E80' && next != ' ' && !NoLineStart.Contains(next, StringComparison.Ordinal));
            if (breakAfter)
            {
                yield return piece.ToString();
                piece.Clear();
            }
        }
    }
}
