using CapitalHealthReport.Model;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

public sealed class ScopeTests
{
    private static readonly Deal[] Quarters =
    [
        Deal("2024-02-10", "a", 10m, sector: "AI"),
        Deal("2024-11-10", "b", 20m, sector: "AI"),
        Deal("2024-12-10", "c", 30m, sector: "Energy"),
        Deal("2025-01-10", "d", 40m, sector: "AI", region: "Shanghai"),
        Deal("2025-02-10", "e", 50m, sector: "Energy", stage: Stage.Seed, investors: ["Tencent"]),
        Deal("2025-03-10", "f", 60m, sector: "AI", stage: Stage.C, investors: ["Sequoia", "Tencent"]),
        Deal("2025-05-10", "g", null, sector: "Water"),
    ];

    [Fact]
    public void Comparisons_use_the_previous_quarter_and_the_same_quarter_a_year_before()
    {
        var engine = Engine(Quarters);

        var scope = engine.ComputeWithComparisons(Q("2025Q1"));

        Assert.Equal("2024Q4", scope.PrevScope.Period.Label);
        Assert.Equal("2024Q1", scope.YoyScope.Period.Label);
        Assert.Equal(3, scope.Metrics.DealCount);
        Assert.Equal(2, scope.Prev.DealCount);
        Assert.Equal(1, scope.Yoy.DealCount);
        Assert.True(scope.PrevKnown);
        Assert.True(scope.YoyKnown);
        Assert.Equal(1d, MetricCatalog.Find("deal_count")!.Delta(scope.Metrics, scope.Prev));
    }

    [Fact]
    public void Comparisons_outside_the_data_are_marked_unknown()
    {
        var scope = Engine(Quarters).ComputeWithComparisons(Q("2024Q1"));

        Assert.False(scope.PrevKnown);
        Assert.False(scope.YoyKnown);
        Assert.Equal(0, scope.Prev.DealCount);
    }

    [Fact]
    public void Share_deltas_are_in_percentage_points()
    {
        var engine = Engine(Quarters);
        var scope = engine.ComputeWithComparisons(Q("2025Q1"));
        var hot = MetricCatalog.Find("hot_sector_value_share")!;

        // 2025Q1 AI value 100 of 150; 2024Q4 AI value 20 of 50.
        Assert.Equal(((100d / 150) - 0.4) * 100, hot.Delta(scope.Metrics, scope.Prev)!.Value, 1e-9);
        var sectorDelta = MetricCatalog.Find("sector_value_share")!.KeyedDelta(scope.Metrics, scope.Prev);
        Assert.Equal(((50d / 150) - 0.6) * 100, sectorDelta["Energy"]!.Value, 1e-9);
    }

    [Fact]
    public void Date_ranges_select_inclusive_days()
    {
        var engine = Engine(Quarters);

        Assert.Equal(2, engine.Compute(new Scope(Period.Parse("2025-02-10..2025-03-10"))).DealCount);
        Assert.Equal("2024-12-13..2025-02-10", engine.ComputeWithComparisons(new Scope(Period.Parse("2025-02-11..2025-04-11"))).PrevScope.Period.Label);
    }

    [Fact]
    public void Default_period_is_the_latest_complete_quarter_as_of_the_date()
    {
        var engine = Engine(Quarters);

        Assert.Equal("2025Q2", engine.DefaultPeriod(null).Label);
        Assert.Equal("2025Q1", engine.DefaultPeriod(new DateOnly(2025, 5, 10)).Label);
        Assert.Equal("2025Q1", engine.DefaultPeriod(new DateOnly(2025, 3, 31)).Label);
        Assert.Equal("2025Q2", engine.DefaultPeriod(new DateOnly(2026, 1, 1)).Label);
        Assert.Throws<InputException>(() => Engine([]).DefaultPeriod(null));
    }

    [Fact]
    public void Series_lists_every_period_of_the_data_oldest_first_including_empty_ones()
    {
        var engine = Engine(Quarters);

        Assert.Equal(["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2"], engine.Series(PeriodKind.Quarter).Select(p => p.Label));
        Assert.Equal(["2024H1", "2024H2", "2025H1"], engine.Series(PeriodKind.Half).Select(p => p.Label));
        Assert.Equal(["2024", "2025"], engine.Series(PeriodKind.Year).Select(p => p.Label));
    }

    [Fact]
    public void Filters_apply_before_scoping_and_repeated_fields_accept_any_value()
    {
        var ai = Engine(Quarters, where: [new Filter("sector", "ai")]);
        var aiOrWater = Engine(Quarters, where: [Filter.Parse("sector=AI"), Filter.Parse("sector=Water"), Filter.Parse("region=Beijing")]);

        Assert.Equal(2, ai.Compute(Q("2025Q1")).DealCount);
        Assert.Equal(1d, ai.Compute(Q("2025Q1")).HotSectorValueShare);
        Assert.Equal(5, ai.Series(PeriodKind.Quarter).Count - 1); // the series spans the unfiltered data
        Assert.Equal(2, aiOrWater.Compute(Q("2025")).DealCount); // f (AI) and g (Water) in Beijing
        Assert.Equal(1, Engine(Quarters, where: [Filter.Parse("investor_type=CVC"), Filter.Parse("stage=seed")]).Compute(Q("2025")).DealCount);
        Assert.Equal(1, Engine(Quarters, where: [Filter.Parse("company= F ")]).Compute(Q("2025")).DealCount);
    }

    [Fact]
    public void A_country_filter_matches_deals_given_in_memory_however_they_write_the_country()
    {
        // The loader writes countries as ISO codes; a caller's deals may say USA or United States.
        Deal[] deals =
        [
            Deal("2025-01-10", "A", 1m) with { Country = "USA" },
            Deal("2025-01-11", "B", 1m) with { Country = "United States" },
            Deal("2025-01-12", "C", 1m) with { Country = "US" },
            Deal("2025-01-13", "D", 1m) with { Country = "Germany" },
            Deal("2025-01-14", "E", 1m),
        ];

        Assert.Equal(3, Engine(deals, where: [Filter.Parse("country=US")]).DealCount);
        Assert.Equal(3, Engine(deals, where: [Filter.Parse("country=united states")]).DealCount);
        Assert.Equal(1, Engine(deals, where: [Filter.Parse("country=DE")]).DealCount);
        Assert.Equal(1, Engine(deals, where: [Filter.Parse("country=Unknown")]).DealCount);
    }

    [Theory]
    [InlineData("stage=Series A", "A")]
    [InlineData("stage=A轮", "A")]
    [InlineData("stage=pre-a", "PreA")]
    [InlineData("stage=天使轮", "Angel")]
    [InlineData("stage=seed", "Seed")]
    public void A_stage_filter_takes_the_names_exports_use_as_the_canonical_stage_the_loader_reads(string text, string stage)
    {
        Assert.Equal(new Filter("stage", stage), Filter.Parse(text));
    }

    [Theory]
    [InlineData("colour=red", "not a filter field")]
    [InlineData("investor_type=Bank", "not an investor type")]
    [InlineData("sector", "must be field=value")]
    [InlineData("sector=", "must be field=value")]
    public void Rejects_unusable_filters_with_the_accepted_values(string text, string reason)
    {
        var ex = Assert.Throws<InputException>(() => Filter.Parse(text));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sectr=AI", "'sectr' is not a filter field. Did you mean 'sector'? Use one of: sector, ")]
    [InlineData("investor-type=VC", "'investor-type' is not a filter field. Did you mean 'investor_type'? Use one of: sector, ")]
    [InlineData("investor_type=Goverment", "not an investor type. Did you mean 'Government'? Use one of: VC, ")]
    [InlineData("colour=red", "'colour' is not a filter field. Use one of: sector, ")]
    [InlineData("investor_type=Bank", "not an investor type. Use one of: VC, ")]
    public void A_filter_naming_a_field_or_type_close_to_a_known_one_suggests_it_before_the_list(string text, string reason)
    {
        var ex = Assert.Throws<InputException>(() => Filter.Parse(text));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_no_built_in_name_knows_is_kept_as_written_and_refused_when_applied()
    {
        // Kept for a mapping file's stages: to name; applied as it is, it names the stages there are.
        var filter = Filter.Parse("stage=Z");
        Assert.Equal("Z", filter.Value);

        var ex = Assert.Throws<InputException>(() => Filter.ParseStage(filter.Value));
        Assert.Contains("--where stage=Z: not a stage. Use a canonical stage (Angel, Seed,", ex.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
        Assert.StartsWith("the filter stage=Z (AnalysisOptions.Where): not a stage. Use a canonical stage (Angel, Seed,", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_close_to_a_canonical_one_suggests_it_when_applied()
    {
        var ex = Assert.Throws<InputException>(() => Filter.ParseStage(Filter.Parse("stage=Sed").Value));
        Assert.Contains("--where stage=Sed: not a stage. Did you mean 'Seed'? Use a canonical stage (Angel, Seed,", ex.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
    }

    [Fact]
    public void Slices_list_the_unsliced_scope_first_then_values_in_ordinal_order()
    {
        var scopes = Engine(Quarters).ComputeScopes(Period.Parse("2025Q1"), ["sector", "Region", "investor_type"]);

        Assert.Equal(
            ["2025Q1", "2025Q1 sector=AI", "2025Q1 sector=Energy", "2025Q1 region=Beijing", "2025Q1 region=Shanghai", "2025Q1 investor_type=CVC", "2025Q1 investor_type=VC"],
            scopes.Select(s => s.Scope.Label));
        Assert.Equal(2, scopes[5].Metrics.DealCount);
        Assert.Equal(1, scopes[1].Prev.DealCount);
    }

    [Fact]
    public void Rejects_unknown_slice_dimensions_and_stage_values()
    {
        var engine = Engine(Quarters);

        Assert.Throws<InputException>(() => new Slice("country", "CN"));
        Assert.Throws<InputException>(() => engine.Compute(Q("2025Q1", new Slice("stage", "Z"))));
        Assert.Equal(0, engine.Compute(Q("2025Q1", new Slice("sector", "Robots"))).DealCount);
        Assert.Equal(1, engine.Compute(Q("2025Q1", new Slice("stage", "seed"))).DealCount);
    }
}
