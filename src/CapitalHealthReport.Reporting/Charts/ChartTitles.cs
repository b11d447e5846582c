using System.Text;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Breaks a chart title into lines that fit the figure's width, so that a long title on a half-width figure wraps
/// instead of running past the figure's edge, where the report's text may break (<see cref="LineBreaks"/>), but never
/// inside a period such as Q2 2025. The figure's title panel wraps its title this way once it knows the figure's width.
/// </summary>
internal static class ChartTitles
{
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
        space >= 2 && space + 1 < title.Length && title[space] == ' ' && char.IsAsciiDigit(title[space + 1])
        && title[space - 2] is 'Q' or 'H' && char.IsAsciiDigit(title[space - 1]) && (space == 2 || title[space - 3] == ' ');

    /// <summary>The pieces a line may break between, by the PDF text's own line-breaking rules (spaces, ideographs, no closing punctuation at a line's start), and never inside a period.</summary>
    private static IEnumerable<string> Pieces(string title)
    {
        var from = 0;
        for (var i = 1; i < title.Length; i++)
        {
            if (!char.IsLowSurrogate(title[i]) && LineBreaks.MayBreakBefore(title, i) && !EndsPeriodPart(title, i - 1))
            {
                yield return title[from..i];
                from = i;
            }
        }

        yield return title[from..];
    }
}
