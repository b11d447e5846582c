using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Turns rows of text fields, from any <see cref="IRowReader"/>, into deals for the <see cref="DealCollector"/>:
/// reads missing-value markers as empty, fills <c>fill_down</c> fields from the row before, joins fields read from
/// several columns, parses dates and amounts, maps stages, sectors, regions and currencies through the reference
/// tables (each distinct value once), and records every row it cannot use in the <see cref="IssueLog"/> with its
/// reason. Rows arrive in file order, on one thread. Amounts are read as each value suggests while the evidence for
/// the column's number format is counted (<see cref="NumberFormatDetector"/>); <see cref="DecideNumbers"/> settles
/// the format once every row is read and reads again the few values the decision reads differently.
/// </summary>
internal sealed partial class DealRowMapper
{
    private static readonly SearchValues<char> NotPlainNumber = SearchValues.Create("0123456789.");

    private readonly IssueLog _issues;
    private readonly bool _dateOrderGiven;
    private readonly ColumnResolver _resolver;
    private readonly ReferenceData _reference;
    private readonly StageAliases _stages;
    private readonly SectorTaxonomy _sectors;
    private readonly RegionDirectory _regions;
    private readonly DateParser _dates;
    private readonly Limits.ResourceLimits _limits;
    private readonly string _defaultCurrency;
    private readonly bool _currencyGiven;
    private readonly string? _codeWithoutRate;
    private readonly MissingValues _missing;
    private AmountParser _amounts;

    // Numbers stored as numbers (XLSX number cells, JSON numbers, numeric Parquet columns) are written invariantly.
    private readonly AmountParser _typedAmounts;
    private readonly bool _autoNumbers;
    private readonly FillDown _fill;
    private readonly char[]?[] _joinBuffers = new char[]?[CanonicalFields.Count];
    private readonly char[]?[] _markBuffers = new char[]?[CanonicalFields.Count];

    // Values that read both ways (707.630) with the line they are on, until a value needing a decimal point settles it.
    private readonly List<(int Line, AmountEntry Entry)> _ambiguous = [];
    private bool _pointSeen;

    private readonly ValueCache<DateEntry> _dateCache = new();
    private readonly ValueCache<AmountEntry> _amountCache = new();
    private readonly ValueCache<MappedValue> _stageCache = new();
    private readonly ValueCache<MappedValue> _sectorCache = new();
    private readonly ValueCache<MappedValue> _subsectorCache = new();
    private readonly ValueCache<MappedValue> _regionCache = new();
    private readonly ValueCache<MappedValue> _countryCache = new();
    private readonly ValueCache<MappedValue> _currencyCache = new();
    private readonly ValueCache<CellFormatCurrency> _formatCurrencies = new();
    private readonly ValueCache<CellFormatUnit> _formatUnits = new();
    private IRowReader _row = null!;

    /// <param name="issues">Where rejections and warnings go.</param>
    /// <param name="resolver">The source column of each canonical field.</param>
    /// <param name="reference">Reference tables.</param>
    /// <param name="mapping">The mapping file's aliases, date formats and currency.</param>
    /// <param name="options">Limits.</param>
    /// <param name="again">What a first reading of the file decided, when this is the second (<see cref="DealLoader"/>).</param>
    public DealRowMapper(IssueLog issues, ColumnResolver resolver, ReferenceData reference, DealMapping mapping, LoadOptions options, SecondReading? again = null)
    {
        var codeWithoutRate = again?.CodeWithoutRate;
        _codeWithoutRate = codeWithoutRate;
        DateOrder = again?.DateOrder ?? new();
        _dateOrderGiven = again?.DateOrder is not null;
        _issues = issues;
        _resolver = resolver;
        _reference = reference;
        _stages = mapping.Stages.Count == 0 ? reference.Stages : reference.Stages.WithAliases(mapping.Stages);
        _sectors = mapping.Sectors.Count == 0 ? reference.Sectors : reference.Sectors.WithAliases(mapping.Sectors);
        _regions = mapping.Regions.Count == 0 ? reference.Regions : reference.Regions.WithAliases(mapping.Regions);
        _dates = new DateParser(mapping.DateFormats, again?.DateOrder?.Decided ?? DayMonthOrder.Unknown);
        _limits = options.Limits;
        _defaultCurrency = mapping.Currency ?? DataDefaults.AssumedCurrency;
        _currencyGiven = mapping.Currency is not null;
        _missing = mapping.NaValues.Count == 0 ? MissingValues.Default : new MissingValues(mapping.NaValues);
        var style = NumberStyle.From(mapping.DecimalSeparator, mapping.ThousandsSeparator);
        _autoNumbers = style is null;
        _amounts = style is null && mapping.Undisclosed.Count == 0 ? AmountParser.Default : new AmountParser(style, new UndisclosedMarkers(mapping.Undisclosed));
        if (codeWithoutRate is not null)
        {
            _amounts = new AmountParser(_amounts.Style, _amounts.Undisclosed, codeWithoutRate: codeWithoutRate);
        }

        _typedAmounts = new AmountParser(new NumberStyle('.', ""), _amounts.Undisclosed);
        _fill = new FillDown(mapping.FillDown);
    }

    public int RowsRead { get; private set; }

    /// <summary>
    /// Whether the file's text may hold a U+FEFF past its start (true unless the loader saw the decoded bytes hold none):
    /// when it cannot, cells are read as they are, without looking for one in each.
    /// </summary>
    public bool TextMayHoldMarks { get; init; } = true;

    /// <summary>Fill-down state and the counts behind <c>fill_down</c> suggestions.</summary>
    public FillDown Fill => _fill;

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

        foreach (var watched in _fill.Fields)
        {
            _fill.See(watched, Clean(watched));
        }

        // An ISO date is read directly; any other text once per distinct text.
        var dateText = Cell(CanonicalField.Date);
        byte dateFlags = 0;
        if (!_dates.TryIsoDate(dateText, out var date))
        {
            var dateEntry = _dateCache.Get(dateText, _dates, static (text, parser) => DateEntry.Of(parser, text));
            if (dateEntry.Status != DateStatus.Ok)
            {
                if (NotADeal(dateText) is { } notADeal)
                {
                    _issues.Reject(DataIssueCodes.NotADeal, line, null, notADeal);
                    return;
                }

                if (dateEntry.DayMonth is { } dayMonth && !_dateOrderGiven)
                {
                    // A first reading gathers the evidence; a second, in the order it decided, must not count it again.
                    DateOrder.See(dayMonth, line, dateText);
                }

                Reject(CanonicalField.Date, dateEntry.Status == DateStatus.Missing ? DataIssueCodes.DateMissing : DataIssueCodes.DateUnparsable, dateEntry.Status == DateStatus.Missing ? "the date is empty." : dateEntry.Refusal ?? $"{Show(dateText)} {dateEntry.Reason}.");
                return;
            }

            date = dateEntry.Date;
            dateFlags = dateEntry.Flags;
        }

        // A date after --as-of, before 1990 or far after the rest is loaded and judged once every row is read (ImplausibleDates).
        var companyText = Cell(CanonicalField.Company);
        if (companyText.IsEmpty)
        {
            Reject(CanonicalField.Company, DataIssueCodes.CompanyMissing, "the company name is empty.");
            return;
        }

        var amountText = Cell(CanonicalField.Amount);
        if (!_amounts.MilThousands && _resolver.AmountNamedInPortugueseOrSpanish)
        {
            // The amount column's name is Portuguese or Spanish: "mil" in its values is a thousand. Decided once the column
            // is known, before its first value is read: JSON objects name their keys row by row, and a key first seen past
            // the objects read ahead names the column from its own row on.
            _amounts = new AmountParser(_amounts.Style, _amounts.Undisclosed, milThousands: true, _codeWithoutRate);
        }

        var amount = row.HasTypedNumbers && AmountIsTypedNumber() ? _typedAmounts.Read(amountText) : ParseAmount(amountText, line);
        var unit = _resolver.AmountUnit;
        var cellUnit = amount.Status == AmountStatus.Ok && row.HasTypedNumbers ? ShownUnit() : null;
        if (cellUnit is not null)
        {
            // A number cell that shows its unit (0"万元": 500 shows 500万元) is the number shown in that unit.
            if (cellUnit.Conflicts(unit))
            {
                CellUnits.Conflict(line, cellUnit.Unit!, unit!);
                Reject(CanonicalField.Amount, DataIssueCodes.AmountUnitConflict, $"the amount cell shows {cellUnit.Describe(amount.Value)} by its number format ({cellUnit.Format}), but the column's name gives {unit}: which of the two the number is in cannot be told. Give the cells a number format in {unit!.Text} (or none), or name the column without a unit.");
                return;
            }

            amount = cellUnit.Read(amount.Value, unit) is { } read ? amount with { Value = read } : amount with { Status = AmountStatus.OutOfRange };
        }
        else if (unit is not null && amount.Status == AmountStatus.Ok && AmountColumnUnit.AppliesTo(amountText))
        {
            // A plain number in a column named "融资金额（万元）" is ten-thousands of yuan.
            amount = amount.Value * unit.Scale > AmountParser.MaxAmount
                ? amount with { Status = AmountStatus.OutOfRange }
                : amount with { Value = amount.Value * unit.Scale };
        }
        var amountProblem = amount.Status switch
        {
            AmountStatus.NotANumber when amountText.Contains('\uFFFD') => (DataIssueCodes.AmountNotNumber, $"{Show(amountText)} is not an amount: it holds bytes invalid in the file's encoding (shown as U+FFFD); if the file uses another encoding, set 'encoding:' in a mapping file."),
            AmountStatus.NotANumber when UnknownCurrencyCode.In(amountText, _amounts) is { } unrated && !_reference.Fx.Supports(unrated) => (DataIssueCodes.CurrencyUnknown, $"{Show(amountText)} is in {unrated}, a currency with no exchange rate in fx.csv {WhatToDoWithoutRate()}."),
            AmountStatus.NotANumber when amount.Refusal is { } refusal => (DataIssueCodes.AmountNotNumber, $"{Show(amountText)} {refusal}."),
            AmountStatus.NotANumber => (DataIssueCodes.AmountNotNumber, $"{Show(amountText)} is not an amount (write a number such as 3500000, 3.5亿 or 5000万, or leave it empty when undisclosed)."),
            AmountStatus.Negative => (DataIssueCodes.AmountNegative, $"{Show(amountText)} is negative; amounts raised are positive."),
            AmountStatus.OutOfRange => (DataIssueCodes.AmountOutOfRange, $"{Show(amountText)}{(cellUnit is not null ? $" (shown by its number format as {cellUnit.Describe(amount.Value)})" : unit is null ? "" : $" (in {unit.Text})")} is not a finite amount up to 10^15."),
            _ => default((string, string)?),
        };
        if (amountProblem is var (code, message))
        {
            if (code == DataIssueCodes.CurrencyUnknown)
            {
                CurrenciesWithoutRate.Add(UnknownCurrencyCode.In(amountText, _amounts)!);
            }

            Reject(CanonicalField.Amount, code, message);
            return;
        }

        Mil.See(amount.Mil, line, amountText);

        // The amount's own currency, else the currency column's (normalised), else the amount column name's ("Amount in
        // USD"), else the mapping's, else the one the amount cell's number format shows ([$€-407] #,##0), else the default.
        var currencyText = Cell(CanonicalField.Currency);
        if (KronaCurrency.IsSign(currencyText))
        {
            // A currency cell of kr alone names the krona or krone of four countries: the row's country or region says which.
            if (KronaCurrency.Of(Cell(CanonicalField.Country), Cell(CanonicalField.Region), _regions) is not { } krona)
            {
                Reject(CanonicalField.Currency, DataIssueCodes.CurrencyUnknown, KronaCurrency.UndecidedCell(currencyText.Trim().ToString()));
                return;
            }

            currencyText = krona;
        }

        var named = amount.Currency ?? unit?.Currency;
        if (amount.KronaSign && named is null && currencyText.IsEmpty && !_currencyGiven)
        {
            // "25 Mkr" names the krona or krone of four countries: the row's country or region says which, or the row is rejected.
            amount = amount with { Currency = named = KronaCurrency.Of(Cell(CanonicalField.Country), Cell(CanonicalField.Region), _regions) };
            if (named is null)
            {
                CurrenciesWithoutRate.Add(UnknownCurrencyCode.Krona);
                Reject(CanonicalField.Amount, DataIssueCodes.CurrencyUnknown, KronaCurrency.Undecided(Show(amountText)));
                return;
            }
        }

        var shown = amount.Currency is null && amount.Status == AmountStatus.Ok ? ShownCurrency() : null;
        var fromFormat = shown is not null && named is null && currencyText.IsEmpty && !_currencyGiven;
        var assumed = named is null && currencyText.IsEmpty && !_currencyGiven && !fromFormat;
        if (fromFormat && !_reference.Fx.Supports(shown!.Code) && shown.Code != _codeWithoutRate)
        {
            CurrenciesWithoutRate.Add(shown.Code);
            Reject(CanonicalField.Amount, DataIssueCodes.CurrencyUnknown, $"the amount cell's number format shows {shown.Sign} ({shown.Code}), a currency with no exchange rate in fx.csv (known: {string.Join(", ", _reference.Fx.Currencies)}); set 'currency:' in a mapping file if the amounts are in another currency.");
            return;
        }

        var defaultCurrency = _defaultCurrency;
        if (assumed && amount.IndianUnit)
        {
            // "15 lakh" with no currency anywhere: crore and lakh count rupees; said on the line, never assumed silently.
            assumed = false;
            defaultCurrency = "INR";
            _issues.Warn(DataIssueCodes.IndianUnitCurrency, line, _resolver.Name(CanonicalField.Amount, _row.Columns), $"{Show(amountText)} names no currency, and crore and lakh count Indian rupees: read in INR. Write the currency with the amount, in a currency column or as 'currency:' in a mapping file to read it otherwise.");
        }

        var currency = _currencyCache.Get(fromFormat ? shown!.Code : amount.Currency ?? (currencyText.IsEmpty ? unit?.Currency ?? defaultCurrency : currencyText), (Fx: _reference.Fx, Accepted: _codeWithoutRate), static (raw, state) =>
        {
            var code = NormalizeCurrency(raw);
            return new MappedValue(code, state.Fx.Supports(code) || code == state.Accepted);
        });
        if (!currency.Mapped)
        {
            CurrenciesWithoutRate.Add(currency.Value);
        }

        if (!currency.Mapped && amount.Currency is not null)
        {
            Reject(CanonicalField.Amount, DataIssueCodes.CurrencyUnknown, $"{Show(amountText)} is in {currency.Value}, a currency with no exchange rate in fx.csv {WhatToDoWithoutRate()}.");
            return;
        }

        if (!currency.Mapped)
        {
            Reject(CanonicalField.Currency, DataIssueCodes.CurrencyUnknown, $"the currency '{currency.Value}' has no exchange rate in fx.csv {WhatToDoWithoutRate()}.");
            return;
        }

        if (shown is not null)
        {
            CellFormats.Count(shown, currency.Value, fromFormat, line, currencyText.IsEmpty ? named is not null ? "the amount column's name" : "the mapping's 'currency:'" : "the currency column");
        }

        if (amount.Status == AmountStatus.Ok && AmountIsTypedNumber() && _row.Format == "xlsx")
        {
            // Workbook number cells only: JSON and Parquet numbers have no format to show a unit.
            CellUnits.Count(cellUnit, unit, line);
        }

        var stage = Map(_stageCache, CanonicalField.Stage, _stages, static (text, stages) => stages.Map(text) is { } s ? new MappedValue(text, true) { Stage = s } : new MappedValue(text, false));
        var sector = Map(_sectorCache, CanonicalField.Sector, _sectors, static (text, sectors) => sectors.MapList(text) is { } s ? new MappedValue(s, true) : new MappedValue(text, false));
        var subsector = Map(_subsectorCache, CanonicalField.Subsector, _sectors, static (text, sectors) => new MappedValue(sectors.MapSubsector(text) ?? text, true) { Sector = sectors.Map(text) });
        // A file whose regions are its countries (no region column) names each region by the country's English name, so
        // that Deutschland and Germany are one region.
        var region = _resolver.RegionFromCountry
            ? Map(_regionCache, CanonicalField.Region, _regions, static (text, regions) => CountryNames.Code(text) is { } code ? new MappedValue(CountryNames.EnglishName(code) ?? text, true) : regions.MapLocation(text) is { } r ? new MappedValue(r, true) : new MappedValue(text, false))
            : Map(_regionCache, CanonicalField.Region, _regions, static (text, regions) => MapRegion(text, regions));
        // A country the tables know is its ISO code (USA, United States and 美国 are US); others stay as written.
        var country = Map(_countryCache, CanonicalField.Country, 0, static (text, _) => CountryNames.Code(text) is { } code ? new MappedValue(code, true) : new MappedValue(text, false));

        // The id, company and investors are numbered by the collector, which also rejects a repeated id.
        var idText = Cell(CanonicalField.Id);
        var flags = (byte)((idText.IsEmpty ? 0 : DealTable.HasExplicitId) | (assumed ? DealTable.CurrencyAssumed : 0) | dateFlags);
        if (fromFormat ? shown!.YenSign : amount.Currency is null ? currencyText.Trim() is "¥" or "￥" : amount.YenSign)
        {
            flags |= DealTable.YenSign;
        }

        if (amount.Status == AmountStatus.Ok)
        {
            flags |= (byte)(DealTable.HasAmount | (amount.Estimated ? DealTable.IsEstimated : 0));
        }

        batch.Add(line, date.DayNumber, amount.Status == AmountStatus.Ok ? amount.Value : 0m, flags, [stage, sector, subsector, region, country, currency], idText, companyText, Cell(CanonicalField.CompanyId), Cell(CanonicalField.Investors));
    }

    /// <summary>
    /// A region column's value: the region the directory maps it to, else the text as written (unmapped). A country's
    /// ISO code that names a region of another country (<c>AR</c>, <c>CO</c>, <c>CA</c>, <c>DE</c>: US states) is that
    /// region, with the country beside it for <see cref="DecideRegionCodes"/>.
    /// </summary>
    private static MappedValue MapRegion(string text, RegionDirectory regions)
    {
        var state = BareStateCodes.Of(text, regions);
        if (regions.MapLocation(text) is not { } region)
        {
            return new MappedValue(text, false) { BareState = state, Written = state is null ? null : text.Trim() };
        }

        if (state is not null)
        {
            return new MappedValue(region, true) { BareState = state, Written = text.Trim() };
        }

        var code = CountryNames.Code(text);
        return code is not null && text.AsSpan().Trim().Equals(code, StringComparison.OrdinalIgnoreCase) && regions.CountryOf(region) != code
            ? new MappedValue(region, true) { CountryCode = code }
            : new MappedValue(region, true);
    }

    /// <summary>
    /// The currencies with rates and what to do with an amount in another: no rate can be taken from the data, so the
    /// amount is converted where it comes from, or left out while the deal still counts.
    /// </summary>
    private string WhatToDoWithoutRate() =>
        $"(known: {string.Join(", ", _reference.Fx.Currencies)}): convert such amounts to one of these at the deal year's average rate and name that currency, or leave the amount empty to count the deal without it; an export whose every amount is in one such currency is read and reported in it";

    /// <summary>The source name of the amount column; null when the file has none.</summary>
    public string? AmountColumn(IReadOnlyList<string> columns) =>
        _resolver.Columns[(int)CanonicalField.Amount] >= 0 ? _resolver.Name(CanonicalField.Amount, columns) : null;

    /// <summary>The unit the amount column's name gives its plain numbers; null when it gives none.</summary>
    public AmountColumnUnit? AmountUnit => _resolver.AmountUnit;

    /// <summary>The source name of the date column.</summary>
    public string? DateColumn(IReadOnlyList<string> columns) => _resolver.Name(CanonicalField.Date, columns);

    /// <summary>
    /// Parses an amount: plain numbers directly, anything else (units, currency words, ranges) once per distinct
    /// text, counting what each says about the column's number format.
    /// </summary>
    private ParsedAmount ParseAmount(ReadOnlySpan<char> text, int line)
    {
        if (!text.ContainsAnyExcept(NotPlainNumber))
        {
            var plain = _amounts.Read(text);
            if (plain.Evidence is NumberEvidence.None || !_autoNumbers)
            {
                return plain;
            }

            if (plain.Evidence is not (NumberEvidence.AmbiguousDot or NumberEvidence.AmbiguousComma))
            {
                Observe(plain.Evidence, line, text, null);
                return plain;
            }
        }

        var entry = _amountCache.Get(text, _amounts, static (raw, parser) => new AmountEntry(raw, parser.Read(raw)));
        if (entry.Amount.Evidence != NumberEvidence.None && _autoNumbers)
        {
            Observe(entry.Amount.Evidence, line, text, entry);
        }

        return entry.Amount;
    }

    /// <summary>Counts a value's evidence; keeps the values that read both ways until a value needing a decimal point settles their reading.</summary>
    private void Observe(NumberEvidence evidence, int line, ReadOnlySpan<char> text, AmountEntry? entry)
    {
        Numbers.Observe(evidence, line, text);
        if (evidence == NumberEvidence.DotDecimal && !_pointSeen)
        {
            _pointSeen = true;
            _ambiguous.Clear();
        }
        else if (!_pointSeen && entry is not null && evidence is NumberEvidence.AmbiguousDot or NumberEvidence.AmbiguousComma)
        {
            _ambiguous.Add((line, entry));
        }
    }

    /// <summary>The currency the amount cell's own number format shows (a workbook's <c>"$"#,##0</c>); null when it shows none.</summary>
    private CellFormatCurrency? ShownCurrency()
    {
        if (AmountFormat() is not { } format)
        {
            return null;
        }

        var shown = _formatCurrencies.Get(format, CellFormatCurrency.Of);
        return ReferenceEquals(shown, CellFormatCurrency.None) ? null : shown;
    }

    /// <summary>The unit and thousands the amount cell's own number format shows (<c>0"万元"</c>, <c>#,##0,"K"</c>); null when it shows neither.</summary>
    private CellFormatUnit? ShownUnit()
    {
        if (AmountFormat() is not { } format)
        {
            return null;
        }

        var shown = _formatUnits.Get(format, CellFormatUnit.Of);
        return ReferenceEquals(shown, CellFormatUnit.None) ? null : shown;
    }

    /// <summary>The custom number format of the current row's amount cell when it is a number stored as a number; null otherwise.</summary>
    private string? AmountFormat() =>
        _resolver.Joined[(int)CanonicalField.Amount] is null && _resolver.Columns[(int)CanonicalField.Amount] is var column and >= 0 && _row.IsTypedNumber(column)
            ? _row.NumberFormat(column)
            : null;

    /// <summary>
    /// Whether the current row's amount is a number stored as a number: it has no locale, so it is read as written
    /// (<c>1234567.89</c>) and says nothing about the decimal separator of the amounts written as text.
    /// </summary>
    private bool AmountIsTypedNumber() =>
        _resolver.Joined[(int)CanonicalField.Amount] is null && _resolver.Columns[(int)CanonicalField.Amount] is var column and >= 0 && _row.IsTypedNumber(column);

    /// <summary>The cached mapping of a field's trimmed text (null when empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private MappedValue? Map<TState>(ValueCache<MappedValue> cache, CanonicalField field, TState state, Func<string, TState, MappedValue> create)
    {
        var text = Cell(field);
        if (text.IsEmpty)
        {
            return null;
        }

        return cache.Get(text, state, create);
    }

    /// <summary>A currency cell as its ISO code: the currency the text names as an amount would (<c>人民币</c>, <c>US$</c>, <c>円</c>, <c>NT$</c>), else the text in upper case.</summary>
    private static string NormalizeCurrency(string raw) => AmountParser.Parse(raw).Currency ?? raw.Trim().ToUpperInvariant();

    /// <summary>
    /// Why a row without a date is no deal at all: it repeats the column names (two exports joined together), or it is a
    /// total row (<c>Total</c>, <c>合计</c> in its date or company cell); null for a deal whose date is missing or wrong.
    /// </summary>
    private string? NotADeal(ReadOnlySpan<char> dateText)
    {
        // Exports joined with 'cat' keep each one's byte-order mark, which the cells have already lost (Field).
        var company = Cell(CanonicalField.Company).Trim();
        dateText = dateText.Trim();
        if (_resolver.Name(CanonicalField.Date, _row.Columns) is { } dateColumn && dateText.Equals(dateColumn.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)
            && (_resolver.Name(CanonicalField.Company, _row.Columns) is not { } companyColumn || company.Equals(companyColumn.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"the row repeats the column names of line {_row.HeaderLine} (two exports joined together?); it is left out.");
        }

        return TotalRows.IsTotal(dateText) || TotalRows.IsTotal(company) ? $"{Show(TotalRows.IsTotal(dateText) ? dateText : company)} marks a total row, not a deal; it is left out." : null;
    }

    private void Reject(CanonicalField field, string code, string message) =>
        _issues.Reject(code, _row.Line, _resolver.Name(field, _row.Columns) ?? CanonicalFields.Name(field), message);

    /// <summary>A cell's text as messages quote it: trimmed, in quotes, cut after 57 characters.</summary>
    internal static string Show(ReadOnlySpan<char> raw)
    {
        var text = raw.Trim();
        return text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}...'";
    }

    private sealed record AmountEntry(string Text, ParsedAmount Amount);
}
