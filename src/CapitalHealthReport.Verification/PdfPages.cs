using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CapitalHealthReport.Verification;

/// <summary>One page of a PDF as a reviewer sees it: its number, its text line by line, and a hash of its content.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Text">The page's text, one line per text line on the page (top to bottom, left to right), LF line ends.</param>
/// <param name="ContentHash">SHA-256 (lowercase hex) of the page's text and its content stream operations: equal hashes mean the page draws the same.</param>
public sealed record PdfPage(int Number, string Text, string ContentHash);

/// <summary>
/// Reads a PDF's pages back (with PdfPig) into reviewable text and per-page content hashes, so that snapshot
/// comparisons can say which pages of a report changed and show the change as text.
/// </summary>
public static class PdfPages
{
    /// <summary>The pages of <paramref name="pdf"/>, in order.</summary>
    /// <exception cref="InputException">The bytes are not a readable PDF.</exception>
    /// <param name="pdf">The document's bytes.</param>
    /// <param name="maxPages">The most pages read back; a document with more is refused (a verified file's work budget).</param>
    public static IReadOnlyList<PdfPage> Read(byte[] pdf, int maxPages = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            using var document = PdfDocument.Open(pdf);
            if (document.NumberOfPages > maxPages)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"it has {document.NumberOfPages:N0} pages, more than the {maxPages:N0} read back for a comparison."));
            }

            return document.GetPages().Select(static page =>
            {
                var text = PageText(page);
                return new PdfPage(page.Number, text, ContentHash(page, text));
            }).ToArray();
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            throw new InputException($"The PDF could not be read back for comparison: {e.Message}", null, hint: "Delete the damaged .pdf snapshot and run again with --accept.", innerException: e);
        }
    }

    /// <summary>
    /// All pages as one text file: a <c>=== page N ===</c> header before each page's text. This is the PDF's
    /// reviewable snapshot (<c>&lt;name&gt;.verified.txt</c>).
    /// </summary>
    public static string Document(IReadOnlyList<PdfPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var builder = new StringBuilder();
        foreach (var page in pages)
        {
            builder.Append(CultureInfo.InvariantCulture, $"=== page {page.Number} ===\n");
            builder.Append(page.Text);
            if (page.Text.Length > 0 && page.Text[^1] != '\n')
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The page's letters grouped into lines by baseline: horizontal text top to bottom, then rotated text (a chart's
    /// vertical axis title) left to right. Within a line a space goes where letters are further apart than a fifth of
    /// the font size, so that words and CJK runs both read naturally.
    /// </summary>
    private static string PageText(Page page)
    {
        var letters = page.Letters.Where(static l => !string.IsNullOrEmpty(l.Value)).ToList();
        var horizontal = letters
            .Where(static l => !IsVertical(l))
            .GroupBy(static l => Math.Round(l.StartBaseLine.Y, 0, MidpointRounding.AwayFromZero))
            .OrderByDescending(static g => g.Key)
            .Select(static g => g.OrderBy(static l => l.StartBaseLine.X).ToList());
        var vertical = letters
            .Where(IsVertical)
            .GroupBy(static l => Math.Round(l.StartBaseLine.X, 0, MidpointRounding.AwayFromZero))
            .OrderBy(static g => g.Key)
            .Select(static g => (g.First().TextOrientation == TextOrientation.Rotate270
                ? g.OrderBy(static l => l.StartBaseLine.Y)
                : g.OrderByDescending(static l => l.StartBaseLine.Y)).ToList());
        var builder = new StringBuilder();
        foreach (var text in horizontal.Select(LineText).Concat(vertical.Select(VerticalLineText)))
        {
            if (text.Length > 0)
            {
                builder.Append(text).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static bool IsVertical(Letter letter) => letter.TextOrientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;

    private static string LineText(IReadOnlyList<Letter> line)
    {
        var builder = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in line)
        {
            if (previous is not null)
            {
                var gap = Distance(previous.EndBaseLine, letter.StartBaseLine);
                if (gap > 0.2 * Math.Max(previous.PointSize, 1) && !string.IsNullOrWhiteSpace(letter.Value) && !EndsWithSpace(builder))
                {
                    builder.Append(' ');
                }
            }

            builder.Append(letter.Value);
            previous = letter;
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// Rotated text: letters along one vertical baseline; a space goes where the step between two letters is more
    /// than one and a half times the line's median step (rotated letters' sizes are not reliable in page units).
    /// </summary>
    private static string VerticalLineText(IReadOnlyList<Letter> line)
    {
        var steps = line.Zip(line.Skip(1), static (a, b) => Math.Abs(b.StartBaseLine.Y - a.StartBaseLine.Y)).ToList();
        var median = steps.Count == 0 ? 0 : steps.Order().ElementAt(steps.Count / 2);
        var builder = new StringBuilder();
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0 && steps[i - 1] > 1.5 * median && !string.IsNullOrWhiteSpace(line[i].Value) && !EndsWithSpace(builder))
            {
                builder.Append(' ');
            }

            builder.Append(line[i].Value);
        }

        return builder.ToString().Trim();
    }

    private static double Distance(UglyToad.PdfPig.Core.PdfPoint from, UglyToad.PdfPig.Core.PdfPoint to) =>
        Math.Sqrt(((to.X - from.X) * (to.X - from.X)) + ((to.Y - from.Y) * (to.Y - from.Y)));

    private static bool EndsWithSpace(StringBuilder builder) => builder.Length > 0 && char.IsWhiteSpace(builder[^1]);

    private static string ContentHash(Page page, string text)
    {
        using var stream = new MemoryStream();
        var textBytes = Encoding.UTF8.GetBytes(text);
        stream.Write(textBytes);
        foreach (var operation in page.Operations)
        {
            operation.Write(stream);
            stream.WriteByte((byte)'\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }
}
