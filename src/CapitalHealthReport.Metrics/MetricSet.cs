namespace CapitalHealthReport.Metrics;

/// <summary>
/// Every metric of one scope (DESIGN.md, "Metrics (per scope)"). Rule expressions use these
/// PascalCase names (<c>Metrics.TopQuintileShare</c>); JSON, CSV and templates use the snake_case
/// names given by <c>MetricCatalog</c>. A metric that is undefined for the scope is null.
/// Dictionaries are keyed by canonical name with ordinal ordering.
/// </summary>
public sealed class MetricSet
{
    public int DealCount { get; init; }

    public int CompanyCount { get; init; }

    /// <summary>Sum of disclosed amounts in the reporting currency.</summary>
    public double TotalAmount { get; init; }

    public double? DisclosedShare { get; init; }

    /// <summary>Σ(100·sᵢ)² over companies with a disclosed amount, 0–10,000.</summary>
    public double? Hhi { get; init; }

    public double? Cr4 { get; init; }

    public double? TopQuintileShare { get; init; }

    public double? Gini { get; init; }

    public double? MegaRoundShare { get; init; }

    public IReadOnlyDictionary<string, double> StageCountShare { get; init; } = Empty;

    public IReadOnlyDictionary<string, double> StageValueShare { get; init; } = Empty;

    public double? EarlyCountShare { get; init; }

    public double? SeedAngelCountShare { get; init; }

    public double? LateValueShare { get; init; }

    public IReadOnlyDictionary<string, double> MedianAmount { get; init; } = Empty;

    public double? LateToSeedMedianRatio { get; init; }

    public IReadOnlyDictionary<string, double> SectorValueShare { get; init; } = Empty;

    public IReadOnlyDictionary<string, double> SectorCountShare { get; init; } = Empty;

    public double? HotSectorValueShare { get; init; }

    public double StrategicSectorsAmount { get; init; }

    public IReadOnlyDictionary<string, double> RegionValueShare { get; init; } = Empty;

    public IReadOnlyDictionary<string, double> RegionCountShare { get; init; } = Empty;

    public string? TopRegion { get; init; }

    public double? TopRegionCountShare { get; init; }

    public IReadOnlyDictionary<string, double> LocationQuotient { get; init; } = Empty;

    public double? LocalFundHomeBias { get; init; }

    public IReadOnlyDictionary<string, double> InvestorTypeShare { get; init; } = Empty;

    public double? CvcActiveShare { get; init; }

    private static readonly IReadOnlyDictionary<string, double> Empty = KeyedValueDictionary.Empty;

    /// <summary>The metrics of an empty scope: counts 0, every ratio null.</summary>
    public static MetricSet Zero { get; } = new();
}
