using System.Globalization;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// The methodology says amounts were converted at yearly average rates only when some deal is in another currency
/// than the reporting one; data all in one currency is said to need no conversion.
/// </summary>
public sealed class CurrencyConversionWordsTests : IDisposable
{
    private readonly TempFolder _folder = new("conversion-words");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Deals_all_in_the_reporting_currency_are_said_to_need_no_conversion()
    {
        var deals = Deals("USD", "USD");

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        Assert.Contains("Amounts are in USD, the currency every deal is in, so none is converted;", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("average rate", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Disclosed value | Sum of the disclosed amounts, in the reporting currency. |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("金额以美元计，所有事件均以美元计价，无需换算；", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("平均汇率", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("按报告币种折算", chinese.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Deals_in_several_currencies_are_said_to_be_converted_at_yearly_average_rates()
    {
        var deals = Deals("USD", "EUR");

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        Assert.Contains("Amounts are in USD, converted at yearly average rates;", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("金额按年度平均汇率折算为美元；", chinese.Markdown, StringComparison.Ordinal);
    }

    /// <summary>30 deals in each of Q4 2024 and Q1 2025, every third in <paramref name="other"/>, the rest in <paramref name="main"/>.</summary>
    private string Deals(string main, string other)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region" };
        for (var i = 0; i < 60; i++)
        {
            var date = i < 30 ? $"2024-{10 + (i % 3)}-{1 + (i % 27):00}" : $"2025-{1 + (i % 3):00}-{1 + (i % 27):00}";
            var currency = i % 3 == 0 ? other : main;
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"U{i},{date},Company {i % 24},AI,Series A,{(i + 1) * 1_000_000},{currency},California"));
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
