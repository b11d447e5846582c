using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Rules;

/// <summary>
/// The keys of metrics keyed by a closed set: stages (<c>Seed</c>, <c>EPlus</c>) and investor types (<c>Government</c>,
/// <c>CVC</c>). A rule that names another key (<c>Goverment</c>) reads a value that is never there and never fires, so
/// a threshold's <c>key:</c> and a string key in an expression are checked against the set. Sector and region keys are
/// data, not a closed set, and are not checked.
/// </summary>
internal static class ClosedKeys
{
    private static readonly IReadOnlyList<string> StageNames = [.. Stages.All.Select(Stages.Name)];

    /// <summary>The keys <paramref name="metric"/> can have, or null when its keys are data.</summary>
    public static IReadOnlyList<string>? Of(MetricDescriptor metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.KeyedBy switch
        {
            MetricKey.Stage => StageNames,
            MetricKey.InvestorType => InvestorTypes.Names,
            _ => null,
        };
    }

    /// <summary>Why <paramref name="key"/> cannot be a key of <paramref name="metric"/>, with the nearest valid key; null when it can be.</summary>
    public static string? Problem(MetricDescriptor metric, string key)
    {
        if (Of(metric) is not { } keys || keys.Contains(key, StringComparer.Ordinal))
        {
            return null;
        }

        var what = metric.KeyedBy == MetricKey.Stage ? "stage" : "investor type";
        return $"'{key}' is not a{(what == "stage" ? "" : "n")} {what}, so {metric.JsonName} never has it as a key.{Spelling.Suggestion(key, keys)} The {what}s are: {string.Join(", ", keys)} (case matters)";
    }
}
