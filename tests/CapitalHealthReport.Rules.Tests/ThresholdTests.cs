using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules.Tests;

public class ThresholdTests
{
    private const string Pack = "category: Concentration\nrules:\n";

    private static string Rule(string body) => $$$"""
          - id: CH1901
            title: Test rule
            scope: period
            message: "Share {{ metrics.top_quintile_share | pct }} in {{ scope }}"
            description: Test.
        {{{body}}}
        """;

    private static RuleDescriptor Load(string body)
    {
        var path = Fixtures.WriteTemp(Fixtures.TempFolder(), "pack.yaml", Pack + Rule(body));
        return Assert.Single(RuleCatalog.Load([path]).Rules);
    }

    private static ValidationProblem Fails(string body)
    {
        var path = Fixtures.WriteTemp(Fixtures.TempFolder(), "pack.yaml", Pack + Rule(body));
        return Assert.Single(Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([path])).Problems);
    }

    private static RuleThreshold Bundled(string id) => Fixtures.DefaultCatalog.Find(id)!.Threshold!;

    [Fact]
    public void A_threshold_builds_the_condition_and_the_escalations()
    {
        var rule = Load("    threshold: { metric: top_quintile_share, above: { warning: 0.6, error: 0.8 } }\n");
        Assert.Equal("Metrics.TopQuintileShare > 0.6", rule.When);
        Assert.Equal("Metrics.TopQuintileShare > 0.8", rule.Escalate["error"]);
        Assert.Equal(DiagnosticSeverity.Warning, rule.DefaultSeverity);
        Assert.Equal(ThresholdUnit.Share, rule.Threshold!.Unit);
    }

    [Theory]
    [InlineData("top_quintile_share", null, null, "above", "Metrics.TopQuintileShare > 0.6")]
    [InlineData("investor_type_share", "Government", null, "at_least", "Metrics.InvestorTypeShare[\"Government\"] >= 0.6")]
    [InlineData("sector_count_share", "params.hot_sector", null, "below", "Metrics.SectorCountShare[Params.HotSector] < 0.6")]
    [InlineData("location_quotient", "max", null, "at_most", "Metrics.LocationQuotient.Max <= 0.6")]
    [InlineData("early_count_share", null, "yoy", "at_most", "Metrics.EarlyCountShare - Yoy.EarlyCountShare <= 0.6")]
    [InlineData("hhi", null, "prev", "above", "Metrics.Hhi - Prev.Hhi > 0.6")]
    public void Each_form_of_threshold_becomes_an_expression_rules_accept(string metric, string? key, string? change, string comparison, string expected)
    {
        var extra = (key is null ? "" : $", key: {key}") + (change is null ? "" : $", change: {change}");
        var rule = Load($"    threshold: {{ metric: {metric}{extra}, {comparison}: {{ warning: 0.6 }} }}\n");
        Assert.Equal(expected, rule.When);
    }

    [Fact]
    public void A_parameter_can_be_a_level()
    {
        var rule = Load("    threshold: { metric: deal_count, below: { info: params.min_deals } }\n");
        Assert.Equal("Metrics.DealCount < Params.MinDeals", rule.When);
        Assert.Equal(DiagnosticSeverity.Info, rule.DefaultSeverity);
        Assert.Null(rule.Threshold!.Value(DiagnosticSeverity.Info));
        Assert.Equal(20d, rule.Threshold.Value(DiagnosticSeverity.Info, MetricParameters.Default));
        Assert.True(rule.Threshold.IsMet(5, DiagnosticSeverity.Info, MetricParameters.Default));
    }

    [Theory]
    [InlineData("Metrics.TopQuintileShare > 0.6")]
    [InlineData("0.6 < Metrics.TopQuintileShare")]
    [InlineData("Metrics.TopQuintileShare > 0.60 && Metrics.DealCount >= 30")]
    [InlineData("(Metrics.Cr4 > 0.2) && (Metrics.TopQuintileShare > 0.6)")]
    public void A_hand_written_condition_that_tests_the_threshold_is_kept(string when)
    {
        var rule = Load($"    when: \"{when}\"\n    threshold: {{ metric: top_quintile_share, above: {{ warning: 0.6 }} }}\n");
        Assert.Equal(when, rule.When);
    }

    [Theory]
    [InlineData("Metrics.TopQuintileShare > 0.7")]
    [InlineData("Metrics.TopQuintileShare >= 0.6")]
    [InlineData("Metrics.Cr4 > 0.6")]
    [InlineData("Metrics.TopQuintileShare > 0.6 || Metrics.DealCount > 5")]
    public void A_hand_written_condition_that_disagrees_with_the_threshold_is_a_located_error(string when)
    {
        var problem = Fails($"    when: \"{when}\"\n    threshold: {{ metric: top_quintile_share, above: {{ warning: 0.6 }} }}\n");
        Assert.EndsWith("pack.yaml", problem.File, StringComparison.Ordinal);
        Assert.Equal((8, 11), (problem.Line!.Value, problem.Column!.Value));
        Assert.Contains("'when' does not test the threshold's warning level (Metrics.TopQuintileShare > 0.6)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_escalation_is_checked_against_its_level()
    {
        var problem = Fails("    threshold: { metric: hhi, above: { warning: 1500, error: 1800 } }\n    escalate:\n      error: Metrics.Hhi > 2500\n");
        Assert.Equal((10, 14), (problem.Line!.Value, problem.Column!.Value));
        Assert.Contains("'escalate.error' does not test the threshold's error level (Metrics.Hhi > 1800)", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    threshold: { metric: hhi, above: { warning: 1500 } }\n    escalate:\n      error: Metrics.Hhi > 1800\n", "'escalate.error' has no level in the threshold")]
    [InlineData("    threshold: { metric: hhi, above: { warning: 1800, error: 1500 } }\n", "the error level 1500 is less strict than the warning level 1800")]
    [InlineData("    threshold: { metric: seed_angel_count_share, below: { warning: 0.05, error: 0.15 } }\n", "a more severe level must be lower")]
    [InlineData("    severity: error\n    threshold: { metric: hhi, above: { warning: 1500 } }\n", "the threshold has no error level, the rule's default severity")]
    [InlineData("    severity: warning\n    threshold: { metric: hhi, above: { info: 1000, warning: 1500 } }\n", "the threshold's info level is less severe than the rule's default severity warning")]
    [InlineData("    threshold: { metric: hhhi, above: { warning: 1500 } }\n", "unknown metric 'hhhi'")]
    [InlineData("    threshold: { metric: Hhi, above: { warning: 1500 } }\n", "thresholds use the snake_case names")]
    [InlineData("    threshold: { metric: top_region, above: { warning: 1 } }\n", "'top_region' is a name, not a number")]
    [InlineData("    threshold: { metric: investor_type_share, above: { warning: 0.3 } }\n", "'investor_type_share' is keyed: add 'key:'")]
    [InlineData("    threshold: { metric: hhi, key: AI, above: { warning: 1500 } }\n", "'hhi' is not a keyed metric")]
    [InlineData("    threshold: { metric: hhi, above: { warning: 1500 }, below: { info: 10 } }\n", "give exactly one of above, at_least, below, at_most")]
    [InlineData("    threshold: { metric: hhi, above: { warning: lots } }\n", "level 'lots' is not a number")]
    [InlineData("    threshold: { metric: hhi, above: { warning: params.hot_sector } }\n", "unknown parameter 'params.hot_sector' as a level")]
    [InlineData("    threshold: { metric: hhi, above: { fatal: 1500 } }\n", "bad severity 'fatal' in 'threshold.above'")]
    [InlineData("    threshold: { metric: hhi, above: { warning: 1500 }, unit: share }\n", "unit 'share' disagrees with the metric: hhi is measured in 'index'")]
    [InlineData("    threshold: { metric: cr4, change: yoy, above: { warning: 0.05 }, unit: share }\n", "cr4 (its change) is measured in 'pp'")]
    [InlineData("    threshold: { metric: hhi, change: ytd, above: { warning: 1500 } }\n", "unknown change 'ytd'")]
    [InlineData("    threshold: { metric: hhi, colour: red, above: { warning: 1500 } }\n", "unknown key 'threshold.colour'")]
    [InlineData("    threshold: { metric: hhi }\n", "the threshold has no comparison")]
    [InlineData("    threshold: { above: { warning: 1500 } }\n", "the threshold has no 'metric:'")]
    [InlineData("    threshold: hhi > 1500\n", "'threshold' is a mapping")]
    [InlineData("    severity: warning\n", "has no 'when:' (or a 'threshold:' to build it from)")]
    public void Bad_thresholds_are_located_errors(string body, string reason)
    {
        var problem = Fails(body);
        Assert.NotNull(problem.Line);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    threshold: { metric: cvcActiveShare, above: { warning: 0.5 } }\n", "unknown metric 'cvcActiveShare'; did you mean 'cvc_active_share'? thresholds use the snake_case names: ")]
    [InlineData("    threshold: { metric: CVC_active_share, above: { warning: 0.5 } }\n", "unknown metric 'CVC_active_share'; did you mean 'cvc_active_share'? thresholds use the snake_case names: ")]
    [InlineData("    threshold: { metric: hhi, above: { warnig: 1500 } }\n", "bad severity 'warnig' in 'threshold.above'; did you mean 'warning'? use error, warning or info.")]
    [InlineData("    threshold: { metric: hhi, change: yyo, above: { warning: 1500 } }\n", "unknown change 'yyo'; did you mean 'yoy'? use 'prev'")]
    [InlineData("    threshold: { metric: hhi, above: { warning: 1500 }, unit: indx }\n", "unknown unit 'indx'; did you mean 'index'? use one of ")]
    [InlineData("    threshold: { metric: hhi, above: { warning: 1500 }, unti: index }\n", "unknown key 'threshold.unti'; did you mean 'unit'? known keys: ")]
    [InlineData("    threshold: { metric: deal_count, below: { warning: params.min_deal } }\n", "unknown parameter 'params.min_deal' as a level; did you mean 'params.min_deals'? use a number or one of ")]
    [InlineData("    threshold: { metric: sector_value_share, key: params.hot_sectr, above: { warning: 0.5 } }\n", "unknown parameter 'params.hot_sectr' as a key; did you mean 'params.hot_sector'? use one of ")]
    public void An_unknown_name_in_a_threshold_suggests_the_name_meant_before_the_list(string body, string reason)
    {
        var path = Fixtures.WriteTemp(Fixtures.TempFolder(), "pack.yaml", Pack + Rule(body));
        var problems = Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([path])).Problems;
        Assert.Contains(problems, p => p.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    threshold: { metric: unicorn_count, above: { warning: 5 } }\n")]
    [InlineData("    threshold: { metric: hhi, above: { fatal: 1500 } }\n")]
    [InlineData("    threshold: { metric: hhi, change: ytd, above: { warning: 1500 } }\n")]
    [InlineData("    threshold: { metric: hhi, above: { warning: 1500 }, unit: furlongs }\n")]
    [InlineData("    threshold: { metric: hhi, colour: red, above: { warning: 1500 } }\n")]
    [InlineData("    threshold: { metric: hhi, above: { warning: params.budget } }\n")]
    public void An_unknown_name_in_a_threshold_close_to_none_gets_no_guess(string body)
    {
        var path = Fixtures.WriteTemp(Fixtures.TempFolder(), "pack.yaml", Pack + Rule(body));
        var problems = Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([path])).Problems;
        Assert.DoesNotContain(problems, p => p.Reason.Contains("did you mean", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("investor_type_share", "Goverment", "'Goverment' is not an investor type", "Did you mean 'Government'?")]
    [InlineData("investor_type_share", "government", "'government' is not an investor type", "Did you mean 'Government'?")]
    [InlineData("stage_count_share", "Sed", "'Sed' is not a stage", "Did you mean 'Seed'?")]
    [InlineData("median_amount", "Series Z", "'Series Z' is not a stage", "The stages are: Angel, Seed, PreA, A, B")]
    public void A_key_outside_a_closed_set_is_an_error_at_the_key_with_the_nearest_one(string metric, string key, string reason, string hint)
    {
        var line = $"    threshold: {{ metric: {metric}, key: '{key}', below: {{ info: 0.02 }} }}\n";
        var problem = Fails(line);
        Assert.Equal(8, problem.Line);
        Assert.Equal(line.IndexOf('\'', StringComparison.Ordinal) + 1, problem.Column);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Contains(hint, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("investor_type_share", "Government")]
    [InlineData("investor_type_share", "Unknown")]
    [InlineData("stage_value_share", "EPlus")]
    [InlineData("stage_count_share", "max")]
    [InlineData("sector_count_share", "Anything the data may hold")]
    public void A_key_of_the_set_or_of_an_open_set_loads(string metric, string key)
    {
        var rule = Load($"    threshold: {{ metric: {metric}, key: '{key}', below: {{ info: 0.02 }} }}\n");
        Assert.Equal(key, rule.Threshold!.Key);
    }

    [Fact]
    public void Every_bundled_rule_on_one_metric_and_a_number_carries_its_threshold()
    {
        var without = Fixtures.DefaultCatalog.Rules.Where(r => r.Threshold is null).Select(r => r.Id);
        // Not a threshold on one metric: a ratio of two metrics, the loader's issue count, a missing year-ago period, a
        // count of staged deals against the minimum deal count, and the disclosed rounds behind two medians.
        Assert.Equal(["CH3003", "CH9003", "CH9004", "CH9006", "CH9008"], without);
    }

    [Fact]
    public void The_hhi_line_lives_in_the_concentration_rule()
    {
        var hhi = Bundled("CH1002");
        Assert.Equal("hhi", hhi.Metric);
        Assert.Equal(ThresholdComparison.Above, hhi.Comparison);
        Assert.Equal(ThresholdUnit.Index, hhi.Unit);
        Assert.Equal([DiagnosticSeverity.Warning, DiagnosticSeverity.Error], hhi.Levels.Select(l => l.Severity));
        Assert.Equal(1500d, hhi.Value(DiagnosticSeverity.Warning));
        Assert.Equal(1800d, hhi.Value(DiagnosticSeverity.Error));
        Assert.Null(hhi.Value(DiagnosticSeverity.Info));
    }

    [Theory]
    [InlineData(1400d, "None")]
    [InlineData(1500d, "None")]
    [InlineData(1500.5, "Warning")]
    [InlineData(1800d, "Warning")]
    [InlineData(2000d, "Error")]
    [InlineData(null, "None")]
    [InlineData(double.NaN, "None")]
    public void The_severity_a_value_meets_follows_the_levels(double? value, string expected)
    {
        Assert.Equal(Enum.Parse<DiagnosticSeverity>(expected), Bundled("CH1002").SeverityOf(value));
        Assert.Equal(expected != "None", Bundled("CH1002").IsMet(value));
    }

    [Fact]
    public void Below_thresholds_are_met_by_smaller_values()
    {
        var seed = Bundled("CH2001");
        Assert.False(seed.HigherIsWorse);
        Assert.Equal(DiagnosticSeverity.Warning, seed.SeverityOf(0.1));
        Assert.Equal(DiagnosticSeverity.Error, seed.SeverityOf(0.02));
        Assert.True(seed.IsMet(0.1, DiagnosticSeverity.Warning));
        Assert.False(seed.IsMet(0.1, DiagnosticSeverity.Error));
    }

    [Fact]
    public void Excess_measures_how_far_past_its_level_a_value_is_relative_to_the_level()
    {
        var hhi = Bundled("CH1002");
        Assert.Equal((2700d - 1800) / 1800, hhi.Excess(2700)!.Value, 12);
        Assert.Equal((1650d - 1500) / 1500, hhi.Excess(1650)!.Value, 12);
        Assert.Equal((1200d - 1500) / 1500, hhi.Excess(1200)!.Value, 12);
        Assert.Equal((2700d - 1500) / 1500, hhi.Excess(2700, DiagnosticSeverity.Warning)!.Value, 12);
        Assert.Null(hhi.Excess(null));

        var seed = Bundled("CH2001");
        Assert.Equal((0.15 - 0.10) / 0.15, seed.Excess(0.10)!.Value, 12);
        Assert.True(seed.Excess(0.30) < 0);
    }

    [Fact]
    public void Excess_ranks_findings_on_different_metrics_against_each_other()
    {
        // 90% against 80% is 12.5% past; an HHI of 2,000 against 1,800 is 11.1% past.
        Assert.True(Bundled("CH1001").Excess(0.9) > Bundled("CH1002").Excess(2000));
    }

    [Fact]
    public void The_threshold_reads_its_value_from_metrics_as_the_rule_does()
    {
        var healthy = Fixtures.Healthy();
        Assert.Equal(0.45, Bundled("CH1001").Read(healthy));
        Assert.Equal(0.1, Bundled("CH5002").Read(healthy));
        Assert.Equal(1.2, Bundled("CH4003").Read(healthy));
        Assert.Equal(0.2, Bundled("CH3004").Read(healthy, parameters: MetricParameters.Default));
        Assert.Null(Bundled("CH3004").Read(healthy));
        Assert.Equal(0.55 - 0.45, Bundled("CH2004").Read(healthy, yearAgo: healthy.With(("EarlyCountShare", 0.45)))!.Value, 12);
        Assert.Null(Bundled("CH2004").Read(healthy));
        Assert.Null(Bundled("CH1001").Read(new MetricSet { DealCount = 3 }));
        // A keyed share without the key reads 0 when the scope has data, as in rule expressions.
        Assert.Equal(0d, Bundled("CH5002").Read(healthy.With(("InvestorTypeShare", Fixtures.Map(("VC", 1.0))))));
    }

    [Fact]
    public void The_threshold_reads_its_value_from_a_findings_evidence()
    {
        var (scope, _) = DefaultRulesTests.Trip("CH2004");
        var finding = Assert.Single(Fixtures.Analyze(scope).Diagnostics, d => d.Id == "CH2004");
        Assert.Equal(0.45 - 0.55, Bundled("CH2004").Read(finding.Evidence)!.Value, 12);

        var (lq, _) = DefaultRulesTests.Trip("CH4003");
        var lqFinding = Assert.Single(Fixtures.Analyze(lq).Diagnostics, d => d.Id == "CH4003");
        Assert.Equal(3.1, Bundled("CH4003").Read(lqFinding.Evidence));
    }

    [Theory]
    [InlineData("CH1001", "A warning when the top-quintile share is above 60%; an error when it is above 80%.", "头部20%企业份额高于60%时为警告，高于80%时为严重。")]
    [InlineData("CH1002", "A warning when the HHI is above 1,500; an error when it is above 1,800.", "赫芬达尔-赫希曼指数（HHI）高于1,500时为警告，高于1,800时为严重。")]
    [InlineData("CH2001", "A warning when the seed and angel share of deals is below 15%; an error when it is below 5%.", "种子及天使轮占比低于15%时为警告，低于5%时为严重。")]
    [InlineData("CH2004", "An informational finding when the early-stage share of deals falls by at least 5 percentage points from a year earlier.", "早期轮次占比较上年同期下降至少5个百分点时为提示。")]
    [InlineData("CH4003", "An informational finding when the highest location quotient is above 2.5.", "最高区位商高于2.5时为提示。")]
    [InlineData("CH5002", "An informational finding when the share of Government investors among active investors is above 25%.", "政府引导基金占活跃投资方比例高于25%时为提示。")]
    [InlineData("CH3004", "An informational finding when the share of deals in the hot sector is above 32%.", "热门行业事件占比高于32%时为提示。")]
    [InlineData("CH9002", "An informational finding when the number of deals is below the minimum deal count.", "融资事件数低于最少事件数时为提示。")]
    [InlineData("CH9005", "An informational finding when the share of unknown-type investors among active investors is above the configured limit for investors of unknown type.", "类型未知的投资方占活跃投资方比例高于配置的未知类型投资方占比上限时为提示。")]
    public void The_threshold_reads_as_a_sentence_in_english_and_chinese(string id, string english, string chinese)
    {
        Assert.Equal(english, Bundled(id).Describe(RuleLanguages.English));
        Assert.Equal(chinese, Bundled(id).Describe(RuleLanguages.Chinese));
    }

    [Fact]
    public void Parameters_fill_in_the_sentence_when_given()
    {
        var parameters = MetricParameters.Default with { HotSector = "Semiconductors", MinDeals = 12 };
        Assert.Equal("An informational finding when the share of deals in Semiconductors is above 32%.", Bundled("CH3004").Describe("en", parameters));
        Assert.Equal("An informational finding when the number of deals is below the minimum deal count (12).", Bundled("CH9002").Describe("en", parameters));
        Assert.Equal("融资事件数低于最少事件数（12）时为提示。", Bundled("CH9002").Describe("zh-CN", parameters));
    }

    [Fact]
    public void One_level_reads_as_a_condition_and_a_level_as_a_number_in_its_unit()
    {
        var hhi = Bundled("CH1002");
        Assert.Equal("the HHI is above 1,800", hhi.Describe(DiagnosticSeverity.Error));
        Assert.Equal("赫芬达尔-赫希曼指数（HHI）高于1,800", hhi.Describe(DiagnosticSeverity.Error, "zh-CN"));
        Assert.Equal("1,800", hhi.FormatLevel(1800));
        Assert.Equal("32.5%", Bundled("CH3004").FormatLevel(0.325));
        Assert.Equal("5个百分点", Bundled("CH2004").FormatLevel(0.05, "zh-CN"));
        Assert.Throws<ArgumentOutOfRangeException>(() => hhi.Describe(DiagnosticSeverity.Info));
    }

    [Fact]
    public void A_rule_built_from_its_threshold_fires_exactly_as_the_written_condition_did()
    {
        var written = Fixtures.WriteTemp(Fixtures.TempFolder(), "pack.yaml", Pack + """
              - id: CH1901
                title: Test rule
                scope: period
                when: Metrics.Hhi > 1500
                escalate:
                  error: Metrics.Hhi > 1800
                message: "HHI {{ metrics.hhi | num }} in {{ scope }}"
                description: Test.
            """);
        var built = Fixtures.WriteTemp(Fixtures.TempFolder(), "pack.yaml", Pack + """
              - id: CH1901
                title: Test rule
                scope: period
                threshold: { metric: hhi, above: { warning: 1500, error: 1800 } }
                message: "HHI {{ metrics.hhi | num }} in {{ scope }}"
                description: Test.
            """);
        foreach (var hhi in new double?[] { null, 1000, 1500, 1500.01, 1800, 1800.01, 9000 })
        {
            var scope = Fixtures.Scope(Fixtures.Healthy().With(("Hhi", hhi)));
            string Outcome(string path) => string.Join(",", new Analyzer(RuleCatalog.Load([path]), Fixtures.Config()).Evaluate([scope], Fixtures.Q1).Diagnostics.Select(d => $"{d.Id}:{d.Severity}"));
            Assert.Equal(Outcome(written), Outcome(built));
        }
    }
}
