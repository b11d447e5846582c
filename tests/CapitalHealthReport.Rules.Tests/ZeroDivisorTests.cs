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
        Assert.Contains("ratio.yaml:3:5: rule CH2901 is not judged on 2025Q1: its 'when' condition 'Metrics.LateValueShare / Metrics.SeedAngelCountShare > 5' divides by Metrics.SeedAngelCountShare, which is 0 there.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_divisor_that_is_not_zero_is_judged_as_written()
    {
        var result = Judge(0.05);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "CH2901").Severity);
        Assert.Empty(result.NotJudged);
    }
}
