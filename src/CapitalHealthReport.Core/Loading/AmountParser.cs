using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>Outcome of parsing an amount.</summary>
internal enum AmountStatus
{
    Ok,
    Undisclosed,
    NotANumber,
    Negative,
    OutOfRange,
}

/// <summary>A parsed amount: value in <see cref="Currency"/> (null when the text named none) and whether it is an estimate.</summary>
internal readonly record struct ParsedAmount(AmountStatus Status, decimal Value, string? Currency, bool Estimated);

/// <summary>
/// Parses amounts as deal exports write them: plain and grouped numbers (<c>1,234,567.5</c>, Indian
/// <c>20,00,00,000</c>, <c>3,5</c>), full-width digits, Chinese units (<c>3.5亿</c>, <c>5000万</c>,
/// <c>两千万</c>), English units (<c>1.2M</c>, <c>3 billion</c>), currencies from the text (<c>1.2亿美元</c>,
/// <c>$5M</c>), ranges (<c>1-2亿</c>) and vague amounts (<c>数千万</c>, <c>近亿元</c>, <c>超亿元</c>) as
/// midpoint estimates, and undisclosed markers (<c>未披露</c>, <c>undisclosed</c>, <c>nan</c>).
/// </summary>
internal static class AmountParser
{
    /// <summary>Amounts above this (10¹⁵ currency units) are refused as implausible.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    private static readonly string[] UndisclosedMarkers =
    [
        "undisclosed", "nondisclosed", "notdisclosed", "n/a", "na", "nan", "null", "none", "unknown", "-", "--", "—", "——", "/", "?",
        "未披露", "未公开", "未透露", "不详", "未知", "保密", "金额未知", "金额未披露", "未披露金额", "暂无", "无",
    ];

    // Longest first: a currency word is removed from the text once found.
    private static readonly (string Token, string Currency)[] CurrencyTokens =
    [
        ("人民币", "CNY"), ("美元", "USD"), ("美金", "USD"), ("港元", "HKD"), ("港币", "HKD"), ("欧元", "EUR"), ("英镑", "GBP"),
        ("日元", "JPY"), ("日币", "JPY"), ("卢比", "INR"), ("us$", "USD"), ("hk$", "HKD"), ("usd", "USD"), ("cny", "CNY"),
        ("rmb", "CNY"), ("hkd", "HKD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"), ("inr", "INR"), ("$", "USD"),
        ("€", "EUR"), ("£", "GBP"), ("₹", "INR"), ("¥", "CNY"), ("元", "CNY"),
    ];

    public static ParsedAmount Parse(ReadOnlySpan<char> raw)
    {
        var text = raw.Trim();
        if (text.IsEmpty)
        {
            return new ParsedAmount(AmountStatus.Undisclosed, 0, null, false);
        }

        // Fast path: plain ASCII digits with an optional decimal point.
        if (IsPlainNumber(text) && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain))
        {
            return plain > MaxAmount ? new ParsedAmount(AmountStatus.OutOfRange, 0, null, false) : new ParsedAmount(AmountStatus.Ok, plain, null, false);
        }

        try
        {
            return ParseSlow(text.ToString());
        }
        catch (OverflowException)
        {
            // Units, ranges or estimate factors applied to a value near decimal.MaxValue.
            return new ParsedAmount(AmountStatus.OutOfRange, 0, null, false);
        }
        catch (ArgumentException)
        {
            // Text with unpaired surrogates or noncharacters, which Unicode normalisation refuses: not a number.
            return new ParsedAmount(AmountStatus.NotANumber, 0, null, false);
        }
    }

    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots <= 1 && text.Length <= 40;
    }

    private static ParsedAmount ParseSlow(string original)
    {
        // Most amounts (digits, 万, 亿, 美元, 未披露) are unchanged by NFKC; only the others pay for the normalisation.
        var folded = Text.NfkcFold.IsNfkcStable(original) ? original : original.Normalize(NormalizationForm.FormKC);
        var s = folded.Trim().ToLowerInvariant()
            .Replace('，', ',').Replace('．', '.').Replace('～', '~').Replace('－', '-');
        var compact = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        foreach (var marker in UndisclosedMarkers)
        {
            if (compact == marker)
            {
                return new ParsedAmount(AmountStatus.Undisclosed, 0, null, false);
            }
        }

        if (compact is "inf" or "+inf" or "-inf" or "infinity" or "-infinity" or "∞")
        {
            return new ParsedAmount(AmountStatus.OutOfRange, 0, null, false);
        }

        string? currency = null;
        foreach (var (token, code) in CurrencyTokens)
        {
            var at = compact.IndexOf(token, StringComparison.Ordinal);
            if (at >= 0)
            {
                currency ??= code;
                compact = compact.Remove(at, token.Length);
            }
        }

        compact = compact.Trim(',', ';');
        if (compact.Length == 0)
        {
            return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false);
        }

        var negative = false;
        if (compact[0] == '-' && compact.Length > 1 && (char.IsAsciiDigit(compact[1]) || compact[1] == '.'))
        {
            negative = true;
            compact = compact[1..];
        }
        else if (compact[0] == '+')
        {
            compact = compact[1..];
        }

        if (compact.Length == 0)
        {
            return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false);
        }

        // Ranges: "1-2亿", "1亿-2亿", "1~2亿", "1至2亿", "1到2亿".
        foreach (var separator in new[] { "~", "至", "到", "-", "—", "–" })
        {
            var at = compact.IndexOf(separator, 1, StringComparison.Ordinal);
            if (at > 0 && at < compact.Length - separator.Length)
            {
                var left = compact[..at];
                var right = compact[(at + separator.Length)..];
                if (!TryMagnitude(right, out var high, out var rightUnit, out _) || !TryMagnitude(left, out var low, out var leftUnit, out _))
                {
                    return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false);
                }

                if (leftUnit == 1m && rightUnit != 1m)
                {
                    low *= rightUnit;
                }

                return Finish((low + high) / 2, negative, currency, estimated: true);
            }
        }

        // Vague amounts: 数千万, 近亿, 超亿, 逾5000万, 1亿多, 亿元以上, 千万级, 约3亿.
        decimal factor = 1m;
        var estimated = false;
        foreach (var (prefix, f) in new[] { ("超过", 1.25m), ("超", 1.25m), ("逾", 1.25m), ("过", 1.25m), ("上", 1.25m), ("近", 0.9m), ("将近", 0.9m), ("约", 1m), ("大约", 1m), ("数", 5m), ("几", 5m), ("over", 1.25m), ("about", 1m), ("approx", 1m), ("~", 1m) })
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal) && compact.Length > prefix.Length)
            {
                compact = compact[prefix.Length..];
                factor = f;
                estimated = true;
                break;
            }
        }

        foreach (var (suffix, f) in new[] { ("以上", 1.25m), ("多", 1.25m), ("余", 1.25m), ("级", 5m), ("+", 1.25m) })
        {
            if (compact.EndsWith(suffix, StringComparison.Ordinal) && compact.Length > suffix.Length)
            {
                compact = compact[..^suffix.Length];
                factor = estimated ? factor : f;
                estimated = true;
                break;
            }
        }

        // "5000余万" / "1亿多元": the vague marker sits before the unit.
        foreach (var marker in new[] { "余", "多" })
        {
            var at = compact.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < compact.Length - 1 && IsUnitChar(compact[at + 1]))
            {
                compact = compact.Remove(at, 1);
                factor = estimated ? factor : 1.25m;
                estimated = true;
            }
        }

        if (!TryMagnitude(compact, out var value, out _, out var numberGiven))
        {
            return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false);
        }

        if (estimated && factor == 5m && numberGiven)
        {
            // "千万级" after a number ("5000万级") is that number, roughly.
            factor = 1m;
        }

        return Finish(value * factor, negative, currency, estimated);
    }

    private static ParsedAmount Finish(decimal value, bool negative, string? currency, bool estimated)
    {
        if (negative)
        {
            return new ParsedAmount(AmountStatus.Negative, -value, currency, estimated);
        }

        return value > MaxAmount
            ? new ParsedAmount(AmountStatus.OutOfRange, 0, currency, estimated)
            : new ParsedAmount(AmountStatus.Ok, value, currency, estimated);
    }

    private static bool IsUnitChar(char c) => c is '十' or '百' or '千' or '万' or '亿';

    /// <summary>
    /// Parses "number unit": number may be absent when a unit is present ("亿" = 1 × 10⁸) or a single
    /// Chinese numeral; unit is a product of 十/百/千/万/亿 or an English suffix (k, m, mn, million, b, bn, billion).
    /// </summary>
    private static bool TryMagnitude(string text, out decimal value, out decimal unit, out bool numberGiven)
    {
        value = 0;
        unit = 1m;
        numberGiven = false;
        var end = text.Length;
        foreach (var (word, multiplier) in new[] { ("thousand", 1e3m), ("million", 1e6m), ("billion", 1e9m), ("trillion", 1e12m), ("mn", 1e6m), ("mm", 1e6m), ("bn", 1e9m), ("k", 1e3m), ("m", 1e6m), ("b", 1e9m) })
        {
            if (text.EndsWith(word, StringComparison.Ordinal) && text.Length > word.Length && (char.IsAsciiDigit(text[^(word.Length + 1)]) || text[^(word.Length + 1)] == '.'))
            {
                unit = multiplier;
                end = text.Length - word.Length;
                break;
            }
        }

        if (unit == 1m)
        {
            while (end > 0 && IsUnitChar(text[end - 1]))
            {
                unit *= text[end - 1] switch
                {
                    '十' => 10m,
                    '百' => 100m,
                    '千' => 1000m,
                    '万' => 10_000m,
                    _ => 100_000_000m,
                };
                end--;
            }
        }

        var number = text[..end];
        if (number.Length == 0)
        {
            if (unit == 1m)
            {
                return false;
            }

            value = unit;
            return true;
        }

        numberGiven = true;
        var numeral = "零一二两三四五六七八九".IndexOf(number, StringComparison.Ordinal);
        if (number.Length == 1 && numeral >= 0)
        {
            value = (numeral <= 2 ? numeral : numeral - 1) * unit;
            return numeral != 0;
        }

        if (!TryNumber(number, out var parsed))
        {
            return false;
        }

        try
        {
            value = parsed * unit;
        }
        catch (OverflowException)
        {
            value = decimal.MaxValue;
        }

        return true;
    }

    /// <summary>A number with thousands separators (Western or Indian grouping), a decimal comma or an exponent.</summary>
    private static bool TryNumber(string text, out decimal value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not (',' or '.' or '\'' or '_' or 'e' or '+' or '-'))
            {
                return false;
            }
        }

        var s = text.Replace("'", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            s = lastComma > lastDot
                ? s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.')
                : s.Replace(",", "", StringComparison.Ordinal);
        }
        else if (lastComma >= 0)
        {
            var commas = s.Count(c => c == ',');
            var tail = s.Length - lastComma - 1;
            s = commas == 1 && tail != 3 ? s.Replace(',', '.') : s.Replace(",", "", StringComparison.Ordinal);
        }

        if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (double.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var big) && double.IsFinite(big) && big > 0)
        {
            value = decimal.MaxValue;
            return true;
        }

        return false;
    }
}
