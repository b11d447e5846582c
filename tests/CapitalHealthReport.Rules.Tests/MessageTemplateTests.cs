using CapitalHealthReport.Rules.Expressions;

namespace CapitalHealthReport.Rules.Tests;

public class MessageTemplateTests
{
    private static string Render(string template, Metrics.MetricSet? metrics = null, Metrics.MetricSet? yoy = null)
    {
        var parsed = MessageTemplate.Parse(template, out var problems);
        Assert.Empty(problems);
        var view = new MetricsView(metrics ?? Fixtures.Healthy());
        return parsed.Render(new MessageValues(view, new MetricsView(null), new MetricsView(yoy), ParamsView.From(Metrics.MetricParameters.Default), "2025Q1, sector AI", "2025Q1", "AI", 4));
    }

    [Theory]
    [InlineData("{{ metrics.top_quintile_share | pct }}", "45.0%")]
    [InlineData("{{ metrics.hhi | num }}", "300")]
    [InlineData("{{ metrics.total_amount | money }}", "40.0 bn CNY")]
    [InlineData("{{ metrics.deal_count | int }}", "400")]
    [InlineData("{{ metrics.region_count_share.Beijing | pct }}", "20.0%")]
    [InlineData("{{ metrics.location_quotient.max_key }} {{ metrics.location_quotient.max | num }}", "Beijing 1.2")]
    [InlineData("{{ metrics.top_region }} in {{ scope }} ({{ period }}, {{ slice }})", "Beijing in 2025Q1, sector AI (2025Q1, AI)")]
    [InlineData("{{ params.hot_sector }} {{ params.min_deals | int }} {{ params.reporting_currency }}", "AI 20 CNY")]
    [InlineData("{{ prev.hhi | num }}", "n/a")]
    [InlineData("{{ data_issues | int }}", "4")]
    [InlineData("no placeholders", "no placeholders")]
    public void Renders_paths_and_filters(string template, string expected) => Assert.Equal(expected, Render(template));

    [Theory]
    [InlineData(0.0, "None disclosed in 2025Q1, sector AI")]
    [InlineData(0.4, "40.0% disclosed in 2025Q1, sector AI")]
    public void A_branch_prints_the_text_its_condition_chooses(double disclosed, string expected) =>
        Assert.Equal(expected, Render("{{ if metrics.disclosed_share == 0 }}None{{ else }}{{ metrics.disclosed_share | pct }}{{ end }} disclosed in {{ scope }}",
            Fixtures.Healthy().With(("DisclosedShare", disclosed))));

    [Theory]
    [InlineData("{{ if metrics.hhi > 200 }}high{{ end }}", "high")]
    [InlineData("{{ if metrics.hhi <= 200 }}low{{ end }}.", ".")]
    [InlineData("{{ if metrics.hhi >= prev.hhi }}up{{ else }}no comparison{{ end }}", "no comparison")]
    [InlineData("{{ if metrics.hhi != 300 }}a{{ else }}{{ if metrics.deal_count < 500 }}b{{ else }}c{{ end }}{{ end }}", "b")]
    public void Branches_compare_with_numbers_and_values_nest_and_an_undefined_value_takes_the_else_branch(string template, string expected) =>
        Assert.Equal(expected, Render(template));

    [Theory]
    [InlineData("{{ if metrics.hhi > 1 }}open", "is not closed with '{{ end }}'")]
    [InlineData("text{{ end }}", "has no '{{ if … }}' before it")]
    [InlineData("{{ if metrics.hhi > 1 }}a{{ else }}b{{ else }}c{{ end }}", "a second '{{ else }}'")]
    [InlineData("{{ if metrics.hhi }}a{{ end }}", "must compare a value")]
    [InlineData("{{ if metrics.hhi ~ 3 }}a{{ end }}", "must compare a value")]
    [InlineData("{{ if metrics.hhx > 3 }}a{{ end }}", "unknown metric 'hhx'")]
    [InlineData("{{ if metrics.hhi > prev.nope }}a{{ end }}", "unknown metric 'nope'")]
    public void A_malformed_branch_is_a_problem_at_its_offset(string template, string problem)
    {
        MessageTemplate.Parse(template, out var problems);
        Assert.Contains(problems, p => p.Problem.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_threshold_value_read_inside_a_branch_counts_as_used() =>
        Assert.True(MessageTemplate.Parse("{{ if value > 1 }}{{ threshold | pct }}{{ end }}", out _).UsesThreshold);

    private static string RenderFor(string template, string language, string dimension, string value, Metrics.MetricSet? metrics = null)
    {
        var parsed = MessageTemplate.Parse(template, out var problems);
        Assert.Empty(problems);
        var values = new MessageValues(new MetricsView(metrics ?? Fixtures.Healthy()), new MetricsView(null), new MetricsView(null), ParamsView.From(Metrics.MetricParameters.Default),
            $"2025Q1, {dimension} {value}", "2025Q1", value, 0, dimension);
        return parsed.Render(values, language);
    }

    [Theory]
    [InlineData("en", "sector", "EnterpriseSoftware", "Enterprise software | 2025Q1, sector Enterprise software")]
    [InlineData("zh-CN", "sector", "EnterpriseSoftware", "企业服务 | 2025年第一季度（行业：企业服务）")]
    [InlineData("en", "sector", "AgriFood", "Agri-food | 2025Q1, sector Agri-food")]
    [InlineData("zh-CN", "region", "Guangdong", "广东 | 2025年第一季度（地区：广东）")]
    [InlineData("en", "sector", "Other", "Other sectors | 2025Q1, other sectors")]
    [InlineData("zh-CN", "sector", "Other", "其他行业 | 2025年第一季度（其他行业）")]
    [InlineData("en", "stage", "EPlus", "E+ | 2025Q1, stage E+")]
    [InlineData("zh-CN", "stage", "PreA", "Pre-A轮 | 2025年第一季度（轮次：Pre-A轮）")]
    [InlineData("en", "investor_type", "CVC", "Corporate VC | 2025Q1, investor type Corporate VC")]
    [InlineData("zh-CN", "investor_type", "Government", "政府引导基金 | 2025年第一季度（投资方类型：政府引导基金）")]
    public void A_slice_prints_by_the_name_readers_know_it_by_not_its_key(string language, string dimension, string value, string expected) =>
        Assert.Equal(expected, RenderFor("{{ slice }} | {{ scope }}", language, dimension, value));

    [Theory]
    [InlineData("en", "AI; Energy, Agri-food, Water, Health; Beijing; Beijing; Health; VC")]
    [InlineData("zh-CN", "人工智能；能源、农业食品、水资源、医疗健康；北京；北京；医疗健康；风险投资机构")]
    public void Sectors_regions_and_types_from_parameters_and_metrics_print_by_their_names(string language, string expected)
    {
        var separator = language == "en" ? "; " : "；";
        var template = string.Join(separator, "{{ params.hot_sector }}", "{{ params.strategic_sectors }}", "{{ metrics.top_region }}", "{{ metrics.location_quotient.max_key }}",
            "{{ metrics.sector_value_share.max_key }}", "{{ metrics.investor_type_share.max_key }}");
        Assert.Equal(expected, RenderFor(template, language, "sector", "AI"));
    }

    [Theory]
    [InlineData("en", "{{ slice }} has {{ metrics.deal_count | deals }} in {{ scope }}", "“Quantum Computing” has 400 deals in 2025Q1, sector “Quantum Computing” (“Quantum Computing” is the data's own label)")]
    [InlineData("en", "{{ metrics.top_region }} had {{ metrics.top_region_count_share | pct }} of the {{ slice }} deals.", "“Springfield” had 40.0% of the “Quantum Computing” deals (“Springfield” and “Quantum Computing” are the data's own labels).")]
    [InlineData("zh-CN", "{{ scope }}，{{ slice }}仅有{{ metrics.deal_count | int }}起融资事件", "2025年第一季度（行业：“Quantum Computing”），“Quantum Computing”仅有400起融资事件（“Quantum Computing”为数据中的原始标签）")]
    [InlineData("zh-CN", "{{ period }}，{{ metrics.top_region }}占{{ slice }}领域融资事件的{{ metrics.top_region_count_share | pct }}", "2025年第一季度，“Springfield”占“Quantum Computing”领域融资事件的40.0%（“Springfield”、“Quantum Computing”为数据中的原始标签）")]
    public void A_label_no_reference_table_names_prints_as_the_data_writes_it_and_the_message_says_so(string language, string template, string expected)
    {
        var metrics = new Metrics.MetricSet { DealCount = 400, TopRegion = "Springfield", TopRegionCountShare = 0.4 };
        Assert.Equal(expected, RenderFor(template, language, "sector", "Quantum Computing", metrics));
    }

    private static string RenderIn(string language, string period, string? dimension = null, string slice = "")
    {
        var parsed = MessageTemplate.Parse("{{ period }} | {{ scope }}", out var problems);
        Assert.Empty(problems);
        var scope = dimension is null ? period : $"{period}, {dimension} {slice}";
        var values = new MessageValues(new MetricsView(Fixtures.Healthy()), new MetricsView(null), new MetricsView(null), ParamsView.From(Metrics.MetricParameters.Default),
            scope, period, slice, 0, dimension);
        return parsed.Render(values, language);
    }

    [Theory]
    [InlineData("2025Q1", "2025年第一季度 | 2025年第一季度")]
    [InlineData("2024Q4", "2024年第四季度 | 2024年第四季度")]
    [InlineData("2025H1", "2025年上半年 | 2025年上半年")]
    [InlineData("2024H2", "2024年下半年 | 2024年下半年")]
    [InlineData("2024", "2024年 | 2024年")]
    [InlineData("2024-01-01..2024-08-31", "2024年1—8月 | 2024年1—8月")]
    [InlineData("2024-03-01..2024-03-31", "2024年3月 | 2024年3月")]
    [InlineData("2023-11-15..2024-02-10", "2023年11月15日至2024年2月10日 | 2023年11月15日至2024年2月10日")]
    public void A_chinese_message_words_every_kind_of_period_as_the_report_prose_does(string period, string expected)
    {
        Assert.Equal(expected, RenderIn("zh-CN", period));
        Assert.Equal(Reference.PeriodNames.Chinese(Model.Period.Parse(period)), RenderIn("zh-CN", period).Split(" | ")[0]);
    }

    [Theory]
    [InlineData("2025Q1", "sector", "EnterpriseSoftware", "2025年第一季度 | 2025年第一季度（行业：企业服务）")]
    [InlineData("2025H1", "region", "Guangdong", "2025年上半年 | 2025年上半年（地区：广东）")]
    [InlineData("2024", "stage", "PreA", "2024年 | 2024年（轮次：Pre-A轮）")]
    [InlineData("2024-01-01..2024-08-31", "sector", "EnterpriseSoftware", "2024年1—8月 | 2024年1—8月（行业：企业服务）")]
    public void A_chinese_scope_words_its_period_as_the_report_prose_does(string period, string dimension, string slice, string expected) =>
        Assert.Equal(expected, RenderIn("zh-CN", period, dimension, slice));

    [Theory]
    [InlineData("2025Q1", null, "", "2025Q1 | 2025Q1")]
    [InlineData("2025H1", null, "", "2025H1 | 2025H1")]
    [InlineData("2024", null, "", "2024 | 2024")]
    [InlineData("2024-01-01..2024-08-31", null, "", "2024-01-01..2024-08-31 | 2024-01-01..2024-08-31")]
    [InlineData("2025Q1", "sector", "EnterpriseSoftware", "2025Q1 | 2025Q1, sector Enterprise software")]
    [InlineData("2024-01-01..2024-08-31", "region", "Guangdong", "2024-01-01..2024-08-31 | 2024-01-01..2024-08-31, region Guangdong")]
    public void An_english_message_writes_the_period_as_users_do(string period, string? dimension, string slice, string expected) =>
        Assert.Equal(expected, RenderIn("en", period, dimension, slice));

    [Fact]
    public void A_chinese_message_prints_a_label_that_is_no_period_as_it_is() =>
        Assert.Equal("all data | all data", RenderIn("zh-CN", "all data"));

    [Fact]
    public void The_mega_round_size_is_stated_as_configured_in_dollars_whatever_the_reporting_currency()
    {
        var parameters = Metrics.MetricParameters.Default with { MegaRoundUsd = 150_000_000m, ReportingCurrency = "EUR" };
        var parsed = MessageTemplate.Parse("Rounds of {{ params.mega_round_usd | usd }} or more", out var problems);
        Assert.Empty(problems);
        var values = new MessageValues(new MetricsView(Fixtures.Healthy()), new MetricsView(null), new MetricsView(null), ParamsView.From(parameters), "2025Q1", "2025Q1", "");
        Assert.Equal("Rounds of 150 M USD or more", parsed.Render(values));
        Assert.Equal("Rounds of 1.5亿美元 or more", parsed.Render(values, "zh-CN"));
        Assert.Equal("100 M USD", MessageTemplate.Format(1e8, "usd", "CNY"));
        Assert.Equal("2.5 bn USD", MessageTemplate.Format(2.5e9, "usd", "CNY"));
    }

    [Fact]
    public void Percentage_points_carry_a_sign()
    {
        Assert.Equal("+5.2 pp", MessageTemplate.Format(0.052, "pp", "CNY"));
        Assert.Equal("-3.0 pp", MessageTemplate.Format(-0.03, "pp", "CNY"));
    }

    [Fact]
    public void Deal_counts_read_in_the_singular_for_one_deal()
    {
        Assert.Equal("1 deal", MessageTemplate.Format(1.0, "deals", "CNY"));
        Assert.Equal("0 deals", MessageTemplate.Format(0.0, "deals", "CNY"));
        Assert.Equal("1,235 deals", MessageTemplate.Format(1234.6, "deals", "CNY"));
        Assert.Equal("400 deals", Render("{{ metrics.deal_count | deals }}"));
    }

    /// <summary>A message writes an amount as the narrative does (NarrativeFormatterTests pins the same figures), so one amount reads the same wherever a report states it.</summary>
    [Theory]
    [InlineData(35e6, "35 M CNY", "3,500万元")]
    [InlineData(4.5e6, "4.5 M CNY", "450万元")]
    [InlineData(3.2e9, "3.2 bn CNY", "32.0亿元")]
    [InlineData(1.2345e12, "1.2 tn CNY", "1.2万亿元")]
    [InlineData(3.24e10, "32.4 bn CNY", "324亿元")]
    [InlineData(1.25e10, "12.5 bn CNY", "125亿元")]
    [InlineData(8000.0, "8,000 CNY", "8,000元")]
    public void Money_in_a_message_is_written_as_the_narrative_writes_it(double amount, string english, string chinese)
    {
        var parsed = MessageTemplate.Parse("{{ value | money }}", out var problems);
        Assert.Empty(problems);
        var values = new MessageValues(new MetricsView(Fixtures.Healthy()), new MetricsView(null), new MetricsView(null), ParamsView.From(Metrics.MetricParameters.Default), "2025Q1", "2025Q1", "", 0) { ThresholdValue = amount };

        Assert.Equal(english, parsed.Render(values));
        Assert.Equal(chinese, parsed.Render(values, "zh-CN"));
    }

    [Fact]
    public void Numbers_are_culture_invariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1,234.5", MessageTemplate.Format(1234.5, "num", "CNY"));
            Assert.Equal("350 M USD", MessageTemplate.Format(350e6, "money", "USD"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("{{ metrics.cvcActiveShare | pct }}", "unknown metric 'cvcActiveShare' in 'metrics.cvcActiveShare'; did you mean 'cvc_active_share'? messages use the snake_case names: ")]
    [InlineData("{{ metrics.hhi | pcnt }}", "unknown filter 'pcnt'; did you mean 'pct'? use one of deals, int, money, num, pct, pp, usd")]
    [InlineData("{{ params.hot_sectr }}", "unknown parameter 'params.hot_sectr'; did you mean 'params.hot_sector'? known: ")]
    [InlineData("{{ metric.hhi }}", "unknown name 'metric.hhi'; did you mean 'metrics.hhi'? use metrics.x, ")]
    [InlineData("{{ scopes }}", "unknown name 'scopes'; did you mean 'scope'? use metrics.x, ")]
    public void An_unknown_name_close_to_a_known_one_suggests_it_before_the_list(string template, string problem)
    {
        MessageTemplate.Parse(template, out var problems);
        Assert.Equal(problem, Assert.Single(problems).Problem[..problem.Length]);
    }

    [Theory]
    [InlineData("{{ metrics.nope }}")]
    [InlineData("{{ metrics.hhi | shout }}")]
    [InlineData("{{ system.exit }}")]
    [InlineData("{{ params.secret }}")]
    public void An_unknown_name_close_to_none_gets_no_guess(string template)
    {
        MessageTemplate.Parse(template, out var problems);
        Assert.DoesNotContain("did you mean", Assert.Single(problems).Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{{ metrics.nope }}", "unknown metric 'nope'")]
    [InlineData("{{ metrics.hhi | shout }}", "unknown filter 'shout'")]
    [InlineData("{{ metrics.hhi ", "not closed")]
    [InlineData("{{ system.exit }}", "unknown name")]
    [InlineData("{{ metrics.region_count_share }}", "is keyed")]
    [InlineData("{{ params.secret }}", "unknown parameter")]
    public void Reports_template_problems(string template, string problem)
    {
        MessageTemplate.Parse(template, out var problems);
        Assert.Contains(problems, p => p.Problem.Contains(problem, StringComparison.Ordinal));
    }
}
