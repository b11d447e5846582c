using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>A suppression whose <c>where</c> names a value the data does not hold is reported (CH0003), not silently ignored.</summary>
public sealed class SuppressionCheckTests
{
    private static Analysis Run(string yaml) => Analysis.Run(new AnalysisOptions
    {
        Config = AnalysisConfig.Parse(yaml, "capitalhealth.yaml", Testing.RepositoryPaths.Root),
        Period = CapitalHealthReport.Model.Period.Parse("2025Q2"),
    });

    [Fact]
    public void A_misspelt_region_is_a_warning_naming_the_suppression_the_value_and_the_nearest_region_and_the_finding_still_fires()
    {
        var analysis = Run("""
            suppressions:
              - id: CH4001
                where: { region: Bejing }
                justification: "National AI pilot zone"
            """);

        var warning = Assert.Single(analysis.Findings.Diagnostics, d => d.Id == "CH0003");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith("capitalhealth.yaml:2:5: the suppression of CH4001 names region 'Bejing', which no deal has, so it suppresses nothing. Did you mean 'Beijing'?", warning.Message, StringComparison.Ordinal);
        Assert.Contains("The region values in the data are: Anhui, Beijing, ", warning.Message, StringComparison.Ordinal);
        Assert.Contains(analysis.Findings.Diagnostics, d => d.Id == "CH4001" && d.Suppressed is null);
        Assert.Equal(0, analysis.Findings.Summary.Suppressed);
    }

    [Fact]
    public void A_value_the_data_holds_in_any_spelling_and_a_covered_period_raise_no_warning()
    {
        var analysis = Run("""
            suppressions:
              - id: CH1004
                where: { sector: 半导体 }
                justification: "accepted"
              - id: CH4001
                where: { region: 北京, sector: ai, period: 2025q2 }
                justification: "accepted"
              - id: CH2001
                where: { stage: A轮, investor_type: Government }
                justification: "accepted"
            """);

        // CH2001 is judged per period, so its stage and investor type are reported as fields no finding names, never as values.
        Assert.DoesNotContain(analysis.Findings.Diagnostics, d => d.Id == "CH0003" && !d.Message.Contains("CH2001 is judged per period", StringComparison.Ordinal));
        Assert.Contains(analysis.Findings.Diagnostics, d => d.Id == "CH4001" && d.Suppressed is not null);
    }

    [Fact]
    public void A_period_the_data_does_not_cover_and_a_sector_no_deal_has_are_each_reported()
    {
        var analysis = Run("""
            suppressions:
              - id: CH1004
                where: { period: 2019Q1, sector: Quantum }
                justification: "accepted"
            """);

        var warnings = analysis.Findings.Diagnostics.Where(d => d.Id == "CH0003").Select(d => d.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, m => m.Contains("names period '2019Q1', in which no deal falls (the data covers 2023-01-", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("names sector 'Quantum', which no deal has", StringComparison.Ordinal) && !m.Contains("Did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public void The_chinese_message_of_an_unmatched_suppression_names_the_datas_span_and_values_in_chinese()
    {
        var analysis = Run("""
            suppressions:
              - id: CH1004
                where: { period: 2019Q1, sector: Quantum }
                justification: "accepted"
            """);

        var messages = analysis.Findings.Diagnostics.Where(d => d.Id == "CH0003").Select(d => d.MessageIn("zh-CN")).ToList();
        Assert.Equal(2, messages.Count);
        var period = Assert.Single(messages, m => m.Contains("指定的期间“2019Q1”", StringComparison.Ordinal));
        Assert.Matches(@"内没有任何交易（数据覆盖2023年1月\d{1,2}日至2025年6月30日），因此不会豁免任何发现", period);
        var sector = Assert.Single(messages, m => m.Contains("指定的sector“Quantum”", StringComparison.Ordinal));
        Assert.Contains("数据中的取值：", sector, StringComparison.Ordinal);
        Assert.Contains("、", sector, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.DoesNotMatch(@"the data|none|in all|, ", m));
    }
}
