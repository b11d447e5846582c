using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CapitalHealthReport.Reporting.Verification;

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
    public static IReadOnlyList<PdfPage> Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            using var document = PdfDocument.Open(pdf);
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
    /// The page's letters grouped into lines by baseline, top to bottom; a space goes where letters on one line
    /// are further apart than a fifth of the font size, so that words and CJK runs both read naturally.
    /// </summary>
    private static string PageText(Page page)
    {
        var lines = page.Letters
            .Where(static l => !string.IsNullOrEmpty(l.Value))
            .GroupBy(static l => Math.Round(l.StartBaseLine.Y, 0, MidpointRounding.AwayFromZero))
            .OrderByDescending(static g => g.Key);
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Letter? previous = null;
            var lineBuilder = new StringBuilder();
            foreach (var letter in line.OrderBy(static l => l.StartBaseLine.X))
            {
                if (previous is not null)
                {
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    if (gap > 0.2 * Math.Max(previous.PointSize, 1) && !string.IsNullOrWhiteSpace(letter.Value) && !EndsWithSpace(lineBuilder))
                    {
                        lineBuilder.Append(' ');
                    }
                }

                lineBuilder.Append(letter.Value);
                previous = letter;
            }

            var text = lineBuilder.ToString().Trim();
            if (text.Length > 0)
            {
                builder.Append(text).Append('\n');
            }
        }

        return builder.ToString();
    }

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
