using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>Text drawn by the engine comes back out of the PDF as exactly the same characters (PdfPig).</summary>
public sealed class PdfTextRoundTripTests
{
    [Theory]
    [InlineData(TextKit.English)]
    [InlineData(TextKit.Chinese)]
    [InlineData(TextKit.Mixed)]
    public void Extracted_text_equals_the_drawn_lines(string text)
    {
        using var fonts = TextKit.Fonts();
        var lines = fonts.Shape(TextKit.Runs(text)).BreakLines(300f);
        fonts.PrepareForPdf();
        var pdf = TextKit.WritePdf(canvas => TextKit.DrawLines(canvas, lines, 72f, 72f, 300f, TextAlignment.Left));

        var extracted = TextKit.ExtractText(pdf);

        Assert.True(lines.Count > 1, "the sample should wrap");
        Assert.Equal(string.Concat(lines.Select(l => l.Text)), extracted);
    }

    [Fact]
    public void Chinese_comes_back_without_Kangxi_radicals()
    {
        using var fonts = TextKit.Fonts();
        var pdf = TextKit.OnePagePdf(fonts, "一人工生，一人工生。");

        var extracted = TextKit.ExtractText(pdf);

        Assert.Equal("一人工生，一人工生。", extracted);
        Assert.DoesNotContain(extracted, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void Ligatures_extract_as_their_letters()
    {
        using var fonts = TextKit.Fonts();
        var pdf = TextKit.OnePagePdf(fonts, "efficient fluffy affiliations");

        Assert.Equal("efficient fluffy affiliations", TextKit.ExtractText(pdf));
    }

    [Fact]
    public void Justified_lines_extract_the_same_text()
    {
        using var fonts = TextKit.Fonts();
        var lines = fonts.Shape(TextKit.Runs(TextKit.English + " " + TextKit.Mixed)).BreakLines(250f);
        fonts.PrepareForPdf();
        var pdf = TextKit.WritePdf(canvas => TextKit.DrawLines(canvas, lines, 72f, 72f, 250f, TextAlignment.Justify));

        Assert.Equal(string.Concat(lines.Select(l => l.Text)), TextKit.ExtractText(pdf));
    }

    [Fact]
    public void Styled_runs_in_several_faces_extract_in_order()
    {
        using var fonts = TextKit.Fonts();
        TextRun[] runs =
        [
            new("Bold ", TextStyle.Default with { Bold = true }),
            new("italic ", TextStyle.Default with { Italic = true }),
            new("code() ", TextStyle.Default with { Code = true }),
            new("粗体中文", TextStyle.Default with { Bold = true }),
            new(" link", TextStyle.Default with { Underline = true, Link = "https://example.org/" }),
        ];
        var lines = fonts.Shape(runs).BreakLines(500f);
        fonts.PrepareForPdf();
        var pdf = TextKit.WritePdf(canvas => TextKit.DrawLines(canvas, lines, 72f, 72f, 500f, TextAlignment.Left));

        Assert.Single(lines);
        Assert.Equal("Bold italic code() 粗体中文 link", TextKit.ExtractText(pdf));
    }

    [Fact]
    public void Linked_runs_get_link_annotations_over_their_text()
    {
        using var fonts = TextKit.Fonts();
        TextRun[] runs =
        [
            new("See ", TextStyle.Default),
            new("the method", TextStyle.Default with { Link = "https://example.org/method", Underline = true }),
            new(" and ", TextStyle.Default),
            new("section 2", TextStyle.Default with { Link = "#section-2" }),
        ];
        var lines = fonts.Shape(runs).BreakLines(500f);
        fonts.PrepareForPdf();
        var pdf = TextKit.WritePdf(canvas =>
        {
            TextKit.DrawLines(canvas, lines, 72f, 72f, 500f, TextAlignment.Left);
            canvas.DrawNamedDestinationAnnotation(new SkiaSharp.SKPoint(72f, 400f), "section-2");
        });

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var links = document.GetPage(1).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();

        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l.Action is UglyToad.PdfPig.Actions.UriAction { Uri: "https://example.org/method" });
        var first = links.Single(l => l.Action is UglyToad.PdfPig.Actions.UriAction);
        Assert.True(first.Rectangle.Width > 20 && first.Rectangle.Left > 72);
    }
}
