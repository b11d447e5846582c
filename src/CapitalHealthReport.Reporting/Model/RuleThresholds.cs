using System.Globalization;
using System.Text.RegularExpressions;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>A simple rule condition on one metric (not part of an arithmetic expression): <c>Metrics.TopQuintileShare &gt; 0.6</c>.</summary>
public sealed record RuleThreshold(RuleDescriptor Rule, string Metric, string Operator, double Value)
{
    /// <summary>True when <paramref name="value"/> meets the condition.</summary>
    public bool IsMetBy(double? value) => value is { } v && Operator switch
    {
        ">" => v > Value,
        ">=" => v >= Value,
        "<" => v < Value,
        "<=" => v <= Value,
        "==" => v == Value,
        _ => false,
    };
}

/// <summary>
/// Finds the thresholds of the rule catalog: for each rule whose condition compares a metric with a number,
/// the metric (snake_case), the comparison and the number. The report uses them to say whether an indicator
/// is above or within its threshold.
/// </summary>
public static partial class RuleThresholds
{
    /// <summary>Every metric comparison in each rule's <c>when</c> condition, in catalog order.</summary>
    public static IReadOnlyList<RuleThreshold> From(RuleCatalog catalog)
    {
        var byProperty = MetricCatalog.All.ToDictionary(static m => m.PropertyName, static m => m.JsonName, StringComparer.Ordinal);
        var thresholds = new List<RuleThreshold>();
        foreach (var rule in catalog.Rules)
        {
            foreach (Match match in Comparison().Matches(rule.When))
            {
                if (byProperty.TryGetValue(match.Groups["prop"].Value, out var json)
                    && double.TryParse(match.Groups["num"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    thresholds.Add(new RuleThreshold(rule, json, match.Groups["op"].Value, number));
                }
            }
        }

        return thresholds;
    }

    /// <summary>Every metric comparison in <paramref name="expression"/> (a rule's <c>when</c> or one of its escalations).</summary>
    public static IReadOnlyList<RuleThreshold> Parse(RuleDescriptor rule, string expression)
    {
        var byProperty = MetricCatalog.All.ToDictionary(static m => m.PropertyName, static m => m.JsonName, StringComparer.Ordinal);
        var thresholds = new List<RuleThreshold>();
        foreach (Match match in Comparison().Matches(expression))
        {
            if (byProperty.TryGetValue(match.Groups["prop"].Value, out var json)
                && double.TryParse(match.Groups["num"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                thresholds.Add(new RuleThreshold(rule, json, match.Groups["op"].Value, number));
            }
        }

        return thresholds;
    }

    /// <summary>The first threshold on <paramref name="metric"/>, preferring rules judged at <paramref name="scopeKind"/>.</summary>
    public static RuleThreshold? Find(IReadOnlyList<RuleThreshold> thresholds, string metric, string scopeKind) =>
        thresholds.FirstOrDefault(t => t.Metric == metric && t.Rule.ScopeKind == scopeKind)
        ?? thresholds.FirstOrDefault(t => t.Metric == metric);

    [GeneratedRegex(@"(?<![-+*/%]\s*)\bMetrics\.(?<prop>[A-Za-z]+)\s*(?<op>>=|<=|==|>|<)\s*(?<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?!\s*[-+*/%.\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();
}
