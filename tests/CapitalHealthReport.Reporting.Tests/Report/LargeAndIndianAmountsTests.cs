using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Amounts as a ministry would print them, whatever their currency and size: won in trillions (万亿 in Chinese) with
/// no <c>.0</c> on long figures, Indian rupees in crore and lakh in English, and each table column in one unit.
/// </summary>
public sealed class LargeAndIndianAmountsTests : IDisposable
{
    private const string Korean =
        """
        Date,Company,Sector,Stage,Amount,Region,Investors
        2023-03-01,Han River AI,AI,Series A,"KRW 30,000,000,000",Seoul,Kakao Ventures
        2023-09-12,Busan Ports,Logistics,Series B,"KRW 50,000,000,000",Busan,KB Investment
        2024-02-14,Gangnam Robotics,AI,Series D,"KRW 3,362,000,000,000",Seoul,Samsung Ventures
        2024-05-20,Daegu Energy,Energy,Series C,"KRW 2,400,000,000,000",Daegu,KB Investment
        2024-08-08,Seoul Health,Healthcare,Series B,"KRW 100,000,000,000",Seoul,Kakao Ventures
        """;

    private const string Indian =
        """
        Date,Company,Sector,Stage,Amount,State,Investors
        2023-04-10,Pune Pay,Fintech,Series A,₹40 crore,Maharashtra,Blume Ventures
        2024-01-15,Bengaluru AI,AI,Series C,"₹1,250 crore",Karnataka,Peak XV Partners
        2024-03-22,Delhi Health,Healthcare,Series A,₹45 crore,Delhi,Blume Ventures
        2024-06-30,Mumbai Fintech,Fintech,Series B,₹120 crore,Maharashtra,Accel India
        2024-10-05,Mysuru Agri,Agtech,Seed,₹50 lakh,Karnataka,Accel India
        """;

    private const string IndianLakhCrore =
        """
        Date,Company,Sector,Stage,Amount,State,Investors
        2023-04-10,Pune Pay,Fintech,Series A,₹40 crore,Maharashtra,Blume Ventures
        2024-01-15,Konkan Green Hydrogen,Energy,Series D,"₹150,000 crore",Maharashtra,Peak XV Partners
        2024-04-02,Deccan Ports,Logistics,Series C,"₹220,000 crore",Telangana,Accel India
        2024-07-19,Kaveri Health,Healthcare,Series B,"₹45,000 crore",Karnataka,Blume Ventures
        2024-11-11,Mysuru Agri,Agtech,Seed,₹50 lakh,Karnataka,Accel India
        """;

    private const string Stages =
        """
        Date,Company,Sector,Stage,Amount,State,Investors
        2024-01-10,Acme Seed,Software,Seed,"$500,000",California,Y Combinator
        2024-02-10,Beta Seed,Software,Seed,"$500,000",New York,Y Combinator
        2024-03-10,Gamma A,Software,Series A,$8m,California,Sequoia Capital
        2024-04-10,Delta A,Software,Series A,$8m,Texas,Sequoia Capital
        2024-05-10,Epsilon B,Software,Series B,$25m,California,Accel
        """;

    private readonly TempFolder _folder = new("large-amounts");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Won_in_trillions_read_in_tn_in_the_text_and_in_one_unit_in_the_tables_and_chart_axes()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Export("kr", Korean), "2024");

        Assert.Contains("Disclosed funding totalled 5.9 tn KRW in 2024.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("Gangnam Robotics raised 3.4 tn KRW, 57.4% of the period's disclosed funding.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Q1 2023 | 1 | 30 bn KRW | 10,000 | 100.0% |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Q1 2024 | 1 | 3,362 bn KRW | 10,000 | 100.0% |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Series B | 33.3% | 1.7% | 100 bn KRW |", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(".0 bn KRW", english.Markdown, StringComparison.Ordinal);
        var value = english.Model.Charts.Single(static c => c.Id == "market_value");
        Assert.Equal("Disclosed value (bn KRW)", value.YLabel);
        Assert.Equal(3362, value.Series[0].Values[4]!.Value, 9);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Won_in_trillions_read_in_wanyi_in_the_Chinese_report()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Export("kr", Korean), "2024");

        Assert.Contains("2024年，披露融资总额为5.9万亿韩元。", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("Gangnam Robotics融资3.4万亿韩元，占本期已披露资金的57.4%", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("| 2024年第一季度 | 1 | 33,620亿韩元 | 10,000 | 100.0% |", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("| 2023年第一季度 | 1 | 300亿韩元 | 10,000 | 100.0% |", chinese.Markdown, StringComparison.Ordinal);
        Assert.Equal("披露金额（亿韩元）", chinese.Model.Charts.Single(static c => c.Id == "market_value").YLabel);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_column_of_seed_and_series_medians_reads_in_one_unit_with_one_number_of_decimals()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Export("us", Stages), "2024");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Export("us", Stages), "2024");

        Assert.Contains("| Seed | 40.0% | 2.4% | 0.5 M USD |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Series A | 40.0% | 38.1% | 8.0 M USD |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Series B | 20.0% | 59.5% | 25.0 M USD |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| 种子轮 | 40.0% | 2.4% | 50万美元 |", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("| B轮 | 20.0% | 59.5% | 2,500万美元 |", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("500,000 USD", english.Markdown, StringComparison.Ordinal);
        Assert.Equal("Median amount (M USD)", english.Model.Charts.Single(static c => c.Id == "median_round").YLabel);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Indian_rupees_read_in_crore_and_lakh_in_english_and_in_yi_in_chinese()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Export("in", Indian), "2024");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Export("in", Indian), "2024");

        Assert.Contains("Disclosed funding totalled 1,416 crore INR in 2024.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("Bengaluru AI raised 1,250 crore INR, 88.3% of the period's disclosed funding.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("A mega round is a single deal of at least 100 M USD (837 crore INR).", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Seed | 25.0% | \\<0.1% | 0.5 crore INR |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Series C | 25.0% | 88.3% | 1,250 crore INR |", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" M INR", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" bn INR", english.Markdown, StringComparison.Ordinal);
        Assert.Equal("Disclosed value (crore INR)", english.Model.Charts.Single(static c => c.Id == "market_value").YLabel);
        Assert.Equal("Median amount (crore INR)", english.Model.Charts.Single(static c => c.Id == "median_round").YLabel);
        Assert.Empty(ClaimChecker.Check(english.Model));

        Assert.Contains("2024年，披露融资总额为141.6亿印度卢比。", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("Bengaluru AI融资125亿印度卢比，占本期已披露资金的88.3%", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("| 种子轮 | 25.0% | \\<0.1% | 0.05亿印度卢比 |", chinese.Markdown, StringComparison.Ordinal);
        Assert.Equal("披露金额（亿印度卢比）", chinese.Model.Charts.Single(static c => c.Id == "market_value").YLabel);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Fifty_lakh_reads_in_lakh_where_it_stands_alone()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Export("in", Indian), "2024Q4");

        Assert.Contains("Disclosed funding totalled 50 lakh INR in Q4 2024.", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void A_year_of_several_lakh_crore_reads_in_lakh_crore_and_its_stage_column_in_crore_beside_a_seed_round()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Export("in-large", IndianLakhCrore), "2024");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Export("in-large", IndianLakhCrore), "2024");

        Assert.Contains("Disclosed funding totalled 4.2 lakh crore INR in 2024.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("Deccan Ports raised 2.2 lakh crore INR, 53.0% of the period's disclosed funding.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Seed | 25.0% | \\<0.1% | 0.5 crore INR |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Series C | 25.0% | 53.0% | 220,000 crore INR |", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("lakh lakh", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" bn INR", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));

        Assert.Contains("2024年，披露融资总额为4.2万亿印度卢比。", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("lakh", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    private string Export(string name, string text)
    {
        var path = _folder.File(name + ".csv");
        File.WriteAllText(path, text + "\n");
        return path;
    }
}
