using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>
/// Ties claims to the rules: a level claim that a rule judges becomes a finding (the rule fired on the scope), an
/// accepted finding (it fired and the configuration suppresses it) or an indicator within range (the rule judged
/// the scope and did not fire). Every other finding becomes a claim of its own. A threshold is only ever stated
/// as crossed when the finding exists.
/// </summary>
internal static class RuleClaims
{
    public static Claim Judge(ClaimContext c, Claim level, ISet<Diagnostic> used)
    {
        // A finding whose deciding metric is the claim's own (also keyed ones: investor_type_share.Angel).
        var deciding = c.Diagnostics.FirstOrDefault(d => !used.Contains(d) && d.Scope == level.Scope && d.Baseline != BaselineState.Absent
            && Deciding(c, d) is var (metric, key, _) && metric == level.Metric && key == level.Key);
        if (deciding is not null)
        {
            used.Add(deciding);
            return FromDiagnostic(c, level, deciding, level.Value);
        }

        if (level.Key is not null)
        {
            return level;
        }

        var kind = level.Scope.Slice?.Dimension ?? ScopeKinds.Period;
        foreach (var rule in c.Limits.RulesOn(level.Metric, level.Key, kind))
        {
            var diagnostic = c.Diagnostics.FirstOrDefault(d => !used.Contains(d) && d.Id == rule.Id && d.Scope == level.Scope && d.Baseline != BaselineState.Absent);
            if (diagnostic is not null)
            {
                used.Add(diagnostic);
                return FromDiagnostic(c, level, diagnostic, level.Value);
            }

            var severity = c.Evidence.Config.SeverityOverrides.Effective(rule);
            var limit = c.Limits.Default(rule.Id);
            var judged = level.Scope.Period == c.Period && DealCount(c, level.Scope) >= (rule.MinDeals ?? c.Parameters.MinDeals);
            if (limit is not null && judged && severity != DiagnosticSeverity.None && !limit.IsMetBy(level.Value))
            {
                return level with
                {
                    Kind = ClaimKind.WithinRange,
                    RuleId = rule.Id,
                    Threshold = limit.Value,
                    Operator = limit.Operator,
                };
            }
        }

        return level;
    }

    /// <summary>
    /// Claims for the findings no level claim carries: each in its category's section when it is about the market or the
    /// hot sector, else in the findings section. A finding on a figure a claim of <paramref name="stated"/> already gives
    /// (also the hot sector's figure when the market's is the same) restates only its value.
    /// </summary>
    public static IEnumerable<Claim> Standalone(ClaimContext c, ISet<Diagnostic> used, IReadOnlyList<Claim> stated)
    {
        foreach (var diagnostic in c.Diagnostics.Where(d => d.Baseline != BaselineState.Absent && !used.Contains(d)))
        {
            var (metric, key, value) = Deciding(c, diagnostic);
            var central = diagnostic.Scope == c.Market.Scope || diagnostic.Scope == c.Hot.Scope;
            var claim = new Claim
            {
                Kind = ClaimKind.Level,
                Section = central ? ClaimSections.OfCategory(diagnostic.Category) : ClaimSections.Findings,
                Metric = metric,
                Key = key,
                Scope = diagnostic.Scope,
                Unit = UnitOf(metric),
                Value = value,
                Subject = SubjectOf(c, metric, diagnostic.Scope),
                Tied = metric == "top_region_count_share" ? ClaimContext.TopRegionTies(MetricsOf(c, diagnostic.Scope)) : [],
            };
            var restates = value is not null && stated.Any(s => s.Value is not null && s.Metric == metric && s.Key == key
                && (s.Scope == diagnostic.Scope || (s.Scope.Slice is null && ClaimContext.SameValue(s, claim))));
            yield return restates
                ? FromDiagnostic(c, claim, diagnostic, value) with { Restates = true }
                : FromDiagnostic(c, WithComparisons(c, claim), diagnostic, value);
        }
    }

    private static Claim FromDiagnostic(ClaimContext c, Claim claim, Diagnostic diagnostic, double? value)
    {
        // The threshold is stated only when it is on this claim's own value (not on a change, not on another metric).
        var limit = c.Limits.Crossed(diagnostic.Id, value) is { } crossed && crossed.Metric == claim.Metric && crossed.Key == claim.Key ? crossed : null;
        var severity = Severities.Name(diagnostic.Severity);
        var rank = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => 3,
            DiagnosticSeverity.Warning => 2,
            _ => 1,
        };
        return claim with
        {
            Kind = diagnostic.Suppressed is null ? ClaimKind.Finding : ClaimKind.Accepted,
            RuleId = diagnostic.Id,
            Severity = severity,
            Threshold = limit?.Value,
            Operator = limit?.Operator,
            Justification = diagnostic.Suppressed?.Justification,
            Score = diagnostic.Suppressed is null ? rank + Math.Min(0.99, limit?.Excess(value) ?? 0) : 0,
        };
    }

    /// <summary>A standalone finding's claim with the previous-period and year-ago values of its metric, when the metric has them.</summary>
    private static Claim WithComparisons(ClaimContext c, Claim claim)
    {
        if (MetricCatalog.Find(claim.Metric) is null || claim.Key is "max" or "min")
        {
            return claim;
        }

        var scope = c.Evidence.Engine.ComputeWithComparisons(claim.Scope);
        if (ClaimContext.Read(scope.Metrics, claim.Metric, claim.Key) is not { } value || Math.Abs(value - (claim.Value ?? double.NaN)) > 1e-12)
        {
            return claim;
        }

        return claim with
        {
            Previous = scope.PrevKnown ? ClaimContext.Read(scope.Prev, claim.Metric, claim.Key) : null,
            YearAgo = scope.YoyKnown && !ClaimContext.SameComparison(claim.Scope.Period) ? ClaimContext.Read(scope.Yoy, claim.Metric, claim.Key) : null,
        };
    }

    /// <summary>
    /// The metric that decided a finding: the rule's threshold metric (and key), else the first metric its message states
    /// (<see cref="RuleLimits.StatedEvidence"/>), else its first evidence of the period itself.
    /// </summary>
    private static (string Metric, string? Key, double? Value) Deciding(ClaimContext c, Diagnostic diagnostic)
    {
        var limit = c.Limits.Default(diagnostic.Id);
        if (limit is not null && diagnostic.Evidence.TryGetValue(limit.Key is null ? limit.Metric : limit.Metric + "." + limit.Key, out var decided))
        {
            return (limit.Metric, limit.Key, decided);
        }

        if (c.Limits.StatedEvidence(diagnostic) is { } stated)
        {
            var (_, metric, key) = Narrative.Vocabulary.SplitEvidence(stated);
            return (metric, key, diagnostic.Evidence[stated]);
        }

        foreach (var (name, value) in diagnostic.Evidence)
        {
            var (source, metric, key) = Narrative.Vocabulary.SplitEvidence(name);
            if (source is null)
            {
                return (metric, key, value);
            }
        }

        return ("", null, null);
    }

    private static ClaimUnit UnitOf(string metric) => MetricCatalog.Find(metric) switch
    {
        { IsShare: true } => ClaimUnit.Share,
        { JsonName: "total_amount" or "strategic_sectors_amount" or "median_amount" } => ClaimUnit.Amount,
        { JsonName: "hhi" } or { UnitKind: MetricUnit.Count } => ClaimUnit.Count,
        null when metric.EndsWith("_share", StringComparison.Ordinal) => ClaimUnit.Share,
        _ => ClaimUnit.Ratio,
    };

    // The region a leading-region figure is about (the sentence names it), from the finding's own scope.
    private static string? SubjectOf(ClaimContext c, string metric, Scope scope) => metric switch
    {
        "top_region_count_share" => MetricsOf(c, scope).TopRegion,
        _ => null,
    };

    private static int DealCount(ClaimContext c, Scope scope) => MetricsOf(c, scope).DealCount;

    // The metrics of a finding's scope: the market's and the hot sector's are at hand, others are computed.
    private static MetricSet MetricsOf(ClaimContext c, Scope scope) =>
        scope == c.Market.Scope ? c.Market.Metrics : scope == c.Hot.Scope ? c.Hot.Metrics : c.Evidence.Engine.Compute(scope);
}
