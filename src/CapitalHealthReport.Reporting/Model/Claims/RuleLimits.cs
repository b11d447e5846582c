using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>
/// One level of a rule's threshold, resolved for the run: the rule reports <paramref name="Severity"/> when the value of
/// <paramref name="Metric"/> (at <paramref name="Key"/>, for keyed metrics) compares with <paramref name="Value"/> as
/// <paramref name="Operator"/> says. Thresholds on a change (<c>change: yoy</c>) compare the change, not the value.
/// </summary>
public sealed record RuleLimit(string RuleId, string Metric, string? Key, string Operator, double Value, string Severity, ThresholdChange Change = ThresholdChange.None)
{
    /// <summary>True when <paramref name="value"/> meets the condition.</summary>
    public bool IsMetBy(double? value) => value is { } v && double.IsFinite(v) && Operator switch
    {
        ">" => v > Value,
        ">=" => v >= Value,
        "<" => v < Value,
        "<=" => v <= Value,
        _ => false,
    };

    /// <summary>True for floors (<c>&lt;</c>, <c>&lt;=</c>): the rule fires below the value.</summary>
    public bool IsFloor => Operator is "<" or "<=";

    /// <summary>How far <paramref name="value"/> is past the threshold, relative to it (0 at the threshold).</summary>
    public double Excess(double? value) => value is not { } v || Value == 0 ? 0 : Math.Max(0, (IsFloor ? Value - v : v - Value) / Math.Abs(Value));

    /// <summary>The comparison as an operator: <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>.</summary>
    public static string OperatorOf(ThresholdComparison comparison) => comparison switch
    {
        ThresholdComparison.Above => ">",
        ThresholdComparison.AtLeast => ">=",
        ThresholdComparison.Below => "<",
        _ => "<=",
    };
}

/// <summary>
/// The thresholds of the rule catalog (each rule's <c>threshold:</c>, as data), resolved with the run's parameters:
/// where the narrative learns whether a value crossed a rule's line and by how much. A rule without a threshold
/// (a condition on several metrics) has no limit here; the narrative then names its finding without a threshold.
/// </summary>
public sealed class RuleLimits
{
    private readonly Dictionary<string, List<RuleLimit>> _byRule = new(StringComparer.Ordinal);
    private readonly RuleCatalog _catalog;

    private RuleLimits(RuleCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <summary>
    /// The evidence a finding of a rule without a threshold is about: the first metric of the scope itself that the rule's
    /// message states (<c>{{ metrics.strategic_sectors_amount | money }}</c>), rather than one its condition only checks
    /// (<c>Metrics.ClassifiedSectorShare &gt; 0</c>); null when the message states none of the finding's evidence.
    /// </summary>
    public string? StatedEvidence(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (_catalog.Find(diagnostic.Id) is not { } rule)
        {
            return null;
        }

        foreach (var name in MessageTemplate.Parse(rule.MessageTemplate, out _).Names)
        {
            if (!name.StartsWith("metrics.", StringComparison.Ordinal))
            {
                continue;
            }

            var stated = name["metrics.".Length..].Split('.')[0];
            foreach (var evidence in diagnostic.Evidence.Keys)
            {
                var (source, metric, _) = Narrative.Vocabulary.SplitEvidence(evidence);
                if (source is null && metric == stated)
                {
                    return evidence;
                }
            }
        }

        return null;
    }

    public static RuleLimits From(RuleCatalog catalog, MetricParameters parameters)
    {
        var limits = new RuleLimits(catalog);
        foreach (var rule in catalog.Rules)
        {
            if (rule.Threshold is not { } threshold)
            {
                continue;
            }

            var key = threshold.Key switch
            {
                "params.hot_sector" => parameters.HotSector,
                var other => other,
            };
            var levels = threshold.Levels
                .Select(level => level.Resolve(parameters) is { } value
                    ? new RuleLimit(rule.Id, threshold.Metric, key, RuleLimit.OperatorOf(threshold.Comparison), value, Severities.Name(level.Severity), threshold.Change)
                    : null)
                .OfType<RuleLimit>()
                .ToList();
            if (levels.Count > 0)
            {
                limits._byRule[rule.Id] = levels;
            }
        }

        return limits;
    }

    /// <summary>The rule's levels, least severe (its default) first; empty when it has no threshold.</summary>
    public IReadOnlyList<RuleLimit> For(string ruleId) => _byRule.TryGetValue(ruleId, out var levels) ? levels : [];

    /// <summary>The rule's least severe level, or null.</summary>
    public RuleLimit? Default(string ruleId) => For(ruleId) is [var first, ..] ? first : null;

    /// <summary>The strictest level <paramref name="value"/> meets, or null when it meets none (or the threshold is on a change).</summary>
    public RuleLimit? Crossed(string ruleId, double? value)
    {
        RuleLimit? crossed = null;
        foreach (var level in For(ruleId).Where(static l => l.Change == ThresholdChange.None))
        {
            if (level.IsMetBy(value) && (crossed is null || level.Excess(value) < crossed.Excess(value)))
            {
                crossed = level;
            }
        }

        return crossed;
    }

    /// <summary>The rules judged at <paramref name="scopeKind"/> whose threshold is on the value (not the change) of <paramref name="metric"/> at <paramref name="key"/>.</summary>
    public IEnumerable<RuleDescriptor> RulesOn(string metric, string? key, string scopeKind) =>
        _catalog.Rules.Where(r => r.ScopeKind == scopeKind && Default(r.Id) is { Change: ThresholdChange.None } limit && limit.Metric == metric && limit.Key == key);

    /// <summary>Every level of every rule of the market (period scope) whose threshold is on <paramref name="metric"/>'s value.</summary>
    public IEnumerable<RuleLimit> OnMetric(string metric) =>
        RulesOn(metric, null, ScopeKinds.Period).SelectMany(r => For(r.Id));
}
