using CapitalHealthReport.Reporting.Model;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// The report grades findings serious, moderate and informational (严重, 中等, 提示); the rule packs state their levels
/// as <c>analyze</c> and SARIF name severities (a warning, an error; 警告). The report's rule table and rule appendix
/// say the levels in the report's words, whether they come from a threshold or from the pack's own text, and a
/// severity the configuration sets replaces them.
/// </summary>
public sealed class SeverityWordsTests
{
    [Fact]
    public void The_rule_table_and_appendix_name_levels_as_the_report_grades_findings_in_English()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);

        Assert.Equal(
            "Moderate when the hot sector's share of value rises by at least 5 percentage points from a year earlier while the strategic sectors' funding falls.",
            Rule(english, "CH3002").ConditionText);
        Assert.Equal("Informational when there is no data for the same period a year earlier.", Rule(english, "CH9004").ConditionText);
        Assert.Contains("(top-quintile share). Moderate above 60%, serious above 80%: the article", Rule(english, "CH1001").Description, StringComparison.Ordinal);
        Assert.EndsWith("Moderate above 1,500, serious above 1,800.", Rule(english, "CH1002").Description, StringComparison.Ordinal);
        Assert.Contains("above 80% it is serious.", Rule(english, "CH2002").Description, StringComparison.Ordinal);
        var rules = SampleReportTests.Section(english.Markdown, "## Rules") + SampleReportTests.Section(english.Markdown, "# Appendix: the rules");
        foreach (var word in new[] { "A warning", "a warning", "an error", "Warning above", "warning above", "error above", "An informational finding" })
        {
            Assert.DoesNotContain(word, rules, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_rule_table_and_appendix_name_levels_as_the_report_grades_findings_in_Chinese()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese);

        Assert.Equal("热门行业金额占比较上年同期上升至少5个百分点、同时战略性行业融资额下降时为中等。", Rule(chinese, "CH3002").ConditionText);
        Assert.Contains("高于60%为中等，高于80%为严重", Rule(chinese, "CH1001").Description, StringComparison.Ordinal);
        Assert.Contains("低于15%为中等，低于5%为严重", Rule(chinese, "CH2001").Description, StringComparison.Ordinal);
        Assert.DoesNotContain("警告", chinese.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_severity_the_configuration_sets_is_the_one_the_rule_table_names()
    {
        using var folder = new TempFolder("severity-override");
        var config = folder.File("capitalhealth.yaml");
        File.WriteAllText(config, "severity:\n  CH1001: error\n  CH3002: info\n  CH9002: none\n");

        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            var report = ReportPipeline.Render(new ReportRequest { ConfigPath = config, Period = "2025Q1", Language = language, Format = ReportFormat.Markdown });
            var (ch1001, ch3002) = (Rule(report, "CH1001"), Rule(report, "CH3002"));
            if (language == ReportLanguage.English)
            {
                Assert.Equal("Serious when the top-quintile share is above 60% (the configuration grades every finding of this rule serious).", ch1001.ConditionText);
                Assert.Equal(
                    "Moderate when the hot sector's share of value rises by at least 5 percentage points from a year earlier while the strategic sectors' funding falls. The configuration grades every finding of this rule informational.",
                    ch3002.ConditionText);
                Assert.Equal("Turned off by the configuration.", Rule(report, "CH9002").ConditionText);
            }
            else
            {
                Assert.EndsWith("时为严重（配置将本规则的所有发现定为严重）。", ch1001.ConditionText, StringComparison.Ordinal);
                Assert.EndsWith("配置将本规则的所有发现定为提示。", ch3002.ConditionText, StringComparison.Ordinal);
            }

            Assert.Equal(("error", "info"), (ch1001.Severity, ch3002.Severity));
        }
    }

    [Theory]
    [InlineData("A warning when the HHI is high.", "Moderate when the HHI is high.")]
    [InlineData("An error when it is above 80%.", "Serious when it is above 80%.")]
    [InlineData("An informational finding when a sector is thin.", "Informational when a sector is thin.")]
    [InlineData("Same thresholds (warning above 60%, error above 80%).", "Same thresholds (moderate above 60%, serious above 80%).")]
    [InlineData("above 80% it is an error.", "above 80% it is serious.")]
    [InlineData("The standard error of the mean; a warning sign.", "The standard error of the mean; a warning sign.")]
    public void A_pack_s_English_severity_reads_as_the_report_grades(string pack, string report) =>
        Assert.Equal(report, SeverityWords.InReport(pack, ReportLanguage.English));

    [Theory]
    [InlineData("高于60%为警告，高于80%为严重。", "高于60%为中等，高于80%为严重。")]
    [InlineData("下降时为警告。", "下降时为中等。")]
    [InlineData("没有上年同期数据时为提示。", "没有上年同期数据时为提示。")]
    public void A_pack_s_Chinese_severity_reads_as_the_report_grades(string pack, string report) =>
        Assert.Equal(report, SeverityWords.InReport(pack, ReportLanguage.Chinese));

    private static RuleView Rule(RenderedReport report, string id) => Assert.Single(report.Model.Rules, r => r.Id == id);
}
