using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A government guidance fund (政府引导基金) is a Chinese institution, and the investor directory lists Chinese funds:
/// a report on another country's data calls government funds government-backed (政府背景基金), and where the directory
/// lists none of the investors it says their types are unknown rather than that no government fund took part.
/// </summary>
public sealed class GovernmentFundWordsTests : IDisposable
{
    private readonly TempFolder _folder = new("government-funds");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Investors_the_directory_does_not_list_are_of_unknown_type_not_absent_government_funds()
    {
        var deals = Deals("Sequoia Capital", "Accel", "Benchmark");

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        Assert.Contains("No investor active in Q1 2025 is of a known type (the investor directory lists none of them), so local-fund home bias cannot be measured.", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("had a local government fund", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度出手的投资方均无已知类型（投资方名录未收录），无法衡量地方基金的本地偏好。", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Government_funds_on_data_of_another_country_are_government_backed_not_guidance_funds()
    {
        // American deals, one of whose investors is a fund the directory lists as Government.
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals("Sequoia Capital", "Shanghai STVC Fund", "Accel"));
        var english = SampleReportTests.Render(ReportLanguage.English, Deals("Sequoia Capital", "Shanghai STVC Fund", "Accel"));

        Assert.DoesNotContain("政府引导基金", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("| CH5002 | 政府背景基金在活跃投资方中占比较高 | 全市场 | 政府背景基金占活跃投资方的比例超过四分之一时为提示；", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("有政府背景基金参与且其所在地已知的事件中", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("政府背景基金", Assert.Single(chinese.Model.InvestorTypes, static t => t.Key == "Government").Name, StringComparison.Ordinal);
        Assert.DoesNotContain("guidance fund", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("state or local government-backed funds", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Government_funds_on_Chinese_data_are_guidance_funds()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese);

        Assert.Contains("| CH5002 | 政府引导基金在活跃投资方中占比较高 |", chinese.Markdown, StringComparison.Ordinal);
        Assert.Equal("政府引导基金", Assert.Single(chinese.Model.InvestorTypes, static t => t.Key == "Government").Name);
        Assert.DoesNotContain("政府背景基金", chinese.Markdown, StringComparison.Ordinal);
    }

    /// <summary>30 Q1 2025 deals in Californian and New York companies, each with two of <paramref name="investors"/>.</summary>
    private string Deals(params string[] investors)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,country,investors" };
        for (var i = 0; i < 30; i++)
        {
            rows.Add($"U{i},2025-{1 + (i % 3):00}-{1 + (i % 27):00},Company {i},{(i % 2 == 0 ? "AI" : "Health")},A,{(i + 1) * 1_000_000},USD,{(i % 3 == 0 ? "New York" : "California")},US,{investors[i % investors.Length]};{investors[(i + 1) % investors.Length]}");
        }

        var path = _folder.File("us.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
