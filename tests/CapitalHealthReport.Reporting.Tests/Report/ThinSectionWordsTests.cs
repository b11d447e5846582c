using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A section of a period too thin to judge says that its figures are not judged, in words true whether or not a table
/// follows: a period of one deal has no investor with three or more deals, so its investor section has no table.
/// </summary>
public sealed class ThinSectionWordsTests : IDisposable
{
    private readonly TempFolder _folder = new("thin-section-words");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_investor_section_of_one_deal_promises_no_figures_below()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, OneDeal());
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, OneDeal());

        var investors = SampleReportTests.Section(english.Markdown, "# Investors");
        Assert.Contains("With 1 deal in Q1 2025, the investor mix is too thin to judge: the report gives its figures without judging them.", investors, StringComparison.Ordinal);
        Assert.DoesNotContain("figures below", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| # |", investors, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度仅有1起融资事件，投资方结构样本过少，本报告只列示数据，不作判断。", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("下表只列示数据", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    private string OneDeal()
    {
        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, ["id,date,company,sector,stage,amount,currency,region,investors", "X1,2025-02-10,Solo Inc,AI,Series A,12000000,USD,California,Alpha Ventures"]);
        return path;
    }
}
