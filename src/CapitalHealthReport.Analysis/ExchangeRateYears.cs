using System.Globalization;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport;

/// <summary>
/// Says when amounts are converted at another year's rates because the exchange-rate table has none for the deal's
/// year (rates for 2026 before the table has them; a currency whose table starts later): the conversion is then an
/// approximation, and a reader of the report should know.
/// </summary>
internal static class ExchangeRateYears
{
    /// <summary>The note, or null when every converted amount has its own year's rates (or nothing is converted).</summary>
    public static AnalysisNote? Note(DealSet deals, IEnumerable<string> currencies, string reportingCurrency, FxTable fx)
    {
        // Most data lies within the table's years: then no deal needs looking at.
        var converted = currencies.Where(c => !string.Equals(c, reportingCurrency, StringComparison.OrdinalIgnoreCase) && fx.Supports(c)).ToHashSet(StringComparer.Ordinal);
        if (converted.Count == 0 || deals.FirstDate is not { } first || deals.LastDate is not { } last
            || converted.Append(reportingCurrency).All(c => Enumerable.Range(first.Year, last.Year - first.Year + 1).All(y => fx.RateYear(c, y) == y)))
        {
            return null;
        }

        // Per currency lacking a year: the year → the year whose rate stands in for it.
        var stand = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (code, years) in deals.AmountYears().Where(p => converted.Contains(p.Key)))
        {
            foreach (var year in years)
            {
                foreach (var currency in new[] { code, reportingCurrency })
                {
                    if (fx.RateYear(currency, year) is var rateYear && rateYear != year)
                    {
                        if (!stand.TryGetValue(currency, out var byYear))
                        {
                            byYear = [];
                            stand[currency] = byYear;
                        }

                        byYear[year] = rateYear;
                    }
                }
            }
        }

        if (stand.Count == 0)
        {
            return null;
        }

        var gaps = string.Join("; ", stand.Select(static p => p.Key + " " + Ranges(p.Value, chinese: false)));
        var chineseGaps = string.Join("；", stand.Select(static p => p.Key + " " + Ranges(p.Value, chinese: true)));
        return AnalysisNote.Info(
            "fx-nearest-year",
            $"the exchange-rate table has no rate for some years of the deals, so their amounts are converted at the nearest year's rate: {gaps}. Add those years' rates to fx.csv for exact conversions.",
            $"汇率表缺少部分交易年份的汇率，这些金额按最近年份的汇率换算：{chineseGaps}。在 fx.csv 中补充这些年份的汇率即可精确换算。");
    }

    /// <summary>"2016 at 2015's rate, 2024–2025 at 2023's rate" (or "2016年按2015年汇率"): consecutive years standing in for by the same year, as ranges.</summary>
    private static string Ranges(SortedDictionary<int, int> byYear, bool chinese)
    {
        var parts = new List<string>();
        var list = byYear.ToList();
        for (var i = 0; i < list.Count;)
        {
            var start = i;
            while (i + 1 < list.Count && list[i + 1].Key == list[i].Key + 1 && list[i + 1].Value == list[start].Value)
            {
                i++;
            }

            var years = i == start
                ? list[start].Key.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{list[start].Key}–{list[i].Key}");
            parts.Add(chinese
                ? string.Create(CultureInfo.InvariantCulture, $"{years}年按{list[start].Value}年汇率")
                : string.Create(CultureInfo.InvariantCulture, $"{years} at {list[start].Value}'s rate"));
            i++;
        }

        return string.Join(chinese ? "，" : ", ", parts);
    }
}
