using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Regions with the same largest share of deals: none of them "led", so the report names them all; and a period
/// whose deals are all in one region says so rather than that the region "led with 100.0%".
/// </summary>
public sealed class TiedRegionsTests : IDisposable
{
    private readonly TempFolder _folder = new("tied-regions");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Regions_tied_for_the_most_deals_are_named_together_in_both_languages()
    {
        var deals = Deals(("Shanghai", 8), ("Beijing", 8), ("Zhejiang", 8), ("Guangdong", 6));

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var top = Assert.Single(english.Model.Claims, static c => c.Metric == "top_region_count_share" && c.Scope.Slice is null);
        Assert.Equal("Beijing", top.Subject);
        Assert.Equal(["Shanghai", "Zhejiang"], top.Tied);
        Assert.Equal((null, null), (top.Previous, top.YearAgo));
        Assert.Contains("Beijing, Shanghai and Zhejiang tied for the most deals in Q1 2025, 26.7% each.", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Beijing led with", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Shanghai hosted", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("北京、上海和浙江的融资事件并列最多，各占26.7%", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_region_ahead_of_the_rest_still_leads()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(("Beijing", 12), ("Shanghai", 10), ("Zhejiang", 8)));

        Assert.Contains("Beijing led with 40.0% of the deals in Q1 2025", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(english.Model.Claims, static c => c.Metric == "top_region_count_share" && c.Scope.Slice is null).Tied);
    }

    [Fact]
    public void Deals_all_in_one_region_are_said_to_be_there()
    {
        var deals = Deals(("Beijing", 30));

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        Assert.Contains("All the deals in Q1 2025 were in Beijing.", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("led with 100.0%", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("全部融资事件均发生在北京", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    /// <summary>Q1 2025 deals, so many in each region, spread over three sectors and disclosed.</summary>
    private string Deals(params (string Region, int Count)[] regions)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        string[] sectors = ["AI", "Energy", "Health"];
        var n = 0;
        foreach (var (region, count) in regions)
        {
            for (var i = 0; i < count; i++, n++)
            {
                rows.Add($"R{n},2025-{1 + (n % 3):00}-{1 + (n % 27):00},Company {n},{sectors[n % 3]},A,{(n + 1) * 1_000_000},CNY,{region},Fund {n % 7}");
            }
        }

        var path = _folder.File("regions.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
