using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// The mega-round size is set in dollars; a report in another currency states it in dollars and, beside it, in the
/// reporting currency at the period's yearly rate (the amount every round of the sentence is compared with).
/// </summary>
public sealed class MegaRoundCurrencyTests : IDisposable
{
    private readonly TempFolder _folder = new("mega-round-currency");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_euro_report_gives_the_mega_round_size_in_euros_too()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals("EUR"));

        Assert.Contains("Rounds of 100 M USD (89 M EUR) or more took ", SampleReportTests.Section(english.Markdown, "# Concentration"), StringComparison.Ordinal);
        Assert.Contains("A mega round is a single deal of at least 100 M USD (89 M EUR).", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Chinese_gives_the_mega_round_size_in_euros_too()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals("EUR"));

        Assert.Contains("单笔1亿美元（8,860万欧元）及以上的融资占", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("单笔不低于1亿美元（8,860万欧元）的融资视为超大额融资。", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_dollar_report_states_the_size_once()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals("USD"));

        Assert.Contains("Rounds of 100 M USD or more took ", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("A mega round is a single deal of at least 100 M USD.", english.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_in_a_currency_without_rates_says_the_mega_round_share_is_not_measured()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals("COP"));
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals("COP"));

        Assert.Contains(
            "A mega round is a single deal of at least 100 M USD; COP has no exchange rate, so no round can be compared with that size: the mega-round share is not measured, and the rules reading it do not judge.",
            english.Markdown,
            StringComparison.Ordinal);
        Assert.DoesNotContain("A mega round is a single deal of at least 100 M USD.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("单笔不低于1亿美元的融资视为超大额融资；哥伦比亚比索没有汇率，无法将各轮融资与该门槛比较，因此不衡量超大额融资占比，依据该指标的规则也不作判断。", chinese.Markdown, StringComparison.Ordinal);
    }

    /// <summary>30 deals in each of Q4 2024 and Q1 2025 in <paramref name="currency"/>, in Bavaria and Berlin, three of 120 M each quarter and the rest of 2 M.</summary>
    private string Deals(string currency)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 60; i++)
        {
            var q4 = i < 30;
            var amount = i % 30 < 3 ? 120_000_000 : 2_000_000;
            var date = q4 ? $"2024-{10 + (i % 3)}-{1 + (i % 27):00}" : $"2025-{1 + (i % 3):00}-{1 + (i % 27):00}";
            rows.Add($"M{i},{date},Firma {i},{(i % 2 == 0 ? "AI" : "Energy")},Series A,{amount},{currency},{(i % 3 == 0 ? "Berlin" : "Bavaria")},HV Capital");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
