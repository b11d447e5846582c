using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>One level of a rule's threshold: the rule reports <paramref name="Severity"/> when <c>metric operator value</c> holds.</summary>
public sealed record RuleLimit(string RuleId, string Metric, string Operator, double Value, string Severity)
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
}

/// <summary>
/// The thresholds of the rule catalog, per rule and severity level: where the narrative learns whether a value
/// crossed a rule's line and by how much. Rules whose condition is not a single comparison of one metric with a
/// number have no limit here; the narrative then names their finding without a threshold.
/// </summary>
public sealed class RuleLimits
{
    private readonly Dictionary<string, List<RuleLimit>> _byRule = new(StringComparer.Ordinal);
    private readonly RuleCatalog _catalog;

    private RuleLimits(RuleCatalog catalog)
    {
        _catalog = catalog;
    }

    public static RuleLimits From(RuleCatalog catalog)
    {
        var limits = new RuleLimits(catalog);
        foreach (var rule in catalog.Rules)
        {
            var levels = new List<RuleLimit>();
            if (IsSingleComparison(rule.When) && RuleThresholds.Parse(rule, rule.When) is [var single])
            {
                levels.Add(new RuleLimit(rule.Id, single.Metric, single.Operator, single.Value, Severities.Name(rule.DefaultSeverity)));
                foreach (var (severity, expression) in rule.Escalate.OrderBy(static e => e.Key, StringComparer.Ordinal))
                {
                    if (IsSingleComparison(expression) && RuleThresholds.Parse(rule, expression) is [var stricter] && stricter.Metric == single.Metric)
                    {
                        levels.Add(new RuleLimit(rule.Id, stricter.Metric, stricter.Operator, stricter.Value, severity));
                    }
                }
            }

            if (levels.Count > 0)
            {
                limits._byRule[rule.Id] = levels;
            }
        }

        return limits;
    }

    private static bool IsSingleComparison(string expression) =>
        !expression.Contains("&&", StringComparison.Ordinal) && !expression.Contains("||", StringComparison.Ordinal) && !expression.Contains('!', StringComparison.Ordinal);

    /// <summary>The rule's levels, its default condition first; empty when it has no simple threshold.</summary>
    public IReadOnlyList<RuleLimit> For(string ruleId) => _byRule.TryGetValue(ruleId, out var levels) ? levels : [];

    /// <summary>The rule's default condition (the <c>when</c> threshold), or null.</summary>
    public RuleLimit? Default(string ruleId) => For(ruleId) is [var first, ..] ? first : null;

    /// <summary>The strictest level <paramref name="value"/> meets, or null when it meets none.</summary>
    public RuleLimit? Crossed(string ruleId, double? value)
    {
        RuleLimit? crossed = null;
        foreach (var level in For(ruleId))
        {
            if (level.IsMetBy(value) && (crossed is null || level.Excess(value) < crossed.Excess(value)))
            {
                crossed = level;
            }
        }

        return crossed;
    }

    /// <summary>Every level of every rule of the market (period scope) whose threshold is on <paramref name="metric"/>.</summary>
    public IEnumerable<RuleLimit> OnMetric(string metric) =>
        RulesOn(metric, ScopeKinds.Period).SelectMany(r => For(r.Id));

    /// <summary>The rules judged at <paramref name="scopeKind"/> whose default condition is a threshold on <paramref name="metric"/>.</summary>
    public IEnumerable<RuleDescriptor> RulesOn(string metric, string scopeKind) =>
        _catalog.Rules.Where(r => r.ScopeKind == scopeKind && Default(r.Id)?.Metric == metric);
}
