using System.Globalization;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Reference;

/// <summary>
/// An amount as every text of the product writes it, scaled for reading: English <c>1.2 bn CNY</c>, <c>350 M CNY</c>,
/// <c>4.5 M CNY</c>, <c>8,000 CNY</c>; Chinese <c>12.3亿元</c>, <c>3,500万元</c>, <c>8,000元</c> (亿 = 10⁸, 万 = 10⁴). The
/// narrative, the findings' messages and the findings table write amounts through it, so that one amount reads the
/// same wherever a report states it.
/// </summary>
public static class MoneyText
{
    /// <summary>An amount in <paramref name="currency"/>, rounded for reading (one decimal of billions, 亿 or of millions under ten).</summary>
    public static string Format(double amount, string currency, bool chinese)
    {
        var magnitude = Math.Abs(amount);
        if (chinese)
        {
            var unit = ChineseUnit(currency);
            return magnitude switch
            {
                >= 1e8 => FixedDecimals.Format(amount / 1e8, 1) + "亿" + unit,
                >= 1e4 => FixedDecimals.Format(amount / 1e4, 0) + "万" + unit,
                _ => FixedDecimals.Format(amount, 0) + unit,
            };
        }

        return magnitude switch
        {
            >= 1e9 => FixedDecimals.Format(amount / 1e9, 1) + " bn " + currency,
            >= 1e7 => FixedDecimals.Format(amount / 1e6, 0) + " M " + currency,
            >= 1e6 => FixedDecimals.Format(amount / 1e6, 1) + " M " + currency,
            _ => FixedDecimals.Format(amount, 0) + " " + currency,
        };
    }

    /// <summary>
    /// An amount a user set (the mega-round size), with the decimals it was written with, up to two: <c>100 M USD</c>,
    /// <c>125.5 M USD</c>, <c>1.255亿美元</c> are not rounded to another figure than the one configured.
    /// </summary>
    public static string AsSet(double amount, string currency, bool chinese)
    {
        var magnitude = Math.Abs(amount);
        if (chinese)
        {
            var unit = ChineseUnit(currency);
            return magnitude switch
            {
                >= 1e8 => Exact(amount / 1e8) + "亿" + unit,
                >= 1e4 => Exact(amount / 1e4) + "万" + unit,
                _ => Exact(amount) + unit,
            };
        }

        return magnitude switch
        {
            >= 1e9 => Exact(amount / 1e9) + " bn " + currency,
            >= 1e6 => Exact(amount / 1e6) + " M " + currency,
            _ => Exact(amount) + " " + currency,
        };
    }

    private static string ChineseUnit(string currency) => CurrencyNames.ChineseUnit(currency) ?? " " + currency;

    private static string Exact(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
