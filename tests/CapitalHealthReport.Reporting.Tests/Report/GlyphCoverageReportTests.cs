using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Testing;
using UglyToad.PdfPig;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Company names with rare and Traditional characters (喆堃镕赟, 臺灣) print in the PDF's tables and charts; a character no
/// bundled font has is an error naming the text, unless the caller allows it.
/// </summary>
public sealed class GlyphCoverageReportTests : IDisposable
{
    /// <summary>Names of the kind real exports hold: rare given-name characters, Traditional forms, Extension A.</summary>
    private static readonly string[] RareNames = ["喆堃镕赟智能", "臺灣積體電路製造", "堃博医疗", "喆塔科技", "䶮芯半导体"];

    private readonly TempFolder _folder = new("glyphs");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(ReportLanguage.Chinese)]
    [InlineData(ReportLanguage.English)]
    public void Rare_and_traditional_company_names_render_with_no_missing_glyph(ReportLanguage language)
    {
        var report = SampleReportTests.Render(language, DealsWithTopCompaniesRenamed(RareNames));
        Assert.Contains(report.Model.TopCompanies, c => c.Name == RareNames[0]);

        var pdf = ReportRenderer.RenderPdf(report.Markdown, report.Options);

        Assert.Empty(pdf.MissingGlyphs);
        using var reader = PdfDocument.Open(pdf.Pdf);
        var text = string.Concat(reader.GetPages().Select(static p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("喆堃镕赟智能", text, StringComparison.Ordinal);
        Assert.Contains("臺灣積體電路製造", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_no_font_has_is_an_error_that_names_the_text_and_writes_nothing()
    {
        var report = SampleReportTests.Render(ReportLanguage.English, DealsWithTopCompaniesRenamed(["한빛소프트"]));
        var output = _folder.File("report.pdf");

        var error = Assert.Throws<InputException>(() => ReportRenderer.WritePdf(report.Markdown, report.Options, output));

        Assert.Contains("U+D55C '한'", error.Message, StringComparison.Ordinal);
        Assert.Contains("한빛소프트", error.Message, StringComparison.Ordinal);
        Assert.Contains("or pass ReportOptions.AllowMissingGlyphs to write the PDF", error.Message, StringComparison.Ordinal);
        Assert.Contains("or pass --allow-missing-glyphs to write the PDF", error.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Allowing_missing_glyphs_writes_the_PDF_and_reports_each_character()
    {
        var report = SampleReportTests.Render(ReportLanguage.English, DealsWithTopCompaniesRenamed(["한빛소프트"]));

        var pdf = ReportRenderer.RenderPdf(report.Markdown, report.Options with { AllowMissingGlyphs = true });

        Assert.True(pdf.PageCount > 1);
        Assert.Contains(pdf.MissingGlyphs, g => g.CodePoint == '한' && g.Context.Contains("한빛소프트", StringComparison.Ordinal));
    }

    /// <summary>The bundled sample with its best-funded 2025Q1 AI companies renamed, one name each.</summary>
    private string DealsWithTopCompaniesRenamed(string[] names)
    {
        var top = SampleReportTests.Render(ReportLanguage.English).Model.TopCompanies;
        var text = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "data", "sample", "deals.csv"));
        for (var i = 0; i < names.Length && i < top.Count; i++)
        {
            text = text.Replace("," + top[i].Name + ",", "," + names[i] + ",", StringComparison.Ordinal);
        }

        var path = _folder.File("deals.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
