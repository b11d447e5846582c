using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A quarter whose deals all kept their amounts undisclosed raised an unknown sum, not zero: the report never says
/// funding rose "from 0", its tables (by quarter and by sector) show "—" for it, and a stage the period has no deal of is no row of its table.
/// </summary>
public sealed class UndisclosedComparisonTests : IDisposable
{
    private readonly TempFolder _folder = new("undisclosed");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Funding_is_not_compared_with_a_quarter_that_disclosed_nothing()
    {
        var deals = Deals();

        var english = SampleReportTests.Render(ReportLanguage.English, deals, period: "2025Q2");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals, period: "2025Q2");

        var totals = english.Model.Claims.Where(static c => c.Metric == "total_amount" && c.Scope.Slice is null).ToList();
        Assert.NotEmpty(totals);
        Assert.All(totals, static c => Assert.Null(c.Previous));
        Assert.Contains("Disclosed funding totalled 600 M CNY in Q2 2025.", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("from zero", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("from 0 CNY", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("由2025年第一季度的0元", chinese.Markdown, StringComparison.Ordinal);

        var value = Assert.Single(english.Model.KeyFigures, static f => f.Name == "Disclosed value");
        Assert.Equal("—", value.VersusPrevious);
        var q1 = Assert.Single(english.Model.Series, static q => q.Label == "2025Q1");
        Assert.Equal((30, (double?)null), (q1.DealCount, q1.TotalAmount));
        Assert.Contains("| Q1 2025 | 30 | — |", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_sector_whose_deals_disclosed_nothing_has_no_value_in_the_sector_table()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(), period: "2025Q1");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals(), period: "2025Q1");

        Assert.All(english.Model.Sectors, static s => Assert.Equal((10, (double?)null), (s.DealCount, s.TotalAmount)));
        Assert.Contains("| AI | 10 |\n", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| 0 CNY |", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| 0元 |", chinese.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_of_nothing_are_said_in_words()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(), period: "2025Q1");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals(), period: "2025Q1");

        Assert.Contains("None of the deals in Q1 2025 disclosed an amount.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("None of the deals with a known stage in Q1 2025 were seed or angel rounds.", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0% of the deals", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("所有融资事件均未披露金额", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("在轮次已知的事件中，均未出现种子轮或天使轮", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("占0.0%", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_stage_only_other_periods_hold_is_no_row_of_the_period_s_stage_table()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(), period: "2025Q2");

        Assert.Equal(["A"], english.Model.Stages.Select(static s => s.Key));
        Assert.DoesNotContain("| Series B |", english.Markdown, StringComparison.Ordinal);
    }

    /// <summary>30 Series B deals in Q1 2025 with no amount disclosed, then 30 disclosed Series A deals in Q2 2025 (600 M CNY).</summary>
    private string Deals()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        string[] sectors = ["AI", "Energy", "Health"];
        string[] regions = ["Beijing", "Shanghai", "Zhejiang", "Guangdong"];
        for (var i = 0; i < 60; i++)
        {
            var q1 = i < 30;
            rows.Add($"U{i},2025-{(q1 ? 1 : 4) + (i % 3):00}-{1 + (i % 27):00},Company {i},{sectors[i % 3]},{(q1 ? "B" : "A")},{(q1 ? "未披露" : "20000000")},CNY,{regions[i % 4]},Fund {i % 9}");
        }

        var path = _folder.File("undisclosed.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
