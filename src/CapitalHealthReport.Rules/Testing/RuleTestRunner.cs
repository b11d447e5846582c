using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules.Explaining;

namespace CapitalHealthReport.Rules.Testing;

/// <summary>The result of one test case: what was expected, what the rules found, and how each checked rule was judged.</summary>
public sealed record RuleTestOutcome(
    RuleTestCase Case,
    IReadOnlyList<ExpectedFinding> Actual,
    IReadOnlyList<ExpectedFinding> Missing,
    IReadOnlyList<ExpectedFinding> Unexpected,
    IReadOnlyList<RuleEvaluation> Evaluations)
{
    public bool Passed => Missing.Count == 0 && Unexpected.Count == 0;

    /// <summary>The checked rules not judged on a scope of the case because a divisor of their condition is 0 there.</summary>
    public IReadOnlyList<string> NotJudged { get; init; } = [];
}

/// <summary>Which cases a rule's tests cover: a case where it must not fire, and the severities it is expected to fire at.</summary>
public sealed record RuleCoverage(RuleDescriptor Rule, bool NotFired, IReadOnlySet<DiagnosticSeverity> Fired)
{
    /// <summary>The severities the rule can give: its default and each escalation.</summary>
    public IReadOnlyList<DiagnosticSeverity> Severities { get; } =
        [Rule.DefaultSeverity, .. Rule.Escalate.Keys.Select(Rules.Severities.TryParse).OfType<DiagnosticSeverity>().Where(s => s < Rule.DefaultSeverity)];

    /// <summary>What is not tested: "a case where it does not fire", "a case where it fires as error".</summary>
    public IReadOnlyList<string> Gaps =>
        [.. NotFired ? [] : new[] { "a case where it does not fire" }, .. Severities.Where(s => !Fired.Contains(s)).Select(s => "a case where it fires as " + Rules.Severities.Name(s))];
}

/// <summary>
/// Runs the cases of a <see cref="RuleTestFile"/> against a rule catalog: each case's metrics (or deals) are judged by the
/// same <see cref="Analyzer"/> as <c>analyze</c>, and the findings of the rules the case checks are compared with the
/// expected ones by rule id, severity and scope.
/// </summary>
public static class RuleTestRunner
{
    /// <summary>Runs every case of <paramref name="file"/>; <paramref name="packRules"/> are the rules a case checks when it names none.</summary>
    public static IReadOnlyList<RuleTestOutcome> Run(RuleTestFile file, RuleCatalog catalog, IReadOnlyList<string> packRules)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(packRules);
        var analyzer = new Analyzer(catalog, file.Config);
        var tracer = new RuleTracer(catalog, file.Config);
        var outcomes = new List<RuleTestOutcome>();
        foreach (var test in file.Cases)
        {
            var checkedRules = CheckedRules(file, test, catalog, packRules);
            var scopes = Scopes(test, file.Config, checkedRules.Select(id => catalog.Find(id)!.ScopeKind));
            var result = analyzer.Evaluate(scopes, test.Period, test.DataIssues);
            var actual = result.Diagnostics
                .Where(d => checkedRules.Contains(d.Id, StringComparer.Ordinal))
                .Select(d => new ExpectedFinding(d.Id, d.Severity, d.Location))
                .OrderBy(f => f.ToString(), StringComparer.Ordinal)
                .ToList();
            var expected = test.Expect.OrderBy(f => f.ToString(), StringComparer.Ordinal).ToList();
            var evaluations = tracer.Evaluate(scopes, result, test.DataIssues).Where(e => checkedRules.Contains(e.Rule.Id, StringComparer.Ordinal)).ToList();
            outcomes.Add(new RuleTestOutcome(test, actual, Except(expected, actual), Except(actual, expected), evaluations)
            {
                NotJudged = [.. result.NotJudged.Where(n => checkedRules.Any(id => n.Contains($"rule {id} ", StringComparison.Ordinal)))],
            });
        }

        return outcomes;
    }

    /// <summary>What the cases of <paramref name="files"/> cover for each rule of <paramref name="rules"/>.</summary>
    public static IReadOnlyList<RuleCoverage> Coverage(IEnumerable<(RuleTestFile File, IReadOnlyList<string> PackRules)> files, IReadOnlyList<RuleDescriptor> rules)
    {
        var notFired = new HashSet<string>(StringComparer.Ordinal);
        var fired = rules.ToDictionary(r => r.Id, _ => new HashSet<DiagnosticSeverity>(), StringComparer.Ordinal);
        foreach (var (file, packRules) in files)
        {
            foreach (var test in file.Cases)
            {
                foreach (var id in test.Rules.Count > 0 ? test.Rules : packRules)
                {
                    var expected = test.Expect.Where(f => f.Id == id).ToList();
                    if (expected.Count == 0)
                    {
                        notFired.Add(id);
                    }

                    foreach (var finding in expected)
                    {
                        if (fired.TryGetValue(id, out var severities))
                        {
                            severities.Add(finding.Severity);
                        }
                    }
                }
            }
        }

        return [.. rules.Select(r => new RuleCoverage(r, notFired.Contains(r.Id), fired[r.Id]))];
    }

    private static List<string> CheckedRules(RuleTestFile file, RuleTestCase test, RuleCatalog catalog, IReadOnlyList<string> packRules)
    {
        var rules = test.Rules.Count > 0 ? test.Rules : packRules;
        foreach (var id in rules.Where(id => catalog.Find(id) is null))
        {
            throw new InputException($"test '{test.Name}' checks rule {id}, which {file.Pack} does not declare.", file.File, test.Line, null);
        }

        foreach (var finding in test.Expect.Where(f => !rules.Contains(f.Id, StringComparer.Ordinal)))
        {
            throw new InputException($"test '{test.Name}' expects {finding.Id}, which it does not check; add it to the case's 'rules'.", file.File, test.Line, null);
        }

        return [.. rules];
    }

    private static List<ScopeMetrics> Scopes(RuleTestCase test, AnalysisConfig config, IEnumerable<string> kinds)
    {
        if (test.Deals is { } deals)
        {
            var engine = new MetricsEngine(new DealSet(deals), ReferenceData.Default, config.Parameters);
            return [.. RuleTracer.Scopes(engine, test.Period, kinds.Distinct(StringComparer.Ordinal))];
        }

        var scope = new Scope(test.Period, test.Slice);
        return [new ScopeMetrics(scope, test.Metrics!, test.Prev ?? new MetricSet(), test.Yoy ?? new MetricSet()) { PrevKnown = test.Prev is not null, YoyKnown = test.Yoy is not null }];
    }

    private static List<ExpectedFinding> Except(List<ExpectedFinding> from, List<ExpectedFinding> remove)
    {
        var left = remove.ToList();
        var result = new List<ExpectedFinding>();
        foreach (var item in from)
        {
            if (!left.Remove(item))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
