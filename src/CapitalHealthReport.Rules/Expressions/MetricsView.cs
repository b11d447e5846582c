using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>
/// What rule expressions see as <c>Metrics</c>, <c>Prev</c> and <c>Yoy</c>: every metric of a <see cref="MetricSet"/>
/// under its PascalCase name, a number as a plain <see cref="double"/> with an undefined (null) metric mapped to
/// <see cref="double.NaN"/>, a keyed metric as a <see cref="KeyedMetric"/>. Every ordered comparison with NaN is false,
/// so <c>Metrics.TopQuintileShare &gt; 0.6</c> simply does not fire when the metric is undefined. A missing comparison
/// period (no <c>Prev</c> or <c>Yoy</c>) reads as NaN throughout. The metric properties are generated at build time from
/// the metric declarations on <see cref="MetricSet"/> (<c>[Metric]</c>); this part holds the helpers they use and the
/// members that are not metrics.
/// </summary>
[MetricView]
public sealed partial class MetricsView
{
    private readonly MetricSet? _set;

    public MetricsView(MetricSet? set)
    {
        _set = set;
    }

    /// <summary>The metric set behind the view; null when there is no comparison period.</summary>
    public MetricSet? Set => _set;

    /// <summary>Share of deals without a disclosed amount: 1 − <see cref="DisclosedShare"/>.</summary>
    public double UndisclosedShare => 1 - DisclosedShare;

    /// <summary>True when the metric named in snake_case or PascalCase is defined for the scope.</summary>
    public bool Has(string metric) =>
        _set is not null && MetricCatalog.Find(metric) is { } descriptor && descriptor.GetValue(_set) is not null;

    private static double N(double? value) => value ?? double.NaN;

    /// <summary>
    /// A keyed metric: for a share, a key without deals reads 0 when the share's base is not empty, else NaN. An investor
    /// type's share reads NaN when no active investor is of a known type: the share is then unmeasured, not 0.
    /// </summary>
    private KeyedMetric Keyed(IReadOnlyDictionary<string, double>? values, MetricBase share) => share switch
    {
        MetricBase.Deals => KeyedMetric.Shares(values, _set is { DealCount: > 0 }),
        MetricBase.Value => KeyedMetric.Shares(values, _set is { TotalAmount: > 0 }),
        MetricBase.Investors => KeyedMetric.Shares(values, InvestorTypes.AnyKnown(values)),
        _ => KeyedMetric.Values(values),
    };
}

/// <summary>
/// A keyed metric (by stage, sector, region or investor type) in rule expressions: <c>Metrics.RegionCountShare["Beijing"]</c>,
/// <c>.Max</c>, <c>.MaxKey</c>, <c>.Count</c>, <c>.Has("key")</c>. For shares a key without deals reads 0 when the scope has
/// data at all; for medians and location quotients a missing key reads NaN.
/// </summary>
public sealed class KeyedMetric
{
    private static readonly IReadOnlyDictionary<string, double> EmptyMap = new Dictionary<string, double>(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, double> _values;
    private readonly double _missing;

    private KeyedMetric(IReadOnlyDictionary<string, double>? values, double missing)
    {
        _values = values ?? EmptyMap;
        _missing = missing;
        var max = double.NaN;
        var maxKey = "";
        var min = double.NaN;
        var minKey = "";
        foreach (var pair in _values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (double.IsNaN(max) || pair.Value > max)
            {
                max = pair.Value;
                maxKey = pair.Key;
            }

            if (double.IsNaN(min) || pair.Value < min)
            {
                min = pair.Value;
                minKey = pair.Key;
            }
        }

        Max = max;
        MaxKey = maxKey;
        Min = min;
        MinKey = minKey;
    }

    public double this[string key] => _values.TryGetValue(key, out var value) ? value : _missing;

    /// <summary>The largest value (NaN when empty).</summary>
    public double Max { get; }

    /// <summary>The key of the largest value; ties break by ordinal key order; empty when there is none.</summary>
    public string MaxKey { get; }

    public double Min { get; }

    public string MinKey { get; }

    public int Count => _values.Count;

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>Number of keys whose value is above <paramref name="threshold"/>.</summary>
    public int CountAbove(double threshold) => _values.Values.Count(v => v > threshold);

    internal IReadOnlyDictionary<string, double> Entries => _values;

    internal static KeyedMetric Shares(IReadOnlyDictionary<string, double>? values, bool defined) => new(values, defined ? 0 : double.NaN);

    internal static KeyedMetric Values(IReadOnlyDictionary<string, double>? values) => new(values, double.NaN);
}
