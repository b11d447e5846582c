using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules.Tests;

public class DefaultRulesTests
{
    private static readonly Slice Ai = new("sector", "AI");

    /// <summary>For every default rule: a scope made to trip it, the data-issue count, and the severity expected.</summary>
    public static TheoryData<string, string> Trips => new()
    {
        { "CH1001", "warning" }, { "CH1001+", "error" }, { "CH1002", "warning" }, { "CH1002+", "error" }, { "CH1003", "warning" },
        { "CH1004", "warning" }, { "CH1004+", "error" }, { "CH1005", "info" },
        { "CH2001", "warning" }, { "CH2001+", "error" }, { "CH2002", "warning" }, { "CH2002+", "error" }, { "CH2003", "info" }, { "CH2004", "info" },
        { "CH3001", "warning" }, { "CH3002", "warning" }, { "CH3003", "info" }, { "CH3004", "info" },
        { "CH4001", "warning" }, { "CH4002", "info" }, { "CH4003", "info" }, { "CH4004", "warning" },
        { "CH5001", "warning" }, { "CH5002", "info" }, { "CH5003", "info" },
        { "CH9001", "warning" }, { "CH9002", "info" }, { "CH9003", "info" }, { "CH9004", "info" }, { "CH9005", "info" }, { "CH9006", "info" },
        { "CH9007", "info" }, { "CH9008", "info" }, { "CH9009", "info" },
    };

    /// <summary>The trips of the rules judged per slice (sector, region, …).</summary>
    public static TheoryData<string> SlicedTrips => new(Trips.Select(static row => row.Data.Item1).Where(static key => Trip(key).Scope.Scope.Slice is not null));

    internal static (ScopeMetrics Scope, int DataIssues) Trip(string key)
    {
        var h = Fixtures.Healthy();
        return key switch
        {
            "CH1001" => (Fixtures.Scope(h.With(("TopQuintileShare", 0.7))), 0),
            "CH1001+" => (Fixtures.Scope(h.With(("TopQuintileShare", 0.85))), 0),
            "CH1002" => (Fixtures.Scope(h.With(("Hhi", 1600.0))), 0),
            "CH1002+" => (Fixtures.Scope(h.With(("Hhi", 2000.0))), 0),
            "CH1003" => (Fixtures.Scope(h.With(("MegaRoundShare", 0.6))), 0),
            "CH1004" => (Fixtures.Scope(h.With(("TopQuintileShare", 0.7)), slice: Ai), 0),
            "CH1004+" => (Fixtures.Scope(h.With(("TopQuintileShare", 0.81)), slice: Ai), 0),
            "CH1005" => (Fixtures.Scope(h.With(("Cr4", 0.6)), slice: Ai), 0),
            "CH2001" => (Fixtures.Scope(h.With(("SeedAngelCountShare", 0.1))), 0),
            "CH2001+" => (Fixtures.Scope(h.With(("SeedAngelCountShare", 0.02))), 0),
            "CH2002" => (Fixtures.Scope(h.With(("LateValueShare", 0.7))), 0),
            "CH2002+" => (Fixtures.Scope(h.With(("LateValueShare", 0.85))), 0),
            "CH2003" => (Fixtures.Scope(h.With(("LateToSeedMedianRatio", 20.0))), 0),
            "CH2004" => (Fixtures.Scope(h.With(("EarlyCountShare", 0.45))), 0),
            "CH3001" => (Fixtures.Scope(h.With(("HotSectorValueShare", 0.58))), 0),
            "CH3002" => (Fixtures.Scope(h.With(("HotSectorValueShare", 0.35), ("StrategicSectorsAmount", 8e9))), 0),
            "CH3003" => (Fixtures.Scope(h.With(("StrategicSectorsAmount", 2e9))), 0),
            "CH3004" => (Fixtures.Scope(h.With(("SectorCountShare", Fixtures.Map(("AI", 0.4), ("Health", 0.6))))), 0),
            "CH4001" => (Fixtures.Scope(h.With(("TopRegionCountShare", 0.37)), slice: Ai), 0),
            "CH4002" => (Fixtures.Scope(h.With(("TopRegionCountShare", 0.4))), 0),
            "CH4003" => (Fixtures.Scope(h.With(("LocationQuotient", Fixtures.Map(("Beijing", 3.1), ("Shanghai", 1.0)))), slice: Ai), 0),
            "CH4004" => (Fixtures.Scope(h.With(("LocalFundHomeBias", 0.8))), 0),
            "CH5001" => (Fixtures.Scope(h.With(("CvcActiveShare", 0.37))), 0),
            "CH5002" => (Fixtures.Scope(h.With(("InvestorTypeShare", Fixtures.Map(("Angel", 0.1), ("Government", 0.3), ("VC", 0.6))))), 0),
            "CH5003" => (Fixtures.Scope(h.With(("InvestorTypeShare", Fixtures.Map(("Angel", 0.01), ("VC", 0.99))))), 0),
            "CH9001" => (Fixtures.Scope(h.With(("DisclosedShare", 0.6))), 0),
            "CH9002" => (Fixtures.Scope(h.With(("DealCount", 10)), slice: Ai), 0),
            "CH9003" => (Fixtures.Scope(h), 3),
            "CH9004" => (Fixtures.Scope(h) with { YoyKnown = false }, 0),
            "CH9005" => (Fixtures.Scope(h.With(("InvestorTypeShare", Fixtures.Map(("Angel", 0.01), ("VC", 0.09), ("Unknown", 0.9))))), 0),
            "CH9006" => (Fixtures.Scope(h.With(("DealCount", 30), ("SeedAngelCountShare", 0.0), ("StageCountShare", Fixtures.Map(("C", 0.1), ("Unknown", 0.9))))), 0),
            "CH9007" => (Fixtures.Scope(h.With(("ActiveInvestorCount", 1), ("InvestorTypeShare", Fixtures.Map(("VC", 1.0))))), 0),
            "CH9008" => (Fixtures.Scope(h.With(("LateToSeedMedianRatio", 20.0), ("SeedDisclosedCount", 2))), 0),
            "CH9009" => (Fixtures.Scope(h.With(("RepeatInvestorCount", 2), ("CvcActiveShare", 0.5))), 0),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "no fixture"),
        };
    }

    [Theory]
    [MemberData(nameof(Trips))]
    public void Each_default_rule_fires_on_a_fixture_made_to_trip_it(string key, string severity)
    {
        var id = key.TrimEnd('+');
        var (scope, issues) = Trip(key);
        var result = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config()).Evaluate([scope], Fixtures.Q1, issues);

        var finding = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.Equal(severity, Severities.Name(finding.Severity));
        Assert.DoesNotContain("{{", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("n/a", finding.Message, StringComparison.Ordinal);
        Assert.Equal($"docs/rules/{id}.md", finding.Help);
    }

    [Fact]
    public void The_strategic_sectors_rule_is_silent_when_the_configuration_lists_none()
    {
        var (scope, issues) = Trip("CH3003");
        var listed = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config()).Evaluate([scope], Fixtures.Q1, issues);
        var none = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config("parameters:\n  strategic_sectors: []\n")).Evaluate([scope], Fixtures.Q1, issues);

        Assert.Contains(listed.Diagnostics, d => d.Id == "CH3003");
        Assert.DoesNotContain(none.Diagnostics, d => d.Id == "CH3003");
    }

    [Fact]
    public void A_small_angel_share_among_mostly_unknown_investors_is_not_judged_and_the_coverage_finding_says_why()
    {
        // 1% angels, 9% VC, 90% investors the directory does not list: the unknown ones could be angels.
        var (scope, _) = Trip("CH9005");

        var result = Fixtures.Analyze(scope);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH5003");
        var coverage = Assert.Single(result.Diagnostics, d => d.Id == "CH9005");
        Assert.Equal("90.0% of the active investors in 2025Q1 are of unknown type (not in the investor directory), above 50.0%; the angel share (CH5003) is not judged, and each type's share is only a lower bound", coverage.Message);
        Assert.Equal(0.9, coverage.Evidence["investor_type_share.Unknown"]);
    }

    [Fact]
    public void The_largest_unknown_investor_share_the_angel_rule_judges_over_is_a_parameter()
    {
        var (scope, _) = Trip("CH9005");

        var result = Fixtures.Analyze(Fixtures.Config("parameters:\n  max_unknown_investor_share: 0.95\n"), scope);

        Assert.Contains(result.Diagnostics, d => d.Id == "CH5003");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH9005");
    }

    [Fact]
    public void The_stage_mix_of_a_period_with_fewer_staged_deals_than_min_deals_is_not_judged_and_the_coverage_finding_says_why()
    {
        // 30 deals, of which 3 have a known stage (all C rounds): no seed round among 3 says nothing about the stage mix.
        var (scope, _) = Trip("CH9006");

        var result = Fixtures.Analyze(scope);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CH2001" or "CH2002");
        var coverage = Assert.Single(result.Diagnostics, d => d.Id == "CH9006");
        Assert.Equal("90.0% of the 30 deals in 2025Q1 have no known stage, leaving fewer than the 20 staged deals needed to judge the stage mix; the stage rules CH2001, CH2002 and CH2004 do not judge it", coverage.Message);
    }

    [Fact]
    public void No_coverage_finding_about_investor_types_when_no_deal_names_an_investor()
    {
        var none = Fixtures.Healthy().With(("InvestorTypeShare", Fixtures.Map()), ("ActiveInvestorCount", 0), ("RepeatInvestorCount", 0));

        var result = Fixtures.Analyze(Fixtures.Scope(none));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CH5003" or "CH9005" or "CH9007" or "CH9009");
    }

    [Fact]
    public void The_investor_mix_of_a_period_with_a_single_active_investor_is_not_judged_and_the_coverage_finding_says_why()
    {
        // 400 deals all made by one VC fund: 0% angels and 100% VC say nothing of an ecosystem's investor mix.
        var (scope, _) = Trip("CH9007");

        var result = Fixtures.Analyze(scope);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CH5002" or "CH5003");
        var coverage = Assert.Single(result.Diagnostics, d => d.Id == "CH9007");
        Assert.Equal("The number of distinct active investors in 2025Q1 is 1, fewer than the 20 needed to judge the investor mix; the investor-type rules CH5002 and CH5003 do not judge it", coverage.Message);
        Assert.Equal("2025年第一季度，活跃投资方共1家，少于判断投资方结构所需的20家；投资方类型规则CH5002和CH5003不作判断", coverage.MessageIn(RuleLanguages.Chinese));
    }

    [Fact]
    public void The_fewest_active_investors_the_investor_mix_rules_judge_is_a_parameter()
    {
        var government = Fixtures.Healthy().With(("ActiveInvestorCount", 4), ("InvestorTypeShare", Fixtures.Map(("Government", 0.5), ("VC", 0.5))));

        var strict = Fixtures.Analyze(Fixtures.Scope(government));
        var lenient = Fixtures.Analyze(Fixtures.Config("parameters:\n  min_active_investors: 4\n"), Fixtures.Scope(government));

        Assert.DoesNotContain(strict.Diagnostics, d => d.Id is "CH5002" or "CH5003");
        Assert.Contains(strict.Diagnostics, d => d.Id == "CH9007");
        Assert.Contains(lenient.Diagnostics, d => d.Id == "CH5002");
        Assert.Contains(lenient.Diagnostics, d => d.Id == "CH5003");
        Assert.DoesNotContain(lenient.Diagnostics, d => d.Id == "CH9007");
    }

    [Fact]
    public void The_corporate_share_of_two_investors_with_three_or_more_deals_is_not_judged_and_the_coverage_finding_says_why()
    {
        // Two investors with three or more deals, one of them corporate: 50% says nothing of who the most active investors are.
        var (scope, _) = Trip("CH9009");

        var result = Fixtures.Analyze(scope);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH5001");
        var coverage = Assert.Single(result.Diagnostics, d => d.Id == "CH9009");
        Assert.Equal("The number of investors with three or more deals in 2025Q1 is 2, fewer than the 10 needed to judge the share of corporate investors among them; CH5001 does not judge it", coverage.Message);
        Assert.Equal("2025年第一季度，出手三次及以上的投资方共2家，少于判断其中产业资本占比所需的10家；CH5001不作判断", coverage.MessageIn(RuleLanguages.Chinese));
    }

    [Fact]
    public void The_fewest_investors_with_three_or_more_deals_the_corporate_share_is_judged_over_is_a_parameter()
    {
        var (scope, _) = Trip("CH9009");

        var result = Fixtures.Analyze(Fixtures.Config("parameters:\n  min_repeat_investors: 2\n"), scope);

        Assert.Contains(result.Diagnostics, d => d.Id == "CH5001");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH9009");
    }

    [Fact]
    public void A_late_to_seed_ratio_over_two_disclosed_seed_rounds_is_not_judged_and_the_coverage_finding_says_why()
    {
        var (scope, _) = Trip("CH9008");

        var result = Fixtures.Analyze(scope);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH2003");
        var coverage = Assert.Single(result.Diagnostics, d => d.Id == "CH9008");
        Assert.Equal("The late-to-seed median ratio of 2025Q1 (20) rests on 2 deals in Seed rounds and 40 deals in late-stage rounds with a disclosed amount, fewer than the 5 each needed to compare their medians; CH2003 does not judge it", coverage.Message);
        Assert.Equal("2025年第一季度，后期与种子轮中位数之比（20）仅基于2起披露金额的种子轮和40起披露金额的后期轮次，少于比较中位数所需的各5起；CH2003不作判断", coverage.MessageIn(RuleLanguages.Chinese));
    }

    [Fact]
    public void The_fewest_disclosed_rounds_behind_a_stage_median_is_a_parameter()
    {
        var (scope, _) = Trip("CH9008");

        var result = Fixtures.Analyze(Fixtures.Config("parameters:\n  min_median_rounds: 2\n"), scope);

        Assert.Contains(result.Diagnostics, d => d.Id == "CH2003");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH9008");
    }

    [Theory]
    [InlineData("CH9002", "Other sectors had 10 deals in 2025Q1, fewer than the 20 needed to judge a sector", "2025年第一季度，其他行业仅有10起融资事件，少于判断所需的20起")]
    [InlineData("CH1004", "In other sectors, the top 20% of funded companies took 70.0% of the disclosed capital in 2025Q1", "2025年第一季度，其他行业融资额居前20%的企业获得了其中已披露资金的70.0%")]
    [InlineData("CH4001", "Beijing had 37.0% of the deals in other sectors in 2025Q1", "2025年第一季度，北京占其他行业融资事件的37.0%")]
    [InlineData("CH4003", "Beijing has a location quotient of 3.1 among deals in other sectors in 2025Q1", "2025年第一季度，北京在其他行业融资事件中的区位商为3.1")]
    public void A_finding_on_the_catch_all_sector_names_it_as_the_report_does_and_keeps_its_key(string id, string english, string chinese)
    {
        var (trip, issues) = Trip(id);
        var other = trip with { Scope = trip.Scope with { Slice = new Slice("sector", "Other") } };

        var finding = Assert.Single(Fixtures.Analyze(other).Diagnostics, d => d.Id == id);

        Assert.Equal(english, finding.Message);
        Assert.Equal(chinese, finding.MessageIn(RuleLanguages.Chinese));
        Assert.Equal("2025Q1/sector=Other", finding.Location);
        Assert.Equal(0, issues);
    }

    [Fact]
    public void No_disclosed_amount_at_all_reads_true_in_english_and_chinese()
    {
        var none = Fixtures.Healthy().With(("DisclosedShare", 0.0));

        var finding = Assert.Single(Fixtures.Analyze(Fixtures.Scope(none)).Diagnostics, d => d.Id == "CH9001");

        Assert.Equal("None of the deals in 2025Q1 disclosed an amount; value metrics (totals, shares of value, concentration, medians) cannot be computed", finding.Message);
        Assert.Equal("2025年第一季度，所有融资事件均未披露金额；金额类指标（总额、金额占比、集中度、中位数）无法计算", finding.MessageIn(RuleLanguages.Chinese));
    }

    [Theory]
    [MemberData(nameof(Trips))]
    public void Each_default_rule_stays_silent_on_the_healthy_fixture_of_its_scope(string key, string severity)
    {
        _ = severity;
        var id = key.TrimEnd('+');
        var (trip, _) = Trip(key);
        var healthy = Fixtures.Scope(Fixtures.Healthy(), slice: trip.Scope.Slice);
        var result = Fixtures.Analyze(healthy);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == id);
    }

    [Fact]
    public void Every_default_rule_has_a_trip_fixture()
    {
        var covered = Trips.Select(row => row.Data.Item1.TrimEnd('+')).ToHashSet(StringComparer.Ordinal);
        Assert.All(Fixtures.DefaultCatalog.Rules, rule => Assert.Contains(rule.Id, covered));
        Assert.True(Fixtures.DefaultCatalog.Rules.Count >= 16);
    }

    [Theory]
    [MemberData(nameof(SlicedTrips))]
    public void No_slice_rule_judges_the_deals_without_the_field(string key)
    {
        var (trip, issues) = Trip(key);
        var slice = trip.Scope.Slice!;
        var analyzer = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config());
        Assert.Contains(analyzer.Evaluate([trip], Fixtures.Q1, issues).Diagnostics, d => d.Id == key.TrimEnd('+'));

        // The same metrics that trip the rule for a named sector, region, stage or investor type say nothing about a group
        // when they are those of the deals without the field.
        var unknown = trip with { Scope = new Scope(trip.Scope.Period, new Slice(slice.Dimension, Slice.UnknownValue)) };
        Assert.DoesNotContain(analyzer.Evaluate([unknown], Fixtures.Q1, issues).Diagnostics, d => d.Id == key.TrimEnd('+'));
    }

    [Fact]
    public void A_healthy_period_and_sector_produce_no_findings()
    {
        var result = Fixtures.Analyze(Fixtures.Scope(Fixtures.Healthy()), Fixtures.Scope(Fixtures.Healthy(), slice: Ai));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, result.ExitCode(warnAsError: true));
    }

    [Fact]
    public void Undefined_metrics_do_not_fire()
    {
        var empty = new MetricSet { DealCount = 400 };
        var result = Fixtures.Analyze(Fixtures.Scope(empty, yoy: empty, prev: empty));
        Assert.DoesNotContain(result.Diagnostics, d => d.Category is RuleCategories.Concentration or RuleCategories.StageSkew or RuleCategories.RegionalBias or RuleCategories.InvestorMix);
    }

    [Fact]
    public void Thin_scopes_are_not_judged()
    {
        var thin = Fixtures.Healthy().With(("DealCount", 5), ("TopQuintileShare", 0.95));
        var result = Fixtures.Analyze(Fixtures.Scope(thin));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH1001");
    }

    [Fact]
    public void Findings_carry_the_evidence_their_conditions_read()
    {
        var (scope, _) = Trip("CH3002");
        var finding = Assert.Single(Fixtures.Analyze(scope).Diagnostics, d => d.Id == "CH3002");
        Assert.Equal(0.35, finding.Evidence["hot_sector_value_share"]);
        Assert.Equal(0.25, finding.Evidence["yoy.hot_sector_value_share"]);
        Assert.Equal(8e9, finding.Evidence["strategic_sectors_amount"]);
        Assert.Equal(10e9, finding.Evidence["yoy.strategic_sectors_amount"]);
    }

    [Fact]
    public void Keyed_metrics_are_usable_with_constant_keys_and_appear_in_evidence()
    {
        var (scope, _) = Trip("CH5002");
        var finding = Assert.Single(Fixtures.Analyze(scope).Diagnostics, d => d.Id == "CH5002");
        Assert.Equal(0.3, finding.Evidence["investor_type_share.Government"]);
        Assert.Contains("30.0%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_are_ranked_by_severity_then_id_then_scope()
    {
        var a = Fixtures.Scope(Fixtures.Healthy().With(("TopQuintileShare", 0.9), ("SeedAngelCountShare", 0.1), ("Cr4", 0.7)));
        var b = Fixtures.Scope(Fixtures.Healthy().With(("Cr4", 0.7), ("TopQuintileShare", 0.7)), slice: new Slice("sector", "Energy"));
        var c = Fixtures.Scope(Fixtures.Healthy().With(("Cr4", 0.7), ("TopQuintileShare", 0.7)), slice: Ai);
        var result = Fixtures.Analyze(c, b, a);
        var order = result.Diagnostics.Select(d => $"{Severities.Name(d.Severity)} {d.Id} {d.Location}").ToList();
        Assert.Equal(
        [
            "error CH1001 2025Q1",
            "warning CH1004 2025Q1/sector=AI",
            "warning CH1004 2025Q1/sector=Energy",
            "warning CH2001 2025Q1",
            "info CH1005 2025Q1/sector=AI",
            "info CH1005 2025Q1/sector=Energy",
        ], order);
    }
}
