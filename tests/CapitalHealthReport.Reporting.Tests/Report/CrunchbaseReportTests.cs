using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>A foreign export (Crunchbase 2013 with its mapping), reported for the year 2012 in both languages.</summary>
public sealed class CrunchbaseReportTests
{
    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.Chinese)]
    public void Crunchbase_2012_report_holds_to_its_data(ReportLanguage language)
    {
        var report = Render(language);
        Assert.Empty(ClaimChecker.Check(report.Model).Select(static v => v.ToString()));
        Assert.InRange(report.Model.Headlines.Count, 3, 6);
        Assert.Equal("2012", report.Model.Period.Label);
        Assert.Equal(language == ReportLanguage.English ? "Annual report · 2012" : "2012年度报告", report.Model.Report.Subtitle);
        Assert.DoesNotContain("Quarterly", report.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", report.Markdown, StringComparison.Ordinal);
        Assert.All(SampleReportTests.Prose(report.Markdown), static line => Assert.DoesNotContain("n/a", line, StringComparison.Ordinal));
        Assert.All(report.Model.Charts, static c => Assert.True(c.HasData, c.Id));

        // Whatever the hot sector did in 2012, the summary only says it crowds others out when a rule found it.
        var crowdOut = report.Model.Claims.Where(static c => c.Text.Contains("crowd", StringComparison.OrdinalIgnoreCase));
        Assert.All(crowdOut, static c => Assert.Equal(ClaimKind.Finding, c.Kind));
    }

    [Fact]
    public void Crunchbase_2012_pdf_renders()
    {
        var report = Render(ReportLanguage.English);
        var pdf = ReportRenderer.RenderPdf(report.Markdown, report.Options);
        Assert.InRange(pdf.PageCount, 8, 40);
    }

    private static RenderedReport Render(ReportLanguage language) => ReportPipeline.Render(new ReportRequest
    {
        DealsPath = RepositoryPaths.RequireSharedDataset("crunchbase-2013/crunchbase-rounds.csv"),
        MappingPath = Path.Combine(RepositoryPaths.Root, "data", "mappings", "crunchbase-2013.yaml"),
        Period = "2012",
        Language = language,
        Format = ReportFormat.Markdown,
    });
}
