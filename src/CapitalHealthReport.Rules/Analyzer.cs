using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
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
    private readonly Dictionary<string, ZeroDivisors> _divisors = new(StringComparer.Ordinal);
    private readonly List<string> _notJudged = [];

    public Analyzer(RuleCatalog catalog, AnalysisConfig config)
    {
        _catalog = catalog;
        _config = config;
        _engine = new RulesEngine.RulesEngine([.. catalog.Workflows], RuleExpressions.CreateSettings());
        _params = ParamsView.From(config.Parameters);
    }

    /// <summary>
    /// The names messages give sectors and regions (<c>EnterpriseSoftware</c> → "Enterprise software" / "企业服务"): the run's
    /// reference tables; the bundled ones when null.
    /// </summary>
    public ReaderNames? Names { get; init; }

    /// <summary>The suppressions whose <c>where</c> names a value the data does not hold, each reported as CH0003.</summary>
    public IReadOnlyList<UnmatchedSuppression> UnmatchedSuppressions { get; init; } = [];

    /// <summary>The scope kinds that at least one enabled rule is judged over.</summary>
    public IReadOnlyList<string> ScopeKindsInUse => ScopeKinds.All
        .Where(kind => _catalog.Rules.Any(r => r.ScopeKind == kind && _config.SeverityOverrides.Effective(r) != DiagnosticSeverity.None))
        .ToList();

    /// <summary>
    /// Computes the scopes the rules need (the period, and one scope per slice value for each sliced rule scope, but
    /// not the <c>Unknown</c> one: deals without the field form no group a finding could name; the data-coverage rules
    /// report them) with <paramref name="engine"/> and evaluates the catalog over them.
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
                if (value == Slice.UnknownValue)
                {
                    continue;
                }

                scopes.Add(engine.ComputeWithComparisons(new Scope(period, new Slice(kind, value))));
            }
        }

        return Evaluate(scopes, period, dataIssues?.Count ?? 0, baseline, asOf).WithCurrency(engine.Parameters.ReportingCurrency);
    }

    /// <summary>Evaluates the catalog over scopes whose metrics are already computed (an <c>Unknown</c> slice is passed over, as in <see cref="Run"/>).</summary>
    public AnalysisResult Evaluate(IReadOnlyList<ScopeMetrics> scopes, Period period, int dataIssueCount = 0, Baseline? baseline = null, DateOnly? asOf = null)
    {
        var today = asOf ?? period.End;
        var diagnostics = new List<Diagnostic>();
        _notJudged.Clear();
        var rulesByKind = _catalog.Compiled
            .Where(r => _config.SeverityOverrides.Effective(r.Descriptor) != DiagnosticSeverity.None)
            .GroupBy(r => r.Descriptor.ScopeKind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var scopeMetrics in scopes)
        {
            var kind = scopeMetrics.Scope.Slice?.Dimension ?? ScopeKinds.Period;
            if (scopeMetrics.Scope.Slice is { IsUnknown: true } || !rulesByKind.TryGetValue(kind, out var rules))
            {
                continue;
            }

            diagnostics.AddRange(EvaluateScope(scopeMetrics, kind, rules, dataIssueCount, today));
        }

        // A configuration finding is accepted like any other: by a suppression of its id (its only subject is the period).
        var periodScope = new Scope(period);
        var periodSubject = new Dictionary<string, string>(StringComparer.Ordinal) { ["period"] = period.Label };
        diagnostics.AddRange(ConfigurationFindings.For(_config, _catalog, periodScope, today, UnmatchedSuppressions)
            .Select(d => d with { Suppressed = Suppress(d.Id, periodScope, periodSubject, today) }));

        var final = baseline is null ? diagnostics : baseline.Compare(diagnostics);
        var ranked = final
            .OrderBy(d => d.Severity)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Location, StringComparer.Ordinal)
            .ThenBy(d => d.Baseline)
            .ToList();
        return new AnalysisResult(ranked, period, baseline is not null) { NotJudged = [.. _notJudged] };
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

        judged = judged.Where(r => Defined(r, metrics, prev, yoy, scopeView, label)).ToList();
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
                    throw Failed(judged, result.Rule.RuleName, label, result.ExceptionMessage);
                }

                if (result.IsSuccess)
                {
                    passed.Add(result.Rule.RuleName);
                }
            }
        }

        var readable = scope.Slice is null ? scope.Period.Label : $"{scope.Period.Label}, {scope.Slice.Dimension.Replace('_', ' ')} {scope.Slice.Value}";
        var values = new MessageValues(metrics, prev, yoy, _params, readable, scope.Period.Label, scope.Slice?.Value ?? "", scopeView.DataIssueCount, scope.Slice?.Dimension, Names: Names);
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

            var subjects = RuleSubjects.Of(d, scope, metrics);
            var filled = WithThreshold(d, scopeMetrics, values);
            found.Add(new Diagnostic(d.Id, severity, d.Category, d.Title, rule.Message.Render(filled), scope, evidence, d.HelpUri,
                Suppress(d.Id, scope, subjects, today), BaselineState.New)
            {
                Translations = Translate(rule, filled),
            });
        }

        return found;
    }

    /// <summary>
    /// False when a condition of <paramref name="rule"/> divides by a value that is 0 in the scope: the quotient is infinite
    /// or undefined there, so the rule is not judged on the scope (a comparison with infinity would fire on a meaningless
    /// value), and the run says so.
    /// </summary>
    private bool Defined(CompiledRule rule, MetricsView metrics, MetricsView prev, MetricsView yoy, RuleScope scope, string label)
    {
        var d = rule.Descriptor;
        foreach (var (name, condition) in new[] { ("when", d.When) }.Concat(d.Escalate.Select(e => ("escalate." + e.Key, e.Value))))
        {
            var key = d.Id + "|" + name;
            if (!_divisors.TryGetValue(key, out var divisors))
            {
                divisors = ZeroDivisors.Of(condition);
                _divisors[key] = divisors;
            }

            if (divisors.ZeroIn(metrics, prev, yoy, _params, scope) is { } divisor)
            {
                var position = rule.PositionOf(name);
                var at = InputException.Format("", d.SourceFile, position.Line, position.Column, null);
                _notJudged.Add($"{at}rule {d.Id} is not judged on {label}: its '{name}' condition '{condition}' divides by {divisor}, which is 0 there. Guard the division (e.g. '{divisor} > 0 && …') to judge such scopes as you mean");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A rule whose expression fails while it runs (a division by zero, <c>Math.Round(x, 99)</c>, a null key) is a
    /// problem of its pack, reported at the rule with the scope it failed on (exit 2), never an internal error.
    /// </summary>
    private static InputException Failed(List<CompiledRule> rules, string ruleName, string scope, string reason)
    {
        var separator = ruleName.IndexOf(RuleCatalog.EscalationSeparator, StringComparison.Ordinal);
        var id = separator < 0 ? ruleName : ruleName[..separator];
        var rule = rules.FirstOrDefault(r => r.Descriptor.Id == id);
        var severity = separator < 0 ? null : ruleName[(separator + RuleCatalog.EscalationSeparator.Length)..];
        var level = severity is null ? "" : $" (its '{severity}' condition)";
        var position = rule?.PositionOf(severity is null ? "when" : "escalate." + severity);
        // RulesEngine prefixes its own words ("Error while executing rule : CH1001!error - "); the message names the rule already.
        var prefix = $"Error while executing rule : {ruleName} - ";
        reason = reason.StartsWith(prefix, StringComparison.Ordinal) ? reason[prefix.Length..] : reason;
        return new InputException(
            $"rule {id}{level} failed while evaluating {scope}: {reason.TrimEnd('.')}.",
            rule?.Descriptor.SourceFile,
            position?.Line,
            position?.Column,
            "Fix the rule's expression so that it is defined for every scope (guard divisions, keep Math arguments in range), or set its severity to none in capitalhealth.yaml");
    }

    /// <summary>The message values with what the rule's threshold reads in the scope and the level that value meets.</summary>
    private MessageValues WithThreshold(RuleDescriptor rule, ScopeMetrics scope, MessageValues values)
    {
        if (rule.Threshold is not { } threshold)
        {
            return values;
        }

        var parameters = _config.Parameters;
        var value = threshold.Read(scope.Metrics, scope.PrevKnown ? scope.Prev : null, scope.YoyKnown ? scope.Yoy : null, parameters);
        var met = threshold.SeverityOf(value, parameters);
        var level = threshold.Value(met == DiagnosticSeverity.None ? threshold.Levels[0].Severity : met, parameters);
        return values with { ThresholdValue = value, ThresholdLevel = level };
    }

    /// <summary>The finding's title and message in each language the rule has text in.</summary>
    private static IReadOnlyDictionary<string, DiagnosticText> Translate(CompiledRule rule, MessageValues values)
    {
        var d = rule.Descriptor;
        if (d.Translations.Count == 0)
        {
            return DiagnosticText.None;
        }

        return d.Translations.Keys.ToDictionary(
            language => language,
            language => new DiagnosticText(d.TitleIn(language), (rule.Translations.GetValueOrDefault(language) ?? rule.Message).Render(values, language)),
            StringComparer.Ordinal);
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

}
