using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>A foreign export (Crunchbase 2013 with its mapping), reported for a year, in English.</summary>
public sealed class CrunchbaseReportTests
{
    [Fact]
    public void Crunchbase_2012_report_says_within_range_where_no_rule_fires()
    {
        var deals = RepositoryPaths.RequireSharedDataset("crunchbase-2013/crunchbase-rounds.csv");
        var report = ReportPipeline.Render(new ReportRequest
        {
            DealsPath = deals,
            MappingPath = Path.Combine(RepositoryPaths.Root, "data", "mappings", "crunchbase-2013.yaml"),
            Period = "2012",
            Format = ReportFormat.Markdown,
        });

        var summary = SampleReportTests.Section(report.Markdown, "# Executive summary");
        var share = report.Model.Story.HotSectorShare;
        Assert.False(share.Breaches);
        Assert.Contains("does not dominate funding", summary, StringComparison.Ordinal);
        Assert.Contains($"AI took **{share.ValueText}** of all disclosed funding in 2012", summary, StringComparison.Ordinal);
        Assert.Contains($"within range: the threshold of rule {share.RuleId} is {share.ThresholdText}", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("crowds out", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", report.Markdown, StringComparison.Ordinal);
        Assert.Equal("2012", report.Model.Period.Label);
        Assert.Equal(8, report.Model.Series.Count);
    }
}
