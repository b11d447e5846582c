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
    [InlineData("zh-CN", "sector", "EnterpriseSoftware", "企业服务 | 2025Q1（行业：企业服务）")]
    [InlineData("en", "sector", "AgriFood", "Agri-food | 2025Q1, sector Agri-food")]
    [InlineData("zh-CN", "region", "Guangdong", "广东 | 2025Q1（地区：广东）")]
    [InlineData("en", "stage", "EPlus", "E+ | 2025Q1, stage E+")]
    [InlineData("zh-CN", "stage", "PreA", "Pre-A轮 | 2025Q1（轮次：Pre-A轮）")]
    [InlineData("en", "investor_type", "CVC", "Corporate VC | 2025Q1, investor type Corporate VC")]
    [InlineData("zh-CN", "investor_type", "Government", "政府引导基金 | 2025Q1（投资方类型：政府引导基金）")]
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
    [InlineData("zh-CN", "{{ scope }}，{{ slice }}仅有{{ metrics.deal_count | int }}起融资事件", "2025Q1（行业：“Quantum Computing”），“Quantum Computing”仅有400起融资事件（“Quantum Computing”为数据中的原始标签）")]
    [InlineData("zh-CN", "{{ period }}，{{ metrics.top_region }}占{{ slice }}领域融资事件的{{ metrics.top_region_count_share | pct }}", "2025Q1，“Springfield”占“Quantum Computing”领域融资事件的40.0%（“Springfield”、“Quantum Computing”为数据中的原始标签）")]
    public void A_label_no_reference_table_names_prints_as_the_data_writes_it_and_the_message_says_so(string language, string template, string expected)
    {
        var metrics = new Metrics.MetricSet { DealCount = 400, TopRegion = "Springfield", TopRegionCountShare = 0.4 };
        Assert.Equal(expected, RenderFor(template, language, "sector", "Quantum Computing", metrics));
    }

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

    [Fact]
    public void Numbers_are_culture_invariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1,234.5", MessageTemplate.Format(1234.5, "num", "CNY"));
            Assert.Equal("350.0 M USD", MessageTemplate.Format(350e6, "money", "USD"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
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
