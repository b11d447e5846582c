using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Narrative;
using Scriban.Runtime;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>The metrics of a scope with its comparisons and deltas, as templates see them.</summary>
internal static class ScopeViews
{
    public static ScopeView Of(MetricsEngine engine, Scope scope, NarrativeFormatter format, DisplayNames names)
    {
        var metrics = engine.ComputeWithComparisons(scope);
        return new ScopeView
        {
            Label = scope.Label,
            Name = names.Scope(scope, format),
            Metrics = metrics.Metrics,
            Prev = metrics.Prev,
            Yoy = metrics.Yoy,
            DeltaPrev = Deltas(metrics.Metrics, metrics.PrevKnown ? metrics.Prev : null),
            DeltaYoy = Deltas(metrics.Metrics, metrics.YoyKnown ? metrics.Yoy : null),
            PrevKnown = metrics.PrevKnown,
            YoyKnown = metrics.YoyKnown,
            Judged = metrics.Metrics.DealCount >= engine.Parameters.MinDeals,
            HotSectorCountShare = HotCountShare(metrics.Metrics, engine.Parameters.HotSector),
        };
    }

    /// <summary>
    /// True when a metric set's amounts are known: some deal's amount was disclosed, or there were no deals (nothing
    /// raised). Deals whose amounts were all undisclosed raised an unknown sum, not zero.
    /// </summary>
    public static bool AmountsKnown(MetricSet metrics) => metrics.DealCount == 0 || metrics.TotalAmount > 0;

    /// <summary>A metric set's disclosed total; null when its amounts are unknown (<see cref="AmountsKnown"/>).</summary>
    public static double? KnownTotal(MetricSet metrics) => AmountsKnown(metrics) ? metrics.TotalAmount : null;

    /// <summary>The hot sector's share of a metric set's deals; null when it has none.</summary>
    public static double? HotCountShare(MetricSet metrics, string hotSector) =>
        metrics.DealCount == 0 ? null : metrics.SectorCountShare.GetValueOrDefault(hotSector);

    /// <summary>current − comparison for every numeric metric, by snake_case name; null when either side is undefined.</summary>
    private static ScriptObject Deltas(MetricSet current, MetricSet? comparison)
    {
        var deltas = new ScriptObject(StringComparer.Ordinal);
        foreach (var metric in MetricCatalog.All.Where(static m => m.Kind is MetricKind.Count or MetricKind.Number))
        {
            deltas.SetValue(metric.JsonName, comparison is null ? null : metric.Delta(current, comparison), true);
        }

        return deltas;
    }
}
