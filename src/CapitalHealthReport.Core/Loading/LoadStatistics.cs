namespace CapitalHealthReport.Loading;

/// <summary>How many rows a reason (rejection or warning) affected, and the first few lines where it happened.</summary>
public sealed record RejectionSummary(string Code, string Reason, int Count, IReadOnlyList<int> FirstLines);

/// <summary>Counts from one load, as <c>data validate</c> prints them. Dictionaries are in ordinal key order.</summary>
public sealed class LoadStatistics
{
    /// <summary>How many first line numbers each rejection reason keeps.</summary>
    public const int FirstLinesKept = 5;

    /// <summary>Data rows read (header and blank lines excluded); always <see cref="RowsLoaded"/> + <see cref="RowsRejected"/>.</summary>
    public int RowsRead { get; init; }

    public int RowsLoaded { get; init; }

    public int RowsRejected { get; init; }

    /// <summary>Blank rows skipped, not counted as rows read: empty lines, and rows of empty cells (<c>,,,,</c>) as spreadsheets export their empty rows.</summary>
    public int BlankLines { get; init; }

    /// <summary>Rejections keyed by reason (see <see cref="DataIssueCodes.Reason"/>).</summary>
    public IReadOnlyDictionary<string, RejectionSummary> RejectedByReason { get; init; } = new SortedDictionary<string, RejectionSummary>(StringComparer.Ordinal);

    /// <summary>Warnings about rows that were still loaded, keyed by reason (the issue list keeps the first 1,000 per code).</summary>
    public IReadOnlyDictionary<string, RejectionSummary> WarningsByReason { get; init; } = new SortedDictionary<string, RejectionSummary>(StringComparer.Ordinal);

    /// <summary>Loaded deals without a disclosed amount.</summary>
    public int Undisclosed { get; init; }

    /// <summary>Loaded deals whose amount is a midpoint estimate of a range or vague value.</summary>
    public int Estimated { get; init; }

    public DateOnly? FirstDate { get; init; }

    public DateOnly? LastDate { get; init; }

    /// <summary>Source stage values no alias mapped (they became Unknown), with row counts.</summary>
    public IReadOnlyDictionary<string, int> UnmappedStages { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Source sector values no alias mapped (kept verbatim), with row counts.</summary>
    public IReadOnlyDictionary<string, int> UnmappedSectors { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Source region values no alias mapped (kept verbatim), with row counts.</summary>
    public IReadOnlyDictionary<string, int> UnmappedRegions { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Source country values the country tables do not know (kept verbatim, not an ISO code), with row counts.</summary>
    public IReadOnlyDictionary<string, int> UnmappedCountries { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// The source name of the country column when the file has no region column and its countries are read as the deals'
    /// regions; null otherwise.
    /// </summary>
    public string? RegionFromCountryColumn { get; init; }

    /// <summary>Physical lines that held bytes invalid in the file's encoding (decoded with U+FFFD).</summary>
    public int LinesWithInvalidBytes { get; init; }

    /// <summary>Format read: csv, tsv, xlsx or jsonl.</summary>
    public string Format { get; init; } = "csv";

    /// <summary>Encoding used (web name, e.g. utf-8, gb18030); empty for XLSX.</summary>
    public string Encoding { get; init; } = "";

    /// <summary>Field delimiter for CSV/TSV; null otherwise.</summary>
    public char? Delimiter { get; init; }
}
