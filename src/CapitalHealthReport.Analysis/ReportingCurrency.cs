using System.Globalization;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport;

/// <summary>
/// Chooses the currency every amount is converted to: the configuration's <c>reporting_currency</c> when it names one,
/// else the data's currency when every deal shares one, else the currency of the data's country when the exchange-rate
/// table has it (US deals in several currencies are reported in dollars), else the currency most deals are in; CNY
/// only when no deal has a currency. A choice the configuration did not
/// make is noted, and so is a currency the loader had to assume for deals that name none.
/// </summary>
internal static class ReportingCurrency
{
    /// <summary>The currency when neither the configuration nor the data decides (and the one deals naming none are read in).</summary>
    public const string Fallback = "CNY";

    /// <summary>The reporting currency and the notes saying what was taken from the data or assumed.</summary>
    public static (string Code, IReadOnlyList<AnalysisNote> Notes) Choose(AnalysisConfig config, DataProfile profile, FxTable fx)
    {
        var notes = new List<AnalysisNote>();
        var total = profile.Currencies.Values.Sum();
        if (profile.CurrencyAssumedDeals > 0)
        {
            var which = profile.CurrencyAssumedDeals == total
                ? "no deal names its currency"
                : string.Create(CultureInfo.InvariantCulture, $"{profile.CurrencyAssumedDeals:N0} of {total:N0} deals name no currency");
            var read = profile.CurrencyAssumedDeals == total && !config.SetsReportingCurrency ? "read and reported as" : "read as";
            notes.Add(AnalysisNote.Warning("deal-currency-assumed", $"{which} (no currency column value, none in the amount, no 'currency:' in the mapping): {read} {profile.AssumedCurrency ?? Fallback}, assumed{Basis(profile)}; set 'currency:' in a mapping file if that is wrong."));
        }

        if (profile.YenSignCurrency is { } yen)
        {
            var deals = profile.YenSignDeals == 1 ? "1 deal gives its currency" : string.Create(CultureInfo.InvariantCulture, $"{profile.YenSignDeals:N0} deals give their currency");
            notes.Add(yen == "JPY"
                ? AnalysisNote.Info("yen-sign", $"{deals} as ¥ alone, which yuan and yen share: read as JPY, the data's country being Japan (from the {profile.CountryBasis}).")
                : AnalysisNote.Info("yen-sign", $"{deals} as ¥ alone, which yuan and yen share: read as CNY; if they are yen, set 'currency: JPY' in a mapping file (a file whose regions or country column say Japan is read in yen)."));
        }

        if (config.SetsReportingCurrency)
        {
            return (config.Parameters.ReportingCurrency, notes);
        }

        var currencies = profile.Currencies
            .Select(static p => (Currency: p.Key, Count: p.Value))
            .OrderByDescending(static c => c.Count)
            .ThenBy(static c => c.Currency, StringComparer.Ordinal)
            .ToList();
        if (currencies.Count == 1)
        {
            var only = currencies[0].Currency;
            if (profile.CurrencyAssumedDeals == 0)
            {
                notes.Insert(0, AnalysisNote.Info("currency-from-data", $"amounts are reported in {only}, the currency of every deal (set parameters.reporting_currency to choose another)."));
            }

            return (only, notes);
        }

        if (currencies.Count == 0)
        {
            return (Fallback, notes);
        }

        var mix = string.Join(", ", currencies.Select(static c => string.Create(CultureInfo.InvariantCulture, $"{c.Currency} {c.Count:N0}")));
        if (profile.Country is { } country && CountryNames.Currency(country) is { } national && fx.Supports(national))
        {
            notes.Insert(0, AnalysisNote.Info("currency-assumed", $"the deals are in several currencies ({mix}); amounts are converted to {national}, the currency of the data's country ({CountryNames.EnglishName(country) ?? country}, from the {profile.CountryBasis}; set parameters.reporting_currency to choose another)."));
            return (national, notes);
        }

        // No country decides (a global export, or one naming no places): the currency most deals are in, not a default.
        var most = currencies.Select(static c => c.Currency).FirstOrDefault(fx.Supports) ?? Fallback;
        notes.Insert(0, AnalysisNote.Info("currency-assumed", $"the deals are in several currencies ({mix}); amounts are converted to {most}, the currency most deals are in, no country's currency deciding (set parameters.reporting_currency to choose another)."));
        return (most, notes);
    }

    private static string Basis(DataProfile profile) => profile.AssumedCurrencyBasis switch
    {
        CurrencyAssumption.OtherDeals => ", the currency of every other deal",
        CurrencyAssumption.Country => $", the currency of the data's country ({CountryNames.EnglishName(profile.Country!) ?? profile.Country}, from the {profile.CountryBasis})",
        _ => "",
    };
}
