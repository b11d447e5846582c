using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Data whose every deal is in the hot sector: the hot sector's concentration and leading regions are the market's,
/// so the report states each figure once, and a sector rule that fires on the same figure as a market rule is named
/// beside it, not made a second headline.
/// </summary>
public sealed class OneSectorMarketTests : IDisposable
{
    private readonly TempFolder _folder = new("one-sector");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_hot_sectors_figures_are_not_repeated_when_they_are_the_markets()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        var concentration = SampleReportTests.Section(english.Markdown, "# Concentration");
        Assert.Contains("The top fifth of funded companies took", concentration, StringComparison.Ordinal);
        Assert.DoesNotContain("The top fifth of funded AI companies took", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The HHI of AI funding", english.Markdown, StringComparison.Ordinal);
        var regions = SampleReportTests.Section(english.Markdown, "# Regions");
        Assert.Contains("led with", regions, StringComparison.Ordinal);
        Assert.DoesNotContain("led AI with", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void A_sector_rule_on_the_markets_figure_is_named_once_and_does_not_lead_again()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        Assert.Contains(english.Model.Headlines, static h => h.RuleId == "CH1001");
        Assert.DoesNotContain(english.Model.Headlines, static h => h.RuleId == "CH1004");
        var concentration = SampleReportTests.Section(english.Markdown, "# Concentration");
        Assert.Contains("Rule CH1004 reports a serious finding on the top fifth's share of AI capital (", concentration, StringComparison.Ordinal);
        Assert.Single(english.Model.Headlines, static h => h.Metric == "top_quintile_share");
    }

    [Fact]
    public void Chinese_states_the_figures_once()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals());

        Assert.Contains("融资额居前20%的企业获得了", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("融资额居前20%的人工智能企业获得了", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("人工智能领域按企业计算的HHI", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("触发规则CH1004", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(chinese.Model.Headlines, static h => h.RuleId == "CH1004");
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    /// <summary>
    /// 30 AI deals in each of Q4 2024 and Q1 2025, in California (12), New York (10) and Texas (8); in each quarter
    /// three rounds of 100 M USD and 27 of 1 M USD, so the top fifth of companies takes over 80% of the capital.
    /// </summary>
    private string Deals()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 60; i++)
        {
            var q4 = i < 30;
            var n = i % 30;
            var region = n < 12 ? "California" : n < 22 ? "New York" : "Texas";
            var amount = n < 3 ? 100_000_000 : 1_000_000;
            var date = q4 ? $"2024-{10 + (i % 3)}-{1 + (i % 27):00}" : $"2025-{1 + (i % 3):00}-{1 + (i % 27):00}";
            rows.Add($"O{i},{date},Company {i},AI,Series A,{amount},USD,{region},Sequoia Capital");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
