using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules.Expressions;

namespace CapitalHealthReport.Rules;

/// <summary>Reads the value a threshold compares from a metric set, through the same view rule expressions see.</summary>
internal static class ThresholdValues
{
    /// <summary>The threshold's metric (and key) in <paramref name="set"/>; null when undefined or the set is absent.</summary>
    public static double? Read(RuleThreshold threshold, MetricSet? set, MetricParameters? parameters)
    {
        if (set is null)
        {
            return null;
        }

        var view = new MetricsView(set);
        var raw = typeof(MetricsView).GetProperty(threshold.Descriptor.PropertyName)?.GetValue(view);
        var value = raw switch
        {
            double d => d,
            KeyedMetric keyed => Keyed(keyed, threshold.Key, parameters),
            _ => double.NaN,
        };
        return double.IsFinite(value) ? value : null;
    }

    private static double Keyed(KeyedMetric keyed, string? key, MetricParameters? parameters)
    {
        if (key is null)
        {
            return double.NaN;
        }

        if (key.StartsWith(RuleParameters.Prefix, StringComparison.Ordinal))
        {
            var name = parameters is null ? null : RuleParameters.Key(key[RuleParameters.Prefix.Length..], parameters);
            return name is null ? double.NaN : keyed[name];
        }

        return key switch
        {
            ThresholdKeys.Max => keyed.Max,
            ThresholdKeys.Min => keyed.Min,
            _ => keyed[key],
        };
    }
}

/// <summary>The reserved keys of a threshold on a keyed metric.</summary>
internal static class ThresholdKeys
{
    /// <summary>The largest value over the keys (<c>Metrics.LocationQuotient.Max</c>).</summary>
    public const string Max = "max";

    /// <summary>The smallest value over the keys.</summary>
    public const string Min = "min";
}
