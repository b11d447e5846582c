using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Metrics.Tests;

/// <summary>
/// The bundled sample tells the source article's story: these are the figures of <c>seed/FACTS.md</c>
/// (numbers 1, 2, 3, 5, 6, 10, 11, 12, 13), computed through the loader and the metrics engine.
/// </summary>
public sealed class SampleCalibrationTests
{
    private static readonly Lazy<DealSet> Sample = new(() => DealLoader.Load(new LoadOptions(), ReferenceData.Default).Deals);

    private static MetricsEngine Engine(params Filter[] where) => new(Sample.Value, ReferenceData.Default, MetricParameters.Default, where);

    private static MetricsEngine Ai => Engine(new Filter("sector", "AI"));

    private static Scope Scope(string period, Slice? slice = null) => new(Period.Parse(period), slice);

    [Fact]
    public void Fact1_AI_2025Q1_has_351_deals_and_20_to_24_bn_CNY()
    {
        var m = Ai.Compute(Scope("2025Q1"));

        Assert.Equal(351, m.DealCount);
        Assert.InRange(m.TotalAmount, 20e9, 24e9);
    }

    [Fact]
    public void Fact2_top_fifth_of_AI_companies_took_about_80_percent_in_2025Q1()
    {
        Assert.InRange(Ai.Compute(Scope("2025Q1")).TopQuintileShare!.Value, 0.78, 0.82);
    }

    [Fact]
    public void Fact3_AI_2024_has_500_deals_and_63_to_70_bn_CNY_after_595_in_2023()
    {
        var year = Ai.ComputeWithComparisons(Scope("2024"));

        Assert.Equal(500, year.Metrics.DealCount);
        Assert.InRange(year.Metrics.TotalAmount, 63e9, 70e9);
        Assert.InRange(year.Yoy.DealCount, 590, 600);
    }

    [Fact]
    public void Fact5_AI_deals_by_region_in_the_first_eight_months_of_2024()
    {
        var engine = Ai;
        var range = "2024-01-01..2024-08-31";

        Assert.InRange(engine.Compute(Scope(range)).DealCount, 287, 291);
        Assert.Equal(107, engine.Compute(Scope(range, new Slice("region", "Beijing"))).DealCount);
        Assert.Equal(58, engine.Compute(Scope(range, new Slice("region", "Guangdong"))).DealCount);
        Assert.Equal(46, engine.Compute(Scope(range, new Slice("region", "Shanghai"))).DealCount);
        Assert.Equal("Beijing", engine.Compute(Scope(range)).TopRegion);
    }

    [Fact]
    public void Fact6_38_investors_with_three_or_more_AI_deals_by_type()
    {
        var engine = Ai;
        var scope = Scope("2024-01-01..2024-08-31");

        var active = engine.ActiveInvestors(scope, 3);
        var byType = active.GroupBy(i => i.Type, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Equal(38, active.Count);
        Assert.Equal(14, byType.GetValueOrDefault("CVC"));
        Assert.Equal(13, byType.GetValueOrDefault("VC"));
        Assert.Equal(7, byType.GetValueOrDefault("Government"));
        Assert.Equal(4, byType.GetValueOrDefault("PE"));
        Assert.Equal(14d / 38, engine.Compute(scope).CvcActiveShare!.Value, 1e-12);
    }

    [Fact]
    public void Fact10_AI_takes_56_to_60_percent_of_value_in_2025Q1()
    {
        Assert.InRange(Engine().Compute(Scope("2025Q1")).HotSectorValueShare!.Value, 0.56, 0.60);
    }

    [Fact]
    public void Fact11_2025Q1_value_rises_and_deal_count_falls_year_on_year()
    {
        var q1 = Engine().ComputeWithComparisons(Scope("2025Q1"));

        Assert.True(q1.YoyKnown);
        Assert.True(q1.Metrics.TotalAmount > q1.Yoy.TotalAmount, "value up YoY");
        Assert.True(q1.Metrics.DealCount < q1.Yoy.DealCount, "deal count down YoY");
    }

    [Fact]
    public void Fact12_AI_share_of_deals_rises_from_2023_to_2025()
    {
        var engine = Engine();
        var shares = new[] { "2023", "2024", "2025" }.Select(y => engine.Compute(Scope(y)).SectorCountShare["AI"]).ToArray();

        Assert.True(shares[0] < shares[1] && shares[1] < shares[2], string.Join(" < ", shares));
    }

    [Fact]
    public void Fact13_strategic_sectors_amount_falls_year_on_year_in_2025()
    {
        var h1 = Engine().ComputeWithComparisons(Scope("2025H1"));

        Assert.True(h1.Metrics.StrategicSectorsAmount < h1.Yoy.StrategicSectorsAmount, $"{h1.Metrics.StrategicSectorsAmount} vs {h1.Yoy.StrategicSectorsAmount}");
    }

    [Fact]
    public void Default_period_of_the_sample_is_its_last_quarter()
    {
        Assert.Equal("2025Q2", Engine().DefaultPeriod(null).Label);
        Assert.Equal(10, Engine().Series(PeriodKind.Quarter).Count);
    }
}
