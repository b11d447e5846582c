using System.Globalization;
using CapitalHealthReport.Reporting.Rendering;
using UglyToad.PdfPig;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

public class PdfRenderingTests
{
    private const string English = """
        ---
        title: Capital health
        period: 2025Q2
        date: 2025-06-30
        ---
        <!-- toc -->

        # Executive summary

        The top 20% of companies took **80%** of AI capital. A company named \*Star\* \| {{x}} \# Co and <script>alert(1)</script>.

        > [!WARNING]
        > **Concentration**
        > HHI is above 1,800.

        ```chart deals
        ```

        # Concentration

        | Company | Amount |
        |---|---|
        | \*Star\* \| {{x}} \# Co | 1,200 |

        ```chart lorenz
        ```
        """;

    [Fact]
    public void Two_renders_give_the_same_bytes()
    {
        var options = RenderingKit.Options("en", RenderingKit.BarChart(), RenderingKit.LorenzChart());

        var first = ReportRenderer.RenderPdf(English, options);
        var second = ReportRenderer.RenderPdf(English, options);

        Assert.Equal(RenderingKit.Sha256(first.Pdf), RenderingKit.Sha256(second.Pdf));
    }

    [Fact]
    public void Pdf_and_html_bytes_do_not_depend_on_the_current_culture()
    {
        var options = RenderingKit.Options("en", RenderingKit.BarChart(), RenderingKit.LorenzChart() with { ValueFormat = "percent" });
        (string Pdf, string Html) Render(string culture)
        {
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                return (RenderingKit.Sha256(ReportRenderer.RenderPdf(English, options).Pdf), ReportRenderer.RenderHtml(English, options));
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }

        var invariant = Render("en-US");
        Assert.Equal(invariant, Render("de-DE"));
        Assert.Equal(invariant, Render("tr-TR"));
        Assert.Equal(invariant, Render("zh-CN"));
    }

    [Fact]
    public void Hostile_text_comes_out_of_the_pdf_literally_and_pages_are_labelled()
    {
        var result = ReportRenderer.RenderPdf(English, RenderingKit.Options("en", RenderingKit.BarChart(), RenderingKit.LorenzChart()));
        var pages = RenderingKit.PageTexts(result.Pdf);

        Assert.Equal(result.PageCount, pages.Count);
        var all = string.Join("\n", pages);
        Assert.Contains("*Star* | {{x}} # Co", all, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", all, StringComparison.Ordinal);
        Assert.Empty(result.MissingGlyphs);
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        // Cover, then contents with the sections following on; the running header names each page's section.
        Assert.Contains("Contents", pages[1], StringComparison.Ordinal);
        Assert.Contains("Executive summary", string.Join("\n", pages.Skip(1)), StringComparison.Ordinal);
        Assert.Contains(pages.Skip(2), p => p.StartsWith("Capital health report Concentration", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_report_has_no_missing_glyphs_and_its_text_extracts_identically()
    {
        const string Body = "北京占人工智能交易的37%，种子轮和天使轮融资持续减少。";
        var markdown = "# 执行摘要\n\n" + Body + "\n\n> [!NOTE]\n> **集中度**\n> 前20%的公司获得了80%的资本。\n";
        var result = ReportRenderer.RenderPdf(markdown, RenderingKit.Options("zh-CN"));

        Assert.Empty(result.MissingGlyphs);
        var text = RenderingKit.CompactText(result.Pdf);
        Assert.Contains(Body, text, StringComparison.Ordinal);
        Assert.Contains("前20%的公司获得了80%的资本。", text, StringComparison.Ordinal);
        Assert.Contains("第1页，共1页", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_the_options()
    {
        var result = ReportRenderer.RenderPdf("# A\n", RenderingKit.Options());
        using var document = PdfDocument.Open(result.Pdf);

        Assert.Equal("Capital health report", document.Information.Title);
        Assert.Equal("Policy team", document.Information.Author);
        Assert.Equal("capital-health test", document.Information.Creator);
        Assert.StartsWith("D:20250630000000", document.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_pdf_replaces_the_target_and_leaves_nothing_on_failure()
    {
        var folder = Directory.CreateTempSubdirectory("chr-render-");
        try
        {
            var path = Path.Combine(folder.FullName, "report.pdf");
            var result = ReportRenderer.WritePdf("# A\n", RenderingKit.Options(), path);
            Assert.Equal(result.Pdf, File.ReadAllBytes(path));

            Assert.Throws<InputException>(() => ReportRenderer.WritePdf("```chart missing\n```\n", RenderingKit.Options(), path));
            Assert.Equal(result.Pdf, File.ReadAllBytes(path));
            Assert.Single(folder.GetFiles());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Pdf_and_html_can_be_rendered_one_after_the_other_in_one_process()
    {
        var options = RenderingKit.Options("en", RenderingKit.BarChart(), RenderingKit.LorenzChart());

        var pdf = ReportRenderer.RenderPdf(English, options);
        var html = ReportRenderer.RenderHtml(English, options);
        var again = ReportRenderer.RenderPdf(English, options);

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Equal(RenderingKit.Sha256(pdf.Pdf), RenderingKit.Sha256(again.Pdf));
    }
}
