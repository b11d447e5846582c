using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A report's findings speak the report's language: their messages are the rule pack's text in that language, with
/// sectors named as readers know them ("Advanced manufacturing", 先进制造), never by the taxonomy's keys.
/// </summary>
public sealed class FindingWordsTests : IDisposable
{
    private readonly TempFolder _folder = new("finding-words");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Findings_about_a_sector_no_table_names_quote_its_label_and_say_it_is_the_datas_own()
    {
        var deals = UnmappedDeals();

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var region = Assert.Single(english.Model.Findings, static f => f.Id == "CH4001");
        Assert.Equal("Q1 2025, “Quantum Computing”", region.ScopeName);
        Assert.Equal("“Springfield” had 100.0% of the deals in “Quantum Computing” in 2025Q1 (“Springfield” and “Quantum Computing” are the data's own labels)", region.Message);
        Assert.Contains("| Q1 2025, “Quantum Computing” | CH4001 |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("\n\n“Quantum Computing” is a label of the data that no reference table names; it is shown as the data writes it (see the data quality appendix).\n", english.Markdown, StringComparison.Ordinal);

        var chineseRegion = Assert.Single(chinese.Model.Findings, static f => f.Id == "CH4001");
        Assert.Equal("2025年第一季度·“Quantum Computing”", chineseRegion.ScopeName);
        Assert.Equal("2025年第一季度，“Springfield”占“Quantum Computing”融资事件的100.0%（“Springfield”、“Quantum Computing”为数据中的原始标签）", chineseRegion.Message);
        Assert.Contains("\n\n“Quantum Computing”为数据中的原始标签，参考表中没有对应的名称，按数据原文列出（见数据质量附录）。\n", chinese.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_about_named_sectors_need_no_word_on_labels()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);

        Assert.Equal("", english.Model.FindingSummary.AsWritten);
        Assert.DoesNotContain("“", string.Concat(english.Model.Findings.Select(static f => f.ScopeName + f.Message)), StringComparison.Ordinal);
    }

    /// <summary>Thirty deals of Q1 2025 in a sector and regions no alias maps: 24 in “Quantum Computing” in “Springfield”.</summary>
    private string UnmappedDeals()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 30; i++)
        {
            var (sector, region) = i < 24 ? ("Quantum Computing", "Springfield") : ("AI", "Beijing");
            rows.Add($"Q{i},2025-0{1 + (i % 3)}-{10 + (i % 15):00},Company {i},{sector},A,{(i + 1) * 1_000_000},CNY,{region},Fund {i}");
        }

        var path = _folder.File("unmapped.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
    [Fact]
    public void A_chinese_report_gives_each_finding_its_chinese_message_with_chinese_sector_names()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese);

        Assert.All(chinese.Model.Findings, static f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Message));
        var manufacturing = Assert.Single(chinese.Model.Findings, static f => f.Id == "CH1004" && f.Scope.EndsWith("=AdvancedManufacturing", StringComparison.Ordinal));
        Assert.Equal("2025年第一季度，先进制造融资额居前20%的企业获得了其中已披露资金的67.6%", manufacturing.Message);
        Assert.DoesNotContain(chinese.Model.Findings, static f => f.Message.Contains("AdvancedManufacturing", StringComparison.Ordinal) || f.Message.Contains("EnterpriseSoftware", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025Q1", "2025年第一季度")]
    [InlineData("2025H1", "2025年上半年")]
    [InlineData("2024", "2024年")]
    [InlineData("2024-01-01..2024-08-31", "2024年1—8月")]
    public void A_chinese_reports_findings_name_their_period_as_its_prose_does(string period, string chinese)
    {
        var report = SampleReportTests.Render(ReportLanguage.Chinese, period: period);

        Assert.Equal(chinese, report.Model.Period.Name);
        Assert.Contains(report.Model.Findings, f => f.Message.StartsWith(chinese + "，", StringComparison.Ordinal));
        Assert.All(report.Model.Findings, f =>
        {
            Assert.DoesNotMatch(@"\d{4}(Q[1-4]|H[12]|-\d{2}-\d{2})", f.Message);
            Assert.DoesNotContain(period + "，", f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(period + "（", f.Message, StringComparison.Ordinal);
            Assert.StartsWith(period, f.Scope, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_english_report_names_sectors_by_their_display_names()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);

        var software = Assert.Single(english.Model.Findings, static f => f.Id == "CH9002" && f.Scope.EndsWith("=EnterpriseSoftware", StringComparison.Ordinal));
        Assert.Equal("Enterprise software had 17 deals in 2025Q1, fewer than the 20 needed to judge a sector", software.Message);
        var strategic = Assert.Single(english.Model.Findings, static f => f.Id == "CH3003");
        Assert.StartsWith("Strategic sectors (Energy, Agri-food, Water, Health) raised", strategic.Message, StringComparison.Ordinal);
    }
}
