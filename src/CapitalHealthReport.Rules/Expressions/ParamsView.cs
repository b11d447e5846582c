using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>
/// What rule expressions see as <c>Params</c>: the analysis parameters of <c>capitalhealth.yaml</c>, one property for each
/// parameter <see cref="RuleParameters.Declared"/> names (<c>Params.MinDeals</c>).
/// </summary>
public sealed class ParamsView
{
    private readonly HashSet<string> _strategic;

    public ParamsView(string reportingCurrency, string hotSector, IReadOnlyList<string> strategicSectors, double megaRoundUsd, int minDeals)
        : this(MetricParameters.Default with { ReportingCurrency = reportingCurrency, HotSector = hotSector, StrategicSectors = strategicSectors, MegaRoundUsd = (decimal)megaRoundUsd, MinDeals = minDeals })
    {
    }

    private ParamsView(MetricParameters parameters)
    {
        Parameters = parameters;
        _strategic = new HashSet<string>(parameters.StrategicSectors, StringComparer.Ordinal);
    }

    /// <summary>The view of the analysis parameters.</summary>
    public static ParamsView From(MetricParameters parameters) => new(parameters);

    /// <summary>The parameters seen.</summary>
    internal MetricParameters Parameters { get; }

    public string ReportingCurrency => Parameters.ReportingCurrency;

    public string HotSector => Parameters.HotSector;

    internal IReadOnlyList<string> StrategicSectors => Parameters.StrategicSectors;

    public int StrategicSectorCount => StrategicSectors.Count;

    public double MegaRoundUsd => (double)Parameters.MegaRoundUsd;

    public int MinDeals => Parameters.MinDeals;

    /// <summary>The largest share of active investors of unknown type a rule about the investor mix judges over (<c>max_unknown_investor_share</c>).</summary>
    public double MaxUnknownInvestorShare => Parameters.MaxUnknownInvestorShare;

    /// <summary>The fewest active investors a rule about the investor mix judges a scope on (<c>min_active_investors</c>).</summary>
    public int MinActiveInvestors => Parameters.MinActiveInvestors;

    /// <summary>The fewest investors with three or more deals the corporate share among them is judged over (<c>min_repeat_investors</c>).</summary>
    public int MinRepeatInvestors => Parameters.MinRepeatInvestors;

    /// <summary>The fewest disclosed amounts a stage median is compared on (<c>min_median_rounds</c>).</summary>
    public int MinMedianRounds => Parameters.MinMedianRounds;

    /// <summary>True when <paramref name="sector"/> is one of <c>strategic_sectors</c>.</summary>
    public bool IsStrategic(string sector) => _strategic.Contains(sector);
}

/// <summary>What rule expressions see as <c>Scope</c>: the scope being judged.</summary>
public sealed class RuleScope
{
    public RuleScope(string kind, string period, string value, string label, int dataIssueCount)
    {
        Kind = kind;
        Period = period;
        Value = value;
        Label = label;
        DataIssueCount = dataIssueCount;
    }

    /// <summary><c>period</c>, <c>sector</c>, <c>region</c>, <c>stage</c> or <c>investor_type</c>.</summary>
    public string Kind { get; }

    /// <summary>Period label, e.g. <c>2025Q1</c>.</summary>
    public string Period { get; }

    /// <summary>Slice value (<c>AI</c>, <c>Beijing</c>); empty for the unsliced period.</summary>
    public string Value { get; }

    /// <summary>Readable scope label, e.g. <c>2025Q1/sector=AI</c>.</summary>
    public string Label { get; }

    /// <summary>Data issues the loader reported for the run (rows rejected or repaired); 0 on sliced scopes.</summary>
    public int DataIssueCount { get; }
}
