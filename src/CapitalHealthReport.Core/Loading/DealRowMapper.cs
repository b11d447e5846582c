using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>One source row as the row mapper sees it: the raw text of each canonical field.</summary>
internal abstract class RowView
{
    /// <summary>1-based physical line (or sheet row) where the row starts.</summary>
    public int Line { get; set; }

    /// <summary>The raw field text (untrimmed); empty when the source has no such column.</summary>
    public abstract ReadOnlySpan<char> Get(CanonicalField field);
}

/// <summary>
/// Turns source rows into canonical deals, written as rows of a <see cref="DealTable"/>: parses dates and amounts,
/// maps stages, sectors, regions and investors through the reference tables (caching and interning repeated values),
/// numbers companies and investors, and reports every row it cannot use as a <see cref="DataIssue"/> with its reason.
/// </summary>
internal sealed class DealRowMapper
{
    private const int WarningsKeptPerCode = 1000;
    private static readonly System.Buffers.SearchValues<char> InvestorSeparators = System.Buffers.SearchValues.Create(";,、，");

    private readonly string _file;
    private readonly Limits.ResourceLimits _limits;
    private readonly string?[] _columnNames;
    private readonly ReferenceData _reference;
    private readonly StageAliases _stages;
    private readonly SectorTaxonomy _sectors;
    private readonly RegionDirectory _regions;
    private readonly DateParser _dates;
    private readonly DateOnly? _asOf;
    private readonly bool _strict;
    private readonly string _defaultCurrency;
    private readonly bool _currencyGiven;
    private readonly MissingValues _missing;
    private readonly AmountParser _amounts;
    private readonly bool _autoNumbers;
    private readonly FillDown _fill;

    private readonly DealTable.Builder _rows;
    private readonly List<DataIssue> _warningIssues = [];
    private readonly List<DataIssue> _rejectionIssues = [];
    private readonly DealNumbering.Builder _numbering;
    private readonly List<UnmappedNote> _unmappedNotes = [];
    private readonly List<DuplicateNote> _duplicates = [];
    private readonly List<DealRowMapper> _absorbed = [];

    private readonly Dictionary<string, IssueCounter> _rejections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssueCounter> _warnings = new(StringComparer.Ordinal);

    private readonly ValueCache<DateEntry> _dateCache = new();
    private readonly ValueCache<AmountEntry> _amountCache = new();
    private readonly ValueCache<StageEntry> _stageCache = new();
    private readonly ValueCache<TextEntry> _sectorCache = new();
    private readonly ValueCache<TextEntry> _subsectorCache = new();
    private readonly ValueCache<TextEntry> _regionCache = new();
    private readonly ValueCache<TextEntry> _countryCache = new();
    private readonly ValueCache<TextEntry> _currencyCache = new();
    private readonly ValueCache<TextEntry> _currencyTextCache = new();
    private readonly TextValues _investorNumbers;
    private TextValues? _companyNumbers;
    private readonly int _expectedRows;

    private int _rowsRead;

    /// <summary>A mapper for one file; <paramref name="expectedRows"/> (an estimate) sizes the deal table and its indexes once.</summary>
    public DealRowMapper(string file, string?[] columnNames, ReferenceData reference, DealMapping mapping, LoadOptions options, int expectedRows = 0)
    {
        _rows = new DealTable.Builder(file, expectedRows);
        _numbering = new DealNumbering.Builder(expectedRows);
        _investorNumbers = new TextValues(expectedRows / 4);
        _expectedRows = expectedRows;
        _file = file;
        _columnNames = columnNames;
        _reference = reference;
        _stages = mapping.Stages.Count == 0 ? reference.Stages : reference.Stages.WithAliases(mapping.Stages);
        _sectors = mapping.Sectors.Count == 0 ? reference.Sectors : reference.Sectors.WithAliases(mapping.Sectors);
        _regions = mapping.Regions.Count == 0 ? reference.Regions : reference.Regions.WithAliases(mapping.Regions);
        _dates = new DateParser(mapping.DateFormats);
        _asOf = options.AsOf;
        _strict = options.Strict;
        _limits = options.Limits;
        _defaultCurrency = mapping.Currency ?? "CNY";
        _currencyGiven = mapping.Currency is not null;
        _missing = mapping.NaValues.Count == 0 ? MissingValues.Default : new MissingValues(mapping.NaValues);
        var style = NumberStyle.From(mapping.DecimalSeparator, mapping.ThousandsSeparator);
        _autoNumbers = style is null;
        _amounts = style is null && mapping.Undisclosed.Count == 0 ? AmountParser.Default : new AmountParser(style, new UndisclosedMarkers(mapping.Undisclosed));
        _fill = new FillDown(mapping.FillDown);
    }

    /// <summary>The amount column's values by what they say of its decimal separator (decided once the whole column is read).</summary>
    public NumberFormatDetector Numbers { get; } = new();

    /// <summary>Whether the mapping leaves the amount column's number format to the data.</summary>
    public bool AutoNumbers => _autoNumbers;

    /// <summary>Lines whose amount reads differently with a decimal point and a decimal comma (<c>707.630</c>), with their text.</summary>
    public List<(int Line, string Text)> AmbiguousAmounts { get; } = [];

    /// <summary>The date column's name in the source.</summary>
    public string? DateColumn => _columnNames[(int)CanonicalField.Date];

    /// <summary>The amount column's name in the source, or null when there is none.</summary>
    public string? AmountColumn => _columnNames[(int)CanonicalField.Amount];

    /// <summary>The parser of the amount column, in the mapping's format or each value's own.</summary>
    public AmountParser Amounts => _amounts;

    /// <summary>Fill-down state and the counts behind <c>fill_down</c> suggestions.</summary>
    public FillDown Fill => _fill;

    /// <summary>The cell text of <paramref name="field"/>: empty for a missing-value marker, the row before's for an empty fill-down field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Cell(RowView row, CanonicalField field)
    {
        var text = row.Get(field);
        if (_missing.IsMissing(text))
        {
            text = default;
        }

        return _fill.Apply(field, text);
    }

    public int RowsRead => _rowsRead;

    public int RowsLoaded => _rows.Count;

    /// <summary>Every warning kept and every rejection, in the order recorded.</summary>
    public List<DataIssue> Issues => [.. _warningIssues, .. _rejectionIssues];

    /// <summary>The deals mapped (and absorbed), as columns with their company and investor numbering.</summary>
    public DealTable Table() => _rows.Build(_numbering.Build());

    /// <summary>Maps one row: adds a deal, or records why the row was rejected.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Map(RowView row)
    {
        _limits.CheckRows(_rowsRead + 1, _file, row.Line);
        _rowsRead++;
        var line = row.Line;
        _fill.Start(row, _missing);

        var dateEntry = _dateCache.Get(Cell(row, CanonicalField.Date).Trim(), _dates, static (text, parser) =>
        {
            var status = parser.Parse(text, out var parsed, out var why);
            return new DateEntry(status, parsed, why);
        });
        var (dateStatus, date, dateReason) = (dateEntry.Status, dateEntry.Date, dateEntry.Reason);
        if (dateStatus == DateStatus.Missing)
        {
            Reject(DataIssueCodes.DateMissing, line, CanonicalField.Date, "the date is empty.");
            return;
        }

        if (dateStatus == DateStatus.Unparsable)
        {
            Reject(DataIssueCodes.DateUnparsable, line, CanonicalField.Date, $"{Show(Cell(row, CanonicalField.Date))} {dateReason}.");
            return;
        }

        if (_asOf is { } asOf && date > asOf)
        {
            Reject(DataIssueCodes.DateAfterAsOf, line, CanonicalField.Date, string.Create(CultureInfo.InvariantCulture, $"the date {date:yyyy-MM-dd} is after --as-of {asOf:yyyy-MM-dd}."));
            return;
        }

        var companyText = Cell(row, CanonicalField.Company).Trim();
        if (companyText.IsEmpty)
        {
            Reject(DataIssueCodes.CompanyMissing, line, CanonicalField.Company, "the company name is empty.");
            return;
        }

        var amountText = Cell(row, CanonicalField.Amount);
        var amount = _amountCache.Get(amountText.Trim(), _amounts, static (text, parser) => new AmountEntry(parser.Read(text))).Amount;
        if (amount.Evidence != NumberEvidence.None && _autoNumbers)
        {
            Numbers.Observe(amount.Evidence, line, amountText);
            if (amount.Evidence is NumberEvidence.AmbiguousDot or NumberEvidence.AmbiguousComma)
            {
                AmbiguousAmounts.Add((line, amountText.Trim().ToString()));
            }
        }

        switch (amount.Status)
        {
            case AmountStatus.NotANumber:
                Reject(DataIssueCodes.AmountNotNumber, line, CanonicalField.Amount, $"{Show(amountText)} is not an amount (write a number such as 3500000, 3.5亿 or 5000万, or leave it empty when undisclosed).");
                return;
            case AmountStatus.Negative:
                Reject(DataIssueCodes.AmountNegative, line, CanonicalField.Amount, $"{Show(amountText)} is negative; amounts raised are positive.");
                return;
            case AmountStatus.OutOfRange:
                Reject(DataIssueCodes.AmountOutOfRange, line, CanonicalField.Amount, $"{Show(amountText)} is not a finite amount up to 10^15.");
                return;
        }

        // One lookup per row: the currency column's text (normalised), or the amount's own or the default currency.
        var currencyText = Cell(row, CanonicalField.Currency).Trim();
        var currencyEntry = amount.Currency is not null ? _currencyCache.Get(amount.Currency, static raw => new TextEntry(raw))
            : !currencyText.IsEmpty ? _currencyTextCache.Get(currencyText, static raw => new TextEntry(NormalizeCurrency(raw)))
            : _currencyCache.Get(_defaultCurrency, static raw => new TextEntry(raw));
        var currency = currencyEntry.Value;
        var assumed = amount.Currency is null && currencyText.IsEmpty && !_currencyGiven;
        if (!currencyEntry.Checked)
        {
            currencyEntry.Supported = _reference.Fx.Supports(currency);
            currencyEntry.Checked = true;
        }

        if (!currencyEntry.Supported)
        {
            Reject(DataIssueCodes.CurrencyUnknown, line, CanonicalField.Currency, $"the currency '{currency}' has no exchange rate in fx.csv (known: {string.Join(", ", _reference.Fx.Currencies)}).");
            return;
        }

        // An id is claimed for the deal added below (nothing after this rejects the row); a generated id
        // (file:line) is never stored, only made when a caller asks for it.
        var idText = Cell(row, CanonicalField.Id).Trim();
        if (!idText.IsEmpty && !_rows.TryClaimId(idText, out var firstRow))
        {
            var id = idText.ToString();
            _duplicates.Add(new DuplicateNote(_rejectionIssues.Count, id));
            Reject(DataIssueCodes.DuplicateId, line, CanonicalField.Id, DuplicateMessage(id, _rows.LineAt(firstRow)));
            return;
        }

        // Company names and ids are mostly distinct: they are stored as text, never as a string per deal.
        // The name-derived key (width and case folding) is costly, so it is cached, and only needed without company_id.
        var companyIdText = Cell(row, CanonicalField.CompanyId).Trim();
        int company;
        if (companyIdText.IsEmpty)
        {
            _companyNumbers ??= new TextValues(_expectedRows * 3 / 4);
            company = _companyNumbers.Get(companyText, _numbering, static (name, numbering) => numbering.CompanyNumber(CompanyKeys.FromName(name.ToString())));
        }
        else
        {
            company = _numbering.CompanyNumber(companyIdText);
        }

        var stage = MapStage(Cell(row, CanonicalField.Stage).Trim(), out var unmappedStage);
        var sector = MapSector(Cell(row, CanonicalField.Sector).Trim(), out var unmappedSector);
        var subsectorText = Cell(row, CanonicalField.Subsector).Trim();
        string? subsector = null;
        if (!subsectorText.IsEmpty)
        {
            var sub = _subsectorCache.Get(subsectorText, _sectors, static (raw, sectors) => new TextEntry(sectors.MapSubsector(raw) ?? raw) { Mapped = sectors.Map(raw) is not null, Sector = sectors.Map(raw) });
            subsector = sub.Value;
            sector ??= sub.Sector;
        }

        var region = MapRegion(Cell(row, CanonicalField.Region).Trim(), out var unmappedRegion);
        var countryText = Cell(row, CanonicalField.Country).Trim();
        var country = countryText.IsEmpty ? null : _countryCache.Get(countryText, static raw => new TextEntry(raw)).Value;
        if (unmappedStage is not null || unmappedSector is not null || unmappedRegion is not null)
        {
            _unmappedNotes.Add(new UnmappedNote(_rows.Count, unmappedStage, unmappedSector, unmappedRegion));
        }

        _numbering.AddDeal(company);
        MapInvestors(Cell(row, CanonicalField.Investors));

        var flags = idText.IsEmpty ? (byte)0 : DealTable.HasExplicitId;
        if (assumed)
        {
            flags |= DealTable.CurrencyAssumed;
        }

        var value = 0m;
        if (amount.Status == AmountStatus.Ok)
        {
            flags |= DealTable.HasAmount;
            value = amount.Value;
            if (amount.Estimated)
            {
                flags |= DealTable.IsEstimated;
            }
        }

        _rows.Add(date.DayNumber, line, stage, flags, value, sector, subsector, region, country, currency, idText, companyText);
    }

    /// <summary>Records a row that cannot be used as a whole (malformed JSON line and the like).</summary>
    public void RejectRow(int line, string code, string? column, string message)
    {
        _limits.CheckRows(_rowsRead + 1, _file, line);
        _rowsRead++;
        AddRejection(code, line, column, message);
    }

    /// <summary>Records a warning about a row that is still used (or about the file).</summary>
    public void Warn(string code, int line, string? column, string message)
    {
        ref var counter = ref CollectionsMarshal.GetValueRefOrAddDefault(_warnings, code, out _);
        counter ??= new IssueCounter(code);
        counter.Add(line);
        if (counter.Count <= WarningsKeptPerCode)
        {
            _warningIssues.Add(new DataIssue(code, DataIssueSeverity.Warning, _file, line, column, message));
        }
    }

    public LoadStatistics Statistics(int blankLines, int invalidLines, string format, string encoding, char? delimiter)
    {
        var counts = DealCounts.Of(_rows);
        return new()
        {
            RowsRead = _rowsRead,
            RowsLoaded = _rows.Count,
            RowsRejected = _rowsRead - _rows.Count,
            BlankLines = blankLines,
            RejectedByReason = Summaries(_rejections),
            WarningsByReason = Summaries(_warnings),
            Undisclosed = counts.Undisclosed,
            Estimated = counts.Estimated,
            FirstDate = counts.First,
            LastDate = counts.Last,
            UnmappedStages = Unmapped(Chunks.SelectMany(m => m._stageCache.Values).Where(e => e.Mapped is null).Select(e => (e.Raw, e.Count))),
            UnmappedSectors = Unmapped(Chunks.SelectMany(m => m._sectorCache.Values).Where(e => !e.Mapped).Select(e => (e.Value, e.Count))),
            UnmappedRegions = Unmapped(Chunks.SelectMany(m => m._regionCache.Values).Where(e => !e.Mapped).Select(e => (e.Value, e.Count))),
            LinesWithInvalidBytes = invalidLines,
            Format = format,
            Encoding = encoding,
            Delimiter = delimiter,
        };
    }

    /// <summary>This mapper and the mappers of later chunks it absorbed, in file order.</summary>
    private IEnumerable<DealRowMapper> Chunks => [this, .. _absorbed];

    /// <summary>
    /// Appends the rows of the next chunk of the same file, mapped by <paramref name="later"/>, as if this mapper had
    /// read them itself: a deal whose id an earlier chunk already used is rejected (and no longer counted), duplicate
    /// messages name the first line in the whole file, warnings stay capped per code, and companies and investors are
    /// numbered again across the chunks.
    /// </summary>
    /// <param name="later">The mapper of the next chunk.</param>
    /// <param name="last">True for the file's last chunk: its ids are checked against the earlier ones but not added.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Absorb(DealRowMapper later, bool last)
    {
        _absorbed.Add(later);
        Numbers.Add(later.Numbers);
        AmbiguousAmounts.AddRange(later.AmbiguousAmounts);
        _fill.Absorb(later._fill);
        var part = later._numbering.Build();
        var companyMap = new int[part.CompanyKeys.Count];
        var investorMap = new int[part.InvestorNames.Count];
        var rows = later._rows;
        var count = rows.Count;

        // Three independent passes side by side: numbering the later chunk's companies, and its investors, here, and
        // finding its deals whose id an earlier chunk used (counting the others).
        var used = new bool[count];
        var anyUsed = false;
        _numbering.EnsureCapacity(_rows.Count + count);
        Parallel.Invoke(
            () =>
            {
                for (var c = 0; c < companyMap.Length; c++)
                {
                    companyMap[c] = _numbering.CompanyNumber(part.CompanyKeys[c]);
                }
            },
            () =>
            {
                for (var v = 0; v < investorMap.Length; v++)
                {
                    investorMap[v] = _numbering.InvestorNumber(part.InvestorNames[v]);
                }
            },
            () =>
            {
                for (var i = 0; i < count; i++)
                {
                    if ((rows.FlagsAt(i) & DealTable.HasExplicitId) != 0 && _rows.FindId(rows.IdAt(i)) >= 0)
                    {
                        used[i] = true;
                        anyUsed = true;
                    }
                }
            });

        // The later chunk's rejections, then the duplicates found here (the loader sorts all issues by line).
        var rejectedBefore = _rejectionIssues.Count;
        foreach (var issue in later._rejectionIssues)
        {
            _rejectionIssues.Add(issue);
        }

        foreach (var (code, counter) in later._rejections)
        {
            ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(_rejections, code, out _);
            mine ??= new IssueCounter(code);
            mine.AddAll(counter);
        }

        // Deals whose id an earlier chunk used are rejected as the sequential reader would have, and their counts withdrawn.
        var note = 0;
        if (anyUsed)
        {
            for (var i = 0; i < count; i++)
            {
                UnmappedNote? unmapped = note < later._unmappedNotes.Count && later._unmappedNotes[note].Deal == i ? later._unmappedNotes[note++] : null;
                if (used[i])
                {
                    unmapped?.Withdraw();
                    var id = rows.IdAt(i).ToString();
                    Reject(DataIssueCodes.DuplicateId, rows.LineAt(i), CanonicalField.Id, DuplicateMessage(id, _rows.LineAt(_rows.FindId(id))));
                }
            }
        }

        // The other deals: their rows in runs, beside their unmapped notes, companies and investors.
        var firstNew = _rows.Count;
        _rows.EnsureCapacity(_rows.Count + count);
        Parallel.Invoke(() => AppendRows(rows, used), () => AppendNumbering(later, part, used, companyMap, investorMap, firstNew));

        // A later chunk's ids are indexed for the chunks after it; the last chunk's need not be.
        if (!last)
        {
            _rows.IndexIds(firstNew, _rows.Count);
        }

        // The later chunk's own duplicates name the first line of the id in the whole file.
        foreach (var duplicate in later._duplicates)
        {
            var index = rejectedBefore + duplicate.Issue;
            var issue = _rejectionIssues[index];
            var earlier = _rows.FindId(duplicate.Id);
            var firstLine = earlier >= 0 && earlier < firstNew ? _rows.LineAt(earlier) : rows.LineAt(rows.FindId(duplicate.Id));
            _rejectionIssues[index] = issue with { Message = "row rejected: " + DuplicateMessage(duplicate.Id, firstLine) };
        }

        foreach (var (code, counter) in later._warnings)
        {
            ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(_warnings, code, out _);
            mine ??= new IssueCounter(code);
            var keptWarnings = Math.Max(0, WarningsKeptPerCode - mine.Count);
            mine.AddAll(counter);
            foreach (var issue in later._warningIssues)
            {
                if (keptWarnings == 0)
                {
                    break;
                }

                if (issue.Code == code)
                {
                    _warningIssues.Add(issue);
                    keptWarnings--;
                }
            }
        }

        _rowsRead += later._rowsRead;
    }

    /// <summary>Appends the rows of <paramref name="rows"/> not marked <paramref name="used"/>, in runs.</summary>
    private void AppendRows(DealTable.Builder rows, bool[] used)
    {
        var count = rows.Count;
        for (var from = 0; from < count;)
        {
            if (used[from])
            {
                from++;
                continue;
            }

            var to = from + 1;
            while (to < count && !used[to])
            {
                to++;
            }

            _rows.AddRange(rows, from, to);
            from = to;
        }
    }

    /// <summary>Numbers the companies and investors of the deals of <paramref name="later"/> not marked <paramref name="used"/>, and keeps their unmapped notes.</summary>
    private void AppendNumbering(DealRowMapper later, DealNumbering part, bool[] used, int[] companyMap, int[] investorMap, int firstNew)
    {
        var note = 0;
        var kept = firstNew;
        for (var i = 0; i < used.Length; i++)
        {
            var unmapped = note < later._unmappedNotes.Count && later._unmappedNotes[note].Deal == i ? later._unmappedNotes[note++] : null;
            if (used[i])
            {
                continue;
            }

            if (unmapped is not null)
            {
                _unmappedNotes.Add(unmapped with { Deal = kept });
            }

            kept++;
            _numbering.AddDeal(companyMap[part.Company[i]]);
            foreach (var investor in part.InvestorsOf(i))
            {
                _numbering.AddInvestor(investorMap[investor]);
            }
        }
    }

    private static string DuplicateMessage(string id, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"the deal id '{id}' was already used on line {firstLine}; the first row is kept.");

    /// <summary>Undisclosed and estimated amounts and the date range of the deals loaded.</summary>
    private readonly record struct DealCounts(int Undisclosed, int Estimated, DateOnly? First, DateOnly? Last)
    {
        public static DealCounts Of(DealTable.Builder rows)
        {
            int undisclosed = 0, estimated = 0, first = int.MaxValue, last = int.MinValue;
            for (var i = 0; i < rows.Count; i++)
            {
                var flags = rows.FlagsAt(i);
                undisclosed += (flags & DealTable.HasAmount) == 0 ? 1 : 0;
                estimated += (flags & DealTable.IsEstimated) != 0 ? 1 : 0;
                first = Math.Min(first, rows.DayAt(i));
                last = Math.Max(last, rows.DayAt(i));
            }

            return rows.Count == 0
                ? new DealCounts(0, 0, null, null)
                : new DealCounts(undisclosed, estimated, DateOnly.FromDayNumber(first), DateOnly.FromDayNumber(last));
        }
    }

    private static SortedDictionary<string, RejectionSummary> Summaries(Dictionary<string, IssueCounter> counters)
    {
        var result = new SortedDictionary<string, RejectionSummary>(StringComparer.Ordinal);
        foreach (var counter in counters.Values)
        {
            var reason = DataIssueCodes.Reason(counter.Code);
            result[reason] = new RejectionSummary(counter.Code, reason, counter.Count, counter.FirstLines);
        }

        return result;
    }

    private static SortedDictionary<string, int> Unmapped(IEnumerable<(string Value, int Count)> values)
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, count) in values)
        {
            if (count > 0)
            {
                result[value] = result.GetValueOrDefault(value) + count;
            }
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Stage MapStage(ReadOnlySpan<char> raw, out StageEntry? unmapped)
    {
        unmapped = null;
        if (raw.IsEmpty)
        {
            return Stage.Unknown;
        }

        var entry = _stageCache.Get(raw, _stages, static (text, stages) => new StageEntry(text, stages.Map(text)));
        if (entry.Mapped is { } stage)
        {
            return stage;
        }

        entry.Count++;
        unmapped = entry;
        return Stage.Unknown;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? MapSector(ReadOnlySpan<char> raw, out TextEntry? unmapped)
    {
        unmapped = null;
        if (raw.IsEmpty)
        {
            return null;
        }

        var entry = _sectorCache.Get(raw, _sectors, static (text, sectors) =>
        {
            var mapped = sectors.Map(text);
            return new TextEntry(mapped ?? text) { Mapped = mapped is not null };
        });
        if (!entry.Mapped)
        {
            entry.Count++;
            unmapped = entry;
        }

        return entry.Value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? MapRegion(ReadOnlySpan<char> raw, out TextEntry? unmapped)
    {
        unmapped = null;
        if (raw.IsEmpty)
        {
            return null;
        }

        var entry = _regionCache.Get(raw, _regions, static (text, regions) =>
        {
            var mapped = regions.Map(text);
            return new TextEntry(mapped ?? text) { Mapped = mapped is not null };
        });
        if (!entry.Mapped)
        {
            entry.Count++;
            unmapped = entry;
        }

        return entry.Value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MapInvestors(ReadOnlySpan<char> raw)
    {
        // The deal was started in the numbering: its investors are numbered there, each once.
        raw = raw.Trim();
        while (!raw.IsEmpty)
        {
            var end = raw.IndexOfAny(InvestorSeparators);
            var part = (end < 0 ? raw : raw[..end]).Trim();
            raw = end < 0 ? default : raw[(end + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            _numbering.AddInvestor(_investorNumbers.Get(part, this, static (text, mapper) =>
                mapper._reference.Investors.Find(text) is { } known ? mapper._numbering.InvestorNumber(known.Name) : mapper._numbering.InvestorNumber(text)));
        }
    }

    private static string NormalizeCurrency(string raw)
    {
        var upper = raw.Trim().ToUpperInvariant();
        return upper switch
        {
            "RMB" or "人民币" or "元" or "¥" or "￥" => "CNY",
            "美元" or "US$" or "$" => "USD",
            "港元" or "港币" or "HK$" => "HKD",
            "欧元" or "€" => "EUR",
            "英镑" or "£" => "GBP",
            "日元" => "JPY",
            "卢比" or "₹" => "INR",
            _ => upper,
        };
    }

    private void Reject(string code, int line, CanonicalField field, string message) =>
        AddRejection(code, line, _columnNames[(int)field] ?? CanonicalFields.Name(field), message);

    private void AddRejection(string code, int line, string? column, string message)
    {
        ref var counter = ref CollectionsMarshal.GetValueRefOrAddDefault(_rejections, code, out _);
        counter ??= new IssueCounter(code);
        counter.Add(line);
        _rejectionIssues.Add(new DataIssue(code, _strict ? DataIssueSeverity.Error : DataIssueSeverity.Warning, _file, line, column, "row rejected: " + message));
    }

    private static string Show(ReadOnlySpan<char> raw)
    {
        var text = raw.Trim();
        return text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}...'";
    }

    private sealed class IssueCounter(string code)
    {
        private readonly List<int> _firstLines = [];

        public string Code { get; } = code;

        public int Count { get; private set; }

        public IReadOnlyList<int> FirstLines => _firstLines;

        public void Add(int line)
        {
            Count++;
            Keep(line);
        }

        /// <summary>Adds the counts of a later chunk.</summary>
        public void AddAll(IssueCounter later)
        {
            Count += later.Count;
            foreach (var line in later._firstLines)
            {
                Keep(line);
            }
        }

        /// <summary>Keeps the first lines in line order, whatever order the chunks report them in.</summary>
        private void Keep(int line)
        {
            if (_firstLines.Count == LoadStatistics.FirstLinesKept && line >= _firstLines[^1])
            {
                return;
            }

            var at = _firstLines.BinarySearch(line);
            _firstLines.Insert(at < 0 ? ~at : at, line);
            if (_firstLines.Count > LoadStatistics.FirstLinesKept)
            {
                _firstLines.RemoveAt(_firstLines.Count - 1);
            }
        }
    }

    private sealed class StageEntry(string raw, Stage? mapped)
    {
        public string Raw { get; } = raw;

        public Stage? Mapped { get; } = mapped;

        public int Count { get; set; }
    }

    private sealed class TextEntry(string value)
    {
        public string Value { get; } = value;

        public bool Mapped { get; init; }

        public string? Sector { get; init; }

        public int Count { get; set; }

        public bool Checked { get; set; }

        public bool Supported { get; set; }
    }

    /// <summary>The unmapped stage, sector or region entries a deal counted, so that the counts can be withdrawn with the deal.</summary>
    private sealed record UnmappedNote(int Deal, StageEntry? Stage, TextEntry? Sector, TextEntry? Region)
    {
        public void Withdraw()
        {
            if (Stage is not null)
            {
                Stage.Count--;
            }

            if (Sector is not null)
            {
                Sector.Count--;
            }

            if (Region is not null)
            {
                Region.Count--;
            }
        }
    }

    /// <summary>A duplicate-id rejection: its index among the rejections and the id.</summary>
    private sealed record DuplicateNote(int Issue, string Id);

    private sealed record DateEntry(DateStatus Status, DateOnly Date, string? Reason);

    private sealed record AmountEntry(ParsedAmount Amount);

    /// <summary>Numbers each distinct source text once and keeps a number computed for it, without an object per text.</summary>
    private sealed class TextValues(int capacity)
    {
        private readonly TextColumn.Builder _texts = new(capacity, interning: true);
        private int[] _values = new int[Math.Max(16, capacity)];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Get<TState>(ReadOnlySpan<char> text, TState state, Func<ReadOnlySpan<char>, TState, int> compute)
        {
            var count = _texts.Count;
            var row = _texts.Intern(text);
            if (row == count)
            {
                if (row == _values.Length)
                {
                    Array.Resize(ref _values, row * 2);
                }

                _values[row] = compute(text, state);
            }

            return _values[row];
        }
    }

    /// <summary>A string-keyed cache looked up by span, so repeated values are neither re-mapped nor re-allocated.</summary>
    private sealed class ValueCache<T>
        where T : class
    {
        private const int MaxEntries = 1 << 20;
        private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private string? _lastKey;
        private T? _last;

        public ValueCache()
        {
            _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public IEnumerable<T> Values => _entries.Values;

        public T Get(ReadOnlySpan<char> key, Func<string, T> create) => Get(key, create, static (text, factory) => factory(text));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public T Get<TState>(ReadOnlySpan<char> key, TState state, Func<string, TState, T> create)
        {
            // Exports often repeat a value on consecutive rows (the same date, currency or country): compare before hashing.
            if (_lastKey is not null && key.SequenceEqual(_lastKey))
            {
                return _last!;
            }

            if (!_lookup.TryGetValue(key, out var stored, out var hit))
            {
                stored = key.ToString();
                hit = create(stored, state);
                if (_entries.Count < MaxEntries)
                {
                    _entries[stored] = hit;
                }
            }

            _lastKey = stored;
            _last = hit;
            return hit;
        }
    }
}
