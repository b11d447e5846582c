namespace CapitalHealthReport.Loading;

/// <summary>A mapping target that is not a known canonical value: a new sector or region the mapping creates.</summary>
public sealed record NewCategory(string Kind, string Source, string Target);

/// <summary>A field that grouped exports leave empty after its first row: <c>fill_down</c> would fill these rows.</summary>
public sealed record FillDownSuggestion(string Field, int Rows);

/// <summary>
/// What a load learnt about the data beyond its rows, for <c>data validate</c>, the analysis's defaults and the
/// report's data-quality section: how it was read (encoding and why, number format), what was assumed, which dates
/// and rows were left out, duplicates, new categories, and the data's currencies and country.
/// </summary>
public sealed class DataProfile
{
    private readonly Lazy<DuplicateReport> _duplicates;

    public DataProfile()
        : this(() => DuplicateReport.None)
    {
    }

    /// <summary>A profile whose duplicates are found when first asked for (most commands never show them).</summary>
    internal DataProfile(Func<DuplicateReport> duplicates)
    {
        _duplicates = new Lazy<DuplicateReport>(duplicates);
    }

    /// <summary>Why the encoding was chosen (byte-order mark, mapping, valid UTF-8, or the scores of <c>auto</c>); empty for binary formats.</summary>
    public string EncodingReason { get; init; } = "";

    /// <summary>The amount column's number format and how it was decided; null when the file has no amount column.</summary>
    public NumberFormatDecision? NumberFormat { get; init; }

    /// <summary>The unit the amount column's name gives its plain numbers (<c>万元</c> in "融资金额（万元）"); null when it gives none.</summary>
    public AmountColumnUnit? AmountUnit { get; init; }

    /// <summary>The amounts whose <c>mil</c> was read as a thousand, and why (empty when none).</summary>
    public MilThousands MilThousands { get; init; } = new();

    /// <summary>
    /// What the date column's values written with their year last say of the order of day and month, and so the order
    /// they were read in (<see cref="DateOrderEvidence.Decided"/>; none when a mapping's <c>date_format</c> reads them).
    /// </summary>
    public DateOrderEvidence DateOrder { get; init; } = new();

    /// <summary>How the region column's bare state codes and names two countries share were read (<c>WA</c>, <c>SC</c>, <c>North West</c>).</summary>
    public IReadOnlyList<StateCodeReading> StateCodes { get; init; } = [];

    /// <summary>The cell texts read as missing in every field.</summary>
    public IReadOnlyList<string> NaValues { get; init; } = [];

    /// <summary>Loaded deals per currency (ISO 4217), ordinal order; a deal with neither an amount nor a currency is in none.</summary>
    public IReadOnlyDictionary<string, int> Currencies { get; internal set; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Deals with an amount whose currency was assumed: no currency column value, no currency in the amount and none in the mapping.</summary>
    public int CurrencyAssumedDeals { get; internal set; }

    /// <summary>The currency assumed for them (the currency every other deal names, else the country's, else CNY); null when none was assumed.</summary>
    public string? AssumedCurrency { get; internal set; }

    /// <summary>Why <see cref="AssumedCurrency"/> was assumed: the currency of every other deal, of the data's country, or the default.</summary>
    public CurrencyAssumption AssumedCurrencyBasis { get; internal set; }

    /// <summary>
    /// The currencies workbook amount cells show by their number format: the deals read in them (naming no currency
    /// otherwise), and the deals read in another currency than their cell shows.
    /// </summary>
    public CellFormatCurrencies CellFormatCurrencies { get; init; } = new();

    /// <summary>How workbook amount cells were read by the unit their number format shows (<c>0"万元"</c>, <c>#,##0,"K"</c>).</summary>
    public CellFormatUnits CellFormatUnits { get; init; } = new();

    /// <summary>
    /// Deals whose currency is the sign <c>¥</c> alone, which yuan and yen share, and how they were read
    /// (<see cref="YenSignReading"/>): in the mapping's currency when it is JPY or CNY, else in yen when the deal's own
    /// country or region is Japan (or, naming no place, when the data's <see cref="Country"/> is), else in yuan.
    /// </summary>
    public YenSignReading YenSigns { get; internal set; } = YenSignReading.None;

    /// <summary>Deals whose currency is the sign <c>¥</c> alone.</summary>
    public int YenSignDeals => YenSigns.Deals;

    /// <summary>The currency the deals written with <c>¥</c> alone were read in: JPY or CNY when all in one, null when there are none or some were read in each.</summary>
    public string? YenSignCurrency => YenSigns.Deals == 0 ? null : YenSigns.Yen == YenSigns.Deals ? "JPY" : YenSigns.Yen == 0 ? "CNY" : null;

    /// <summary>The one currency of every deal, or null when the deals have several (or none).</summary>
    public string? SingleCurrency => Currencies.Count == 1 ? Currencies.Keys.First() : null;

    /// <summary>The data's country (ISO 3166 alpha-2): the country of most deals, when more than half of those with one; null otherwise.</summary>
    public string? Country { get; internal set; }

    /// <summary>Where <see cref="Country"/> comes from: <c>country column</c>, <c>regions</c>, or <c>none</c>.</summary>
    public string CountryBasis { get; internal set; } = "none";

    /// <summary>Loaded deals per country (codes where known, else as written), ordinal order.</summary>
    public IReadOnlyDictionary<string, int> DealsByCountry { get; internal set; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Rows left out for an implausible date, in file order.</summary>
    public IReadOnlyList<ImplausibleDate> ImplausibleDates { get; init; } = [];

    /// <summary>The last plausible deal date. Null when no date is plausible.</summary>
    public DateOnly? LastPlausibleDate { get; init; }

    /// <summary>Plausible deals the file dates by their month alone (<c>2024-03</c>) and by their quarter alone (<c>2024-Q1</c>).</summary>
    public (int Months, int Quarters) DatedByPeriod { get; init; }

    /// <summary>
    /// The last day a plausible date covers, when the latest deals are dated by their month or quarter alone: the last day of
    /// that month or quarter (never after <c>--as-of</c>). Null when no deal is dated so.
    /// </summary>
    public DateOnly? CoveredThrough { get; init; }

    /// <summary>Exact and probable duplicate rows (found on first use unless <c>dedupe: exact</c> dropped some).</summary>
    public DuplicateReport Duplicates => _duplicates.Value;

    /// <summary>Mapping targets that are not known canonical values.</summary>
    public IReadOnlyList<NewCategory> NewCategories { get; init; } = [];

    /// <summary>Fields a <c>fill_down:</c> would fill in many rows (grouped exports), when the mapping has none.</summary>
    public IReadOnlyList<FillDownSuggestion> FillDownSuggestions { get; init; } = [];

    /// <summary>Fields filled down from the row before, and how many cells were filled.</summary>
    public IReadOnlyDictionary<string, int> FilledDown { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);
}

/// <summary>
/// How the deals written with <c>¥</c> alone were read: <see cref="Deals"/> in all; in <see cref="MappingCurrency"/>
/// (JPY or CNY) when the mapping set it; else yen for <see cref="ByPlace"/> deals whose own country or region is Japan
/// and <see cref="ByDataCountry"/> deals naming no place in data whose country is Japan; yuan for the rest.
/// </summary>
public sealed record YenSignReading(int Deals, string? MappingCurrency, int ByMapping, int ByPlace, int ByDataCountry)
{
    public static YenSignReading None { get; } = new(0, null, 0, 0, 0);

    /// <summary>Deals read in yen.</summary>
    public int Yen => ByMapping + ByPlace + ByDataCountry;

    /// <summary>Deals read in yuan.</summary>
    public int Yuan => Deals - Yen;
}
