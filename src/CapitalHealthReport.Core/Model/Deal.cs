namespace CapitalHealthReport.Model;

/// <summary>
/// One investment deal in canonical form. Produced by the loaders from any export;
/// immutable once loaded.
/// </summary>
public sealed record Deal
{
    /// <summary>Deal id from the source, or generated from file and line (<c>deals.csv:12</c>) when absent.</summary>
    public required string Id { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Company name as given (trimmed).</summary>
    public required string Company { get; init; }

    /// <summary>
    /// Grouping key for the company: the source <c>company_id</c> when present, else the trimmed,
    /// case-folded, width-folded company name (see <see cref="CompanyKeys.FromName"/>).
    /// </summary>
    public required string CompanyKey { get; init; }

    /// <summary>Canonical sector from the taxonomy, the verbatim (trimmed) source value when unmapped, or null when empty.</summary>
    public string? Sector { get; init; }

    public string? Subsector { get; init; }

    public Stage Stage { get; init; } = Stage.Unknown;

    /// <summary>Amount in <see cref="Currency"/>; null when undisclosed.</summary>
    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 code of <see cref="Amount"/>.</summary>
    public string Currency { get; init; } = "CNY";

    /// <summary>True when the amount is an estimate from a vague or ranged value (<c>数千万</c>, <c>近亿元</c>, <c>1-2亿</c>).</summary>
    public bool AmountEstimated { get; init; }

    /// <summary>Canonical region, the verbatim (trimmed) source value when unmapped, or null when empty.</summary>
    public string? Region { get; init; }

    public string? Country { get; init; }

    /// <summary>Canonical investor names (directory names where an alias matched, else the trimmed source name).</summary>
    public IReadOnlyList<string> Investors { get; init; } = [];

    /// <summary>Source file name (no folder) and 1-based physical line, for diagnostics.</summary>
    public string SourceFile { get; init; } = "";

    public int SourceLine { get; init; }
}
