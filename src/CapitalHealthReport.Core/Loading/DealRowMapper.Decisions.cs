using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// What the row mapper observes over the rows and settles and tells once every row is read: the amount column's number
/// format, the order of day and month, currencies and units, and the load's counts.
/// </summary>
internal sealed partial class DealRowMapper
{
    /// <summary>The date column's values that name day and month in either order, and the order they show (<see cref="SecondReading"/>).</summary>
    public DateOrderEvidence DateOrder { get; }

    /// <summary>The amounts whose <c>mil</c> was read as a thousand, and why.</summary>
    public MilThousands Mil { get; } = new();

    /// <summary>The amount column's values by what they say of its decimal separator.</summary>
    public NumberFormatDetector Numbers { get; } = new();

    /// <summary>The currencies amount cells' number formats show, and which of them the deals were read in.</summary>
    public CellFormatCurrencies CellFormats { get; } = new();

    /// <summary>The units amount cells' number formats show, and how the cells were read by them.</summary>
    public CellFormatUnits CellUnits { get; } = new();

    /// <summary>
    /// The currencies rows were rejected for having no exchange rate (<see cref="DataIssueCodes.CurrencyUnknown"/>), by
    /// ISO code; <see cref="UnknownCurrencyCode.Krona"/> for a <c>kr</c> no country decides.
    /// </summary>
    public HashSet<string> CurrenciesWithoutRate { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Decides the amount column's number format from all its values (throwing a located error when they disagree)
    /// and reads again, in <paramref name="table"/>, the values that read both ways when the decision is not the
    /// reading they were given; null when the file has no amount column.
    /// </summary>
    public NumberFormatDecision? DecideNumbers(DealTable table, string? column)
    {
        if (column is null)
        {
            return null;
        }

        if (!_autoNumbers)
        {
            return new NumberFormatDecision(column, _amounts.Style!.Value.ToString(), "set by the mapping", Assumed: false);
        }

        var (style, decision) = Numbers.Decide(_issues.File, column);
        if (style != NumberStyle.Dot && _ambiguous.Count > 0)
        {
            // Rows were read as each value suggested (a decimal point); the column's decimal comma reads these as whole numbers.
            var parser = new AmountParser(style, _amounts.Undisclosed, _amounts.MilThousands, _amounts.CodeWithoutRate);
            var row = 0;
            foreach (var (line, entry) in _ambiguous)
            {
                while (row < table.Count && table.Line[row] < line)
                {
                    row++;
                }

                if (row < table.Count && table.Line[row] == line && parser.Read(entry.Text) is { Status: AmountStatus.Ok } amount)
                {
                    table.Amount[row] = AmountUnit is { } unit && AmountColumnUnit.AppliesTo(entry.Text) ? amount.Value * unit.Scale : amount.Value;
                }
            }
        }

        return decision;
    }

    /// <summary>
    /// Reads, in <paramref name="table"/>, a region column's country codes that are also regions' codes (<c>AR</c>,
    /// <c>CO</c>: Arkansas and Colorado) as the countries (Argentina, Colombia, by their English names) when every other
    /// value of the column is a country the tables know and the region directory does not hold (Brazil, Chile, Mexico),
    /// as the regions otherwise; a column of such codes alone keeps the regions. A country column, and a region read from
    /// it, reads codes as countries already.
    /// </summary>
    public void DecideRegionCodes(DealTable table)
    {
        if (_resolver.RegionFromCountry)
        {
            return;
        }

        Dictionary<string, string>? codes = null;
        var countries = false;
        foreach (var entry in _regionCache.Values)
        {
            if (entry.Count == 0)
            {
                continue;
            }

            if (entry.CountryCode is { } code)
            {
                (codes ??= new(StringComparer.Ordinal))[entry.Value] = CountryNames.EnglishName(code) ?? code;
            }
            else if (CountryNames.Code(entry.Value) is null || _regions.Find(entry.Value) is not null)
            {
                // A province, a state or a place that is no country (Arkansas, Texas, Hong Kong): the codes are regions too.
                return;
            }
            else
            {
                countries = true;
            }
        }

        if (codes is null || !countries)
        {
            return;
        }

        // Every other value is a country, so no deal of the column names the states themselves: their names are the codes'.
        var region = table.Region;
        for (var i = 0; i < table.Count; i++)
        {
            if (region[i] is { } name && codes.TryGetValue(name, out var country))
            {
                region[i] = country;
            }
        }
    }

    /// <summary>
    /// Reads, in <paramref name="table"/>, a region column's bare two-letter codes of Brazilian or Australian states
    /// (<c>SP</c>, <c>SC</c>, <c>WA</c>, <c>SA</c>) as those states for the deals whose country is the state's, and for every
    /// deal when the column's other values are of the state's country alone (a state by its name or its own code: São
    /// Paulo, <c>SP</c>, <c>NSW</c>, <c>VIC</c>); elsewhere they stay what they were (<c>SC</c> South Carolina,
    /// <c>WA</c> Washington, <c>SP</c> unmapped). A code that is also a country's (<c>SA</c>) tells no country itself; a deal
    /// whose country column names another country (<c>SA</c> beside Saudi Arabia, <c>WA</c> beside the United States)
    /// keeps its value.
    /// </summary>
    public void DecideStateCodes(DealTable table)
    {
        if (_resolver.RegionFromCountry)
        {
            return;
        }

        Dictionary<string, MappedValue>? codes = null;
        HashSet<string>? countries = null;
        foreach (var entry in _regionCache.Values)
        {
            if (entry.Count == 0)
            {
                continue;
            }

            if (entry.BareState is { } state)
            {
                // A code that is a state's alone (SP, MG, NT: no other region's) says the column is of the state's country.
                (codes ??= new(StringComparer.Ordinal))[entry.Value] = entry;
                if (!entry.Mapped && CountryNames.Code(entry.Value) is null)
                {
                    (countries ??= new(StringComparer.Ordinal)).Add(_regions.CountryOf(state) ?? "");
                }
            }
            else if (entry.Mapped)
            {
                (countries ??= new(StringComparer.Ordinal)).Add(_regions.CountryOf(entry.Value) ?? "");
            }
        }

        if (codes is null)
        {
            return;
        }

        var only = countries is { Count: 1 } ? countries.First() : null;
        var read = new Dictionary<string, (int ByColumn, int ByDealCountry)>(StringComparer.Ordinal);
        for (var i = 0; i < table.Count; i++)
        {
            if (table.Region[i] is { } value && codes.TryGetValue(value, out var entry) && _regions.CountryOf(entry.BareState!) is { } of
                && (table.Country[i] == of || (of == only && table.Country[i] is null)))
            {
                table.Region[i] = entry.BareState;
                var (byColumn, byDealCountry) = read.GetValueOrDefault(value);
                read[value] = table.Country[i] == of ? (byColumn, byDealCountry + 1) : (byColumn + 1, byDealCountry);
            }
        }

        var readings = new List<StateCodeReading>();
        foreach (var (value, entry) in codes)
        {
            var (byColumn, byDealCountry) = read.GetValueOrDefault(value);
            entry.ReadAsState = byColumn + byDealCountry == entry.Count;
            readings.Add(new StateCodeReading(entry.Written ?? value, entry.BareState!, _regions.CountryOf(entry.BareState!) ?? "", byColumn, byDealCountry, entry.Count - byColumn - byDealCountry, entry.Mapped ? entry.Value : null));
        }

        StateCodes = [.. readings.OrderBy(static r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>How each bare state code or shared name of the region column was read (<see cref="DecideStateCodes"/>); empty when none.</summary>
    public IReadOnlyList<StateCodeReading> StateCodes { get; private set; } = [];

    /// <summary>The load's counts, with the reader's blank rows and format.</summary>
    public LoadStatistics Statistics(IRowReader reader, int invalidLines, DealTable rows)
    {
        int undisclosed = 0, estimated = 0, first = int.MaxValue, last = int.MinValue;
        for (var i = 0; i < rows.Count; i++)
        {
            var flags = rows.Flags[i];
            undisclosed += (flags & DealTable.HasAmount) == 0 ? 1 : 0;
            estimated += (flags & DealTable.IsEstimated) != 0 ? 1 : 0;
            first = Math.Min(first, rows.Day[i]);
            last = Math.Max(last, rows.Day[i]);
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
            UnmappedCountries = Unmapped(_countryCache),
            RegionFromCountryColumn = _resolver.RegionFromCountry ? _resolver.Name(CanonicalField.Country, reader.Columns) : null,
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
            if (!entry.Mapped && entry.Count > 0 && !entry.ReadAsState)
            {
                result[entry.Value] = result.GetValueOrDefault(entry.Value) + entry.Count;
            }
        }

        return result;
    }
}
