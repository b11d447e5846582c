using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Testing;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A company named <c>*Star* | {{x}} # Co</c> in the deals file travels through the whole pipeline and shows
/// literally in the Markdown, the HTML and the PDF text, without changing structure or running code.
/// </summary>
public sealed class HostileDataTests : IDisposable
{
    private const string Hostile = "*Star* | {{x}} # Co";
    private readonly TempFolder _folder = new("hostile");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Hostile_company_name_stays_literal_in_markdown_html_and_pdf()
    {
        var report = SampleReportTests.Render(ReportLanguage.English, HostileDeals());
        var top = report.Model.TopCompanies[0];
        Assert.Equal(Hostile, top.Name);

        var document = Markdown.Parse(report.Markdown, new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseYamlFrontMatter().UseAlertBlocks().Build());
        var table = document.Descendants<Table>().First(t => t.Descendants<LiteralInline>().Any(l => l.Content.ToString() == "Share of sector"));
        foreach (var row in table.OfType<TableRow>())
        {
            Assert.Equal(5, row.Count);
        }

        var firstRow = (TableRow)table[1];
        var cell = (TableCell)firstRow[1];
        Assert.Equal(Hostile, string.Concat(cell.Descendants<LiteralInline>().Select(static l => l.Content.ToString())));
        Assert.Empty(cell.Descendants<EmphasisInline>());
        Assert.DoesNotContain("{{x}}", report.Markdown, StringComparison.Ordinal);

        var html = ReportRenderer.RenderHtml(report.Markdown, report.Options);
        Assert.Contains(Hostile, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>Star", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        var pdf = ReportRenderer.RenderPdf(report.Markdown, report.Options);
        using var reader = PdfDocument.Open(pdf.Pdf);
        var text = string.Concat(reader.GetPages().Select(static p => p.Text));
        Assert.Contains(Hostile.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_errors_write_no_output_and_name_the_template_position()
    {
        var template = _folder.File("bad.sbn.md");
        File.WriteAllText(template, "# Report\n\nfine {{ period.label }}\n{{ include '../../etc/passwd' }}\n");
        var output = _folder.File("out.md");
        var ex = Assert.Throws<InputException>(() => ReportPipeline.Run(new ReportRequest
        {
            Period = "2025Q1",
            TemplatePath = template,
            Format = ReportFormat.Markdown,
            OutputPath = output,
        }));
        Assert.EndsWith("bad.sbn.md", ex.File, StringComparison.Ordinal);
        Assert.Equal(4, ex.Line);
        Assert.Equal(4, ex.Column);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public void Unknown_chart_ids_in_a_template_are_errors()
    {
        var template = _folder.File("charts.sbn.md");
        File.WriteAllText(template, "# Report\n\n```chart pie_of_everything\n```\n");
        var ex = Assert.Throws<InputException>(() => ReportPipeline.Render(new ReportRequest { Period = "2025Q1", TemplatePath = template }));
        Assert.Contains("pie_of_everything", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("charts.sbn.md", ex.File, StringComparison.Ordinal);
    }

    /// <summary>The bundled sample with its best-funded 2025Q1 AI company renamed to the hostile name.</summary>
    private string HostileDeals()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);
        var victim = english.Model.TopCompanies[0].Name;
        var text = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "data", "sample", "deals.csv")).Replace(victim, "\"" + Hostile + "\"", StringComparison.Ordinal);
        var path = _folder.File("deals.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
