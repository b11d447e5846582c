using System.Runtime.InteropServices;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// What the analysis takes its defaults from: the currencies of the deals (and how many were assumed, for want of a
/// currency column, a currency in the amount or one in the mapping), and the data's country, from the country column
/// or else from the regions' country.
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
    /// others disagree or are not the majority (the deals then stay in <see cref="AssumedCurrency"/>).
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

    /// <summary>Sets the currencies and country of <paramref name="profile"/> from the rows of <paramref name="table"/> whose dates are plausible.</summary>
    public static void Describe(DealTable table, ReferenceData reference, DataProfile profile)
    {
        var byCurrency = new Dictionary<string, int>(StringComparer.Ordinal);
        var byCountryColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        var byRegion = new Dictionary<string, int>(StringComparer.Ordinal);
        var assumed = 0;
        string? assumedIn = null;
        string? lastCurrency = null, lastCountry = null, lastRegion = null;
        int currencyRun = 0, countryRun = 0, regionRun = 0;
        for (var row = 0; row < table.Count; row++)
        {
            if ((table.Flags[row] & DealTable.DateImplausible) != 0)
            {
                continue;
            }

            if ((table.Flags[row] & DealTable.CurrencyAssumed) != 0)
            {
                // Every such deal was read in one currency: the default, or the one the other deals name.
                assumedIn ??= table.Currency[row];
                assumed++;
            }
            Count(byCurrency, table.Currency[row], ref lastCurrency, ref currencyRun);
            Count(byCountryColumn, table.Country[row], ref lastCountry, ref countryRun);
            Count(byRegion, table.Region[row], ref lastRegion, ref regionRun);
        }

        Flush(byCurrency, lastCurrency, currencyRun);
        var currencies = new SortedDictionary<string, int>(byCurrency, StringComparer.Ordinal);
        Flush(byCountryColumn, lastCountry, countryRun);
        Flush(byRegion, lastRegion, regionRun);

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
        profile.Currencies = currencies;
        profile.CurrencyAssumedDeals = assumed;
        profile.AssumedCurrency = assumedIn;
        profile.DealsByCountry = countries;
        profile.Country = total > 0 && top.Value * 2 > total ? top.Key : null;
        profile.CountryBasis = total > 0 ? basis : "none";
    }

    // Exports repeat a value on consecutive rows: counted in runs, one dictionary update per run.
    private static void Count(Dictionary<string, int> counts, string? value, ref string? last, ref int run)
    {
        if (ReferenceEquals(value, last) || value == last)
        {
            run++;
            return;
        }

        Flush(counts, last, run);
        last = value;
        run = 1;
    }

    private static void Flush(Dictionary<string, int> counts, string? value, int run)
    {
        if (value is not null && run > 0)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _) += run;
        }
    }

    private static void Add(SortedDictionary<string, int> counts, string key, int count) => counts[key] = counts.TryGetValue(key, out var n) ? n + count : count;
}
