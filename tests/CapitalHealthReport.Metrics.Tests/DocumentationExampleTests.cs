using CapitalHealthReport.Model;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

/// <summary>The worked example of docs/metrics.md, computed by the engine, so that the page cannot drift from the code.</summary>
public sealed class DocumentationExampleTests
{
    private const double Tolerance = 1e-12;

    private static MetricSet Example(IReadOnlyDictionary<string, double>? baseline = null)
    {
        Deal[] deals =
        [
            Deal("2025-01-10", "a", 10m, Stage.Seed, "AI", "Beijing"),
            Deal("2025-01-20", "b", 5m, Stage.A, "AI", "Beijing"),
            Deal("2025-02-10", "b", 15m, Stage.C, "Energy", "Shanghai"),
            Deal("2025-02-20", "c", 30m, Stage.D, "AI", "Shanghai"),
            Deal("2025-03-10", "d", 40m, Stage.Unknown, "Water", null),
        ];
        var engine = new MetricsEngine(new DealSet(deals), Lookups(baseline), MetricParameters.Default, null);
        return engine.Compute(Q("2025Q1"));
    }

    [Fact]
    public void Worked_example_matches_the_documented_values()
    {
        var m = Example();

        Assert.Equal((5, 4, 100d, 1d), (m.DealCount, m.CompanyCount, m.TotalAmount, m.DisclosedShare!.Value));
        Assert.Equal(3000d, m.Hhi!.Value, 1e-9);
        Assert.Equal(1d, m.Cr4!.Value, Tolerance);
        Assert.Equal(0.4, m.TopQuintileShare!.Value, Tolerance);
        Assert.Equal(0.25, m.Gini!.Value, Tolerance);
        Assert.Equal(0d, m.MegaRoundShare);
        Assert.All(m.StageCountShare.Values, v => Assert.Equal(0.2, v, Tolerance));
        Assert.Equal([0.05, 0.15, 0.3, 0.1, 0.4], m.StageValueShare.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal(0.5, m.EarlyCountShare!.Value, Tolerance);
        Assert.Equal(0.25, m.SeedAngelCountShare!.Value, Tolerance);
        Assert.Equal(0.75, m.LateValueShare!.Value, Tolerance);
        Assert.Equal([5d, 15d, 30d, 10d, 40d], m.MedianAmount.Values);
        Assert.Equal(2.25, m.LateToSeedMedianRatio!.Value, Tolerance);
        Assert.Equal([0.45, 0.15, 0.4], m.SectorValueShare.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal([0.6, 0.2, 0.2], m.SectorCountShare.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal(0.45, m.HotSectorValueShare!.Value, Tolerance);
        Assert.Equal(55d, m.StrategicSectorsAmount);
        Assert.Equal([0.4, 0.4, 0.2], m.RegionCountShare.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal([0.15, 0.45, 0.4], m.RegionValueShare.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal(("Beijing", 0.4), (m.TopRegion, Math.Round(m.TopRegionCountShare!.Value, 12)));
        Assert.Null(m.LocalFundHomeBias);
    }

    [Fact]
    public void Worked_example_location_quotient()
    {
        var m = Example(new Dictionary<string, double> { ["Beijing"] = 0.05, ["Shanghai"] = 0.05, ["Guangdong"] = 0.9 });

        Assert.Equal(8d, m.LocationQuotient["Beijing"], 1e-9);
        Assert.Equal(8d, m.LocationQuotient["Shanghai"], 1e-9);
    }
}
