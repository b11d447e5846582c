using CapitalHealthReport.Model;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

public sealed class StageSectorRegionTests
{
    private const double Tolerance = 1e-12;

    private static MetricsEngine StageFixture() => Engine(
    [
        Deal("2025-01-02", "s1", 10m, Stage.Seed),
        Deal("2025-01-03", "s2", 30m, Stage.Seed),
        Deal("2025-01-04", "an", null, Stage.Angel),
        Deal("2025-01-05", "a1", 60m, Stage.A),
        Deal("2025-01-06", "c1", 200m, Stage.C),
        Deal("2025-01-07", "d1", 400m, Stage.D),
        Deal("2025-01-08", "e1", 300m, Stage.EPlus),
        Deal("2025-01-09", "u1", 1000m, Stage.Unknown),
    ]);

    [Fact]
    public void Stage_shares_skip_unknown_stages_in_the_denominators()
    {
        var m = StageFixture().Compute(Q("2025Q1"));

        Assert.Equal(2d / 8, m.StageCountShare["Seed"], Tolerance);
        Assert.Equal(1d / 8, m.StageCountShare["Unknown"], Tolerance);
        Assert.Equal(["A", "Angel", "C", "D", "EPlus", "Seed", "Unknown"], m.StageCountShare.Keys);
        Assert.Equal(4d / 7, m.EarlyCountShare!.Value, Tolerance); // Seed, Seed, Angel, A of 7 known
        Assert.Equal(3d / 7, m.SeedAngelCountShare!.Value, Tolerance);
        Assert.Equal(900d / 1000, m.LateValueShare!.Value, Tolerance); // 900 late of 1000 known-stage value
        Assert.Equal(1000d / 2000, m.StageValueShare["Unknown"], Tolerance);
    }

    [Fact]
    public void Medians_take_the_mean_of_the_middle_pair_and_feed_the_late_to_seed_ratio()
    {
        var m = StageFixture().Compute(Q("2025Q1"));

        Assert.Equal(20d, m.MedianAmount["Seed"]); // (10 + 30) / 2
        Assert.Equal(400d, m.MedianAmount["D"]);
        Assert.False(m.MedianAmount.ContainsKey("Angel")); // no disclosed Angel amount
        Assert.Equal(300d / 20, m.LateToSeedMedianRatio!.Value, Tolerance); // late 200, 300, 400 → 300
    }

    [Fact]
    public void Late_to_seed_ratio_is_undefined_without_seed_amounts()
    {
        var m = Engine([Deal("2025-01-06", "c1", 200m, Stage.C)]).Compute(Q("2025Q1"));

        Assert.Null(m.LateToSeedMedianRatio);
        Assert.Equal(0d, m.SeedAngelCountShare);
    }

    [Fact]
    public void Sector_shares_hot_sector_and_strategic_amount_follow_the_parameters()
    {
        var engine = Engine(
        [
            Deal("2025-01-02", "a", 60m, sector: "AI"),
            Deal("2025-01-02", "b", 20m, sector: "Energy"),
            Deal("2025-01-02", "c", 10m, sector: "Water"),
            Deal("2025-01-02", "d", 10m, sector: "Consumer"),
            Deal("2025-01-02", "e", null, sector: null),
        ]);

        var m = engine.Compute(Q("2025Q1"));

        Assert.Equal(0.6, m.HotSectorValueShare!.Value, Tolerance);
        Assert.Equal(30d, m.StrategicSectorsAmount);
        Assert.Equal(0.2, m.SectorCountShare["Unknown"], Tolerance);
        Assert.Equal(0d, m.SectorValueShare["Unknown"]);
        Assert.Equal(["AI", "Consumer", "Energy", "Unknown", "Water"], m.SectorValueShare.Keys);

        var custom = Engine([Deal("2025-01-02", "x", 5m, sector: "Energy")], MetricParameters.Default with { HotSector = "energy", StrategicSectors = [] })
            .Compute(Q("2025Q1"));
        Assert.Equal(1d, custom.HotSectorValueShare);
        Assert.Equal(0d, custom.StrategicSectorsAmount);
    }

    [Fact]
    public void Top_region_ignores_unknown_and_breaks_ties_by_ordinal_name()
    {
        var m = Engine(
        [
            Deal("2025-01-02", "a", 1m, region: null),
            Deal("2025-01-02", "b", 1m, region: null),
            Deal("2025-01-02", "c", 1m, region: null),
            Deal("2025-01-02", "d", 1m, region: "Shanghai"),
            Deal("2025-01-02", "e", 1m, region: "Guangdong"),
        ]).Compute(Q("2025Q1"));

        Assert.Equal("Guangdong", m.TopRegion);
        Assert.Equal(0.2, m.TopRegionCountShare!.Value, Tolerance);
        Assert.Equal(0.6, m.RegionCountShare["Unknown"], Tolerance);
    }

    [Fact]
    public void Location_quotient_divides_the_deal_share_by_the_baseline_share()
    {
        var m = Engine(
        [
            Deal("2025-01-02", "a", 1m, region: "Beijing"),
            Deal("2025-01-02", "b", 1m, region: "Beijing"),
            Deal("2025-01-02", "c", 1m, region: "Beijing"),
            Deal("2025-01-02", "d", 1m, region: "Shanghai"),
            Deal("2025-01-02", "e", 1m, region: "Tibet"),
        ]).Compute(Q("2025Q1"));

        Assert.Equal(0.6 / 0.5, m.LocationQuotient["Beijing"], Tolerance);
        Assert.Equal(0.2 / 0.25, m.LocationQuotient["Shanghai"], Tolerance);
        Assert.False(m.LocationQuotient.ContainsKey("Tibet")); // no baseline weight
    }

    [Fact]
    public void A_region_without_a_deal_in_the_scope_has_no_location_quotient()
    {
        // Shanghai had deals in the fourth quarter of 2024 and none in the first of 2025: its quotient there was 0, which a
        // table printed as 0.00 and a rule on the lowest quotient read as under-representation.
        var engine = Engine(
        [
            Deal("2024-11-02", "a", 1m, region: "Shanghai"),
            Deal("2024-11-03", "b", 1m, region: "Beijing"),
            Deal("2025-01-02", "c", 1m, region: "Beijing"),
            Deal("2025-01-03", "d", 1m, region: "Beijing"),
        ]);

        var q1 = engine.Compute(Q("2025Q1"));
        var q4 = engine.Compute(Q("2024Q4"));

        Assert.Equal(["Beijing"], q1.LocationQuotient.Keys);
        Assert.Equal(1 / 0.5, q1.LocationQuotient["Beijing"], Tolerance);
        Assert.Equal(["Beijing", "Shanghai"], q4.LocationQuotient.Keys);
        Assert.Equal(0.5 / 0.25, q4.LocationQuotient["Shanghai"], Tolerance);
    }

    [Fact]
    public void Local_fund_home_bias_counts_deals_with_a_government_investor_of_known_home()
    {
        var m = Engine(
        [
            Deal("2025-01-02", "a", 1m, region: "Beijing", investors: ["Beijing AI Fund"]),
            Deal("2025-01-02", "b", 1m, region: "Beijing", investors: ["Beijing AI Fund", "Sequoia"]),
            Deal("2025-01-02", "c", 1m, region: "Shanghai", investors: ["Beijing AI Fund"]),
            Deal("2025-01-02", "d", 1m, region: "Shanghai", investors: ["Beijing AI Fund", "Shanghai Guidance Fund"]),
            Deal("2025-01-02", "e", 1m, region: "Beijing", investors: ["Nowhere Fund"]),
            Deal("2025-01-02", "f", 1m, region: "Beijing", investors: ["Sequoia"]),
        ]).Compute(Q("2025Q1"));

        Assert.Equal(3d / 4, m.LocalFundHomeBias!.Value, Tolerance); // a, b, d home; c away; e unknown home; f none
    }

    [Fact]
    public void Investor_type_shares_count_distinct_investors_and_cvc_share_needs_three_deals()
    {
        var m = Engine(
        [
            Deal("2025-01-02", "a", 1m, investors: ["Tencent", "Sequoia", "Unlisted Partners"]),
            Deal("2025-01-03", "b", 1m, investors: ["Tencent", "Sequoia", "Sequoia"]),
            Deal("2025-01-04", "c", 1m, investors: ["Tencent", "Sequoia", "Hillhouse"]),
            Deal("2025-01-05", "d", 1m, investors: ["Lenovo Capital", "Hillhouse"]),
            Deal("2025-01-06", "e", 1m, investors: ["Hillhouse"]),
        ]).Compute(Q("2025Q1"));

        // Active: Tencent, Sequoia, Unlisted Partners, Hillhouse, Lenovo Capital.
        Assert.Equal(2d / 5, m.InvestorTypeShare["CVC"], Tolerance);
        Assert.Equal(1d / 5, m.InvestorTypeShare["Unknown"], Tolerance);
        Assert.Equal(["CVC", "PE", "Unknown", "VC"], m.InvestorTypeShare.Keys);

        // ≥ 3 deals: Tencent (CVC), Sequoia (VC, counted once per deal), Hillhouse (PE).
        Assert.Equal(1d / 3, m.CvcActiveShare!.Value, Tolerance);
    }

    [Fact]
    public void Active_investors_list_name_type_home_and_deals_most_active_first()
    {
        var engine = Engine(
        [
            Deal("2025-01-02", "a", 1m, investors: ["Tencent", "Sequoia"]),
            Deal("2025-01-03", "b", 1m, investors: ["Tencent", "Sequoia"]),
            Deal("2025-01-04", "c", 1m, investors: ["Tencent"]),
        ]);

        var active = engine.ActiveInvestors(Q("2025Q1"), 2);

        Assert.Equal([new InvestorActivity("Tencent", "CVC", "Guangdong", 3), new InvestorActivity("Sequoia", "VC", "Beijing", 2)], active);
        Assert.Empty(engine.ActiveInvestors(Q("2025Q1"), 4));
    }
}
