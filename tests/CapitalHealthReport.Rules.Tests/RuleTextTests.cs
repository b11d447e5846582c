using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules.Tests;

public class RuleTextTests
{
    private const string Pack = "category: Concentration\nrules:\n";

    private static string Rule(string body) => $$$"""
          - id: CH1901
            title: Test rule
            scope: period
            when: Metrics.Hhi > 1000
            message: "HHI {{ metrics.hhi | num }} in {{ scope }}"
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

    [Fact]
    public void Every_bundled_rule_has_a_chinese_title_and_message()
    {
        Assert.All(Fixtures.DefaultCatalog.Rules.Concat(ConfigurationRules.All), rule =>
        {
            Assert.NotEqual(rule.Title, rule.TitleIn(RuleLanguages.Chinese));
            Assert.NotEqual(rule.MessageTemplate, rule.MessageTemplateIn(RuleLanguages.Chinese));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", rule.TitleIn(RuleLanguages.Chinese));
        });
    }

    [Fact]
    public void Every_bundled_rule_is_described_in_chinese_in_chinese()
    {
        Assert.All(Fixtures.DefaultCatalog.Rules, rule =>
        {
            var chinese = rule.DescriptionIn(RuleLanguages.Chinese);
            Assert.NotEqual(rule.Description, chinese);

            // Chinese prose, not the English text with a few Chinese names in it: more ideographs than Latin letters
            // outside code and quoted titles (CH1005 cites an English paper by its title).
            var prose = System.Text.RegularExpressions.Regex.Replace(chinese, "`[^`]*`|\"[^\"]*\"", "");
            Assert.True(prose.Count(static c => c is >= '\u4E00' and <= '\u9FFF') > 3 * prose.Count(char.IsAsciiLetter), $"{rule.Id}: {chinese}");
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs} \p{IsCJKUnifiedIdeographs}", chinese);
        });
    }

    [Fact]
    public void A_folded_chinese_text_joins_its_lines_without_spaces_between_characters()
    {
        var rule = Load("    description_zh-CN: >\n      头部企业所获资金的比例，\n      高于60%为警告。Top 20%\n      share。\n    condition_text_zh-CN: >\n      高于\n      60%时为警告。\n");

        // YAML folds the lines with a space; Chinese puts none between characters, while Latin words keep theirs.
        Assert.Equal("头部企业所获资金的比例，高于60%为警告。Top 20% share。", rule.DescriptionIn(RuleLanguages.Chinese));
        Assert.Equal("高于 60%时为警告。", rule.ConditionIn(RuleLanguages.Chinese));
        Assert.Equal("Test.", rule.DescriptionIn(RuleLanguages.English));
    }

    [Fact]
    public void Every_bundled_rule_states_its_condition_in_words_in_both_languages()
    {
        Assert.All(Fixtures.DefaultCatalog.Rules, rule =>
        {
            var english = rule.ConditionIn(RuleLanguages.English);
            var chinese = rule.ConditionIn(RuleLanguages.Chinese);
            Assert.NotNull(english);
            Assert.NotNull(chinese);
            Assert.EndsWith(".", english, StringComparison.Ordinal);
            Assert.EndsWith("。", chinese, StringComparison.Ordinal);
            Assert.DoesNotContain("Metrics.", english, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Text_in_a_language_falls_back_to_english()
    {
        var rule = Load("    title_zh-CN: 测试规则\n");
        Assert.Equal("测试规则", rule.TitleIn("zh-CN"));
        Assert.Equal("测试规则", rule.TitleIn("zh"));
        Assert.Equal("Test rule", rule.TitleIn("en"));
        Assert.Equal("Test rule", rule.TitleIn("fr"));
        Assert.Equal("Test rule", rule.TitleIn(null));
        Assert.Equal(rule.MessageTemplate, rule.MessageTemplateIn("zh-CN"));
        Assert.Equal("Test.", rule.DescriptionIn("zh-CN"));
        Assert.Null(rule.ConditionIn("zh-CN"));
    }

    [Fact]
    public void Condition_text_wins_over_the_threshold_sentence()
    {
        var rule = Load("    threshold: { metric: hhi, above: { warning: 1000 } }\n    condition_text: A warning when the HHI is high.\n    condition_text_zh-CN: HHI偏高时为警告。\n");
        Assert.Equal("A warning when the HHI is high.", rule.ConditionIn("en"));
        Assert.Equal("HHI偏高时为警告。", rule.ConditionIn("zh-CN"));

        var plain = Load("    threshold: { metric: hhi, above: { warning: 1000 } }\n");
        Assert.Equal("A warning when the HHI is above 1,000.", plain.ConditionIn("en"));
        Assert.Equal("赫芬达尔-赫希曼指数（HHI）高于1,000时为警告。", plain.ConditionIn("zh-CN"));
    }

    [Theory]
    [InlineData("    title_fr: Règle\n", 9, 5, "unknown language 'fr' in 'title_fr'")]
    [InlineData("    message_zh-CN: \"{{ metrics.hhhi }}\"\n", 9, 20, "message_zh-CN, at character 1: unknown metric 'hhhi'")]
    [InlineData("    description_zh-CN: \"\"\n", 9, 24, "'description_zh-CN' must be a single non-empty value")]
    [InlineData("    title_: x\n", 9, 5, "unknown key 'title_'")]
    public void Bad_translations_are_located_errors(string body, int line, int column, string reason)
    {
        var problem = Fails(body);
        Assert.Equal((line, column), (problem.Line!.Value, problem.Column!.Value));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_threshold_placeholders_need_a_threshold()
    {
        var path = Fixtures.WriteTemp(Fixtures.TempFolder(), "pack.yaml", Pack + """
              - id: CH1901
                title: Test rule
                when: Metrics.Hhi > 1000
                message: "HHI {{ value | num }} above {{ threshold | num }}"
                description: Test.
            """);
        var problem = Assert.Single(Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([path])).Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("only a rule with a 'threshold:' can fill", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_carry_their_chinese_title_and_message()
    {
        var (scope, _) = DefaultRulesTests.Trip("CH1001+");
        var finding = Assert.Single(Fixtures.Analyze(scope).Diagnostics, d => d.Id == "CH1001");
        Assert.Equal("资金向头部五分之一企业集中", finding.TitleIn("zh-CN"));
        Assert.Equal("2025年第一季度，融资额居前20%的企业获得了85.0%的已披露资金", finding.MessageIn("zh-CN"));
        Assert.Equal("Top 20% of funded companies took 85.0% of disclosed capital in 2025Q1", finding.MessageIn("en"));
        Assert.Equal(finding.Message, finding.MessageIn("de"));
    }

    [Theory]
    [InlineData("2025Q1", "2025年第一季度")]
    [InlineData("2024Q4", "2024年第四季度")]
    [InlineData("2025H1", "2025年上半年")]
    [InlineData("2024", "2024年")]
    [InlineData("2024-01-01..2024-08-31", "2024年1—8月")]
    public void Chinese_findings_word_their_period_as_the_report_does_and_english_findings_and_locations_keep_its_label(string label, string chinese)
    {
        var period = Model.Period.Parse(label);
        var (sectorTrip, _) = DefaultRulesTests.Trip("CH1004");
        var (marketTrip, _) = DefaultRulesTests.Trip("CH1001+");
        var result = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config()).Evaluate(
            [sectorTrip with { Scope = new Scope(period, sectorTrip.Scope.Slice) }, marketTrip with { Scope = new Scope(period, null) }], period);
        var sector = Assert.Single(result.Diagnostics, d => d.Id == "CH1004");
        var market = Assert.Single(result.Diagnostics, d => d.Id == "CH1001");

        Assert.Equal($"{chinese}，人工智能融资额居前20%的企业获得了其中已披露资金的70.0%", sector.MessageIn("zh-CN"));
        Assert.Equal($"{chinese}，融资额居前20%的企业获得了85.0%的已披露资金", market.MessageIn("zh-CN"));
        Assert.Equal($"In AI, the top 20% of funded companies took 70.0% of the disclosed capital in {label}", sector.Message);
        Assert.Equal($"Top 20% of funded companies took 85.0% of disclosed capital in {label}", market.Message);
        Assert.Equal($"{label}/sector=AI", sector.Location);
        Assert.Equal(label, market.Location);
    }

    [Fact]
    public void Chinese_messages_write_money_in_yi_and_a_slice_with_its_dimension()
    {
        var (scope, _) = DefaultRulesTests.Trip("CH3002");
        var crowdOut = Assert.Single(Fixtures.Analyze(scope).Diagnostics, d => d.Id == "CH3002");
        Assert.Contains("从100亿元降至80.0亿元", crowdOut.MessageIn("zh-CN"), StringComparison.Ordinal);
        Assert.Contains("from 10.0 bn CNY to 8.0 bn CNY", crowdOut.Message, StringComparison.Ordinal);

        var template = MessageTemplate.Parse("{{ scope }} {{ metrics.gini | num }} {{ metrics.cvc_active_share | pp }}", out _);
        var values = new MessageValues(
            new Expressions.MetricsView(new MetricSet { DealCount = 3, CvcActiveShare = 0.052 }),
            new Expressions.MetricsView(null),
            new Expressions.MetricsView(null),
            Expressions.ParamsView.From(MetricParameters.Default),
            "2025Q1, sector AI",
            "2025Q1",
            "AI",
            SliceDimension: "sector");
        Assert.Equal("2025年第一季度（行业：人工智能） 无数据 +5.2个百分点", template.Render(values, "zh-CN"));
        Assert.Equal("2025Q1, sector AI n/a +5.2 pp", template.Render(values));
    }

    [Fact]
    public void The_threshold_placeholders_show_the_value_and_the_level_it_crossed()
    {
        var (scope, _) = DefaultRulesTests.Trip("CH3004");
        var finding = Assert.Single(Fixtures.Analyze(scope).Diagnostics, d => d.Id == "CH3004");
        Assert.Equal("AI accounted for 40.0% of the deals in 2025Q1, above 32.0%", finding.Message);
        Assert.Equal("2025年第一季度，人工智能占全部融资事件的40.0%，超过32.0%", finding.MessageIn("zh-CN"));
    }

    [Fact]
    public void Configuration_findings_are_written_in_chinese_too()
    {
        var config = Fixtures.Config("suppressions:\n  - id: CH1001\n    justification: temporary\n    expires: 2025-01-31\n  - id: CH8888\n    justification: typo\n");
        var result = Fixtures.Analyze(config, Fixtures.Scope(Fixtures.Healthy()));
        var expired = Assert.Single(result.Diagnostics, d => d.Id == "CH0001");
        Assert.Equal("豁免已过期", expired.TitleIn("zh-CN"));
        Assert.Contains("已于2025-01-31过期", expired.MessageIn("zh-CN"), StringComparison.Ordinal);
        var unknown = Assert.Single(result.Diagnostics, d => d.Id == "CH0002");
        Assert.Contains("豁免引用了规则CH8888", unknown.MessageIn("zh-CN"), StringComparison.Ordinal);
    }
}
