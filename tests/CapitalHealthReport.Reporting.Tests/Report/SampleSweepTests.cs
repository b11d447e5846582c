using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// The sample filtered to each of its sectors, and each of its quarters: every report renders (PDF included), every
/// claim passes the checker, no chart is empty and no sentence prints a missing value.
/// </summary>
public sealed class SampleSweepTests
{
    public static TheoryData<string> Sectors => new("AI", "AdvancedManufacturing", "AgriFood", "Consumer", "Energy", "EnterpriseSoftware", "Health", "Semiconductors", "Water");

    public static TheoryData<string> Quarters => new("2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2");

    [Theory]
    [MemberData(nameof(Sectors))]
    public void One_sector_report_renders_and_holds_to_its_data(string sector)
    {
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            var report = SampleReportTests.Render(language, where: [new("sector", sector)]);
            AssertHolds(report);
        }

        var english = SampleReportTests.Render(ReportLanguage.English, where: [new("sector", sector)]);
        Assert.InRange(ReportRenderer.RenderPdf(english.Markdown, english.Options).PageCount, 5, 40);
        Assert.Contains("All figures cover only the deals with sector ", english.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Every_quarter_renders_and_holds_to_its_data(string quarter)
    {
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            AssertHolds(SampleReportTests.Render(language, period: quarter));
        }
    }

    [Fact]
    public void The_first_quarter_of_the_data_says_once_that_it_has_nothing_to_compare_with()
    {
        var report = SampleReportTests.Render(ReportLanguage.English, period: "2023Q1");
        Assert.Contains(report.Model.Claims, static c => c.Kind == ClaimKind.NoData && c.Missing == "previous");
        Assert.Contains(report.Model.Claims, static c => c.Kind == ClaimKind.NoData && c.Missing == "year_ago");
        Assert.Contains("The data holds no deals for Q1 2022, so there is no comparison with a year earlier.", report.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("no comparable figure", report.Markdown, StringComparison.Ordinal);
    }

    internal static void AssertHolds(RenderedReport report)
    {
        Assert.Empty(ClaimChecker.Check(report.Model).Select(static v => v.ToString()));
        Assert.InRange(report.Model.Headlines.Count, 1, 6);
        Assert.All(report.Model.Charts, static c => Assert.True(c.HasData, c.Id));
        Assert.All(SampleReportTests.Prose(report.Markdown), static line =>
        {
            Assert.DoesNotContain("n/a", line, StringComparison.Ordinal);
            Assert.DoesNotContain("无数据", line, StringComparison.Ordinal);
            Assert.DoesNotContain("—", line, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("{{", report.Markdown, StringComparison.Ordinal);
    }
}
