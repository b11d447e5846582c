using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Every deal in one region: the sentence says so and the table gives its row, and no regional chart of one bar at
/// 100% stands beside them.
/// </summary>
public sealed class SingleRegionTests : IDisposable
{
    private readonly TempFolder _folder = new("single-region");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Deals_in_one_region_get_no_regional_chart()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals("California"));
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals("California"));

        var regions = SampleReportTests.Section(english.Markdown, "# Regions");
        Assert.Contains("All the deals in Q1 2025 were in California", regions, StringComparison.Ordinal);
        Assert.Contains("| California | 30 | 100.0% | 100.0% |", regions, StringComparison.Ordinal);
        Assert.DoesNotContain("chart regions", regions, StringComparison.Ordinal);
        Assert.DoesNotContain(english.Model.Charts, static c => c.Id == "regions");
        Assert.DoesNotContain(chinese.Model.Charts, static c => c.Id == "regions");
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Deals_in_two_regions_keep_the_regional_chart()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals("California", "New York"));

        Assert.Contains("chart regions", SampleReportTests.Section(english.Markdown, "# Regions"), StringComparison.Ordinal);
        Assert.Contains(english.Model.Charts, static c => c.Id == "regions");
    }

    /// <summary>30 Q1 2025 deals, spread over <paramref name="regions"/>.</summary>
    private string Deals(params string[] regions)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 30; i++)
        {
            rows.Add($"R{i},{new DateOnly(2025, 1 + (i % 3), 1).AddDays(i % 27):yyyy-MM-dd},Company {i},{(i % 2 == 0 ? "AI" : "Health")},Series A,{(i + 1) * 1_000_000},USD,{regions[i % regions.Length]},Sequoia Capital");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
