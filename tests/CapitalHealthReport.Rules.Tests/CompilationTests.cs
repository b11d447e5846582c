using System.Diagnostics;

namespace CapitalHealthReport.Rules.Tests;

public class CompilationTests
{
    [Fact]
    public void Workflows_compile_on_the_first_scope_and_are_reused_for_the_others()
    {
        var analyzer = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config());
        var first = DefaultRulesTests.Trip("CH1001").Scope;

        var clock = Stopwatch.StartNew();
        analyzer.Evaluate([first], Fixtures.Q1);
        var compileAndFirst = clock.Elapsed;

        var scopes = Enumerable.Range(0, 200).Select(_ => first).ToList();
        clock.Restart();
        var result = analyzer.Evaluate(scopes, Fixtures.Q1);
        var perScope = clock.Elapsed / scopes.Count;

        Assert.Equal(200, result.Diagnostics.Count(d => d.Id == "CH1001"));
        // Compiling the six workflows costs tens of milliseconds; a compiled scope costs well under one.
        Assert.True(perScope * 5 < compileAndFirst, $"first scope {compileAndFirst.TotalMilliseconds} ms, later scopes {perScope.TotalMilliseconds} ms each: rules are being recompiled per scope");
    }

    [Fact]
    public void Each_pack_is_one_workflow_whose_rules_carry_their_metadata()
    {
        var catalog = Fixtures.DefaultCatalog;
        Assert.Equal(
            ["concentration", "data-coverage", "investor-mix", "regional-bias", "sector-crowd-out", "stage-skew"],
            catalog.Workflows.Select(w => w.WorkflowName).Order(StringComparer.Ordinal));
        foreach (var rule in catalog.Rules)
        {
            var workflow = catalog.Workflows.Single(w => w.Rules.Any(r => r.RuleName == rule.Id));
            var engineRule = workflow.Rules.Single(r => r.RuleName == rule.Id);
            Assert.Equal(rule.When, engineRule.Expression);
            Assert.Equal(rule.Category, engineRule.Properties["category"]);
            Assert.Equal(rule.ScopeKind, engineRule.Properties["scope"]);
            Assert.Equal(rule.Escalate.Count, workflow.Rules.Count(r => r.RuleName.StartsWith(rule.Id + "!", StringComparison.Ordinal)));
        }
    }
}
