using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Turns rows of text fields, from any <see cref="IRowReader"/>, into deals for the <see cref="DealCollector"/>:
/// parses dates and amounts, maps stages, sectors, regions and currencies through the reference tables (each
/// distinct value once), and records every row it cannot use in the <see cref="IssueLog"/> with its reason. Rows
/// arrive in file order.
/// </summary>
internal sealed class DealRowMapper
{
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

    private readonly ValueCache<DateEntry> _dateCache = new();
    private readonly ValueCache<AmountEntry> _amountCache = new();
    private readonly ValueCache<MappedValue> _stageCache = new();
    private readonly ValueCache<MappedValue> _sectorCache = new();
    private readonly ValueCache<MappedValue> _subsectorCache = new();
    private readonly ValueCache<MappedValue> _regionCache = new();
    private readonly ValueCache<MappedValue> _countryCache = new();
    private readonly ValueCache<MappedValue> _currencyCache = new();
    private IRowReader _row = null!;

    /// <param name="issues">Where rejections and warnings go.</param>
    /// <param name="resolver">The source column of each canonical field.</param>
    /// <param name="reference">Reference tables.</param>
    /// <param name="mapping">The mapping file's aliases, date formats and currency.</param>
    /// <param name="options">As-of date and limits.</param>
    public DealRowMapper(IssueLog issues, ColumnResolver resolver, ReferenceData reference, DealMapping mapping, LoadOptions options)
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
    }

    public int RowsRead { get; private set; }

    /// <summary>Maps the current row of <paramref name="row"/>: adds it to <paramref name="batch"/>, or records why the row was rejected.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Map(IRowReader row, MappedRows batch)
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

        var stage = Map(_stageCache, CanonicalField.Stage, _stages, static (text, stages) => stages.Map(text) is { } s ? new MappedValue(text, true) { Stage = s } : new MappedValue(text, false));
        var sector = Map(_sectorCache, CanonicalField.Sector, _sectors, static (text, sectors) => sectors.Map(text) is { } s ? new MappedValue(s, true) : new MappedValue(text, false));
        var subsector = Map(_subsectorCache, CanonicalField.Subsector, _sectors, static (text, sectors) => new MappedValue(sectors.MapSubsector(text) ?? text, true) { Sector = sectors.Map(text) });
        var region = Map(_regionCache, CanonicalField.Region, _regions, static (text, regions) => regions.Map(text) is { } r ? new MappedValue(r, true) : new MappedValue(text, false));
        var country = Map(_countryCache, CanonicalField.Country, 0, static (text, _) => new MappedValue(text, true));

        // The id, company and investors are numbered by the collector, which also rejects a repeated id.
        var idText = Field(CanonicalField.Id).Trim();
        var flags = idText.IsEmpty ? (byte)0 : DealTable.HasExplicitId;
        if (amount.Status == AmountStatus.Ok)
        {
            flags |= (byte)(DealTable.HasAmount | (amount.Estimated ? DealTable.IsEstimated : 0));
        }

        batch.Add(line, date.DayNumber, amount.Status == AmountStatus.Ok ? amount.Value : 0m, flags, [stage, sector, subsector, region, country, currency], idText, companyText, Field(CanonicalField.CompanyId).Trim(), Field(CanonicalField.Investors).Trim());
    }

    /// <summary>The load's counts, with the reader's blank rows and format.</summary>
    public LoadStatistics Statistics(IRowReader reader, int invalidLines, DealTable.Builder rows)
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

        return new()
        {
            RowsRead = RowsRead,
            RowsLoaded = rows.Count,
            RowsRejected = RowsRead - rows.Count,
            BlankLines = reader.BlankRows,
            RejectedByReason = _issues.Rejections,
            WarningsByReason = _issues.Warnings,
            Undisclosed = undisclosed,
            Estimated = estimated,
            FirstDate = rows.Count == 0 ? null : DateOnly.FromDayNumber(first),
            LastDate = rows.Count == 0 ? null : DateOnly.FromDayNumber(last),
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

    /// <summary>The cached mapping of a field's trimmed text (null when empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private MappedValue? Map<TState>(ValueCache<MappedValue> cache, CanonicalField field, TState state, Func<string, TState, MappedValue> create)
    {
        var text = Field(field).Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        return cache.Get(text, state, create);
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

    private sealed record DateEntry(DateStatus Status, DateOnly Date, string? Reason);

    private sealed record AmountEntry(ParsedAmount Amount);
}
