using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>What a report's claims rest on: the metrics engine of the run, its findings and its rules.</summary>
internal sealed record ClaimEvidence(MetricsEngine Engine, AnalysisResult Analysis, RuleCatalog Catalog, AnalysisConfig Config)
{
    public int MinDeals => Engine.Parameters.MinDeals;
}
