using System.Globalization;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Reads a rule's <c>threshold:</c> mapping: <c>metric</c> (snake_case), optional <c>key</c> and <c>change</c>
/// (<c>prev</c> or <c>yoy</c>), exactly one comparison (<c>above</c>, <c>at_least</c>, <c>below</c>, <c>at_most</c>) mapping
/// severities to levels (numbers or <c>params.min_deals</c>), and an optional <c>unit</c> that must agree with the metric.
/// Every problem is collected with its location.
/// </summary>
internal sealed class ThresholdReader
{
    private static readonly string[] Keys = ["above", "at_least", "at_most", "below", "change", "key", "metric", "unit"];

    private static readonly Dictionary<string, ThresholdComparison> Comparisons = new(StringComparer.Ordinal)
    {
        ["above"] = ThresholdComparison.Above,
        ["at_least"] = ThresholdComparison.AtLeast,
        ["below"] = ThresholdComparison.Below,
        ["at_most"] = ThresholdComparison.AtMost,
    };

    private static readonly Dictionary<string, ThresholdUnit> Units = new(StringComparer.Ordinal)
    {
        ["share"] = ThresholdUnit.Share,
        ["pp"] = ThresholdUnit.PercentagePoints,
        ["index"] = ThresholdUnit.Index,
        ["ratio"] = ThresholdUnit.Ratio,
        ["amount"] = ThresholdUnit.Amount,
        ["count"] = ThresholdUnit.Count,
    };

    private readonly string _file;
    private readonly List<ValidationProblem> _problems;
    private MetricDescriptor? _metric;
    private YNode? _metricNode;
    private string? _key;
    private YNode? _keyNode;
    private ThresholdChange _change;
    private ThresholdComparison? _comparison;
    private YNode? _comparisonNode;
    private (ThresholdUnit Unit, YNode Node)? _unit;
    private readonly List<ThresholdLevel> _levels = [];

    private ThresholdReader(string file, List<ValidationProblem> problems)
    {
        _file = file;
        _problems = problems;
    }

    /// <summary>The threshold, or null (with the problems added) when it cannot be read.</summary>
    public static (RuleThreshold Threshold, YNode Node)? Read(YNode node, string file, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        if (node is not YMapping map)
        {
            problems.Add(new ValidationProblem(file, node.Line, node.Column,
                "'threshold' is a mapping, e.g. '{ metric: top_quintile_share, above: { warning: 0.6, error: 0.8 } }'."));
            return null;
        }

        var reader = new ThresholdReader(file, problems);
        foreach (var (key, value) in map.Entries)
        {
            reader.ReadEntry(key, value);
        }

        var threshold = reader.Build(map);
        return threshold is null || problems.Count > before ? null : (threshold, map);
    }

    /// <summary>The problem when a threshold's levels are not ordered by severity (a stricter severity must have a stricter level).</summary>
    public static string? CheckOrder(RuleThreshold threshold)
    {
        for (var i = 1; i < threshold.Levels.Count; i++)
        {
            var (lenient, strict) = (threshold.Levels[i - 1], threshold.Levels[i]);
            if (lenient.Value is { } a && strict.Value is { } b && (threshold.HigherIsWorse ? b < a : b > a))
            {
                return $"the {Severities.Name(strict.Severity)} level {ThresholdExpression.Literal(b)} is less strict than the {Severities.Name(lenient.Severity)} level {ThresholdExpression.Literal(a)}; "
                    + $"with '{Name(threshold.Comparison)}' a more severe level must be {(threshold.HigherIsWorse ? "higher" : "lower")}";
            }
        }

        return null;
    }

    /// <summary>The YAML word of a comparison.</summary>
    public static string Name(ThresholdComparison comparison) => Comparisons.First(p => p.Value == comparison).Key;

    /// <summary>The YAML word of a unit.</summary>
    public static string Name(ThresholdUnit unit) => Units.First(p => p.Value == unit).Key;

    private void ReadEntry(YScalar key, YNode value)
    {
        switch (key.Value)
        {
            case "metric":
                ReadMetric(value);
                break;
            case "key":
                _key = Text(value, "threshold.key");
                _keyNode = value;
                break;
            case "change":
                ReadChange(value);
                break;
            case "unit":
                var unit = Text(value, "threshold.unit");
                if (unit is not null && Units.TryGetValue(unit, out var parsed))
                {
                    _unit = (parsed, value);
                }
                else if (unit is not null)
                {
                    Problem(value, $"unknown unit '{unit}'; {Spelling.BeforeList(unit, Units.Keys)}use one of {string.Join(", ", Units.Keys)}.");
                }

                break;
            case var word when Comparisons.TryGetValue(word, out var comparison):
                ReadLevels(key, value, comparison);
                break;
            default:
                Problem(key, $"unknown key 'threshold.{key.Value}'; {Spelling.BeforeList(key.Value, Keys)}known keys: {string.Join(", ", Keys)}.");
                break;
        }
    }

    private void ReadMetric(YNode value)
    {
        var name = Text(value, "threshold.metric");
        _metricNode = value;
        if (name is null)
        {
            return;
        }

        _metric = MetricCatalog.Find(name);
        if (_metric is null || _metric.JsonName != name)
        {
            _metric = null;
            var numeric = MetricCatalog.All.Where(m => m.UnitKind != MetricUnit.Name).Select(m => m.JsonName).ToList();
            Problem(value, $"unknown metric '{name}'; {Spelling.BeforeList(name, numeric)}thresholds use the snake_case names: {string.Join(", ", numeric)}.");
        }
        else if (_metric.UnitKind == MetricUnit.Name)
        {
            Problem(value, $"'{name}' is a name, not a number; a threshold needs a numeric metric.");
            _metric = null;
        }
    }

    private void ReadChange(YNode value)
    {
        switch (Text(value, "threshold.change"))
        {
            case null:
                break;
            case "prev":
                _change = ThresholdChange.Prev;
                break;
            case "yoy":
                _change = ThresholdChange.Yoy;
                break;
            case var other:
                Problem(value, $"unknown change '{other}'; {Spelling.BeforeList(other, ["prev", "yoy"])}use 'prev' (from the previous period) or 'yoy' (from a year earlier).");
                break;
        }
    }

    private void ReadLevels(YScalar key, YNode value, ThresholdComparison comparison)
    {
        if (_comparison is not null)
        {
            Problem(key, $"the threshold already compares with '{Name(_comparison.Value)}'; give exactly one of above, at_least, below, at_most.");
            return;
        }

        _comparison = comparison;
        _comparisonNode = key;
        if (value is not YMapping levels || levels.Entries.Count == 0)
        {
            Problem(value, $"'threshold.{key.Value}' maps severities to levels, e.g. '{{ warning: 0.6, error: 0.8 }}'.");
            return;
        }

        foreach (var (level, number) in levels.Entries)
        {
            var severity = Severities.TryParse(level.Value);
            if (severity is null or DiagnosticSeverity.None)
            {
                Problem(level, $"bad severity '{level.Value}' in 'threshold.{key.Value}'; {Spelling.BeforeList(level.Value, Severities.RuleLevels)}use error, warning or info.");
                continue;
            }

            if (_levels.Any(l => l.Severity == severity))
            {
                Problem(level, $"'threshold.{key.Value}' gives the {level.Value} level twice.");
                continue;
            }

            if (ReadLevel(number, severity.Value, key.Value) is { } parsed)
            {
                _levels.Add(parsed);
            }
        }
    }

    private ThresholdLevel? ReadLevel(YNode node, DiagnosticSeverity severity, string comparison)
    {
        var text = Text(node, $"threshold.{comparison}.{Severities.Name(severity)}");
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith(RuleParameters.Prefix, StringComparison.Ordinal))
        {
            var name = text[RuleParameters.Prefix.Length..];
            if (RuleParameters.Numbers.ContainsKey(name))
            {
                return new ThresholdLevel(severity, null, name);
            }

            var parameters = RuleParameters.Numbers.Keys.Select(k => RuleParameters.Prefix + k).ToList();
            Problem(node, $"unknown parameter '{text}' as a level; {Spelling.BeforeList(text, parameters)}use a number or one of {string.Join(", ", parameters)}.");
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return new ThresholdLevel(severity, value, null);
        }

        Problem(node, $"level '{text}' is not a number; write it in the metric's own scale (a share of 60% is 0.6) or name a parameter (params.min_deals).");
        return null;
    }

    private RuleThreshold? Build(YMapping map)
    {
        if (_metricNode is null)
        {
            Problem(map, "the threshold has no 'metric:' (its snake_case name, e.g. top_quintile_share).");
        }

        if (_comparisonNode is null)
        {
            Problem(map, "the threshold has no comparison; give one of above, at_least, below, at_most with a level per severity.");
        }

        if (_metric is null || _comparison is null || _levels.Count == 0)
        {
            return null;
        }

        CheckKey();
        var unit = UnitOf(_metric, _change);
        if (_unit is { } stated && stated.Unit != unit)
        {
            Problem(stated.Node, $"unit '{Name(stated.Unit)}' disagrees with the metric: {_metric.JsonName}{(_change == ThresholdChange.None ? "" : " (its change)")} is measured in '{Name(unit)}'.");
        }

        return new RuleThreshold(_metric, _key, _change, _comparison.Value, unit, _levels);
    }

    private void CheckKey()
    {
        if (_metric!.IsKeyed && _key is null)
        {
            Problem(_metricNode!, $"'{_metric.JsonName}' is keyed: add 'key:' (a value such as Government, max, min, or params.hot_sector).");
        }
        else if (!_metric.IsKeyed && _key is not null)
        {
            Problem(_keyNode!, $"'{_metric.JsonName}' is not a keyed metric, so the threshold takes no 'key'.");
        }
        else if (_key is not null && _key.StartsWith(RuleParameters.Prefix, StringComparison.Ordinal) && !RuleParameters.Keys.ContainsKey(_key[RuleParameters.Prefix.Length..]))
        {
            var parameters = RuleParameters.Keys.Keys.Select(k => RuleParameters.Prefix + k).ToList();
            Problem(_keyNode!, $"unknown parameter '{_key}' as a key; {Spelling.BeforeList(_key, parameters)}use one of {string.Join(", ", parameters)}.");
        }
        else if (_key is not null and not ThresholdKeys.Max and not ThresholdKeys.Min && !_key.StartsWith(RuleParameters.Prefix, StringComparison.Ordinal)
                 && ClosedKeys.Problem(_metric, _key) is { } unknown)
        {
            Problem(_keyNode!, $"{unknown}, or max or min.");
        }
    }

    /// <summary>The unit of a metric's value, or of its change (a share's change is in percentage points).</summary>
    private static ThresholdUnit UnitOf(MetricDescriptor metric, ThresholdChange change) => metric.UnitKind switch
    {
        MetricUnit.Share => change == ThresholdChange.None ? ThresholdUnit.Share : ThresholdUnit.PercentagePoints,
        MetricUnit.Count => ThresholdUnit.Count,
        MetricUnit.Amount => ThresholdUnit.Amount,
        MetricUnit.Index => ThresholdUnit.Index,
        _ => ThresholdUnit.Ratio,
    };

    private string? Text(YNode value, string key)
    {
        if (value is YScalar { IsNull: false } scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value.Trim();
        }

        Problem(value, $"'{key}' must be a single non-empty value, not {(value is YScalar ? "empty" : value.Kind)}.");
        return null;
    }

    private void Problem(YNode node, string reason) => _problems.Add(new ValidationProblem(_file, node.Line, node.Column, reason));
}
