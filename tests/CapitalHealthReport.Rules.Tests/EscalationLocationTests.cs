namespace CapitalHealthReport.Rules.Tests;

/// <summary>A problem of an <c>escalate:</c> entry is reported at that entry's line and column, not at the rule's first line.</summary>
public class EscalationLocationTests
{
    /// <summary>A rule starting on line 3, column 5, whose escalations start on line 8.</summary>
    private static string Pack(string severity, string escalations, string threshold = "    when: Metrics.Hhi > 1000\n") =>
        "category: Concentration\n"
        + "rules:\n"
        + "  - id: CH1901\n"
        + "    title: Test rule\n"
        + $"    severity: {severity}\n"
        + threshold
        + "    escalate:\n"
        + escalations
        + "    message: \"HHI {{ metrics.hhi | num }} in {{ scope }}\"\n"
        + "    description: Test.\n"
        + "    min_deals: 0\n";

    private static List<ValidationProblem> Problems(string yaml)
    {
        var folder = Fixtures.TempFolder();
        var path = Fixtures.WriteTemp(folder, "pack.yaml", yaml);
        return [.. Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([path])).Problems];
    }

    [Theory]
    [InlineData("Metrics.Hhi >", "'escalate.error': the expression does not compile")]
    [InlineData("Metrics.Hhhi > 2000", "'escalate.error': unknown metric 'Hhhi' (at character 9); did you mean 'Hhi'? metrics use the PascalCase names: ")]
    [InlineData("Params.HotSectr == \"AI\"", "'escalate.error': unknown parameter 'HotSectr' (at character 8) in 'Params.HotSectr == \"AI\"'; did you mean 'HotSector'? Params has ")]
    public void A_bad_escalation_condition_is_reported_at_the_condition(string condition, string reason)
    {
        var problem = Assert.Single(Problems(Pack("info", "      warning: Metrics.Hhi > 1500\n      error: '" + condition + "'\n")));
        Assert.Equal((9, 14), (problem.Line, problem.Column));
        Assert.StartsWith(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_severity_that_is_not_one_is_reported_at_its_key_with_the_nearest_one()
    {
        var problem = Assert.Single(Problems(Pack("info", "      warning: Metrics.Hhi > 1500\n      eror: Metrics.Hhi > 2000\n")));
        Assert.Equal((9, 7), (problem.Line, problem.Column));
        Assert.Equal("bad severity 'eror' in 'escalate'; did you mean 'error'? use error, warning or info.", problem.Reason);
    }

    [Fact]
    public void An_escalation_that_is_not_stricter_than_the_default_is_reported_at_its_own_key()
    {
        var problem = Assert.Single(Problems(Pack("warning", "      error: Metrics.Hhi > 3000\n      info: Metrics.Hhi > 2000\n")));
        Assert.Equal((9, 7), (problem.Line, problem.Column));
        Assert.Equal("rule CH1901: 'escalate' to info is not stricter than its default severity warning.", problem.Reason);
    }

    [Fact]
    public void Escalations_without_a_level_in_the_threshold_are_each_reported_at_their_own_key()
    {
        var problems = Problems(Pack("info", "      warning: Metrics.Hhi > 1500\n      error: Metrics.Hhi > 2000\n", "    threshold: { metric: hhi, above: { info: 1000 } }\n"));
        Assert.Equal(
            [(8, 7, "rule CH1901: 'escalate.warning' has no level in the threshold"), (9, 7, "rule CH1901: 'escalate.error' has no level in the threshold")],
            problems.Select(p => (p.Line!.Value, p.Column!.Value, p.Reason[..p.Reason.IndexOf(';', StringComparison.Ordinal)])).OrderBy(p => p.Item1));
    }

    [Fact]
    public void An_escalation_that_fails_while_it_runs_is_reported_at_its_condition()
    {
        var folder = Fixtures.TempFolder();
        var pack = Fixtures.WriteTemp(folder, "broken.yaml", Pack("info", "      warning: Metrics.Hhi > 1\n      error: Math.Round(Metrics.Hhi, 99) > 5\n"));
        var analyzer = new Analyzer(RuleCatalog.Load([pack]), Fixtures.Config());

        var error = Assert.Throws<InputException>(() => analyzer.Evaluate([Fixtures.Scope(Fixtures.Healthy())], Fixtures.Q1));

        Assert.EndsWith("broken.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal((9, 14), (error.Line, error.Column));
        Assert.Contains("rule CH1901 (its 'error' condition) failed while evaluating 2025Q1: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escalation_that_divides_by_zero_is_named_at_its_condition_when_the_rule_is_not_judged()
    {
        var folder = Fixtures.TempFolder();
        var pack = Fixtures.WriteTemp(folder, "ratio.yaml", Pack("info", "      warning: Metrics.Hhi > 1\n      error: Metrics.Hhi / Metrics.SeedAngelCountShare > 5\n"));
        var metrics = Fixtures.Healthy().With(("SeedAngelCountShare", 0.0));

        var result = new Analyzer(RuleCatalog.Load([pack]), Fixtures.Config()).Evaluate([Fixtures.Scope(metrics)], Fixtures.Q1);

        var note = Assert.Single(result.NotJudged);
        Assert.Contains("ratio.yaml:9:14: rule CH1901 is not judged on 2025Q1: its 'escalate.error' condition", note, StringComparison.Ordinal);
    }
}
