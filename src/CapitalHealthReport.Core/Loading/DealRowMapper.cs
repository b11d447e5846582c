using System.Globalization;
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
/// Turns source rows into canonical <see cref="Deal"/>s: parses dates and amounts, maps stages, sectors,
/// regions and investors through the reference tables (caching and interning repeated values), and reports
/// every row it cannot use as a <see cref="DataIssue"/> with its reason.
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

    private readonly List<Deal> _deals;
    private readonly List<DataIssue> _issues = [];
    private readonly Dictionary<string, IssueCounter> _rejections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssueCounter> _warnings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstLineOfId;

    private readonly ValueCache<DateEntry> _dateCache = new();
    private readonly ValueCache<AmountEntry> _amountCache = new();
    private readonly ValueCache<StageEntry> _stageCache = new();
    private readonly ValueCache<TextEntry> _sectorCache = new();
    private readonly ValueCache<TextEntry> _subsectorCache = new();
    private readonly ValueCache<TextEntry> _regionCache = new();
    private readonly ValueCache<TextEntry> _countryCache = new();
    private readonly ValueCache<TextEntry> _currencyCache = new();
    private readonly ValueCache<TextEntry> _investorCache = new();
    private readonly ValueCache<CompanyEntry> _companyKeyCache = new();
    private readonly List<string> _investorBuffer = [];

    private int _rowsRead;
    private int _undisclosed;
    private int _estimated;
    private DateOnly? _first;
    private DateOnly? _last;

    /// <summary>A mapper for one file; <paramref name="expectedRows"/> (an estimate) sizes the deal list and the id index once.</summary>
    public DealRowMapper(string file, string?[] columnNames, ReferenceData reference, DealMapping mapping, LoadOptions options, int expectedRows = 0)
    {
        _deals = new List<Deal>(expectedRows);
        _firstLineOfId = new Dictionary<string, int>(columnNames[(int)CanonicalField.Id] is null ? 0 : expectedRows, StringComparer.Ordinal);
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
    }

    public int RowsRead => _rowsRead;

    public int RowsLoaded => _deals.Count;

    public List<Deal> Deals => _deals;

    public List<DataIssue> Issues => _issues;

    /// <summary>Maps one row: adds a deal, or records why the row was rejected.</summary>
    public void Map(RowView row)
    {
        _limits.CheckRows(_rowsRead + 1, _file, row.Line);
        _rowsRead++;
        var line = row.Line;

        var dateEntry = _dateCache.Get(row.Get(CanonicalField.Date).Trim(), _dates, static (text, parser) =>
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
            Reject(DataIssueCodes.DateUnparsable, line, CanonicalField.Date, $"{Show(row.Get(CanonicalField.Date))} {dateReason}.");
            return;
        }

        if (_asOf is { } asOf && date > asOf)
        {
            Reject(DataIssueCodes.DateAfterAsOf, line, CanonicalField.Date, string.Create(CultureInfo.InvariantCulture, $"the date {date:yyyy-MM-dd} is after --as-of {asOf:yyyy-MM-dd}."));
            return;
        }

        var companyText = row.Get(CanonicalField.Company).Trim();
        if (companyText.IsEmpty)
        {
            Reject(DataIssueCodes.CompanyMissing, line, CanonicalField.Company, "the company name is empty.");
            return;
        }

        var amountText = row.Get(CanonicalField.Amount);
        var amount = _amountCache.Get(amountText.Trim(), 0, static (text, _) => new AmountEntry(AmountParser.Parse(text))).Amount;
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

        var currencyText = row.Get(CanonicalField.Currency).Trim();
        string currency;
        if (amount.Currency is not null)
        {
            currency = amount.Currency;
        }
        else if (!currencyText.IsEmpty)
        {
            var entry = _currencyCache.Get(currencyText, static raw => new TextEntry(NormalizeCurrency(raw)));
            currency = entry.Value;
        }
        else
        {
            currency = _defaultCurrency;
        }

        var currencyEntry = _currencyCache.Get(currency, static raw => new TextEntry(raw));
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

        var idText = row.Get(CanonicalField.Id).Trim();
        string id;
        if (idText.IsEmpty)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{_file}:{line}");
        }
        else
        {
            // Ids are mostly distinct: one hash to add it, and only a duplicate pays for the string it allocated.
            id = idText.ToString();
            if (!_firstLineOfId.TryAdd(id, line))
            {
                Reject(DataIssueCodes.DuplicateId, line, CanonicalField.Id, string.Create(CultureInfo.InvariantCulture, $"the deal id '{idText}' was already used on line {_firstLineOfId[id]}; the first row is kept."));
                return;
            }
        }

        // Company names and ids are mostly distinct: allocating them is cheaper than a cache that large.
        // The name-derived key (width and case folding) is costly, so it is cached, and only needed without company_id.
        var companyIdText = row.Get(CanonicalField.CompanyId).Trim();
        string companyName;
        string companyKey;
        if (companyIdText.IsEmpty)
        {
            var entry = _companyKeyCache.Get(companyText, static raw => new CompanyEntry(raw));
            companyName = entry.Name;
            companyKey = entry.Key;
        }
        else
        {
            companyName = companyText.ToString();
            companyKey = companyIdText.ToString();
        }

        var stage = MapStage(row.Get(CanonicalField.Stage).Trim());
        var sector = MapSector(row.Get(CanonicalField.Sector).Trim());
        var subsectorText = row.Get(CanonicalField.Subsector).Trim();
        string? subsector = null;
        if (!subsectorText.IsEmpty)
        {
            var sub = _subsectorCache.Get(subsectorText, _sectors, static (raw, sectors) => new TextEntry(sectors.MapSubsector(raw) ?? raw) { Mapped = sectors.Map(raw) is not null, Sector = sectors.Map(raw) });
            subsector = sub.Value;
            sector ??= sub.Sector;
        }

        var region = MapRegion(row.Get(CanonicalField.Region).Trim());
        var countryText = row.Get(CanonicalField.Country).Trim();
        var country = countryText.IsEmpty ? null : _countryCache.Get(countryText, static raw => new TextEntry(raw)).Value;
        var investors = MapInvestors(row.Get(CanonicalField.Investors));

        decimal? value = null;
        if (amount.Status == AmountStatus.Ok)
        {
            value = amount.Value;
            if (amount.Estimated)
            {
                _estimated++;
            }
        }
        else
        {
            _undisclosed++;
        }

        if (_first is null || date < _first)
        {
            _first = date;
        }

        if (_last is null || date > _last)
        {
            _last = date;
        }

        _deals.Add(new Deal
        {
            Id = id,
            Date = date,
            Company = companyName,
            CompanyKey = companyKey,
            Sector = sector,
            Subsector = subsector,
            Stage = stage,
            Amount = value,
            Currency = currency,
            AmountEstimated = value is not null && amount.Estimated,
            Region = region,
            Country = country,
            Investors = investors,
            SourceFile = _file,
            SourceLine = line,
        });
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
            _issues.Add(new DataIssue(code, DataIssueSeverity.Warning, _file, line, column, message));
        }
    }

    public LoadStatistics Statistics(int blankLines, int invalidLines, string format, string encoding, char? delimiter) => new()
    {
        RowsRead = _rowsRead,
        RowsLoaded = _deals.Count,
        RowsRejected = _rowsRead - _deals.Count,
        BlankLines = blankLines,
        RejectedByReason = Summaries(_rejections),
        WarningsByReason = Summaries(_warnings),
        Undisclosed = _undisclosed,
        Estimated = _estimated,
        FirstDate = _first,
        LastDate = _last,
        UnmappedStages = Unmapped(_stageCache.Values.Where(e => e.Mapped is null).Select(e => (e.Raw, e.Count))),
        UnmappedSectors = Unmapped(_sectorCache.Values.Where(e => !e.Mapped).Select(e => (e.Value, e.Count))),
        UnmappedRegions = Unmapped(_regionCache.Values.Where(e => !e.Mapped).Select(e => (e.Value, e.Count))),
        LinesWithInvalidBytes = invalidLines,
        Format = format,
        Encoding = encoding,
        Delimiter = delimiter,
    };

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

    private Stage MapStage(ReadOnlySpan<char> raw)
    {
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
        return Stage.Unknown;
    }

    private string? MapSector(ReadOnlySpan<char> raw)
    {
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
        }

        return entry.Value;
    }

    private string? MapRegion(ReadOnlySpan<char> raw)
    {
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
        }

        return entry.Value;
    }

    private IReadOnlyList<string> MapInvestors(ReadOnlySpan<char> raw)
    {
        raw = raw.Trim();
        if (raw.IsEmpty)
        {
            return [];
        }

        _investorBuffer.Clear();
        while (!raw.IsEmpty)
        {
            var end = raw.IndexOfAny(InvestorSeparators);
            var part = (end < 0 ? raw : raw[..end]).Trim();
            raw = end < 0 ? default : raw[(end + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            var entry = _investorCache.Get(part, _reference.Investors, static (text, directory) => new TextEntry(directory.Find(text)?.Name ?? text));
            if (!_investorBuffer.Contains(entry.Value))
            {
                _investorBuffer.Add(entry.Value);
            }
        }

        return _investorBuffer.Count == 0 ? [] : [.. _investorBuffer];
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
        _issues.Add(new DataIssue(code, _strict ? DataIssueSeverity.Error : DataIssueSeverity.Warning, _file, line, column, "row rejected: " + message));
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
            if (_firstLines.Count < LoadStatistics.FirstLinesKept)
            {
                _firstLines.Add(line);
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

    private sealed record DateEntry(DateStatus Status, DateOnly Date, string? Reason);

    private sealed record AmountEntry(ParsedAmount Amount);

    private sealed class CompanyEntry(string name)
    {
        public string Name { get; } = name;

        public string Key { get; } = CompanyKeys.FromName(name);
    }

    /// <summary>A string-keyed cache looked up by span, so repeated values are neither re-mapped nor re-allocated.</summary>
    private sealed class ValueCache<T>
        where T : class
    {
        private const int MaxEntries = 1 << 20;
        private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public ValueCache()
        {
            _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public IEnumerable<T> Values => _entries.Values;

        public T Get(ReadOnlySpan<char> key, Func<string, T> create) => Get(key, create, static (text, factory) => factory(text));

        public T Get<TState>(ReadOnlySpan<char> key, TState state, Func<string, TState, T> create)
        {
            if (_lookup.TryGetValue(key, out var hit))
            {
                return hit;
            }

            var text = key.ToString();
            var entry = create(text, state);
            if (_entries.Count < MaxEntries)
            {
                _entries[text] = entry;
            }

            return entry;
        }
    }
}
