using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Turns rows of text fields, from any <see cref="IRowReader"/>, into the rows of a <see cref="DealTable"/>: parses
/// dates and amounts, maps stages, sectors, regions and investors through the reference tables (each distinct value
/// once), numbers companies and investors, and records every row it cannot use in the <see cref="IssueLog"/> with
/// its reason. Rows arrive in file order.
/// </summary>
internal sealed class DealRowMapper
{
    private static readonly SearchValues<char> InvestorSeparators = SearchValues.Create(";,、，");
    private static readonly SearchValues<char> NotPlainNumber = SearchValues.Create("0123456789.");

    private readonly IssueLog _issues;
    private readonly ColumnResolver _resolver;
    private readonly ReferenceData _reference;
    private readonly StageAliases _stages;
    private readonly SectorTaxonomy _sectors;
    private readonly RegionDirectory _regions;
    private readonly DateParser _dates;
    private readonly DateOnly? _asOf;
    private readonly Limits.ResourceLimits _limits;
    private readonly string _defaultCurrency;

    private readonly DealTable.Builder _rows;
    private readonly DealNumbering.Builder _numbering;
    private readonly ValueCache<DateEntry> _dateCache = new();
    private readonly ValueCache<AmountEntry> _amountCache = new();
    private readonly ValueCache<MappedValue> _stageCache = new();
    private readonly ValueCache<MappedValue> _sectorCache = new();
    private readonly ValueCache<MappedValue> _subsectorCache = new();
    private readonly ValueCache<MappedValue> _regionCache = new();
    private readonly ValueCache<MappedValue> _countryCache = new();
    private readonly ValueCache<MappedValue> _currencyCache = new();
    private readonly TextNumbers _companyNumbers;
    private readonly TextNumbers _investorNumbers;
    private IRowReader _row = null!;

    /// <param name="issues">Where rejections and warnings go.</param>
    /// <param name="resolver">The source column of each canonical field.</param>
    /// <param name="reference">Reference tables.</param>
    /// <param name="mapping">The mapping file's aliases, date formats and currency.</param>
    /// <param name="options">As-of date and limits.</param>
    /// <param name="expectedRows">An estimate of the row count, to size the table once.</param>
    public DealRowMapper(IssueLog issues, ColumnResolver resolver, ReferenceData reference, DealMapping mapping, LoadOptions options, int expectedRows)
    {
        _issues = issues;
        _resolver = resolver;
        _reference = reference;
        _stages = mapping.Stages.Count == 0 ? reference.Stages : reference.Stages.WithAliases(mapping.Stages);
        _sectors = mapping.Sectors.Count == 0 ? reference.Sectors : reference.Sectors.WithAliases(mapping.Sectors);
        _regions = mapping.Regions.Count == 0 ? reference.Regions : reference.Regions.WithAliases(mapping.Regions);
        _dates = new DateParser(mapping.DateFormats);
        _asOf = options.AsOf;
        _limits = options.Limits;
        _defaultCurrency = mapping.Currency ?? "CNY";
        _rows = new DealTable.Builder(issues.File, expectedRows);
        _numbering = new DealNumbering.Builder(expectedRows);
        _companyNumbers = new TextNumbers(expectedRows / 2);
        _investorNumbers = new TextNumbers(expectedRows / 4);
    }

    public int RowsRead { get; private set; }

    /// <summary>The deals mapped, as columns with their company and investor numbering.</summary>
    public DealTable Table() => _rows.Build(_numbering.Build());

    /// <summary>Maps the current row of <paramref name="row"/>: adds a deal, or records why the row was rejected.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Map(IRowReader row)
    {
        _limits.CheckRows(RowsRead + 1, _issues.File, row.Line);
        RowsRead++;
        _row = row;
        var line = row.Line;
        if (row.Unreadable is { } why)
        {
            _issues.Reject(DataIssueCodes.RowMalformed, line, null, why);
            return;
        }

        var dateText = Field(CanonicalField.Date);
        var dateEntry = _dateCache.Get(dateText.Trim(), _dates, static (text, parser) => new DateEntry(parser.Parse(text, out var date, out var why), date, why));
        if (dateEntry.Status != DateStatus.Ok)
        {
            Reject(CanonicalField.Date, dateEntry.Status == DateStatus.Missing ? DataIssueCodes.DateMissing : DataIssueCodes.DateUnparsable, dateEntry.Status == DateStatus.Missing ? "the date is empty." : $"{Show(dateText)} {dateEntry.Reason}.");
            return;
        }

        var date = dateEntry.Date;
        if (_asOf is { } asOf && date > asOf)
        {
            Reject(CanonicalField.Date, DataIssueCodes.DateAfterAsOf, string.Create(CultureInfo.InvariantCulture, $"the date {date:yyyy-MM-dd} is after --as-of {asOf:yyyy-MM-dd}."));
            return;
        }

        var companyText = Field(CanonicalField.Company).Trim();
        if (companyText.IsEmpty)
        {
            Reject(CanonicalField.Company, DataIssueCodes.CompanyMissing, "the company name is empty.");
            return;
        }

        var amountText = Field(CanonicalField.Amount);
        var amount = ParseAmount(amountText.Trim());
        var amountProblem = amount.Status switch
        {
            AmountStatus.NotANumber => (DataIssueCodes.AmountNotNumber, $"{Show(amountText)} is not an amount (write a number such as 3500000, 3.5亿 or 5000万, or leave it empty when undisclosed)."),
            AmountStatus.Negative => (DataIssueCodes.AmountNegative, $"{Show(amountText)} is negative; amounts raised are positive."),
            AmountStatus.OutOfRange => (DataIssueCodes.AmountOutOfRange, $"{Show(amountText)} is not a finite amount up to 10^15."),
            _ => default((string, string)?),
        };
        if (amountProblem is var (code, message))
        {
            Reject(CanonicalField.Amount, code, message);
            return;
        }

        // The amount's own currency, else the currency column's (normalised), else the mapping's or the default.
        var currencyText = Field(CanonicalField.Currency).Trim();
        var currency = _currencyCache.Get(amount.Currency ?? (currencyText.IsEmpty ? _defaultCurrency : currencyText), _reference.Fx, static (raw, fx) =>
        {
            var code = NormalizeCurrency(raw);
            return new MappedValue(code, fx.Supports(code));
        });
        if (!currency.Mapped)
        {
            Reject(CanonicalField.Currency, DataIssueCodes.CurrencyUnknown, $"the currency '{currency.Value}' has no exchange rate in fx.csv (known: {string.Join(", ", _reference.Fx.Currencies)}).");
            return;
        }

        // The id is claimed for the deal added below: nothing after this rejects the row. A generated id (file:line)
        // is never stored, only made when asked for.
        var idText = Field(CanonicalField.Id).Trim();
        if (!idText.IsEmpty && !_rows.TryClaimId(idText, out var firstRow))
        {
            Reject(CanonicalField.Id, DataIssueCodes.DuplicateId, string.Create(CultureInfo.InvariantCulture, $"the deal id '{idText}' was already used on line {_rows.LineAt(firstRow)}; the first row is kept."));
            return;
        }

        // A company is its company_id, else its name's key (width and case folded, costly: once per distinct name).
        var companyIdText = Field(CanonicalField.CompanyId).Trim();
        _numbering.AddDeal(companyIdText.IsEmpty
            ? _companyNumbers.Get(companyText, _numbering, static (name, numbering) => numbering.CompanyNumber(CompanyKeys.FromName(name.ToString())))
            : _numbering.CompanyNumber(companyIdText));

        var stage = Map(_stageCache, CanonicalField.Stage, _stages, static (text, stages) => stages.Map(text) is { } s ? new MappedValue(text, true) { Stage = s } : new MappedValue(text, false));
        var sector = Map(_sectorCache, CanonicalField.Sector, _sectors, static (text, sectors) => sectors.Map(text) is { } s ? new MappedValue(s, true) : new MappedValue(text, false));
        var subsector = Map(_subsectorCache, CanonicalField.Subsector, _sectors, static (text, sectors) => new MappedValue(sectors.MapSubsector(text) ?? text, true) { Sector = sectors.Map(text) });
        var region = Map(_regionCache, CanonicalField.Region, _regions, static (text, regions) => regions.Map(text) is { } r ? new MappedValue(r, true) : new MappedValue(text, false));
        var country = Map(_countryCache, CanonicalField.Country, 0, static (text, _) => new MappedValue(text, true));
        MapInvestors(Field(CanonicalField.Investors).Trim());

        var flags = idText.IsEmpty ? (byte)0 : DealTable.HasExplicitId;
        if (amount.Status == AmountStatus.Ok)
        {
            flags |= (byte)(DealTable.HasAmount | (amount.Estimated ? DealTable.IsEstimated : 0));
        }

        _rows.Add(date.DayNumber, line, stage?.Stage ?? Stage.Unknown, flags, amount.Status == AmountStatus.Ok ? amount.Value : 0m, sector?.Value ?? subsector?.Sector, subsector?.Value, region?.Value, country?.Value, currency.Value, idText, companyText);
    }

    /// <summary>The load's counts, with the reader's blank rows and format.</summary>
    public LoadStatistics Statistics(IRowReader reader, int invalidLines)
    {
        int undisclosed = 0, estimated = 0, first = int.MaxValue, last = int.MinValue;
        for (var i = 0; i < _rows.Count; i++)
        {
            var flags = _rows.FlagsAt(i);
            undisclosed += (flags & DealTable.HasAmount) == 0 ? 1 : 0;
            estimated += (flags & DealTable.IsEstimated) != 0 ? 1 : 0;
            first = Math.Min(first, _rows.DayAt(i));
            last = Math.Max(last, _rows.DayAt(i));
        }

        return new()
        {
            RowsRead = RowsRead,
            RowsLoaded = _rows.Count,
            RowsRejected = RowsRead - _rows.Count,
            BlankLines = reader.BlankRows,
            RejectedByReason = _issues.Rejections,
            WarningsByReason = _issues.Warnings,
            Undisclosed = undisclosed,
            Estimated = estimated,
            FirstDate = _rows.Count == 0 ? null : DateOnly.FromDayNumber(first),
            LastDate = _rows.Count == 0 ? null : DateOnly.FromDayNumber(last),
            UnmappedStages = Unmapped(_stageCache),
            UnmappedSectors = Unmapped(_sectorCache),
            UnmappedRegions = Unmapped(_regionCache),
            LinesWithInvalidBytes = invalidLines,
            Format = reader.Format,
            Encoding = reader.Encoding,
            Delimiter = reader.Delimiter,
        };
    }

    private static SortedDictionary<string, int> Unmapped(ValueCache<MappedValue> cache)
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in cache.Values)
        {
            if (!entry.Mapped && entry.Count > 0)
            {
                result[entry.Value] = result.GetValueOrDefault(entry.Value) + entry.Count;
            }
        }

        return result;
    }

    /// <summary>The raw text of a field of the current row; empty when the source has no such column.</summary>
    private ReadOnlySpan<char> Field(CanonicalField field) => _resolver.Columns[(int)field] is var column and >= 0 ? _row[column] : default;

    /// <summary>
    /// Parses an amount: plain numbers directly, anything else (units, currency words, ranges) once per distinct
    /// text. A reader of number formats decided per column would count its evidence here.
    /// </summary>
    private ParsedAmount ParseAmount(ReadOnlySpan<char> text) =>
        !text.ContainsAnyExcept(NotPlainNumber) ? AmountParser.Parse(text) : _amountCache.Get(text, 0, static (raw, _) => new AmountEntry(AmountParser.Parse(raw))).Amount;

    /// <summary>The cached mapping of a field's trimmed text (null when empty); a deal counts toward an unmapped value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private MappedValue? Map<TState>(ValueCache<MappedValue> cache, CanonicalField field, TState state, Func<string, TState, MappedValue> create)
    {
        var text = Field(field).Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        var entry = cache.Get(text, state, create);
        entry.Count++;
        return entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MapInvestors(ReadOnlySpan<char> raw)
    {
        while (!raw.IsEmpty)
        {
            var end = raw.IndexOfAny(InvestorSeparators);
            var part = (end < 0 ? raw : raw[..end]).Trim();
            raw = end < 0 ? default : raw[(end + 1)..];
            if (!part.IsEmpty)
            {
                _numbering.AddInvestor(_investorNumbers.Get(part, this, static (text, mapper) =>
                    mapper._numbering.InvestorNumber(mapper._reference.Investors.Find(text) is { } known ? known.Name : text)));
            }
        }
    }

    private static string NormalizeCurrency(string raw) => raw.Trim().ToUpperInvariant() switch
    {
        "RMB" or "人民币" or "元" or "¥" or "￥" => "CNY",
        "美元" or "US$" or "$" => "USD",
        "港元" or "港币" or "HK$" => "HKD",
        "欧元" or "€" => "EUR",
        "英镑" or "£" => "GBP",
        "日元" => "JPY",
        "卢比" or "₹" => "INR",
        var upper => upper,
    };

    private void Reject(CanonicalField field, string code, string message) =>
        _issues.Reject(code, _row.Line, _resolver.Name(field, _row.Columns) ?? CanonicalFields.Name(field), message);

    private static string Show(ReadOnlySpan<char> raw)
    {
        var text = raw.Trim();
        return text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}...'";
    }

    /// <summary>A source value mapped: the canonical text (or the source's, when unmapped), and how many deals used it.</summary>
    private sealed class MappedValue(string value, bool mapped)
    {
        public string Value { get; } = value;

        public bool Mapped { get; } = mapped;

        public Stage? Stage { get; init; }

        /// <summary>For a subsector: the sector it names, if any.</summary>
        public string? Sector { get; init; }

        public int Count { get; set; }
    }

    private sealed record DateEntry(DateStatus Status, DateOnly Date, string? Reason);

    private sealed record AmountEntry(ParsedAmount Amount);

    /// <summary>Numbers each distinct source text once and keeps a number computed for it, without an object per text.</summary>
    private sealed class TextNumbers(int capacity)
    {
        private readonly TextColumn.Builder _texts = new(capacity, indexed: true);
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
}
