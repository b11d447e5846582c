using CapitalHealthReport.Model;

namespace CapitalHealthReport.Loading;

/// <summary>The outcome of loading one deals file: the canonical deals, every data diagnostic, counts and the input's identity.</summary>
public sealed class LoadResult
{
    private readonly Lazy<string> _sha256;

    public LoadResult(DealSet deals, IReadOnlyList<DataIssue> issues, LoadStatistics statistics, string sourcePath, string sha256, bool strict)
        : this(deals, issues, statistics, sourcePath, new Lazy<string>(sha256), strict)
    {
    }

    /// <summary>A result whose input hash is computed when first asked for (most commands never show it).</summary>
    internal LoadResult(DealSet deals, IReadOnlyList<DataIssue> issues, LoadStatistics statistics, string sourcePath, Lazy<string> sha256, bool strict)
    {
        Deals = deals;
        Issues = issues;
        Statistics = statistics;
        SourcePath = sourcePath;
        SourceName = Path.GetFileName(sourcePath);
        _sha256 = sha256;
        Strict = strict;
    }

    public DealSet Deals { get; }

    /// <summary>Data diagnostics in file order (line, then code).</summary>
    public IReadOnlyList<DataIssue> Issues { get; }

    public LoadStatistics Statistics { get; }

    /// <summary>What the load learnt about the data: encoding and number format, currencies and country, implausible dates, duplicates, new categories.</summary>
    public DataProfile Profile { get; init; } = new();

    /// <summary>The last plausible deal date (implausible dates left out); null when no deal has one. <see cref="CoveredThrough"/> is the default cut-off.</summary>
    public DateOnly? LastPlausibleDate => Profile.ImplausibleDates.Count > 0 ? Profile.LastPlausibleDate : Statistics.LastDate;

    /// <summary>
    /// The data cut-off by default: the last plausible deal date, or, when deals are dated by their month or quarter alone,
    /// the last day of the latest such month or quarter if that is later (data dated 2024-12 covers December).
    /// </summary>
    public DateOnly? CoveredThrough => Profile.CoveredThrough is { } through && (LastPlausibleDate is not { } last || through > last) ? through : LastPlausibleDate;

    /// <summary>The mapping the deals were read through (an empty one when there was no mapping file), for values users write as the data does.</summary>
    public DealMapping Mapping { get; init; } = new();

    /// <summary>Full path of the deals file.</summary>
    public string SourcePath { get; }

    /// <summary>File name without folder, as diagnostics show it.</summary>
    public string SourceName { get; }

    /// <summary>SHA-256 of the input bytes, lowercase hex.</summary>
    /// <exception cref="InvalidOperationException">The load ran with <see cref="LoadOptions.HashInput"/> off.</exception>
    public string Sha256 => _sha256.Value;

    /// <summary>Whether the load ran with <see cref="LoadOptions.Strict"/>.</summary>
    public bool Strict { get; }

    /// <summary>True when nothing usable was loaded, or when strict and any row was rejected.</summary>
    public bool StrictFailed => Statistics.RowsLoaded == 0 || (Strict && Statistics.RowsRejected > 0);

    /// <summary>
    /// When lines held bytes invalid in the encoding, what to do about it: rejected rows that hold such bytes are most
    /// likely in another encoding, the fix to name when nothing loads. Null when every byte was valid.
    /// </summary>
    public SettingText? EncodingHint => Statistics.LinesWithInvalidBytes > 0
        ? SettingText.Of($"{Statistics.LinesWithInvalidBytes} lines hold bytes invalid in {Statistics.Encoding} (read as U+FFFD): if the file uses another encoding, set 'encoding: auto' (or the encoding's name) in a mapping file and pass it with {Settings.Mapping}.")
        : null;

    /// <summary>Throws an <see cref="InputException"/> naming the first rejections when <see cref="StrictFailed"/>.</summary>
    public void EnsureUsable()
    {
        if (!StrictFailed)
        {
            return;
        }

        var reasons = string.Join("; ", Statistics.RejectedByReason.Values
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .Select(r => $"{r.Reason}: {r.Count} (first at line {r.FirstLines[0]})"));
        var what = Statistics.RowsLoaded == 0
            ? $"no usable rows: {Statistics.RowsRead} read, all rejected ({reasons})."
            : $"{Statistics.RowsRejected} of {Statistics.RowsRead} rows rejected in strict mode ({reasons}).";
        throw new InputException(what, SourceName, hint: EncodingHint ?? SettingText.Of($"{Settings.DataValidate} for every line and reason, fix the rows or add a mapping file."));
    }
}
