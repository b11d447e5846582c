using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Rules.Expressions;

namespace CapitalHealthReport.Rules.Explaining;

/// <summary>
/// Judges every rule in every scope again, keeping what <see cref="Analyzer"/> only decides: each condition with its
/// values, the deal count against <c>min_deals</c>, the threshold per severity and the override. The verdict itself is the
/// finding the analysis reported (suppression and baseline included), so an explanation never disagrees with
/// <c>analyze</c>. <c>rules explain</c>, <c>analyze --explain</c> and the JUnit output (one test case per rule and scope)
/// read it.
/// </summary>
public sealed class RuleTracer
{
    private readonly RuleCatalog _catalog;
    private readonly AnalysisConfig _config;
    private readonly ParamsView _params;
    private readonly Dictionary<string, IReadOnlyList<(string Name, DiagnosticSeverity Severity, ConditionValues? Condition, string Text)>> _conditions = new(StringComparer.Ordinal);

    public RuleTracer(RuleCatalog catalog, AnalysisConfig config)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(config);
        _catalog = catalog;
        _config = config;
        _params = ParamsView.From(config.Parameters);
    }

    /// <summary>The scopes rules of <paramref name="kinds"/> are judged over in <paramref name="period"/>: the period, and each slice value of a sliced kind.</summary>
    public static IReadOnlyList<ScopeMetrics> Scopes(MetricsEngine engine, Period period, IEnumerable<string> kinds)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var scopes = new List<ScopeMetrics>();
        foreach (var kind in ScopeKinds.All.Where(k => kinds.Contains(k, StringComparer.Ordinal)))
        {
            if (kind == ScopeKinds.Period)
            {
                scopes.Add(engine.ComputeWithComparisons(new Scope(period)));
                continue;
            }

            scopes.AddRange(engine.SliceValues(period, kind).Select(value => engine.ComputeWithComparisons(new Scope(period, new Slice(kind, value)))));
        }

        return scopes;
    }

    /// <summary>
    /// Every rule (or only <paramref name="ruleId"/>) in every scope of its kind among <paramref name="scopes"/>, in rule id
    /// then scope order, judged against the reported <paramref name="findings"/>.
    /// </summary>
    public IReadOnlyList<RuleEvaluation> Evaluate(IReadOnlyList<ScopeMetrics> scopes, AnalysisResult findings, int dataIssueCount = 0, string? ruleId = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(findings);
        var reported = findings.Diagnostics
            .Where(d => d.Baseline != BaselineState.Absent)
            .GroupBy(d => (d.Id, d.Location))
            .ToDictionary(g => g.Key, g => g.First());
        var evaluations = new List<RuleEvaluation>();
        foreach (var rule in _catalog.Rules.Where(r => ruleId is null || string.Equals(r.Id, ruleId, StringComparison.Ordinal)))
        {
            foreach (var scope in scopes.Where(s => (s.Scope.Slice?.Dimension ?? ScopeKinds.Period) == rule.ScopeKind))
            {
                evaluations.Add(Evaluate(rule, scope, reported.GetValueOrDefault((rule.Id, ScopeNames.QualifiedName(scope.Scope))), findings.ComparedWithBaseline, dataIssueCount));
            }
        }

        return evaluations;
    }

    private RuleEvaluation Evaluate(RuleDescriptor rule, ScopeMetrics scopeMetrics, Diagnostic? finding, bool comparedWithBaseline, int dataIssueCount)
    {
        var scope = scopeMetrics.Scope;
        var metrics = new MetricsView(scopeMetrics.Metrics);
        var prev = new MetricsView(scopeMetrics.PrevKnown ? scopeMetrics.Prev : null);
        var yoy = new MetricsView(scopeMetrics.YoyKnown ? scopeMetrics.Yoy : null);
        var view = new RuleScope(rule.ScopeKind, scope.Period.Label, scope.Slice?.Value ?? "", ScopeNames.QualifiedName(scope), scope.Slice is null ? dataIssueCount : 0);
        var traces = new List<ConditionTrace>();
        foreach (var (name, severity, condition, text) in Conditions(rule))
        {
            var (withValues, holds) = condition is null ? ("(not evaluable)", false) : condition.Evaluate(metrics, prev, yoy, _params, view);
            traces.Add(new ConditionTrace(name, severity, text, withValues, holds));
        }

        var levels = rule.Threshold is { } threshold
            ? threshold.Levels.Select(l => new LevelText(l.Severity, threshold.Describe(l.Severity, RuleLanguages.English, _config.Parameters))).ToList()
            : [];
        var overridden = _config.SeverityOverrides.For(rule.Id, rule.Category);
        var minDeals = rule.MinDeals ?? _params.MinDeals;
        var dealCount = scopeMetrics.Metrics.DealCount;
        var outcome = overridden == DiagnosticSeverity.None ? RuleOutcome.Disabled
            : dealCount < minDeals ? RuleOutcome.TooFewDeals
            : finding is null ? RuleOutcome.NotMet
            : finding.Suppressed is not null ? RuleOutcome.Suppressed
            : comparedWithBaseline && finding.Baseline == BaselineState.Unchanged ? RuleOutcome.InBaseline
            : RuleOutcome.Fired;
        return new RuleEvaluation(rule, scope, dealCount, minDeals, traces, levels, overridden, finding, outcome) { ComparedWithBaseline = comparedWithBaseline };
    }

    private IReadOnlyList<(string Name, DiagnosticSeverity Severity, ConditionValues? Condition, string Text)> Conditions(RuleDescriptor rule)
    {
        if (!_conditions.TryGetValue(rule.Id, out var conditions))
        {
            var list = new List<(string, DiagnosticSeverity, ConditionValues?, string)> { ("when", rule.DefaultSeverity, ConditionValues.Compile(rule.When), rule.When) };
            foreach (var (level, expression) in rule.Escalate.OrderBy(p => Severities.TryParse(p.Key) ?? DiagnosticSeverity.None).Reverse())
            {
                list.Add(("escalate." + level, Severities.TryParse(level) ?? DiagnosticSeverity.Warning, ConditionValues.Compile(expression), expression));
            }

            conditions = list;
            _conditions[rule.Id] = conditions;
        }

        return conditions;
    }
}
