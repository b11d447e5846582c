using System.Globalization;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Rules.Expressions;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Evaluates the rule catalog over the scopes of one period with Microsoft RulesEngine and turns the results into
/// diagnostics: effective severities (escalations, then overrides by id or category; <c>none</c> disables),
/// rendered messages, evidence, suppressions (with expiry against the run's as-of date) and baseline states.
/// The RulesEngine instance is created once per analyzer; each workflow is compiled on its first use and the
/// compiled rules are reused for every scope.
/// </summary>
public sealed class Analyzer
{
    private readonly RuleCatalog _catalog;
    private readonly AnalysisConfig _config;
    private readonly RulesEngine.RulesEngine _engine;
    private readonly ParamsView _params;

    public Analyzer(RuleCatalog catalog, AnalysisConfig config)
    {
        _catalog = catalog;
        _config = config;
        _engine = new RulesEngine.RulesEngine([.. catalog.Workflows], RuleExpressions.CreateSettings());
        _params = ParamsView.From(config.Parameters);
    }

    /// <summary>The scope kinds that at least one enabled rule is judged over.</summary>
    public IReadOnlyList<string> ScopeKindsInUse => ScopeKinds.All
        .Where(kind => _catalog.Rules.Any(r => r.ScopeKind == kind && _config.SeverityOverrides.Effective(r) != DiagnosticSeverity.None))
        .ToList();

    /// <summary>
    /// Computes the scopes the rules need (the period, and one scope per slice value for each sliced rule scope)
    /// with <paramref name="engine"/> and evaluates the catalog over them.
    /// </summary>
    public AnalysisResult Run(MetricsEngine engine, Period period, IReadOnlyList<Loading.DataIssue>? dataIssues = null, Baseline? baseline = null, DateOnly? asOf = null)
    {
        var scopes = new List<ScopeMetrics>();
        foreach (var kind in ScopeKindsInUse)
        {
            if (kind == ScopeKinds.Period)
            {
                scopes.Add(engine.ComputeWithComparisons(new Scope(period)));
                continue;
            }

            foreach (var value in engine.SliceValues(period, kind))
            {
                scopes.Add(engine.ComputeWithComparisons(new Scope(period, new Slice(kind, value))));
            }
        }

        return Evaluate(scopes, period, dataIssues?.Count ?? 0, baseline, asOf);
    }

    /// <summary>Evaluates the catalog over scopes whose metrics are already computed.</summary>
    public AnalysisResult Evaluate(IReadOnlyList<ScopeMetrics> scopes, Period period, int dataIssueCount = 0, Baseline? baseline = null, DateOnly? asOf = null)
    {
        var today = asOf ?? period.End;
        var diagnostics = new List<Diagnostic>();
        var rulesByKind = _catalog.Compiled
            .Where(r => _config.SeverityOverrides.Effective(r.Descriptor) != DiagnosticSeverity.None)
            .GroupBy(r => r.Descriptor.ScopeKind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var scopeMetrics in scopes)
        {
            var kind = scopeMetrics.Scope.Slice?.Dimension ?? ScopeKinds.Period;
            if (!rulesByKind.TryGetValue(kind, out var rules))
            {
                continue;
            }

            diagnostics.AddRange(EvaluateScope(scopeMetrics, kind, rules, dataIssueCount, today));
        }

        var periodScope = new Scope(period);
        diagnostics.AddRange(ConfigurationDiagnostics(periodScope, today));

        var final = baseline is null ? diagnostics : baseline.Compare(diagnostics);
        var ranked = final
            .OrderBy(d => d.Severity)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Location, StringComparer.Ordinal)
            .ThenBy(d => d.Baseline)
            .ToList();
        return new AnalysisResult(ranked, period, baseline is not null);
    }

    private List<Diagnostic> EvaluateScope(ScopeMetrics scopeMetrics, string kind, List<CompiledRule> rules, int dataIssueCount, DateOnly today)
    {
        var found = new List<Diagnostic>();
        var metrics = new MetricsView(scopeMetrics.Metrics);
        var prev = new MetricsView(scopeMetrics.PrevKnown ? scopeMetrics.Prev : null);
        var yoy = new MetricsView(scopeMetrics.YoyKnown ? scopeMetrics.Yoy : null);
        var scope = scopeMetrics.Scope;
        var label = ScopeNames.QualifiedName(scope);
        var scopeView = new RuleScope(kind, scope.Period.Label, scope.Slice?.Value ?? "", label, scope.Slice is null ? dataIssueCount : 0);
        var dealCount = scopeMetrics.Metrics.DealCount;
        var judged = rules.Where(r => dealCount >= (r.Descriptor.MinDeals ?? _params.MinDeals)).ToList();
        if (judged.Count == 0)
        {
            return found;
        }

        var inputs = RuleExpressions.Inputs(metrics, prev, yoy, _params, scopeView);
        var passed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workflow in judged.Select(r => r.WorkflowName).Distinct(StringComparer.Ordinal))
        {
            // Without actions RulesEngine completes synchronously; the task path is kept for safety.
            var pending = _engine.ExecuteAllRulesAsync(workflow, inputs);
            var results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            foreach (var result in results)
            {
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"Rule {result.Rule.RuleName} failed on {label}: {result.ExceptionMessage}");
                }

                if (result.IsSuccess)
                {
                    passed.Add(result.Rule.RuleName);
                }
            }
        }

        var readable = scope.Slice is null ? scope.Period.Label : $"{scope.Period.Label}, {scope.Slice.Dimension.Replace('_', ' ')} {scope.Slice.Value}";
        var values = new MessageValues(metrics, prev, yoy, _params, readable, scope.Period.Label, scope.Slice?.Value ?? "", scopeView.DataIssueCount);
        foreach (var rule in judged)
        {
            var d = rule.Descriptor;
            if (!passed.Contains(d.Id))
            {
                continue;
            }

            var severity = d.DefaultSeverity;
            foreach (var level in d.Escalate.Keys)
            {
                if (passed.Contains(d.Id + RuleCatalog.EscalationSeparator + level) && Severities.TryParse(level) is { } escalated && escalated < severity)
                {
                    severity = escalated;
                }
            }

            if (_config.SeverityOverrides.For(d.Id, d.Category) is { } overridden)
            {
                severity = overridden;
            }

            if (severity == DiagnosticSeverity.None)
            {
                continue;
            }

            var evidence = new SortedDictionary<string, double?>(StringComparer.Ordinal);
            foreach (var reference in rule.References)
            {
                evidence[reference.EvidenceName] = reference.Read(metrics, prev, yoy);
            }

            var subjects = Subjects(d, scope, metrics);
            found.Add(new Diagnostic(d.Id, severity, d.Category, d.Title, rule.Message.Render(values), scope, evidence, d.HelpUri,
                Suppress(d.Id, scope, subjects, today), BaselineState.New));
        }

        return found;
    }

    /// <summary>The slice values a finding is about, for matching a suppression's <c>where</c>.</summary>
    private static Dictionary<string, string> Subjects(RuleDescriptor rule, Scope scope, MetricsView metrics)
    {
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal) { ["period"] = scope.Period.Label };
        if (scope.Slice is not null)
        {
            subjects[scope.Slice.Dimension] = scope.Slice.Value;
        }

        if (rule.Category == RuleCategories.RegionalBias && !subjects.ContainsKey("region") && metrics.TopRegion.Length > 0)
        {
            // A regional-bias finding on a sector or the whole period is about its leading region.
            subjects["region"] = metrics.TopRegion;
        }

        return subjects;
    }

    private SuppressionInfo? Suppress(string id, Scope scope, Dictionary<string, string> subjects, DateOnly today)
    {
        foreach (var suppression in _config.Suppressions)
        {
            if (!string.Equals(suppression.Id, id, StringComparison.Ordinal) || suppression.IsExpired(today))
            {
                continue;
            }

            var matches = suppression.Where.All(w =>
                w.Key == "period"
                    ? string.Equals(w.Value, scope.Period.Label, StringComparison.OrdinalIgnoreCase)
                    : subjects.TryGetValue(w.Key, out var actual) && string.Equals(actual, w.Value, StringComparison.OrdinalIgnoreCase));
            if (matches)
            {
                return new SuppressionInfo(suppression.Justification, suppression.Location, suppression.Expires);
            }
        }

        return null;
    }

    private IEnumerable<Diagnostic> ConfigurationDiagnostics(Scope periodScope, DateOnly today)
    {
        var empty = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        var expired = ConfigurationRules.ExpiredSuppression;
        var expiredSeverity = _config.SeverityOverrides.Effective(expired);
        if (expiredSeverity != DiagnosticSeverity.None)
        {
            foreach (var suppression in _config.Suppressions.Where(s => s.IsExpired(today)))
            {
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"The suppression of {suppression.Id} ({suppression.WhereText}) at {suppression.Location} expired on {suppression.Expires:yyyy-MM-dd}; its findings are reported again. Renew the justification with a new date, or remove it");
                yield return new Diagnostic(expired.Id, expiredSeverity, expired.Category, expired.Title, message, periodScope, empty, expired.HelpUri, null, BaselineState.New);
            }
        }

        var unknown = ConfigurationRules.UnknownRule;
        var unknownSeverity = _config.SeverityOverrides.Effective(unknown);
        if (unknownSeverity == DiagnosticSeverity.None)
        {
            yield break;
        }

        foreach (var entry in _config.SeverityOverrides.Entries.Where(e => !e.Target.StartsWith("category:", StringComparison.Ordinal) && !IsKnown(e.Target)))
        {
            var source = InputException.Format("", _config.SourcePath ?? AnalysisConfig.DefaultFileName, entry.Line, entry.Column, null).TrimEnd(' ', ':');
            yield return new Diagnostic(unknown.Id, unknownSeverity, unknown.Category, unknown.Title,
                $"{source}: the severity override names rule {entry.Target}, which is not in the loaded rule packs; fix the id or remove the entry",
                periodScope, empty, unknown.HelpUri, null, BaselineState.New);
        }

        foreach (var entry in _config.SeverityOverrides.Entries.Where(e => e.Target.StartsWith("category:", StringComparison.Ordinal)
                     && RuleCategories.DigitOf(e.Target["category:".Length..]) is null && e.Target != "category:" + RuleCategories.Configuration))
        {
            var source = InputException.Format("", _config.SourcePath ?? AnalysisConfig.DefaultFileName, entry.Line, entry.Column, null).TrimEnd(' ', ':');
            yield return new Diagnostic(unknown.Id, unknownSeverity, unknown.Category, unknown.Title,
                $"{source}: the severity override names {entry.Target}, which is not a rule category ({string.Join(", ", RuleCategories.All.Select(c => c.Key))}); fix the name or remove the entry",
                periodScope, empty, unknown.HelpUri, null, BaselineState.New);
        }

        foreach (var suppression in _config.Suppressions.Where(s => !IsKnown(s.Id)))
        {
            yield return new Diagnostic(unknown.Id, unknownSeverity, unknown.Category, unknown.Title,
                $"{suppression.Location}: a suppression names rule {suppression.Id}, which is not in the loaded rule packs; fix the id or remove the entry",
                periodScope, empty, unknown.HelpUri, null, BaselineState.New);
        }
    }

    private bool IsKnown(string id) => _catalog.Find(id) is not null || ConfigurationRules.All.Any(r => r.Id == id);
}
