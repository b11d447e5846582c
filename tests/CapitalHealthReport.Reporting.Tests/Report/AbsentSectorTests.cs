using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A sector or region with deals in the previous period and none in the report period: the sentence says it had no
/// deals (not that it "took 0.0%", as if it had a few small ones), and the sector and region tables keep its row, 0
/// deals beside its earlier share.
/// </summary>
public sealed class AbsentSectorTests : IDisposable
{
    private readonly TempFolder _folder = new("absent-sector");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_sector_with_no_deals_now_is_said_to_have_none_and_keeps_its_table_row()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        var sectors = SampleReportTests.Section(english.Markdown, "# Sectors");
        Assert.Contains("Energy had no deals in Q1 2025: its share of disclosed funding was 0.0%, down 83.3 points from Q4 2024.", sectors, StringComparison.Ordinal);
        Assert.DoesNotContain("Energy took", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Energy | 0 | 0 M USD | 0.0% | 83.3% |", sectors, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void A_region_with_no_deals_now_is_said_to_have_none()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        Assert.Contains("Texas had no deals in Q1 2025: its share of deals was 0.0%, down 33.3 points from Q4 2024.", SampleReportTests.Section(english.Markdown, "# Regions"), StringComparison.Ordinal);
        Assert.DoesNotContain("Texas hosted", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void A_region_with_no_deals_now_keeps_its_table_row_but_no_bar()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        var regions = SampleReportTests.Section(english.Markdown, "# Regions");
        Assert.Contains("| Texas | 0 | 0.0% | 0.0% |", regions, StringComparison.Ordinal);
        Assert.Equal("Texas", english.Model.Regions[^1].Key);
        var chart = english.Model.Charts.Single(static c => c.Id == "regions");
        Assert.DoesNotContain("Texas", chart.Categories);
    }

    [Fact]
    public void Chinese_keeps_the_region_row_with_no_deals()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals());

        Assert.Contains("| 得克萨斯州 | 0 | 0.0% | 0.0% |", SampleReportTests.Section(chinese.Markdown, "# 区域分布"), StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Chinese_says_the_sector_had_no_deals()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals());

        Assert.Contains("2025年第一季度，能源没有融资事件，占已披露资金的0.0%，较2024年第四季度下降83.3个百分点。", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("| 能源 | 0 |", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    /// <summary>
    /// 30 deals in Q4 2024, ten of them Energy deals in Texas of 10 M USD (83.3% of the value), and 30 in Q1 2025 with no Energy deal and
    /// none in Texas.
    /// </summary>
    private string Deals()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 60; i++)
        {
            var q4 = i < 30;
            var energy = q4 && i % 3 == 0;
            var sector = energy ? "Energy" : i % 2 == 0 ? "AI" : "Health";
            var region = energy ? "Texas" : i % 2 == 0 ? "California" : "New York";
            var amount = energy ? 10_000_000 : 1_000_000;
            var date = q4 ? $"2024-{10 + (i % 3)}-{1 + (i % 27):00}" : $"2025-{1 + (i % 3):00}-{1 + (i % 27):00}";
            rows.Add($"E{i},{date},Company {i},{sector},Series A,{amount},USD,{region},Sequoia Capital");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
