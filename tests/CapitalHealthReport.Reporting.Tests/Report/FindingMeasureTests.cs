using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A finding of a rule without a threshold is shown with the figure its message states, not with a metric its condition
/// only checks: CH3003 (strategic sectors raise under a tenth of the capital) is about the strategic sectors' funding, and
/// its condition's check that some sector is one the taxonomy knows (classified_sector_share &gt; 0) is no figure of it.
/// </summary>
public sealed class FindingMeasureTests
{
    [Fact]
    public void A_strategic_sectors_finding_is_shown_with_their_funding_in_the_findings_table_and_the_sectors_section()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);

        var finding = Assert.Single(english.Model.Findings, static f => f.Id == "CH3003");
        Assert.Equal("Strategic sectors' funding 3.2 bn CNY", finding.Summary);
        var sectors = SampleReportTests.Section(english.Markdown, "# Sectors");
        Assert.Contains(
            "The strategic sectors (Energy, Agri-food, Water, Health) raised 3.2 bn CNY in Q1 2025, down 24% from Q4 2024 and down 30% from Q1 2024. Rule CH3003 (strategic sectors get a small share of the capital) reports this as an informational finding.",
            sectors,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Classified sector share", SampleReportTests.Section(english.Markdown, "# Findings"), StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown accounted for", sectors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Chinese_report_shows_the_same_figure()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese);

        var finding = Assert.Single(chinese.Model.Findings, static f => f.Id == "CH3003");
        Assert.Equal("战略性行业融资额32.0亿元", finding.Summary);
        Assert.Contains("较2024年第一季度下降30%。规则CH3003（战略性行业所获资金占比偏低）报告了这一情况", chinese.Markdown.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
