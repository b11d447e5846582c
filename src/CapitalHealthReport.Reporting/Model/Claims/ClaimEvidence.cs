using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>What a report's claims rest on: the metrics engine of the run, its findings and its rules.</summary>
internal sealed record ClaimEvidence(MetricsEngine Engine, AnalysisResult Analysis, RuleCatalog Catalog, AnalysisConfig Config)
{
    public int MinDeals => Engine.Parameters.MinDeals;

    /// <summary>The data cut-off: deals dated after it are left out. Null when the whole data counts.</summary>
    public DateOnly? Cutoff { get; init; }

    /// <summary>
    /// The last day of <paramref name="period"/> the data covers when the cut-off falls inside it (a quarter reported
    /// before it ends): its counts and amounts are of part of the period. Null when the data covers the whole period.
    /// </summary>
    public DateOnly? PartThrough(Period period) => Cutoff is { } cutoff && cutoff >= period.Start && cutoff < period.End ? cutoff : null;
}
