using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>What the report model is built from: the loaded data, the metrics engine, the rules and their findings.</summary>
public sealed record ReportInputs
{
    public required LoadResult Load { get; init; }

    public required MetricsEngine Engine { get; init; }

    public required ReferenceData Reference { get; init; }

    public required AnalysisConfig Config { get; init; }

    public required RuleCatalog Catalog { get; init; }

    public required AnalysisResult Analysis { get; init; }

    public required Period Period { get; init; }

    public required ReportLanguage Language { get; init; }

    /// <summary>The report's date: <c>--as-of</c>, else the period's last day (never the clock).</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>The data cut-off (the last deal date unless given); null = the last deal date of the data.</summary>
    public DateOnly? Cutoff { get; init; }

    /// <summary>True when the cut-off was given (<c>--cutoff</c>), not taken from the last deal date.</summary>
    public bool CutoffGiven { get; init; }

    /// <summary>What the run assumed or left out (a currency taken as the default, rows not used), one sentence each, for the data-quality section.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The template's file name, recorded in the provenance.</summary>
    public string TemplateName { get; init; } = "";
}
