using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Pdf.Tests.Output;

public sealed class PdfStructureTests
{
    private static byte[] Render(string kind) => PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Build(kind)));

    [Fact]
    public void Level_one_and_two_headings_become_nested_bookmarks_and_deeper_ones_do_not()
    {
        var outline = PdfStructure.Outline(Render("text"));

        Assert.Equal([(1, "Executive summary"), (2, "Centred")], outline.Select(e => (e.Level, e.Title)));
        Assert.All(outline, entry => Assert.Equal(1, entry.Page));
    }

    [Fact]
    public void Chinese_headings_keep_their_text_in_the_outline_and_cover_headings_stay_out()
    {
        Assert.Equal([(1, "资本生态健康报告")], PdfStructure.Outline(Render("chinese")).Select(e => (e.Level, e.Title)));
        Assert.Equal([(1, "Summary")], PdfStructure.Outline(Render("cover")).Select(e => (e.Level, e.Title)));
    }

    [Fact]
    public void The_document_language_is_declared_in_the_catalog_and_the_XMP()
    {
        var model = SampleDocuments.Build("chinese") with { Metadata = PdfTestKit.Metadata() with { Language = "zh-CN" } };
        var pdf = PdfTestKit.PdfBytes(PdfTestKit.Layout(model));

        Assert.Equal("zh-CN", PdfStructure.Language(pdf));
        Assert.Contains("<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>", PdfStructure.Xmp(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void The_XMP_claims_PDF_A_2b_and_repeats_the_document_information()
    {
        var xmp = PdfStructure.Xmp(Render("text"));

        Assert.NotNull(xmp);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", xmp, StringComparison.Ordinal);
        Assert.Contains("<rdf:li xml:lang=\"x-default\">Capital health test</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.Contains("<dc:creator><rdf:Seq><rdf:li>Test author</rdf:li></rdf:Seq></dc:creator>", xmp, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2025-06-30T00:00:00+00:00</xmp:CreateDate>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdf:Producer>CapitalHealthReport</pdf:Producer>", xmp, StringComparison.Ordinal);
        Assert.Matches("<xmpMM:DocumentID>uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}</xmpMM:DocumentID>", xmp);
    }

    [Fact]
    public void The_document_id_follows_the_content_not_the_clock()
    {
        static string Id(byte[] pdf) => System.Text.RegularExpressions.Regex.Match(PdfStructure.Xmp(pdf)!, "uuid:([0-9a-f-]+)").Groups[1].Value;

        var first = Render("text");
        var again = Render("text");
        var other = PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Base().Heading(1, "Other").Build()));

        Assert.Equal(first, again);
        Assert.Equal(Id(first), Id(again));
        Assert.NotEqual(Id(first), Id(other));
    }

    [Theory]
    [InlineData("chinese")]
    [InlineData("chart")]
    [InlineData("text")]
    public void Every_font_is_embedded_and_subset_and_none_is_Type_3(string kind)
    {
        var pdf = Render(kind);
        var fonts = PdfStructure.Fonts(pdf);

        Assert.NotEmpty(fonts);
        Assert.DoesNotContain(fonts, f => f.Subtype == "Type3");
        var named = fonts.Where(f => f.Subtype is "Type0" or "CIDFontType2" or "TrueType").ToList();
        Assert.All(named, f => Assert.Matches("^[A-Z]{6}\\+", f.BaseFont));
        Assert.Equal(PdfStructure.FontDescriptors(pdf), PdfStructure.EmbeddedFontPrograms(pdf));
    }

    [Fact]
    public void A_document_without_headings_has_no_outline_but_still_its_metadata()
    {
        var pdf = PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Base().Paragraph("No headings here.").Build()));

        Assert.Empty(PdfStructure.Outline(pdf));
        Assert.Equal("en", PdfStructure.Language(pdf));
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", PdfStructure.Xmp(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_with_characters_outside_names_still_reach_their_heading()
    {
        var model = SampleDocuments.Base().Heading(1, "Regions (区域)", "区域 #1/2").Paragraph("Text.").Build();

        var outline = PdfStructure.Outline(PdfTestKit.PdfBytes(PdfTestKit.Layout(model)));

        Assert.Equal([(1, "Regions (区域)", 1)], outline);
    }
}
