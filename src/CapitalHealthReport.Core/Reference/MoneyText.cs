using System.Globalization;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Reference;

/// <summary>
/// An amount as every text of the product writes it, scaled for reading: English <c>5.9 tn COP</c>, <c>1.2 bn CNY</c>,
/// <c>350 M CNY</c>, <c>4.5 M CNY</c>, <c>8,000 CNY</c>; English in Indian rupees <c>1.5 lakh crore INR</c>,
/// <c>1,250 crore INR</c>, <c>4.5 lakh INR</c> (lakh crore = 10¹², crore = 10⁷, lakh = 10⁵); Chinese <c>5.9万亿哥伦比亚比索</c>, <c>12.3亿元</c>, <c>3,500万元</c>, <c>8,000元</c> (万亿 = 10¹²,
/// 亿 = 10⁸, 万 = 10⁴). The narrative, the findings' messages, the tables and the chart axes write amounts through it,
/// so that one amount reads the same wherever a report states it.
/// </summary>
/// <remarks>
/// Decimals: trillions, billions, 万亿 and 亿 keep one decimal, dropped when it is <c>.0</c> on a figure of three or
/// more digits (<c>324 bn</c>, <c>1,240亿元</c>, but <c>379.3亿元</c>); millions, lakh crore, crore and lakh keep one
/// decimal under ten and none from ten on, ten counting from 9.95 (<c>9.9 lakh crore</c>, <c>10 lakh crore</c>); 万 and
/// plain amounts are whole. An amount reads in lakh crore from the one crore rounds to 100,000 crore: 99,999.4 crore
/// reads <c>99,999 crore INR</c> and 99,999.5 crore <c>1.0 lakh crore INR</c>, so that no text writes 100,000 crore or more.
/// </remarks>
public static class MoneyText
{
    /// <summary>An amount in <paramref name="currency"/>, rounded for reading in the largest unit it reaches.</summary>
    public static string Format(double amount, string currency, bool chinese)
    {
        var scale = MoneyScale.For(Math.Abs(amount), currency, chinese);
        var scaled = amount / scale.Divisor;
        var text = FixedDecimals.Format(scaled, scale.Decimals(Math.Abs(scaled)));
        if (scale.Kind == MoneyScaleKind.Large && text.EndsWith(".0", StringComparison.Ordinal) && Math.Abs(Math.Round(scaled, 1)) >= 100)
        {
            text = text[..^2];
        }

        return scale.Write(text, currency, chinese);
    }

    /// <summary>
    /// The way a table column of amounts writes each of them: one unit, that of the largest amount (one step smaller
    /// when the smallest would read under one of it and the largest reads in the smaller unit as publishers write it: up to 99,999 M or crore, 999,999万 or 999 lakh),
    /// and one number of decimals, enough to show the smallest amount with two significant figures, up to two
    /// (<c>0.5 M USD</c> beside <c>8.0 M USD</c>; <c>939 M CNY</c> beside <c>9,000 M CNY</c>), so that the amounts of a
    /// column compare by eye; a figure of four or more digits is whole (<c>1,250 crore INR</c> beside <c>0.5 crore INR</c>).
    /// A column of rupees reads in lakh crore only when its crore figures would need six digits, and then in crore all the
    /// same when its smallest would read <c>0.00 lakh crore</c> (<c>220,000 crore INR</c> beside <c>0.5 crore INR</c>).
    /// A zero reads in the column's unit too (<c>0.0 M USD</c>); a column of nothing but zeros as
    /// running text writes it (<c>0 CNY</c>).
    /// </summary>
    public static MoneyColumn Column(IEnumerable<double?> amounts, string currency, bool chinese)
    {
        var magnitudes = amounts.Where(static a => a is { } v && double.IsFinite(v) && v != 0).Select(static a => Math.Abs(a!.Value)).ToList();
        if (magnitudes.Count == 0)
        {
            return new MoneyColumn(null, 0, currency, chinese);
        }

        var largest = magnitudes.Max();
        var smallest = magnitudes.Min();
        var scale = MoneyScale.For(largest, currency, chinese);
        // A smaller unit keeps every figure whole where the largest unit would write the smallest under one, as long as
        // the largest still reads in it as publishers write that unit (939 M beside 9,000 M, not 0.94 bn; 120万 beside
        // 150,000万, not 0.01亿 beside 15.00亿; but 0.05亿 beside 125.00亿, not 1,250,000万; never 125,000 lakh nor
        // 150,000 crore). The largest is measured as the smaller unit rounds it, so 99,999.6 crore is not 100,000 crore.
        // A column of lakh crore steps down to crore also where the smallest would read 0.00 lakh crore.
        if (scale.Smaller(currency, chinese) is { } smaller && smallest / scale.Divisor < 1
            && (Math.Round(largest / smaller.Divisor, MidpointRounding.AwayFromZero) < smaller.ColumnLimit
                || (scale.YieldsToSmallFigures && Math.Round(smallest / scale.Divisor, 2, MidpointRounding.AwayFromZero) == 0)))
        {
            scale = smaller;
        }

        // Trillions, billions, 万亿 and 亿 keep their decimal up to three digits (327.0亿元 beside 379.3亿元), not on four.
        var largestDecimals = scale.Kind == MoneyScaleKind.Large ? (largest / scale.Divisor < 1000 ? 1 : 0) : scale.Decimals(largest / scale.Divisor);
        var decimals = Math.Max(largestDecimals, SignificantDecimals(smallest / scale.Divisor));
        return new MoneyColumn(scale, scale.Kind == MoneyScaleKind.Whole ? 0 : Math.Min(decimals, 2), currency, chinese);
    }

    /// <summary>
    /// The divisor and unit a chart axis of amounts reads in, from the largest of them: <c>tn</c>, <c>bn</c>, <c>M</c>,
    /// <c>thousand</c> (<c>crore</c>, <c>lakh</c>, <c>thousand</c> for Indian rupees) or the currency itself in English;
    /// <c>万亿</c>, <c>亿</c>, <c>万</c> or the currency itself in Chinese; billions (亿, crore) when there is nothing to show.
    /// </summary>
    public static (double Divisor, string Unit) AxisUnit(double largest, string currency, bool chinese)
    {
        if (chinese)
        {
            var word = CurrencyWord(currency);
            return largest >= 1e12 ? (1e12, "万亿" + word)
                : largest >= 1e8 || largest == 0 ? (1e8, "亿" + word)
                : largest >= 1e4 ? (1e4, "万" + word)
                : (1, word.Trim());
        }

        if (IsIndianRupee(currency))
        {
            return largest >= 1e7 || largest == 0 ? (1e7, "crore " + currency)
                : largest >= 1e5 ? (1e5, "lakh " + currency)
                : largest >= 1e3 ? (1e3, "thousand " + currency)
                : (1, currency);
        }

        return largest >= 1e12 ? (1e12, "tn " + currency)
            : largest >= 1e9 || largest == 0 ? (1e9, "bn " + currency)
            : largest >= 1e6 ? (1e6, "M " + currency)
            : largest >= 1e3 ? (1e3, "thousand " + currency)
            : (1, currency);
    }

    /// <summary>
    /// An amount a user set (the mega-round size), with the decimals it was written with, up to two: <c>100 M USD</c>,
    /// <c>125.5 M USD</c>, <c>1.25亿美元</c> are not rounded to another figure than the one configured.
    /// </summary>
    public static string AsSet(double amount, string currency, bool chinese)
    {
        var scale = MoneyScale.For(Math.Abs(amount), currency, chinese);
        return scale.Write(Exact(amount / scale.Divisor), currency, chinese);
    }

    /// <summary>Whether amounts in <paramref name="currency"/> are written in crore and lakh in English (Indian rupees).</summary>
    public static bool IsIndianRupee(string currency) => string.Equals(currency, "INR", StringComparison.OrdinalIgnoreCase);

    internal static string CurrencyWord(string currency) => CurrencyNames.ChineseUnit(currency) ?? " " + currency;

    /// <summary>The fewest decimals (up to two) that show <paramref name="value"/> with two significant figures, or exactly.</summary>
    private static int SignificantDecimals(double value)
    {
        if (value >= 10)
        {
            return 0;
        }

        if (value >= 1 || Math.Abs((value * 10) - Math.Round(value * 10)) < 1e-9)
        {
            return 1;
        }

        return 2;
    }

    private static string Exact(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
