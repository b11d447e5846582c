using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Loading;

/// <summary>What to load and how strictly (the <c>--deals</c>, <c>--mapping</c>, <c>--sheet</c>, <c>--as-of</c> and <c>--strict</c> options).</summary>
public sealed record LoadOptions
{
    /// <summary>Deals file (CSV, TSV, XLSX, JSON Lines or Parquet); null loads the bundled sample.</summary>
    public string? DealsPath { get; init; }

    /// <summary>Mapping file (YAML) describing a foreign export; null matches columns by canonical and common header names.</summary>
    public string? MappingPath { get; init; }

    /// <summary>XLSX sheet name; null takes the first sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>"Today" for the run: rows dated after it are rejected. Null accepts every date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Rejected rows are errors (<see cref="LoadResult.StrictFailed"/>) instead of warnings.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Return a result even when no row is usable (for <c>data validate</c>, which reports why);
    /// by default <see cref="DealLoader.Load(LoadOptions, Reference.ReferenceData)"/> throws an <see cref="InputException"/> then.
    /// </summary>
    public bool AllowEmpty { get; init; }

    /// <summary>
    /// Called on the loading thread with the name of each stage of loading as it ends (<c>read</c>, <c>check</c>,
    /// <c>parse</c>, <c>review</c>, <c>order</c>, <c>issues</c>), to time them; null by default.
    /// </summary>
    public Action<string>? StageDone { get; init; }

    /// <summary>
    /// Compute the input's SHA-256 (<see cref="LoadResult.Sha256"/>, shown by reports and <c>data validate</c>) beside the
    /// parse; true by default. A command that never shows it turns it off and spares a pass over the file.
    /// </summary>
    public bool HashInput { get; init; } = true;

    /// <summary>File size, row, field and column limits (docs/limits.md); the defaults unless the command line sets them.</summary>
    public ResourceLimits Limits { get; init; } = ResourceLimits.Default;
}
