using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules.Expressions;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Rules;

/// <summary>
/// What a finding is about besides its scope, declared by a rule's <c>about:</c> (<c>{ region: top_region }</c>): a slice
/// dimension and the metric that names its value in the scope, a name metric (<c>top_region</c>) or the key of a keyed
/// metric's largest or smallest value (<c>location_quotient.max_key</c>). A suppression's <c>where</c> matches these as it
/// matches the scope, so <c>region: Beijing</c> suppresses a sector finding about the sector's leading region.
/// </summary>
internal static class RuleSubjects
{
    private static readonly string[] KeySuffixes = [".max_key", ".min_key"];

    /// <summary>The problem with <paramref name="path"/> as a metric that names a value; null when it is one.</summary>
    public static string? Check(string path)
    {
        var (metric, suffix) = Split(path);
        var descriptor = MetricCatalog.Find(metric);
        if (descriptor is null || descriptor.JsonName != metric)
        {
            // The metrics that can name a value: the name metrics and the keyed ones.
            var naming = MetricCatalog.All.Where(static m => m.Kind is MetricKind.Text or MetricKind.Keyed).Select(static m => m.JsonName).ToList();
            return $"unknown metric '{metric}'; {Spelling.BeforeList(metric, naming)}use a name metric or a keyed one: {string.Join(", ", naming)}";
        }

        return (descriptor.Kind, suffix) switch
        {
            (MetricKind.Text, null) => null,
            (MetricKind.Keyed, not null) => null,
            (MetricKind.Keyed, null) => $"'{metric}' is keyed: name its largest or smallest key ('{metric}.max_key', '{metric}.min_key')",
            _ => $"'{path}' does not name a value; use a name metric (top_region) or a keyed metric's '.max_key' or '.min_key'",
        };
    }

    /// <summary>The subjects of a finding: the scope's period and slice, then what the rule's <c>about</c> names in the scope.</summary>
    public static Dictionary<string, string> Of(RuleDescriptor rule, Scope scope, MetricsView metrics)
    {
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal) { ["period"] = scope.Period.Label };
        if (scope.Slice is not null)
        {
            subjects[scope.Slice.Dimension] = scope.Slice.Value;
        }

        foreach (var (dimension, path) in rule.About)
        {
            if (!subjects.ContainsKey(dimension) && Resolve(path, metrics) is { Length: > 0 } value)
            {
                subjects[dimension] = value;
            }
        }

        return subjects;
    }

    private static string? Resolve(string path, MetricsView metrics)
    {
        var (metric, suffix) = Split(path);
        if (MetricCatalog.Find(metric) is not { } descriptor)
        {
            return null;
        }

        var value = typeof(MetricsView).GetProperty(descriptor.PropertyName)?.GetValue(metrics);
        return (value, suffix) switch
        {
            (string name, null) => name,
            (KeyedMetric keyed, ".max_key") => keyed.MaxKey,
            (KeyedMetric keyed, ".min_key") => keyed.MinKey,
            _ => null,
        };
    }

    private static (string Metric, string? Suffix) Split(string path)
    {
        foreach (var suffix in KeySuffixes)
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (path[..^suffix.Length], suffix);
            }
        }

        return (path, null);
    }
}
