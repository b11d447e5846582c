using System.Security.Cryptography;
using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Testing;
using SkiaSharp;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>Helpers for the text engine's tests: the bundled fonts, one-page PDFs of broken lines, text extraction with PdfPig.</summary>
internal static class TextKit
{
    public const string English =
        "Capital piles into a few late-stage companies in one hot sector, starving seed stages, other strategic sectors "
        + "and other regions. The office finds efficient, fluffy affiliations in first-quarter figures.";

    public const string Chinese =
        "资本涌向少数热门赛道的后期企业，挤占了种子期、其他战略性产业（能源、农业食品、水务、健康）和其他地区的资金。"
        + "一人工生产的数据显示：“早期投资”占比持续下降！";

    public const string Mixed = "2024年AI芯片领域共发生128起融资，其中Series B及以后轮次占比达到63.5%，远高于energy和water等领域。";

    public static string FontsFolder => Path.Combine(RepositoryPaths.Root, "assets", "fonts");

    public static FontSet Fonts(IEnumerable<string>? extra = null) => FontSet.LoadBundled(extra);

    public static IReadOnlyList<TextRun> Runs(string text, TextStyle? style = null) => [new TextRun(text, style ?? TextStyle.Default)];

    /// <summary>Shapes <paramref name="text"/>, breaks it at <paramref name="width"/>, prepares the fonts and writes a one-page A4 PDF.</summary>
    public static byte[] OnePagePdf(FontSet fonts, string text, float width = 400f, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left)
    {
        var block = fonts.Shape(Runs(text, style));
        var lines = block.BreakLines(width);
        fonts.PrepareForPdf();
        return WritePdf(canvas => DrawLines(canvas, lines, 72f, 72f, width, alignment));
    }

    public static void DrawLines(SKCanvas canvas, IReadOnlyList<TextLine> lines, float x, float top, float width, TextAlignment alignment)
    {
        foreach (var line in lines)
        {
            line.Draw(canvas, x, top, width, alignment);
            top += line.Height;
        }
    }

    public static byte[] WritePdf(Action<SKCanvas> draw)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = "Text engine test",
            Creator = "CapitalHealthReport tests",
            Producer = "CapitalHealthReport tests",
            Creation = new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc),
            Modified = new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc),
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(595f, 842f);
            draw(canvas);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>Text of page 1 as PdfPig extracts it, letter by letter, line breaks dropped.</summary>
    public static string ExtractText(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        var page = document.GetPage(1);
        return string.Concat(page.Letters.Select(l => l.Value));
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
