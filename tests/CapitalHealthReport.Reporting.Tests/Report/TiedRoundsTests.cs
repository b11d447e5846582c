using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Rounds of the same size: the report names their companies (two or three) or says how many share the top, and names
/// the earliest, rather than calling one of them "the largest round"; the summary's headline gives the figures once.
/// </summary>
public sealed class TiedRoundsTests : IDisposable
{
    private readonly TempFolder _folder = new("tied");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_rounds_of_the_same_largest_size_are_named_once_in_the_headline_and_not_repeated_under_it()
    {
        var deals = Deals(tiedAtTop: 2);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var round = Assert.Single(english.Model.Claims, static c => c.Kind == ClaimKind.Round);
        Assert.Equal(["Gamma Robotics", "Delta Chips"], round.Round!.TiedCompanies);
        Assert.Equal("Gamma Robotics and Delta Chips raised 80 M CNY each, 20.0% of the period's disclosed funding each", round.Headline);
        Assert.Equal("Their rounds were the largest of Q1 2025; the earlier was Gamma Robotics' Series B round in AI (Beijing).", round.Summary);
        Assert.Contains("Gamma Robotics and Delta Chips raised the largest rounds of Q1 2025, 80 M CNY each and each 20.0% of all disclosed funding; the earlier was Gamma Robotics' Series B round in AI (Beijing).", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("2 rounds of", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));

        var chineseRound = Assert.Single(chinese.Model.Claims, static c => c.Kind == ClaimKind.Round);
        Assert.Equal("Gamma Robotics和Delta Chips各融资8,000万元，各占本期已披露资金的20.0%", chineseRound.Headline);
        Assert.Equal("这两笔融资并列2025年第一季度最大；其中较早的是人工智能企业Gamma Robotics（北京）的B轮融资。", chineseRound.Summary);
        Assert.Contains("2025年第一季度并列最大的融资来自Gamma Robotics和Delta Chips，各8,000万元，各占全部已披露资金的20.0%；", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void The_summary_of_tied_rounds_gives_no_figure_its_headline_gives()
    {
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            foreach (var tied in new[] { 2, 3, 4 })
            {
                var round = Assert.Single(SampleReportTests.Render(language, Deals(tied)).Model.Claims, static c => c.Kind == ClaimKind.Round);
                Assert.DoesNotContain("80", round.Summary, StringComparison.Ordinal);
                Assert.DoesNotContain("8,000", round.Summary, StringComparison.Ordinal);
                Assert.DoesNotContain("20.0%", round.Summary, StringComparison.Ordinal);
                Assert.NotEqual(round.Text, round.Summary);
            }
        }
    }

    [Fact]
    public void Three_rounds_of_the_same_largest_size_name_their_three_companies_in_both_languages()
    {
        var deals = Deals(tiedAtTop: 3);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var round = Assert.Single(english.Model.Claims, static c => c.Kind == ClaimKind.Round);
        Assert.Equal(("Gamma Robotics", 3), (round.Round!.Company, round.Round.Tied));
        Assert.Equal("Gamma Robotics, Delta Chips and Epsilon Bio raised 80 M CNY each, 20.0% of the period's disclosed funding each", round.Headline);
        Assert.Contains("Gamma Robotics, Delta Chips and Epsilon Bio raised the largest rounds of Q1 2025, 80 M CNY each and each 20.0% of all disclosed funding; the earliest was Gamma Robotics' Series B round", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The largest round of", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("并列最大的融资来自Gamma Robotics、Delta Chips和Epsilon Bio，各8,000万元，各占全部已披露资金的20.0%；其中最早的是", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Four_rounds_of_the_same_largest_size_are_counted_and_the_earliest_named()
    {
        var deals = Deals(tiedAtTop: 4);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var round = Assert.Single(english.Model.Claims, static c => c.Kind == ClaimKind.Round);
        Assert.Equal("4 rounds of 80 M CNY each, 20.0% of the period's disclosed funding each", round.Headline);
        Assert.Equal("They were the largest of Q1 2025; the earliest was Gamma Robotics' Series B round in AI (Beijing).", round.Summary);
        Assert.Contains("4 rounds of 80 M CNY each were the largest of Q1 2025, each 20.0% of all disclosed funding; the earliest was Gamma Robotics' Series B round", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("有4笔融资并列最大，各8,000万元，各占全部已披露资金的20.0%；其中最早的是", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void One_round_larger_than_the_rest_is_the_largest_round()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(tiedAtTop: 1));

        var round = english.Model.Claims.First(static c => c.Kind == ClaimKind.Round);
        Assert.Equal(1, round.Round!.Tied);
        Assert.Contains("The largest round of Q1 2025 was Gamma Robotics' 80 M CNY Series B round", english.Markdown, StringComparison.Ordinal);
    }

    /// <summary>Thirteen Beijing and Shanghai deals of Q1 2025 worth 400 M CNY; the <paramref name="tiedAtTop"/> largest are 80 M CNY each.</summary>
    private string Deals(int tiedAtTop)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        string[] names = ["Gamma Robotics", "Delta Chips", "Epsilon Bio", "Zeta Motors"];
        for (var i = 0; i < 4; i++)
        {
            var amount = i < tiedAtTop ? 80_000_000 : 60_000_000 - (i * 5_000_000);
            rows.Add($"T{i},2025-01-{10 + i:00},{names[i]},AI,B,{amount},CNY,{(i % 2 == 0 ? "Beijing" : "Shanghai")},Fund {i}");
        }

        // The rest make up the period's 400 M CNY.
        var rest = 400_000_000 - rows.Skip(1).Sum(static r => long.Parse(r.Split(',')[5], System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < 9; i++)
        {
            rows.Add($"S{i},2025-02-{10 + i:00},Seedling {i},Fintech,A,{(i < 8 ? rest / 9 : rest - (8 * (rest / 9)))},CNY,Shanghai,Fund {i + 3}");
        }

        var path = _folder.File($"tied-{tiedAtTop}.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
