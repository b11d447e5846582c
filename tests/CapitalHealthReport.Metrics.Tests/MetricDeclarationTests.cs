using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using CapitalHealthReport.Model;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

/// <summary>The metric declarations on <see cref="MetricSet"/>: complete, and the one source of the catalog.</summary>
public sealed partial class MetricDeclarationTests
{
    [Fact]
    public void Every_metric_property_is_declared_and_every_declaration_is_in_the_catalog()
    {
        var properties = typeof(MetricSet).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Assert.All(properties, p => Assert.NotNull(p.GetCustomAttribute<MetricAttribute>()));
        Assert.Equal(properties.Length, MetricCatalog.All.Count);
    }

    [Fact]
    public void The_catalog_keeps_the_declaration_order_that_json_and_csv_write()
    {
        Assert.Equal(
        [
            "deal_count", "company_count", "total_amount", "disclosed_share", "hhi", "cr4", "top_quintile_share", "gini", "mega_round_share",
            "stage_count_share", "stage_value_share", "early_count_share", "seed_angel_count_share", "late_value_share", "median_amount",
            "late_to_seed_median_ratio", "seed_disclosed_count", "late_disclosed_count", "sector_value_share", "sector_count_share", "hot_sector_value_share", "strategic_sectors_amount",
            "region_value_share", "region_count_share", "top_region", "top_region_count_share", "location_quotient", "local_fund_home_bias",
            "active_investor_count", "investor_type_share", "repeat_investor_count", "cvc_active_share", "classified_sector_share",
        ], MetricCatalog.All.Select(m => m.JsonName));
    }

    [Fact]
    public void Units_are_the_ones_outputs_have_always_written()
    {
        var units = MetricCatalog.All.ToDictionary(m => m.JsonName, m => m.Unit);
        Assert.Equal("deals", units["deal_count"]);
        Assert.Equal("companies", units["company_count"]);
        Assert.Equal("reporting currency", units["total_amount"]);
        Assert.Equal("index (0–10,000)", units["hhi"]);
        Assert.Equal("index (0–1)", units["gini"]);
        Assert.Equal("ratio", units["location_quotient"]);
        Assert.Equal("region", units["top_region"]);
        Assert.All(MetricCatalog.All.Where(m => m.IsShare), m => Assert.Equal("share (0–1)", m.Unit));
        Assert.Equal(
            ["classified_sector_share", "cr4", "cvc_active_share", "disclosed_share", "early_count_share", "hot_sector_value_share", "investor_type_share", "late_value_share",
             "local_fund_home_bias", "mega_round_share", "region_count_share", "region_value_share", "sector_count_share", "sector_value_share",
             "seed_angel_count_share", "stage_count_share", "stage_value_share", "top_quintile_share", "top_region_count_share"],
            MetricCatalog.All.Where(m => m.IsShare).Select(m => m.JsonName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_declaration_names_and_defines_its_metric_in_both_languages()
    {
        Assert.All(MetricCatalog.All, m =>
        {
            Assert.NotEmpty(m.DisplayName);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m.DisplayNameZh);
            Assert.EndsWith(".", m.Definition, StringComparison.Ordinal);
            Assert.EndsWith("。", m.DefinitionZh, StringComparison.Ordinal);
            Assert.NotNull(m.Meaning);
            Assert.NotNull(m.Example);
            Assert.Equal(m.IsKeyed, m.KeyedName is not null);
            Assert.Equal(m.IsKeyed, m.KeyedNameZh is not null);
            if (m.IsKeyed)
            {
                Assert.Contains("{key}", m.KeyedName, StringComparison.Ordinal);
                Assert.Contains("{key}", m.KeyedNameZh, StringComparison.Ordinal);
            }

            if (m.IsKeyed && m.IsShare)
            {
                Assert.NotEqual(MetricBase.None, m.Base);
            }
        });
    }

    [Fact]
    public void The_json_name_is_the_property_name_in_snake_case()
    {
        Assert.Equal("top_quintile_share", MetricCatalog.ToSnakeCase("TopQuintileShare"));
        Assert.Equal("cr4", MetricCatalog.ToSnakeCase("Cr4"));
        Assert.All(MetricCatalog.All, m => Assert.Equal(MetricCatalog.ToSnakeCase(m.PropertyName), m.JsonName));
        Assert.Same(MetricCatalog.Find("hhi"), MetricCatalog.Find("Hhi"));
        Assert.Null(MetricCatalog.Find("undisclosed_share"));
    }

    [Fact]
    public void Each_documented_example_is_what_the_engine_computes_on_the_example_scope()
    {
        Deal[] deals =
        [
            Deal("2025-01-10", "a", 10m, Stage.Seed, "AI", "Beijing"),
            Deal("2025-01-20", "b", 5m, Stage.A, "AI", "Beijing"),
            Deal("2025-02-10", "b", 15m, Stage.C, "Energy", "Shanghai"),
            Deal("2025-02-20", "c", 30m, Stage.D, "AI", "Shanghai"),
            Deal("2025-03-10", "d", 40m, Stage.Unknown, "Water", null),
        ];
        var metrics = new MetricsEngine(new DealSet(deals), Lookups(null), MetricParameters.Default, null).Compute(Q("2025Q1"));
        var checkedCount = 0;
        foreach (var metric in MetricCatalog.All.Where(m => !m.IsKeyed))
        {
            var match = Result().Match(metric.Example!);
            Assert.True(match.Success, $"{metric.JsonName}: the example has no **result**");
            var documented = match.Groups[1].Value;
            var actual = metric.GetValue(metrics);
            switch (actual)
            {
                case null:
                    Assert.Equal("null", documented);
                    break;
                case string text:
                    Assert.Equal(text, documented);
                    break;
                default:
                    var number = double.Parse(documented.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
                    Assert.Equal(number, metric.GetNumber(metrics)!.Value, 1e-9);
                    break;
            }

            checkedCount++;
        }

        Assert.Equal(24, checkedCount);
    }

    [GeneratedRegex(@"\*\*([^*]+)\*\*\.?$")]
    private static partial Regex Result();
}
