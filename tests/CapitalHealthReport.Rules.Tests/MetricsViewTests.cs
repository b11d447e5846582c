using System.Reflection;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules.Expressions;

namespace CapitalHealthReport.Rules.Tests;

/// <summary>The rule expressions' view of the metrics, generated from the metric declarations.</summary>
public class MetricsViewTests
{
    [Fact]
    public void The_view_has_one_property_per_declared_metric_and_nothing_else_but_its_helpers()
    {
        var properties = typeof(MetricsView).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal);
        var expected = MetricCatalog.All.Select(m => m.PropertyName).Append(nameof(MetricsView.Set)).Append(nameof(MetricsView.UndisclosedShare)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, properties);
    }

    [Theory]
    [InlineData("deal_count", typeof(double))]
    [InlineData("hhi", typeof(double))]
    [InlineData("strategic_sectors_amount", typeof(double))]
    [InlineData("top_region", typeof(string))]
    [InlineData("region_count_share", typeof(KeyedMetric))]
    public void Each_kind_of_metric_has_its_expression_type(string metric, Type type)
    {
        var property = typeof(MetricsView).GetProperty(MetricCatalog.Find(metric)!.PropertyName)!;
        Assert.Equal(type, property.PropertyType);
    }

    [Fact]
    public void Undefined_metrics_read_as_nan_and_names_as_empty()
    {
        var view = new MetricsView(new MetricSet { DealCount = 3 });
        Assert.Equal(3d, view.DealCount);
        Assert.True(double.IsNaN(view.Hhi));
        Assert.Equal("", view.TopRegion);
        var none = new MetricsView(null);
        Assert.True(double.IsNaN(none.DealCount));
        Assert.True(double.IsNaN(none.TotalAmount));
    }

    [Fact]
    public void A_missing_key_of_a_share_reads_zero_only_when_its_base_is_not_empty()
    {
        var deals = new MetricsView(new MetricSet { DealCount = 4, RegionCountShare = Fixtures.Map(("Beijing", 1.0)) });
        Assert.Equal(0d, deals.RegionCountShare["Shanghai"]);
        Assert.True(double.IsNaN(deals.RegionValueShare["Shanghai"]), "no disclosed value: a value share is undefined");
        Assert.True(double.IsNaN(deals.MedianAmount["Seed"]), "a median is never 0 by absence");
        Assert.True(double.IsNaN(deals.InvestorTypeShare["CVC"]), "no investors: undefined");
        var investors = new MetricsView(new MetricSet { DealCount = 4, InvestorTypeShare = Fixtures.Map(("VC", 1.0)) });
        Assert.Equal(0d, investors.InvestorTypeShare["CVC"]);
    }
}
