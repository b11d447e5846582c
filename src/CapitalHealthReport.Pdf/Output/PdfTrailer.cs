using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CapitalHealthReport.Pdf.Output;

/// <summary>
/// The last trailer of the file Skia wrote: where it starts (<see cref="Offset"/>, the <c>trailer</c> keyword), and the
/// entries the finished file keeps. Skia writes the id as a hex or a literal string, whichever is shorter; it is not read.
/// </summary>
internal sealed partial record PdfTrailer(int Offset, int Size, int Root, int Info, long StartXref)
{
    public static PdfTrailer Read(byte[] pdf)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        var at = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The PDF has no trailer.");
        }

        var text = tail[at..];
        var size = Number(SizeEntry().Match(text));
        var root = Number(RootEntry().Match(text));
        var info = Number(InfoEntry().Match(text));
        var startXref = StartXrefEntry().Match(text);
        if (!startXref.Success)
        {
            throw new InvalidOperationException("The PDF's trailer has no startxref.");
        }

        var offset = Math.Max(0, pdf.Length - 1024) + at;
        return new PdfTrailer(offset, size, root, info, long.Parse(startXref.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static int Number(Match match) => match.Success
        ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
        : throw new InvalidOperationException("The PDF's trailer lacks /Size, /Root or /Info.");

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefEntry();
}
