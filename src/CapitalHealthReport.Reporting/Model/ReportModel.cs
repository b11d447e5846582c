using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Charts;
using Scriban.Runtime;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// Everything a report template can read, in the report's language. Templates see each property under its
/// snake_case name (<see cref="HotSector"/> → <c>hot_sector</c>); <c>docs/templates.md</c> lists them all.
/// </summary>
public sealed class ReportModel
{
    public required ReportInfo Report { get; init; }

    /// <summary>The reporting period, its previous period and the same period a year earlier.</summary>
    public required PeriodView Period { get; init; }

    public required PeriodView PrevPeriod { get; init; }

    public required PeriodView YoyPeriod { get; init; }

    /// <summary>The hot sector's canonical name (<c>AI</c>) and its display name.</summary>
    public required string HotSector { get; init; }

    public required string HotSectorName { get; init; }

    /// <summary>All deals of the period (after <c>--where</c>).</summary>
    public required ScopeView Market { get; init; }

    /// <summary>The hot-sector slice of the period.</summary>
    public required ScopeView Hot { get; init; }

    /// <summary>The regional window: the hot sector over <see cref="RegionalWindow"/> (the first eight months of the previous year).</summary>
    public required ScopeView Regional { get; init; }

    public required PeriodView RegionalWindow { get; init; }

    /// <summary>The regional window's three leading regions by deal count.</summary>
    public required IReadOnlyList<RegionShareView> RegionalLeaders { get; init; }

    /// <summary>The four headline indicators of the executive summary, each with its value, threshold and finding.</summary>
    public required StoryView Story { get; init; }

    /// <summary>Per-sector, per-region and per-stage metrics of the period, ordered by deal count (then name).</summary>
    public required IReadOnlyList<SliceView> Sectors { get; init; }

    public required IReadOnlyList<SliceView> Regions { get; init; }

    public required IReadOnlyList<StageView> Stages { get; init; }

    /// <summary>All findings, most severe first (then id, then scope).</summary>
    public required IReadOnlyList<FindingView> Findings { get; init; }

    /// <summary>The three to five most severe active findings, one per rule.</summary>
    public required IReadOnlyList<FindingView> TopFindings { get; init; }

    public required FindingSummaryView FindingSummary { get; init; }

    /// <summary>The ten companies of the hot sector with the most disclosed funding in the period.</summary>
    public required IReadOnlyList<CompanyView> TopCompanies { get; init; }

    /// <summary>The most active investors (≥ 3 deals) of the hot sector in the regional window.</summary>
    public required IReadOnlyList<InvestorView> ActiveInvestors { get; init; }

    public required IReadOnlyList<InvestorTypeView> InvestorTypes { get; init; }

    /// <summary>Lorenz curve points of the hot sector in the period, (0,0) to (1,1).</summary>
    public required IReadOnlyList<LorenzPoint> Lorenz { get; init; }

    /// <summary>The last eight quarters up to the period's end, oldest first.</summary>
    public required IReadOnlyList<QuarterView> Series { get; init; }

    public required DataQualityView DataQuality { get; init; }

    public required IReadOnlyList<RuleView> Rules { get; init; }

    public required IReadOnlyList<MetricDefinitionView> MetricCatalog { get; init; }

    public required ParametersView Parameters { get; init; }

    public required ProvenanceView Provenance { get; init; }

    /// <summary>The charts templates may place, by id (<c>{{ chart "lorenz" }}</c>).</summary>
    public IReadOnlyList<ChartSpec> Charts { get; internal set; } = [];
}

/// <summary>Cover and document facts: title, date (from the data or <c>--as-of</c>), language, currency, tool version.</summary>
public sealed class ReportInfo
{
    public required string Title { get; init; }

    public required string Subtitle { get; init; }

    public required string Organisation { get; init; }

    public required string Author { get; init; }

    public required string Keywords { get; init; }

    /// <summary><c>en</c> or <c>zh-CN</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The report date, <c>yyyy-MM-dd</c>.</summary>
    public required string Date { get; init; }

    public required string Currency { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>The <c>--where</c> filters of the run (<c>sector=AI</c>), empty when none.</summary>
    public required IReadOnlyList<string> Filters { get; init; }
}

/// <summary>A period: its label as users write it (<c>2025Q1</c>), its name in prose, and its dates.</summary>
public sealed class PeriodView
{
    public required string Label { get; init; }

    public required string Name { get; init; }

    public required string Start { get; init; }

    public required string End { get; init; }

    /// <summary><c>quarter</c>, <c>half</c>, <c>year</c> or <c>range</c>.</summary>
    public required string Kind { get; init; }
}

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

    /// <summary>The hot sector's share of this scope's deals (null when the scope has none).</summary>
    public double? HotSectorCountShare { get; init; }
}

/// <summary>One slice value (a sector or region) of the period: its display name and key metrics.</summary>
public sealed class SliceView
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required int DealCount { get; init; }

    public required double TotalAmount { get; init; }

    public double? CountShare { get; init; }

    public double? ValueShare { get; init; }

    public double? YoyCountShare { get; init; }

    public double? YoyValueShare { get; init; }

    /// <summary>Regions only: the location quotient against the baseline (null when the region has no baseline weight).</summary>
    public double? LocationQuotient { get; init; }

    public double? TopQuintileShare { get; init; }
}

/// <summary>A region's deals and share of deals in a scope.</summary>
public sealed record RegionShareView(string Key, string Name, int Deals, double Share);

/// <summary>One canonical stage in the period: deal and value shares and the median round size.</summary>
public sealed class StageView
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public double? CountShare { get; init; }

    public double? ValueShare { get; init; }

    public double? MedianAmount { get; init; }
}

/// <summary>One diagnostic for the report: severity word, callout kind, rendered message and help reference.</summary>
public sealed class FindingView
{
    public required string Id { get; init; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public required string Severity { get; init; }

    public required string SeverityLabel { get; init; }

    /// <summary>The GitHub alert kind for the callout: <c>CAUTION</c> (error), <c>WARNING</c>, <c>NOTE</c> (info).</summary>
    public required string Callout { get; init; }

    public required string Category { get; init; }

    public required string Title { get; init; }

    /// <summary>The rule's message, rendered with the scope's numbers (the rule pack's language).</summary>
    public required string Message { get; init; }

    /// <summary>A sentence in the report's language naming the indicator, its value and the threshold.</summary>
    public required string Summary { get; init; }

    public required string Scope { get; init; }

    public required string ScopeName { get; init; }

    public required string Help { get; init; }

    public required IReadOnlyList<EvidenceView> Evidence { get; init; }

    public required bool Suppressed { get; init; }

    public string? Justification { get; init; }

    /// <summary><c>new</c>, <c>unchanged</c> or <c>absent</c> against a baseline.</summary>
    public required string Baseline { get; init; }
}

/// <summary>A metric value that decided a finding.</summary>
public sealed record EvidenceView(string Metric, string Name, double? Value, string Text);

/// <summary>Counts of active findings by severity, and suppressed ones.</summary>
public sealed record FindingSummaryView(int Error, int Warning, int Info, int Suppressed, int Total);

/// <summary>
/// A headline indicator: the value in its scope, the rule that judges it (when the catalog has one), its
/// threshold and whether it fired. Templates say "above the threshold" only when <c>fired</c> is true.
/// </summary>
public sealed class IndicatorView
{
    public required string Metric { get; init; }

    public required string MetricName { get; init; }

    public required string Scope { get; init; }

    public required string ScopeName { get; init; }

    public double? Value { get; init; }

    public required string ValueText { get; init; }

    public double? Comparison { get; init; }

    /// <summary>"up 5.2 points from 2024Q1" / "较2024年第一季度上升5.2个百分点": the change from the same period a year earlier.</summary>
    public required string ChangeText { get; init; }

    public string? RuleId { get; init; }

    public double? Threshold { get; init; }

    public required string ThresholdText { get; init; }

    /// <summary>The comparison the rule makes (<c>&gt;</c>, <c>&lt;</c>, …), or empty when there is no rule.</summary>
    public required string Operator { get; init; }

    public required bool HasRule { get; init; }

    public required bool Fired { get; init; }

    /// <summary>True when the value meets the rule's condition (even when the rule judges another scope).</summary>
    public required bool Breaches { get; init; }

    public required string Severity { get; init; }

    public required string SeverityLabel { get; init; }

    /// <summary>For <c>top_region</c>-style indicators: the name the value belongs to (e.g. the top region).</summary>
    public string? Subject { get; init; }
}

/// <summary>The executive summary's four indicators.</summary>
public sealed class StoryView
{
    /// <summary>Hot sector, period: top-quintile share of capital.</summary>
    public required IndicatorView Concentration { get; init; }

    /// <summary>All sectors, period: the hot sector's share of value.</summary>
    public required IndicatorView HotSectorShare { get; init; }

    /// <summary>Hot sector, regional window: the top region's share of deals.</summary>
    public required IndicatorView TopRegion { get; init; }

    /// <summary>All sectors, period: seed and angel share of deals.</summary>
    public required IndicatorView SeedAngel { get; init; }

    /// <summary>All sectors, period: company HHI against 1,800.</summary>
    public required IndicatorView Hhi { get; init; }
}

/// <summary>A company's disclosed funding in the scope.</summary>
public sealed record CompanyView(int Rank, string Name, double Amount, double Share, int Deals);

/// <summary>An investor's activity in the scope.</summary>
public sealed record InvestorView(int Rank, string Name, string Type, string TypeName, string HomeRegion, int Deals);

/// <summary>An investor type's share of active investors, overall and among those with ≥ 3 deals.</summary>
public sealed record InvestorTypeView(string Key, string Name, double? Share, int ActiveCount);

/// <summary>One quarter of the time series.</summary>
public sealed class QuarterView
{
    public required string Label { get; init; }

    public required string Name { get; init; }

    public required int DealCount { get; init; }

    public required double TotalAmount { get; init; }

    public double? Hhi { get; init; }

    public double? HotHhi { get; init; }

    public double? TopQuintileShare { get; init; }

    public double? HotTopQuintileShare { get; init; }

    public double? EarlyCountShare { get; init; }

    public double? SeedAngelCountShare { get; init; }

    public double? LateValueShare { get; init; }

    public double? HotSectorValueShare { get; init; }

    public double? HotSectorCountShare { get; init; }

    public required double StrategicSectorsAmount { get; init; }

    public string? TopRegion { get; init; }

    public double? TopRegionCountShare { get; init; }

    /// <summary>Shares of all the quarter's deals by stage group: <c>early</c>, <c>growth</c>, <c>late</c>, <c>other</c> (null when no deals).</summary>
    public required IReadOnlyDictionary<string, double?> StageGroupShares { get; init; }

    /// <summary>Disclosed value of each strategic sector in the quarter.</summary>
    public required IReadOnlyDictionary<string, double> StrategicBySector { get; init; }
}

/// <summary>What was loaded and what was rejected, by reason.</summary>
public sealed class DataQualityView
{
    public required int RowsRead { get; init; }

    public required int RowsLoaded { get; init; }

    public required int RowsRejected { get; init; }

    public required int Undisclosed { get; init; }

    public required int Estimated { get; init; }

    public double? UndisclosedShare { get; init; }

    public required string FirstDate { get; init; }

    public required string LastDate { get; init; }

    public required IReadOnlyList<RejectionView> Rejections { get; init; }

    public required IReadOnlyList<UnmappedView> Unmapped { get; init; }

    public required int Issues { get; init; }

    /// <summary>The data cut-off, <c>yyyy-MM-dd</c>.</summary>
    public string Cutoff { get; init; } = "";

    /// <summary>What the run assumed or left out (e.g. the reporting currency it took as the default), one sentence each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Rows rejected for one reason, with the first line numbers.</summary>
public sealed record RejectionView(string Code, string Reason, int Count, string Lines);

/// <summary>A source value that no alias mapped.</summary>
public sealed record UnmappedView(string Field, string Value, int Count);

/// <summary>A rule of the catalog for the methodology section.</summary>
public sealed class RuleView
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Category { get; init; }

    public required string Severity { get; init; }

    public required string SeverityLabel { get; init; }

    public required string Scope { get; init; }

    public required string Condition { get; init; }

    public required IReadOnlyList<EscalationView> Escalations { get; init; }

    public required string MinDeals { get; init; }

    public required string Help { get; init; }

    /// <summary>The first paragraph of the rule's description (plain text).</summary>
    public required string Description { get; init; }
}

/// <summary>A stricter condition with its severity.</summary>
public sealed record EscalationView(string Severity, string SeverityLabel, string Condition);

/// <summary>A metric of the catalog for the methodology section.</summary>
public sealed record MetricDefinitionView(string Name, string DisplayName, string Unit, string Definition);

/// <summary>The analysis parameters the rules read.</summary>
public sealed record ParametersView(string ReportingCurrency, string HotSector, IReadOnlyList<string> StrategicSectors, IReadOnlyList<string> StrategicSectorNames, string StrategicSectorsText, int MinDeals, string MegaRound);

/// <summary>Where the numbers come from: input file, rows, SHA-256, configuration, rule packs, tool version.</summary>
public sealed record ProvenanceView(string SourceName, string Sha256, int Rows, string Config, string RulePacks, string ToolVersion, string Template);
