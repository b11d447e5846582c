using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A report's findings speak the report's language: their messages are the rule pack's text in that language, with
/// sectors named as readers know them ("Advanced manufacturing", 先进制造), never by the taxonomy's keys.
/// </summary>
public sealed class FindingWordsTests
{
    [Fact]
    public void A_chinese_report_gives_each_finding_its_chinese_message_with_chinese_sector_names()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese);

        Assert.All(chinese.Model.Findings, static f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Message));
        var manufacturing = Assert.Single(chinese.Model.Findings, static f => f.Id == "CH1004" && f.Scope.EndsWith("=AdvancedManufacturing", StringComparison.Ordinal));
        Assert.Equal("2025Q1，先进制造领域融资额居前20%的企业获得了该领域67.6%的已披露资金", manufacturing.Message);
        Assert.DoesNotContain(chinese.Model.Findings, static f => f.Message.Contains("AdvancedManufacturing", StringComparison.Ordinal) || f.Message.Contains("EnterpriseSoftware", StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_report_names_sectors_by_their_display_names()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);

        var software = Assert.Single(english.Model.Findings, static f => f.Id == "CH9002" && f.Scope.EndsWith("=EnterpriseSoftware", StringComparison.Ordinal));
        Assert.Equal("Enterprise software has 17 deals in 2025Q1, fewer than the 20 needed to judge it", software.Message);
        var strategic = Assert.Single(english.Model.Findings, static f => f.Id == "CH3003");
        Assert.StartsWith("Strategic sectors (Energy, Agri-food, Water, Health) raised", strategic.Message, StringComparison.Ordinal);
    }
}
