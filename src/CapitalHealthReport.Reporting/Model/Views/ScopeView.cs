using CapitalHealthReport.Metrics;
using Scriban.Runtime;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// The metrics of one scope with its comparisons. <c>metrics</c>, <c>prev</c> and <c>yoy</c> carry every metric
/// under its snake_case name; <c>delta_prev</c> and <c>delta_yoy</c> the differences of the numeric ones
/// (current − comparison; fractions for shares, so a delta of 0.052 is 5.2 points).
/// </summary>
public sealed class ScopeView
{
    public required string Label { get; init; }

    public required string Name { get; init; }

    public required MetricSet Metrics { get; init; }

    public required MetricSet Prev { get; init; }

    public required MetricSet Yoy { get; init; }

    public required ScriptObject DeltaPrev { get; init; }

    public required ScriptObject DeltaYoy { get; init; }

    /// <summary>True when the data covers the comparison period.</summary>
    public required bool PrevKnown { get; init; }

    public required bool YoyKnown { get; init; }

    /// <summary>True when the scope has at least <c>min_deals</c> deals, so the rules judge it.</summary>
    public required bool Judged { get; init; }

    /// <summary>The hot sector's share of this scope's deals (null when the scope has none).</summary>
    public double? HotSectorCountShare { get; init; }
}
