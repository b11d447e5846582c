using System.Globalization;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>How value-axis ticks of a chart read: plain numbers, counts, percentages of fractions, or compact money amounts.</summary>
public enum ChartValueFormat
{
    /// <summary>Grouped digits: <c>1,800</c>, <c>12.5</c>.</summary>
    Number,

    /// <summary>Fractions shown as percentages: 0.125 → <c>12.5%</c>.</summary>
    Percent,

    /// <summary>Amounts with a compact unit: <c>350 M</c>, <c>1.2 bn</c>, <c>5.9 tn</c> (English) or <c>5,000万</c>, <c>12亿</c>, <c>5.9万亿</c> (Chinese).</summary>
    Money,

    /// <summary>Whole numbers such as deal counts: grouped digits, and ticks only at integers (never 0.5 deals).</summary>
    Count,
}

/// <summary>
/// Tick and value text for charts, independent of the machine's culture (ScottPlot would otherwise format
/// ticks with the current culture, so <c>de-DE</c> would print <c>0,5</c>).
/// </summary>
public static class ChartValueFormats
{
    /// <summary>Parses a <see cref="ChartSpec.ValueFormat"/> (<c>number</c>, <c>count</c>, <c>percent</c>, <c>money</c>; case-insensitive).</summary>
    /// <exception cref="InputException">The text names no known format.</exception>
    public static ChartValueFormat Parse(string? text, string chartId)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0 || value.Equals("number", StringComparison.OrdinalIgnoreCase))
        {
            return ChartValueFormat.Number;
        }

        if (value.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return ChartValueFormat.Percent;
        }

        if (value.Equals("money", StringComparison.OrdinalIgnoreCase))
        {
            return ChartValueFormat.Money;
        }

        if (value.Equals("count", StringComparison.OrdinalIgnoreCase))
        {
            return ChartValueFormat.Count;
        }

        throw new InputException(
            $"Chart '{chartId}' has value format '{text}', which is not one of number, count, percent, money.",
            null,
            hint: "Set ValueFormat to number, count (whole numbers), percent (values are fractions 0–1) or money.");
    }

    /// <summary>Formats one tick value for <paramref name="language"/> (<c>en</c> or <c>zh-CN</c>).</summary>
    public static string Format(double value, ChartValueFormat format, string language)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return string.Empty;
        }

        // Avoid "-0" and float noise such as 0.30000000000000004.
        value = Math.Round(value, 10);
        if (value == 0)
        {
            value = 0;
        }

        return format switch
        {
            ChartValueFormat.Percent => FormatNumber(value * 100) + "%",
            ChartValueFormat.Money => FormatMoney(value, IsChinese(language)),
            _ => FormatNumber(value),
        };
    }

    /// <summary>Grouped digits with at most two decimals, invariant: <c>1,234.5</c>.</summary>
    public static string FormatNumber(double value)
    {
        value = Math.Round(value, 10);
        if (value == 0)
        {
            value = 0;
        }

        return value.ToString("#,##0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is written exactly in <paramref name="format"/>, in English and in Chinese: at
    /// most two decimals of the number shown (of the percentage for shares, of the compact unit for money), so that
    /// 0.025 is not printed as <c>0.03</c> nor 1,025 as <c>1.03 K</c>.
    /// </summary>
    public static bool ShowsExactly(double value, ChartValueFormat format) => format switch
    {
        ChartValueFormat.Percent => HasTwoDecimals(value * 100),
        ChartValueFormat.Money => HasTwoDecimals(value / MoneyUnit(value, chinese: false)) && HasTwoDecimals(value / MoneyUnit(value, chinese: true)),
        _ => HasTwoDecimals(value),
    };

    private static bool HasTwoDecimals(double shown)
    {
        var hundredths = shown * 100;
        return Math.Abs(hundredths - Math.Round(hundredths)) <= 1e-6 * Math.Max(1, Math.Abs(hundredths));
    }

    private static string FormatMoney(double value, bool chinese)
    {
        var unit = MoneyUnit(value, chinese);
        var shown = FormatNumber(value / unit);
        return unit switch
        {
            1e12 => shown + (chinese ? "万亿" : " tn"),
            1e9 => shown + " bn",
            1e8 => shown + "亿",
            1e6 => shown + " M",
            1e4 => shown + "万",
            1e3 => shown + " K",
            _ => shown,
        };
    }

    /// <summary>The compact unit an amount is written in: K, M, bn, tn in English; 万, 亿, 万亿 in Chinese; 1 below them.</summary>
    private static double MoneyUnit(double value, bool chinese)
    {
        var magnitude = Math.Abs(value);
        if (chinese)
        {
            return magnitude >= 1e12 ? 1e12 : magnitude >= 1e8 ? 1e8 : magnitude >= 1e4 ? 1e4 : 1;
        }

        return magnitude >= 1e12 ? 1e12 : magnitude >= 1e9 ? 1e9 : magnitude >= 1e6 ? 1e6 : magnitude >= 1e3 ? 1e3 : 1;
    }

    private static bool IsChinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
