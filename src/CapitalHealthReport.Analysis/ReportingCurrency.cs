using System.Globalization;
using CapitalHealthReport.Model;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport;

/// <summary>
/// Chooses the currency every amount is converted to: the configuration's <c>reporting_currency</c> when it names one,
/// else the data's currency when every deal shares it, else CNY. A choice the configuration did not make is noted.
/// </summary>
internal static class ReportingCurrency
{
    /// <summary>The currency when neither the configuration nor the data decides.</summary>
    public const string Fallback = "CNY";

    public static (string Code, AnalysisNote? Note) Choose(AnalysisConfig config, DealSet deals)
    {
        if (config.SetsReportingCurrency)
        {
            return (config.Parameters.ReportingCurrency, null);
        }

        var currencies = deals.CurrencyCounts()
            .Select(static p => (Currency: p.Key, Count: p.Value))
            .OrderByDescending(static c => c.Count)
            .ThenBy(static c => c.Currency, StringComparer.Ordinal)
            .ToList();
        if (currencies.Count == 1)
        {
            var only = currencies[0].Currency;
            return (only, AnalysisNote.Info("currency-from-data", $"amounts are reported in {only}, the currency of every deal (set parameters.reporting_currency to choose another)."));
        }

        if (currencies.Count == 0)
        {
            return (Fallback, null);
        }

        var mix = string.Join(", ", currencies.Select(static c => string.Create(CultureInfo.InvariantCulture, $"{c.Currency} {c.Count:N0}")));
        return (Fallback, AnalysisNote.Info("currency-assumed", $"the deals are in several currencies ({mix}); amounts are converted to {Fallback}, the default (set parameters.reporting_currency to choose another)."));
    }
}
