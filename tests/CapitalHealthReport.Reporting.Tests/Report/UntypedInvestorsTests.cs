using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Investors the directory does not know have no type, and every type's share counts them: the investor section says
/// for how many of the period's investors the type is unknown before it gives the shares, so "Government funds were
/// 16.7%" does not read as the mix of the whole market.
/// </summary>
public sealed class UntypedInvestorsTests : IDisposable
{
    private readonly TempFolder _folder = new("untyped-investors");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_investor_section_says_how_many_investors_have_no_known_type()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(known: false));

        var investors = SampleReportTests.Section(english.Markdown, "# Investors");
        Assert.StartsWith(
            "\n# Investors\n\nThe investor directory gives no type for 4 of the 6 investors active in Q1 2025 (66.7%): the type shares below count them as of unknown type, so each type's true share may be higher. ",
            investors,
            StringComparison.Ordinal);
        Assert.Contains("Government funds were 16.7% of the investors that made a deal in Q1 2025", investors, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Chinese_says_how_many_investors_have_no_known_type()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals(known: false));

        Assert.Contains("2025年第一季度出手的6家投资方中，有4家（66.7%）未被投资方名录收录，类型未知；", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Nothing_is_said_when_every_investor_has_a_type()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(known: true));

        Assert.DoesNotContain("gives no type", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(english.Model.Claims, static c => c.Missing == "untyped_investors");
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    /// <summary>
    /// 30 deals in each of Q4 2024 and Q1 2025, each with IDG Capital (a VC firm), a Shanghai government fund on every
    /// third, and one of four investors the directory does not know (or, with <paramref name="known"/>, none of them).
    /// </summary>
    private string Deals(bool known)
    {
        string[] unknown = ["Northwind Ventures", "Fabrikam Capital", "Contoso Partners", "Tailspin Fund"];
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 60; i++)
        {
            var q4 = i < 30;
            var investors = "IDG Capital" + (i % 3 == 0 ? ";Shanghai STVC Fund" : "") + (known ? "" : ";" + unknown[i % 4]);
            var date = q4 ? $"2024-{10 + (i % 3)}-{1 + (i % 27):00}" : $"2025-{1 + (i % 3):00}-{1 + (i % 27):00}";
            rows.Add($"U{i},{date},Company {i},{(i % 2 == 0 ? "AI" : "Health")},Series A,{1_000_000 + (i * 10_000)},USD,California,\"{investors}\"");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
