using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules;

/// <summary>How a threshold compares a metric with its level.</summary>
public enum ThresholdComparison
{
    /// <summary><c>above</c>: value &gt; level.</summary>
    Above,

    /// <summary><c>at_least</c>: value ≥ level.</summary>
    AtLeast,

    /// <summary><c>below</c>: value &lt; level.</summary>
    Below,

    /// <summary><c>at_most</c>: value ≤ level.</summary>
    AtMost,
}

/// <summary>The unit a threshold's levels are written in; shares and their changes are fractions (0.05 = 5%, or 5 points).</summary>
public enum ThresholdUnit
{
    Share,

    /// <summary>A change of a share, in percentage points (written as a fraction: −0.05 is a fall of 5 points).</summary>
    PercentagePoints,

    Index,
    Ratio,
    Amount,
    Count,
}

/// <summary>Whether a threshold applies to a metric's value or to its change from a comparison period.</summary>
public enum ThresholdChange
{
    /// <summary>The metric's value in the scope.</summary>
    None,

    /// <summary>Value minus the previous period's value (<c>change: prev</c>).</summary>
    Prev,

    /// <summary>Value minus the value a year earlier (<c>change: yoy</c>).</summary>
    Yoy,
}

/// <summary>One severity's level of a threshold: a number, or a parameter of the configuration (<c>params.min_deals</c>).</summary>
/// <param name="Severity">The severity a finding gets when the value meets this level.</param>
/// <param name="Value">The level; null when it is a parameter.</param>
/// <param name="Parameter">The snake_case parameter name (<c>min_deals</c>) when the level is a parameter.</param>
public sealed record ThresholdLevel(DiagnosticSeverity Severity, double? Value, string? Parameter)
{
    /// <summary>The level's number; a parameter level needs <paramref name="parameters"/> (null without them).</summary>
    public double? Resolve(MetricParameters? parameters) =>
        Value ?? (Parameter is { } name && parameters is not null ? RuleParameters.Number(name, parameters) : null);
}

/// <summary>
/// A rule's threshold as data (<c>threshold:</c> in a rule pack): the metric it reads (snake_case, with an optional key,
/// optionally its change from a comparison period), the comparison, a level per severity and the unit. The rule's
/// conditions are built from it or checked against it, and the report, <c>rules explain</c> and the documentation read
/// it here rather than from the expression text.
/// </summary>
public sealed class RuleThreshold
{
    internal RuleThreshold(MetricDescriptor metric, string? key, ThresholdChange change, ThresholdComparison comparison, ThresholdUnit unit, IReadOnlyList<ThresholdLevel> levels)
    {
        Descriptor = metric;
        Key = key;
        Change = change;
        Comparison = comparison;
        Unit = unit;
        Levels = [.. levels.OrderByDescending(l => l.Severity)];
    }

    /// <summary>The metric's snake_case name (<c>top_quintile_share</c>).</summary>
    public string Metric => Descriptor.JsonName;

    /// <summary>The metric's catalog entry (names, unit, definition).</summary>
    public MetricDescriptor Descriptor { get; }

    /// <summary>For keyed metrics: a key (<c>Government</c>), <c>max</c>, <c>min</c>, or a parameter (<c>params.hot_sector</c>); else null.</summary>
    public string? Key { get; }

    public ThresholdChange Change { get; }

    public ThresholdComparison Comparison { get; }

    public ThresholdUnit Unit { get; }

    /// <summary>The levels, least severe first (the first is the rule's default severity).</summary>
    public IReadOnlyList<ThresholdLevel> Levels { get; }

    /// <summary>True for <c>above</c> and <c>at_least</c>: larger values are worse.</summary>
    public bool HigherIsWorse => Comparison is ThresholdComparison.Above or ThresholdComparison.AtLeast;

    /// <summary>The evidence name of the value the threshold reads (<c>top_quintile_share</c>, <c>investor_type_share.Government</c>, <c>location_quotient.max</c>).</summary>
    public string EvidenceName => Key is null ? Metric : Metric + "." + Key;

    /// <summary>The level for <paramref name="severity"/>, or null when the threshold has none.</summary>
    public ThresholdLevel? LevelFor(DiagnosticSeverity severity) => Levels.FirstOrDefault(l => l.Severity == severity);

    /// <summary>The level's number for <paramref name="severity"/> (parameters resolved with <paramref name="parameters"/>), or null.</summary>
    public double? Value(DiagnosticSeverity severity, MetricParameters? parameters = null) => LevelFor(severity)?.Resolve(parameters);

    /// <summary>True when <paramref name="value"/> meets the level of <paramref name="severity"/>; false for an undefined value or a missing level.</summary>
    public bool IsMet(double? value, DiagnosticSeverity severity, MetricParameters? parameters = null) =>
        value is { } v && !double.IsNaN(v) && Value(severity, parameters) is { } level && Compare(v, level);

    /// <summary>True when <paramref name="value"/> meets at least the least severe level.</summary>
    public bool IsMet(double? value, MetricParameters? parameters = null) => SeverityOf(value, parameters) != DiagnosticSeverity.None;

    /// <summary>The most severe level <paramref name="value"/> meets, or <see cref="DiagnosticSeverity.None"/>.</summary>
    public DiagnosticSeverity SeverityOf(double? value, MetricParameters? parameters = null)
    {
        var met = DiagnosticSeverity.None;
        foreach (var level in Levels)
        {
            if (IsMet(value, level.Severity, parameters))
            {
                met = level.Severity;
            }
        }

        return met;
    }

    /// <summary>
    /// How far past a level <paramref name="value"/> is, relative to the level: (value − level) / |level| for
    /// <c>above</c>/<c>at_least</c>, (level − value) / |level| for <c>below</c>/<c>at_most</c> (the plain difference for a
    /// level of 0). Positive past the level, zero on it, negative within it; null when the value or level is undefined.
    /// Unit-free, so findings on different metrics rank against each other. The level is that of
    /// <paramref name="severity"/>, else the most severe level the value meets, else the least severe level.
    /// </summary>
    public double? Excess(double? value, DiagnosticSeverity? severity = null, MetricParameters? parameters = null)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            return null;
        }

        var chosen = severity ?? SeverityOf(v, parameters);
        if (chosen == DiagnosticSeverity.None)
        {
            chosen = Levels[0].Severity;
        }

        if (Value(chosen, parameters) is not { } level)
        {
            return null;
        }

        var difference = HigherIsWorse ? v - level : level - v;
        return level == 0 ? difference : difference / Math.Abs(level);
    }

    /// <summary>
    /// The value the threshold reads from a scope's metrics, as the rule's expression sees it (a keyed share missing a key
    /// reads 0 when the scope has data); for a change, the difference from <paramref name="previous"/> or
    /// <paramref name="yearAgo"/>. Null when undefined.
    /// </summary>
    public double? Read(MetricSet current, MetricSet? previous = null, MetricSet? yearAgo = null, MetricParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var now = ThresholdValues.Read(this, current, parameters);
        if (Change == ThresholdChange.None)
        {
            return now;
        }

        var before = ThresholdValues.Read(this, Change == ThresholdChange.Prev ? previous : yearAgo, parameters);
        return now - before;
    }

    /// <summary>The value the threshold reads, from a finding's evidence; null when the evidence does not hold it (a parameter key).</summary>
    public double? Read(IReadOnlyDictionary<string, double?> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (Key is not null && Key.StartsWith(RuleParameters.Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var now = evidence.GetValueOrDefault(EvidenceName);
        return Change switch
        {
            ThresholdChange.Prev => now - evidence.GetValueOrDefault("prev." + EvidenceName),
            ThresholdChange.Yoy => now - evidence.GetValueOrDefault("yoy." + EvidenceName),
            _ => now,
        };
    }

    /// <summary>
    /// The threshold as a sentence for readers, every level with its severity:
    /// "A warning when the top-quintile share is above 60%; an error when it is above 80%." /
    /// "头部20%企业份额高于60%时为警告，高于80%时为严重。" <paramref name="language"/> is <c>en</c> or <c>zh-CN</c>;
    /// with <paramref name="parameters"/> a parameter level or key shows its value.
    /// </summary>
    public string Describe(string language = RuleLanguages.English, MetricParameters? parameters = null) =>
        ThresholdText.Sentence(this, language, parameters);

    /// <summary>The condition of one level without its severity: "the top-quintile share is above 60%" / "头部20%企业份额高于60%".</summary>
    public string Describe(DiagnosticSeverity severity, string language = RuleLanguages.English, MetricParameters? parameters = null) =>
        LevelFor(severity) is { } level
            ? ThresholdText.Condition(this, level, language, parameters)
            : throw new ArgumentOutOfRangeException(nameof(severity), severity, "the threshold has no level for this severity");

    /// <summary>A level's number as readers see it in the threshold's unit: <c>60%</c>, <c>1,800</c>, <c>5 percentage points</c>.</summary>
    public string FormatLevel(double level, string language = RuleLanguages.English, MetricParameters? parameters = null) =>
        ThresholdText.Number(this, level, language, parameters);

    public override string ToString() => ThresholdExpression.Condition(this, Levels[0]);

    private bool Compare(double value, double level) => Comparison switch
    {
        ThresholdComparison.Above => value > level,
        ThresholdComparison.AtLeast => value >= level,
        ThresholdComparison.Below => value < level,
        _ => value <= level,
    };
}
