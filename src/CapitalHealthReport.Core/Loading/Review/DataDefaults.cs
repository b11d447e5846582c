using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// What the analysis takes its defaults from: the data's country, from the country column or else from the regions'
/// country, and the currencies of the deals (and how many were assumed, for want of a currency column, a currency in
/// the amount or one in the mapping: read in the currency every other deal names, else in the country's, else in
/// <see cref="AssumedCurrency"/>).
/// </summary>
internal static class DataDefaults
{
    /// <summary>The currency assumed when nothing names one.</summary>
    public const string AssumedCurrency = "CNY";

    /// <summary>
    /// Reads the deals that name no currency in the one currency every other deal names, when they all name the same one
    /// and are the majority: a dollar export with a few blank currency cells is in dollars, not in
    /// <see cref="AssumedCurrency"/>; a Chinese export of <c>5000万</c> amounts with a few <c>美元</c> deals stays in yuan.
    /// The deals stay flagged <see cref="DealTable.CurrencyAssumed"/>. Returns the currency they were given; null when the
    /// others disagree or are not the majority.
    /// </summary>
    public static string? ReadUnnamedInTheOthersCurrency(DealTable table)
    {
        string? named = null;
        var unnamed = 0;
        for (var row = 0; row < table.Count; row++)
        {
            if ((table.Flags[row] & DealTable.CurrencyAssumed) != 0)
            {
                unnamed++;
            }
            else if (named is null)
            {
                named = table.Currency[row];
            }
            else if (!string.Equals(named, table.Currency[row], StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (unnamed == 0 || named is null || table.Count - unnamed <= unnamed)
        {
            return null;
        }

        for (var row = 0; row < table.Count; row++)
        {
            if ((table.Flags[row] & DealTable.CurrencyAssumed) != 0)
            {
                table.Currency[row] = named;
            }
        }

        return named;
    }

    /// <summary>
    /// Reads the deals whose currency is the sign <c>¥</c> alone (<see cref="DealTable.YenSign"/>), which yuan and yen
    /// share and which the loader read as yuan: in the mapping's currency when it is <c>JPY</c> or <c>CNY</c>; else in
    /// yen when the deal's own country column (or, without one, its region) is Japan, in yuan when it is another
    /// country; else, for a deal naming no place, in yen when the data's country (<paramref name="country"/>) is Japan.
    /// </summary>
    public static YenSignReading ReadYenSigns(DealTable table, string? country, string? mappingCurrency, RegionDirectory regions)
    {
        var mapped = mappingCurrency is "JPY" or "CNY" ? mappingCurrency : null;
        int deals = 0, byMapping = 0, byPlace = 0, byCountry = 0;
        for (var row = 0; row < table.Count; row++)
        {
            if ((table.Flags[row] & DealTable.YenSign) == 0)
            {
                continue;
            }

            deals++;
            var place = mapped is null ? PlaceCountry(table, row, regions) : null;
            var yen = mapped is not null ? mapped == "JPY" : place is not null ? place == "JP" : country == "JP";
            if (!yen)
            {
                continue;
            }

            table.Currency[row] = "JPY";
            if (mapped is not null)
            {
                byMapping++;
            }
            else if (place is not null)
            {
                byPlace++;
            }
            else
            {
                byCountry++;
            }
        }

        return new YenSignReading(deals, mapped, byMapping, byPlace, byCountry);
    }

    /// <summary>The country of a deal's own country column, or else of its region; null when neither names a known place.</summary>
    private static string? PlaceCountry(DealTable table, int row, RegionDirectory regions) =>
        table.Country[row] is { } written ? CountryNames.Code(written) : regions.CountryOf(table.Region[row]);

    /// <summary>
    /// Reads the deals that name no currency in the currency of the data's country (<paramref name="country"/>, ISO 3166
    /// alpha-2): a file of US states and plain amounts is in dollars, a German one in euros, a Colombian one in pesos.
    /// A currency the exchange-rate table has no rate for (COP) is taken only when no deal names another, since its
    /// amounts could not be converted to any. The deals stay flagged <see cref="DealTable.CurrencyAssumed"/>. Returns
    /// the currency they were given; null when the country or its currency is unknown, or has no rate beside deals in
    /// other currencies (the deals then stay in <see cref="AssumedCurrency"/>).
    /// </summary>
    public static string? ReadUnnamedInTheCountrysCurrency(DealTable table, string? country, FxTable fx)
    {
        if (country is null || CountryNames.Currency(country) is not { } currency || (!fx.Supports(currency) && NamesAnother(table, currency)))
        {
            return null;
        }

        var any = false;
        for (var row = 0; row < table.Count; row++)
        {
            if ((table.Flags[row] & DealTable.CurrencyAssumed) != 0)
            {
                table.Currency[row] = currency;
                any = true;
            }
        }

        return any ? currency : null;
    }

    /// <summary>Whether a deal of <paramref name="table"/> names a currency other than <paramref name="currency"/>.</summary>
    private static bool NamesAnother(DealTable table, string currency)
    {
        for (var row = 0; row < table.Count; row++)
        {
            if ((table.Flags[row] & DealTable.CurrencyAssumed) == 0 && !string.Equals(table.Currency[row], currency, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets the country of <paramref name="profile"/> (from the country column, else the regions) from the rows of <paramref name="table"/> whose dates are plausible.</summary>
    public static void DescribeCountry(DealTable table, ReferenceData reference, DataProfile profile)
    {
        var countryColumn = new TextCounts();
        var regionColumn = new TextCounts();
        for (var row = 0; row < table.Count; row++)
        {
            if ((table.Flags[row] & DealTable.DateImplausible) == 0)
            {
                countryColumn.Add(table.Country[row]);
                regionColumn.Add(table.Region[row]);
            }
        }

        var byCountryColumn = countryColumn.Counts();
        var byRegion = regionColumn.Counts();

        var countries = new SortedDictionary<string, int>(StringComparer.Ordinal);
        string basis;
        if (byCountryColumn.Count > 0)
        {
            basis = "country column";
            foreach (var (value, count) in byCountryColumn)
            {
                Add(countries, CountryNames.Code(value) ?? value, count);
            }
        }
        else
        {
            basis = byRegion.Count > 0 ? "regions" : "none";
            foreach (var (region, count) in byRegion)
            {
                if (reference.Regions.Find(region) is { } known)
                {
                    Add(countries, known.Country, count);
                }
            }
        }

        var total = countries.Values.Sum();
        var top = countries.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault();
        profile.DealsByCountry = countries;
        profile.Country = total > 0 && top.Value * 2 > total ? top.Key : null;
        profile.CountryBasis = total > 0 ? basis : "none";
    }

    /// <summary>
    /// Sets the currencies of <paramref name="profile"/>, and how many deals had theirs assumed, from the rows of
    /// <paramref name="table"/> whose dates are plausible. A deal with neither an amount nor a currency (<c>—</c> in
    /// both cells) is in no currency: it is not counted, and no currency is said to be assumed for it.
    /// </summary>
    public static void DescribeCurrencies(DealTable table, DataProfile profile)
    {
        var currencies = new TextCounts();
        var assumed = 0;
        string? assumedIn = null;
        for (var row = 0; row < table.Count; row++)
        {
            var flags = table.Flags[row];
            if ((flags & DealTable.DateImplausible) != 0 || (flags & (DealTable.CurrencyAssumed | DealTable.HasAmount)) == DealTable.CurrencyAssumed)
            {
                continue;
            }

            if ((flags & DealTable.CurrencyAssumed) != 0)
            {
                // Every such deal was read in one currency: the default, the one the other deals name, or the country's.
                assumedIn ??= table.Currency[row];
                assumed++;
            }

            currencies.Add(table.Currency[row]);
        }

        profile.Currencies = new SortedDictionary<string, int>(currencies.Counts(), StringComparer.Ordinal);
        profile.CurrencyAssumedDeals = assumed;
        profile.AssumedCurrency = assumedIn;
    }

    private static void Add(SortedDictionary<string, int> counts, string key, int count) => counts[key] = counts.TryGetValue(key, out var n) ? n + count : count;
}
