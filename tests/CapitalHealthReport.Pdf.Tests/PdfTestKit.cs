using System.Security.Cryptography;
using System.Text;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Testing;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace CapitalHealthReport.Pdf.Tests;

/// <summary>Shared helpers: the bundled fonts, sample content, PDF bytes and text extraction with PdfPig.</summary>
internal static class PdfTestKit
{
    public static readonly DateTimeOffset FixedDate = new(2025, 6, 30, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words =
    [
        "capital", "ecosystem", "health", "venture", "deals", "quarter", "seed", "growth", "region", "sector",
        "investors", "concentration", "funds", "signals", "market", "policy", "evidence", "rounds", "share", "value",
    ];

    public static string FontsFolder => Path.Combine(RepositoryPaths.Root, "assets", "fonts");

    public static FontSet Fonts() => FontSet.LoadBundled();

    /// <summary>Deterministic filler text of <paramref name="words"/> words, varied by <paramref name="seed"/>.</summary>
    public static string Lorem(int words, int seed = 0)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Words[((i * 7) + (seed * 13) + (i / 5)) % Words.Length]);
        }

        return builder.Append('.').ToString();
    }

    public static DocumentMetadata Metadata(string title = "Capital health test") => new()
    {
        Title = title,
        Author = "Test author",
        Subject = "Layout engine tests",
        Keywords = "pdf, layout",
        Language = "en",
        Creator = "CapitalHealthReport tests",
        Created = FixedDate,
        Modified = FixedDate,
    };

    public static PdfDocument Layout(PdfDocumentModel model) => PdfDocument.Layout(model, Fonts());

    public static byte[] PdfBytes(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.WritePdf(stream);
        return stream.ToArray();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>Text of every page, words joined by single spaces, in reading order as PdfPig returns them.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        return document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text))).ToArray();
    }

    /// <summary>Page text with all whitespace removed (for CJK, where word splitting is arbitrary).</summary>
    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
