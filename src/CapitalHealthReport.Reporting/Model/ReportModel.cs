using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Model.Claims;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// Everything a report template can read, in the report's language. Templates see each property under its
/// snake_case name (<see cref="HotSector"/> → <c>hot_sector</c>); <c>docs/templates.md</c> lists them all.
/// Every sentence the model offers is a <see cref="Claim"/>, computed once from the data and phrased in the language.
/// </summary>
public sealed class ReportModel
{
    public required ReportInfo Report { get; init; }

    /// <summary>The reporting period, its previous period and the same period a year earlier.</summary>
    public required PeriodView Period { get; init; }

    public required PeriodView PrevPeriod { get; init; }

    public required PeriodView YoyPeriod { get; init; }

    /// <summary>
    /// False for a year's report, whose previous period is the year before (tables then show one comparison column), and
    /// when the data holds no deal a year earlier (a column of dashes compares with nothing).
    /// </summary>
    public required bool HasYearAgoColumn { get; init; }

    /// <summary>False when the data holds no deal in the previous period: tables then show no column of dashes for it.</summary>
    public required bool HasPreviousColumn { get; init; }

    /// <summary>The hot sector's canonical name (<c>AI</c>) and its display name.</summary>
    public required string HotSector { get; init; }

    public required string HotSectorName { get; init; }

    /// <summary>True when the hot sector has deals in any quarter the report shows (false, e.g., under <c>--where sector=Energy</c>).</summary>
    public required bool HasHotSector { get; init; }

    /// <summary>All deals of the period (after <c>--where</c>).</summary>
    public required ScopeView Market { get; init; }

    /// <summary>The hot-sector slice of the period.</summary>
    public required ScopeView Hot { get; init; }

    /// <summary>The key-figures panel: deals, disclosed value, the hot sector's share, with their changes.</summary>
    public required IReadOnlyList<KeyFigureView> KeyFigures { get; init; }

    /// <summary>Every claim of the report, by section, most important first within each.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>The 3–6 claims the executive summary leads with: the most severe findings, then the largest movements.</summary>
    public required IReadOnlyList<Claim> Headlines { get; init; }

    /// <summary>The claims of each section (<c>sections.market</c>, <c>sections.concentration</c>, …).</summary>
    public required SectionClaims Sections { get; init; }

    /// <summary>What the data's places are called (<c>places.heading</c> is "Regions" or "Countries").</summary>
    public required PlacesView Places { get; init; }

    /// <summary>The extra window of <c>report.regional_window</c>, when the configuration asks for one; else null.</summary>
    public PeriodView? RegionalWindow { get; init; }

    /// <summary>The hot sector's leading regions over <see cref="RegionalWindow"/> (empty without one).</summary>
    public required IReadOnlyList<RegionShareView> RegionalLeaders { get; init; }

    /// <summary>Per-sector, per-region and per-stage metrics of the period, ordered by deal count (then name).</summary>
    public required IReadOnlyList<SliceView> Sectors { get; init; }

    public required IReadOnlyList<SliceView> Regions { get; init; }

    public required IReadOnlyList<StageView> Stages { get; init; }

    /// <summary>All findings, most severe first (then id, then scope); suppressed ones included.</summary>
    public required IReadOnlyList<FindingView> Findings { get; init; }

    /// <summary>The three most severe active findings, one per rule (for the key figures).</summary>
    public required IReadOnlyList<FindingView> TopFindings { get; init; }

    public required FindingSummaryView FindingSummary { get; init; }

    /// <summary>The period's ten largest rounds across all sectors.</summary>
    public required IReadOnlyList<DealView> TopDeals { get; init; }

    /// <summary>The ten companies of the hot sector with the most disclosed funding in the period.</summary>
    public required IReadOnlyList<CompanyView> TopCompanies { get; init; }

    /// <summary>The most active investors of the period (at least three deals), most deals first.</summary>
    public required IReadOnlyList<InvestorView> ActiveInvestors { get; init; }

    public required IReadOnlyList<InvestorTypeView> InvestorTypes { get; init; }

    /// <summary>Lorenz curve points of the hot sector in the period, (0,0) to (1,1); empty without disclosed value.</summary>
    public required IReadOnlyList<LorenzPoint> Lorenz { get; init; }

    /// <summary>The last eight quarters up to the period's end, oldest first; fewer when the data begins later.</summary>
    public required IReadOnlyList<QuarterView> Series { get; init; }

    public required DataQualityView DataQuality { get; init; }

    public required IReadOnlyList<RuleView> Rules { get; init; }

    public required IReadOnlyList<MetricDefinitionView> MetricCatalog { get; init; }

    public required ParametersView Parameters { get; init; }

    public required ProvenanceView Provenance { get; init; }

    /// <summary>The charts templates may place, by id (<c>{{ chart "lorenz" }}</c>); a chart without data is left out.</summary>
    public IReadOnlyList<ChartSpec> Charts { get; internal set; } = [];

    /// <summary>What the claims rest on, for the <see cref="ClaimChecker"/> (not visible to templates).</summary>
    internal ClaimEvidence? Evidence { get; init; }
}

/// <summary>The claims of each report section, in the order the section states them.</summary>
public sealed class SectionClaims
{
    public required IReadOnlyList<Claim> Market { get; init; }

    public required IReadOnlyList<Claim> Concentration { get; init; }

    public required IReadOnlyList<Claim> Stages { get; init; }

    public required IReadOnlyList<Claim> Sectors { get; init; }

    public required IReadOnlyList<Claim> Regions { get; init; }

    public required IReadOnlyList<Claim> Investors { get; init; }

    public required IReadOnlyList<Claim> Findings { get; init; }
}
