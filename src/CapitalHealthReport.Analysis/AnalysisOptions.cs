using CapitalHealthReport.Limits;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport;

/// <summary>What one <see cref="Analysis"/> reads and how: the deals, configuration, period, filters and dates.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The deals: a file, a stream, deals in memory, or (default) the bundled sample.</summary>
    public DealSource Deals { get; init; } = DealSource.Sample;

    /// <summary>Rule packs, parameters, severity overrides and suppressions; default: the built-in defaults.</summary>
    public AnalysisConfig Config { get; init; } = AnalysisConfig.Default;

    /// <summary>Reference tables (sectors, regions, investors, exchange rates, regional baselines); null: the bundled ones.</summary>
    public ReferenceData? Reference { get; init; }

    /// <summary>The period reported on; null: the latest quarter that ends on or before the data cut-off.</summary>
    public Period? Period { get; init; }

    /// <summary>Filters applied before scoping (<c>--where field=value</c>); every value must match at least one deal.</summary>
    public IReadOnlyList<Filter> Where { get; init; } = [];

    /// <summary>The publication date ("today": suppression expiry, the report's date); null: the end of the quarter holding the cut-off.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The data cut-off; null: the last deal date. Deals after it are left out.</summary>
    public DateOnly? Cutoff { get; init; }

    /// <summary>A previous run's findings: findings become new, unchanged or absent (<c>--baseline</c>).</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>Rejected rows are errors, not warnings (<c>--strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>File size, row, field, column and rule limits.</summary>
    public ResourceLimits Limits { get; init; } = ResourceLimits.Default;

    /// <summary>Compute the input's SHA-256 while loading (<see cref="Loading.LoadOptions.HashInput"/>); true by default, off for outputs that never show it.</summary>
    public bool HashInput { get; init; } = true;

    /// <summary>Hears the name of each loading stage as it ends (timings); null by default.</summary>
    public Action<string>? StageDone { get; init; }
}
