namespace CapitalHealthReport.Reporting.Model;

/// <summary>One slice value (a sector or region) of the period: its display name, key metrics and comparisons.</summary>
public sealed class SliceView
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required int DealCount { get; init; }

    /// <summary>The disclosed value; null when the slice has deals but none disclosed an amount (unknown, not zero).</summary>
    public required double? TotalAmount { get; init; }

    public double? CountShare { get; init; }

    public double? ValueShare { get; init; }

    /// <summary>The value share in the previous period (null when the data does not cover it).</summary>
    public double? PrevValueShare { get; init; }

    public double? YoyCountShare { get; init; }

    public double? YoyValueShare { get; init; }

    /// <summary>Regions only: the location quotient against the baseline (null when the region has no baseline weight).</summary>
    public double? LocationQuotient { get; init; }

    /// <summary>Null when the slice has fewer than <c>min_deals</c> deals (too thin to judge its concentration).</summary>
    public double? TopQuintileShare { get; init; }

    /// <summary>True when the slice has at least <c>min_deals</c> deals.</summary>
    public required bool Judged { get; init; }
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

/// <summary>A company's disclosed funding in the scope.</summary>
public sealed record CompanyView(int Rank, string Name, double Amount, double Share, int Deals);

/// <summary>One of the period's largest rounds: company, sector, region and stage (display names), amount and share of the period's value.</summary>
public sealed record DealView(int Rank, string Company, string Sector, string Region, string Stage, double Amount, double Share, string Date);

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

    /// <summary>The disclosed value; null when the quarter's deals all kept their amounts undisclosed (an unknown sum, not zero).</summary>
    public required double? TotalAmount { get; init; }

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
