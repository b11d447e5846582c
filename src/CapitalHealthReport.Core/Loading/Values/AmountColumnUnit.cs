using System.Buffers;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The unit an amount column's name gives its plain numbers: <c>融资金额（万元）</c> holds ten-thousands of yuan,
/// <c>Amount (USD M)</c> millions of dollars, <c>Amount in USD</c> dollars. Read from a bracketed part at the end of the
/// name, from an <c>in …</c> ending, or from the words after a name the loader knows as an amount (<c>amount_usd</c>),
/// with the words the amount parser knows (<c>万</c>, <c>亿</c>, <c>M</c>, <c>million</c>, <c>元</c>, <c>USD</c>, <c>$</c>, …)
/// and <c>000s</c> for thousands. A name whose ending says anything else has no unit.
/// </summary>
/// <param name="Scale">What a plain number in the column is multiplied by (1, 10⁴, 10⁶, …).</param>
/// <param name="Currency">The currency the name gives (ISO 4217); null when it gives none.</param>
/// <param name="Text">The unit as the name writes it (<c>万元</c>), for messages.</param>
public sealed record AmountColumnUnit(decimal Scale, string? Currency, string Text)
{
    private static readonly SearchValues<char> UnitFree = SearchValues.Create("0123456789.,' +-");

    /// <summary>
    /// The unit the column name <paramref name="header"/> gives, and the name without it (<c>融资金额</c>); null when
    /// the name gives none. <paramref name="isAmountName"/> tells a bare name the loader knows as an amount.
    /// </summary>
    public static (AmountColumnUnit Unit, string Name)? FromHeader(string header, Func<string, bool> isAmountName)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(isAmountName);
        var name = header.Trim();

        // "融资金额（万元）", "Amount (USD M)", "Betrag [Mio. €]".
        if (name.Length > 2 && name[^1] is ')' or '）' or ']' && name.LastIndexOfAny(['(', '（', '[']) is var open and > 0)
        {
            return Parse(name[(open + 1)..^1]) is { } unit ? (unit, name[..open].Trim()) : null;
        }

        // "Amount in USD", "Amount raised in millions".
        if (name.LastIndexOf(" in ", StringComparison.OrdinalIgnoreCase) is var at and > 0)
        {
            return Parse(name[(at + 4)..]) is { } unit ? (unit, name[..at].Trim()) : null;
        }

        // "amount_usd", "raised_amount_usd_m", "Amount USD": the words after a known amount name.
        var words = name.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        for (var cut = words.Length - 1; cut >= 1; cut--)
        {
            var baseName = string.Join(name.Contains('_', StringComparison.Ordinal) ? "_" : " ", words[..cut]);
            if (isAmountName(baseName))
            {
                return Parse(string.Join(" ", words[cut..])) is { } unit ? (unit, baseName) : null;
            }
        }

        return null;
    }

    /// <summary>The unit <paramref name="text"/> names (<c>万元</c>, <c>USD M</c>, <c>millions</c>, <c>000s</c>); null when it is not one.</summary>
    public static AmountColumnUnit? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unit = text.Trim();
        if (unit.StartsWith("in ", StringComparison.OrdinalIgnoreCase))
        {
            unit = unit[3..].TrimStart();
        }

        if (unit.Length == 0 || unit.Length > 24)
        {
            return null;
        }

        // "000s", "'000", "in thousands": the parser reads these as numbers, not as words.
        var thousands = unit.Replace("'000", "thousand", StringComparison.Ordinal).Replace("000s", "thousand", StringComparison.OrdinalIgnoreCase)
            .Replace("thousands", "thousand", StringComparison.OrdinalIgnoreCase);
        if (thousands.Any(char.IsAsciiDigit))
        {
            return null;
        }

        // The parser reads "1" followed by the unit: "1万元" is 10,000 yuan, "1 USD M" a million dollars.
        var parsed = AmountParser.Default.Read("1 " + thousands);
        if (parsed.Status != AmountStatus.Ok && NationalCurrencyIn(thousands) is { } code)
        {
            // "Monto (COP)", "Valor (millones de ARS)": a country's currency the exchange-rate table has no rate for.
            parsed = new AmountParser(codeWithoutRate: code).Read("1 " + thousands);
        }

        if (parsed.Status != AmountStatus.Ok || parsed.Estimated || parsed.Value < 1m || !IsPowerOfTen(parsed.Value))
        {
            return null;
        }

        return parsed.Value == 1m && parsed.Currency is null ? null : new AmountColumnUnit(parsed.Value, parsed.Currency, unit);
    }

    /// <summary>The first word of <paramref name="unit"/> that is a country's currency code in capitals (<c>COP</c>); null when none is.</summary>
    private static string? NationalCurrencyIn(string unit)
    {
        foreach (var word in unit.Split([' ', '(', ')', '[', ']', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length == 3 && word.All(char.IsAsciiLetterUpper) && Reference.CountryNames.IsCurrency(word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="text"/> is a number alone, without unit words or a currency (<c>5000</c>,
    /// <c>1,500.5</c>): the column's unit applies to it. <c>5000万</c> or <c>$5M</c> say their own unit.
    /// </summary>
    public static bool AppliesTo(ReadOnlySpan<char> text) => !text.Trim().ContainsAnyExcept(UnitFree);

    /// <summary>The unit for messages: <c>万元 (× 10,000, CNY)</c>.</summary>
    public override string ToString() =>
        $"{Text} ({(Scale == 1m ? "" : "× " + Scale.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))}{(Scale != 1m && Currency is not null ? ", " : "")}{Currency})";

    private static bool IsPowerOfTen(decimal value)
    {
        while (value >= 10m && value % 10m == 0m)
        {
            value /= 10m;
        }

        return value == 1m;
    }

    /// <summary>A name the loader knows as an amount column by itself (<c>amount</c>, <c>金额</c>, <c>融资金额</c>, …).</summary>
    public static bool IsAmountAlias(string name)
    {
        var key = AliasKey.Of(name);
        return CanonicalFields.HeaderAliases(CanonicalField.Amount).Any(alias => AliasKey.Of(alias) == key);
    }
}
