namespace CapitalHealthReport.Rules.Tests;

/// <summary>A condition that divides by a metric that is 0 in a scope is not judged there, and the run says so.</summary>
public class ZeroDivisorTests
{
    private const string Pack = """
        category: StageSkew
        rules:
          - id: CH2901
            title: Late value is large against seed deals
            severity: warning
            when: Metrics.LateValueShare / Metrics.SeedAngelCountShare > 5
            escalate:
              error: Metrics.LateValueShare / Metrics.SeedAngelCountShare > 50
            message: "Late value against seed deals in {{ scope }}"
            description: A ratio of two shares.
        """;

    private static AnalysisResult Judge(double seedAngelShare)
    {
        var folder = Fixtures.TempFolder();
        var catalog = RuleCatalog.Load([Fixtures.WriteTemp(folder, "ratio.yaml", Pack)]);
        var metrics = Fixtures.Healthy().With(("LateValueShare", 0.5), ("SeedAngelCountShare", seedAngelShare));
        return new Analyzer(catalog, Fixtures.Config()).Evaluate([Fixtures.Scope(metrics)], Fixtures.Q1);
    }

    [Fact]
    public void A_divisor_of_zero_leaves_the_rule_unjudged_on_the_scope_and_names_the_rule_scope_condition_and_divisor()
    {
        var result = Judge(0);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH2901");
        var note = Assert.Single(result.NotJudged);
        Assert.Contains("ratio.yaml:6:11: rule CH2901 is not judged on 2025Q1: its 'when' condition 'Metrics.LateValueShare / Metrics.SeedAngelCountShare > 5' divides by Metrics.SeedAngelCountShare, which is 0 there.", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Metrics.LateValueShare / Metrics.RegionCountShare[\"Beijing\"] > 5", "Metrics.RegionCountShare[\"Beijing\"]")]
    [InlineData("Metrics.LateValueShare / Params.MinDeals > 5", "Params.MinDeals")]
    [InlineData("Metrics.LateValueShare / (Metrics.EarlyCountShare - Metrics.EarlyCountShare) > 5", "(Metrics.EarlyCountShare - Metrics.EarlyCountShare)")]
    [InlineData("Metrics.LateValueShare / Math.Abs(Metrics.EarlyCountShare * 0) > 5", "Math.Abs(Metrics.EarlyCountShare * 0)")]
    public void The_note_names_the_divisor_as_a_rule_pack_writes_it_so_that_the_guard_it_suggests_is_a_valid_condition(string condition, string divisor)
    {
        var pack = $$$"""
            category: StageSkew
            rules:
              - id: CH2903
                title: A ratio
                severity: warning
                when: '{{{condition}}}'
                message: "A ratio in {{ scope }}"
                description: A ratio.
            """;
        var folder = Fixtures.TempFolder();
        var catalog = RuleCatalog.Load([Fixtures.WriteTemp(folder, "named.yaml", pack)]);
        var metrics = Fixtures.Healthy().With(("LateValueShare", 0.5), ("EarlyCountShare", 0.2), ("RegionCountShare", Fixtures.Map(("Shanghai", 1.0))));
        var config = Fixtures.Config("parameters:\n  min_deals: 0\n");

        var note = Assert.Single(new Analyzer(catalog, config).Evaluate([Fixtures.Scope(metrics)], Fixtures.Q1).NotJudged);

        Assert.Contains($"divides by {divisor}, which is 0 there. Guard the division (e.g. '{divisor} > 0 && …')", note, StringComparison.Ordinal);
        var guarded = $"{divisor} > 0 && {condition}";
        Assert.Null(CapitalHealthReport.Rules.Expressions.RuleExpressions.Parse(guarded).Problem);
    }

    [Fact]
    public void A_divisor_that_is_not_zero_is_judged_as_written()
    {
        var result = Judge(0.05);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "CH2901").Severity);
        Assert.Empty(result.NotJudged);
    }

    [Fact]
    public void A_division_the_condition_guards_is_not_reached_and_nothing_is_said()
    {
        const string guarded = """
            category: StageSkew
            rules:
              - id: CH2902
                title: Late value is large against seed deals, where there are seed deals
                severity: warning
                when: Metrics.SeedAngelCountShare > 0 && Metrics.LateValueShare / Metrics.SeedAngelCountShare > 5
                message: "Late value against seed deals in {{ scope }}"
                description: A guarded ratio of two shares.
            """;
        var folder = Fixtures.TempFolder();
        var catalog = RuleCatalog.Load([Fixtures.WriteTemp(folder, "guarded.yaml", guarded)]);
        var metrics = Fixtures.Healthy().With(("LateValueShare", 0.5), ("SeedAngelCountShare", 0.0));

        var result = new Analyzer(catalog, Fixtures.Config()).Evaluate([Fixtures.Scope(metrics)], Fixtures.Q1);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH2902");
        Assert.Empty(result.NotJudged);
    }

    [Fact]
    public void The_bundled_rules_judge_a_period_without_a_disclosed_amount_without_dividing_by_zero()
    {
        var nothingDisclosed = Fixtures.Healthy().With(("TotalAmount", 0.0), ("StrategicSectorsAmount", 0.0), ("DisclosedShare", 0.0));

        var result = Fixtures.Analyze(Fixtures.Scope(nothingDisclosed));

        Assert.Empty(result.NotJudged);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH3003");
    }
}
