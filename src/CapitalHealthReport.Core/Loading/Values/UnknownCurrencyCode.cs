namespace CapitalHealthReport.Loading;

/// <summary>
/// A currency code written before or after an amount the reader would otherwise read (<c>SEK 10m</c>, <c>10m NOK</c>,
/// <c>BRL5000000</c>), also after a multiplier as Nordic and German accounts write one (<c>10 MSEK</c>, <c>500 TNOK</c>),
/// or the Nordic <c>kr</c> (<c>kr 10 mln</c>, <c>10 000 kr</c>), which names the krona or krone of four countries. Looked
/// for only in a cell that could not be read, so that such a row is rejected for its currency, which is what keeps it
/// out, rather than as "not an amount".
/// </summary>
internal static class UnknownCurrencyCode
{
    /// <summary>What <c>kr</c> names, for messages.</summary>
    public const string Krona = "kr (the krona or krone of Sweden, Norway, Denmark or Iceland: SEK, NOK, DKK or ISK)";

    /// <summary>
    /// The three-letter code <paramref name="text"/> opens or closes with (or <see cref="Krona"/>), when the rest reads as an
    /// amount; else null.
    /// </summary>
    public static string? In(ReadOnlySpan<char> text, AmountParser amounts)
    {
        text = text.Trim();
        if (Kr(text, amounts))
        {
            return Krona;
        }

        if (text.Length < 4)
        {
            return null;
        }

        if (IsCode(text[..3]) && !char.IsAsciiLetter(text[3]))
        {
            return Reads(text[3..], AmountsIn(text[..3], amounts)) ? text[..3].ToString() : null;
        }

        if (!IsCode(text[^3..]))
        {
            return null;
        }

        if (!char.IsAsciiLetter(text[^4]))
        {
            return Reads(text[..^3], AmountsIn(text[^3..], amounts)) ? text[^3..].ToString() : null;
        }

        // "10 MSEK", "500 TNOK": millions or thousands of the currency.
        var multiplier = text[^4] switch { 'M' => "M", 'T' or 'k' => "k", _ => null };
        return multiplier is not null && text.Length > 4 && !char.IsAsciiLetter(text[^5]) && Reads(string.Concat(text[..^4], multiplier), amounts)
            ? text[^3..].ToString()
            : null;
    }

    private static bool Kr(ReadOnlySpan<char> text, AmountParser amounts)
    {
        var bare = text.TrimEnd('.');
        if (bare.Length > 2 && bare.StartsWith("kr", StringComparison.OrdinalIgnoreCase) && !char.IsAsciiLetter(bare[2]))
        {
            return Reads(bare[2..].TrimStart('.'), amounts);
        }

        return bare.Length > 2 && bare.EndsWith("kr", StringComparison.OrdinalIgnoreCase) && !char.IsAsciiLetter(bare[^3]) && Reads(bare[..^2], amounts);
    }

    /// <summary>The parser for an amount in <paramref name="code"/>: one of a Spanish-speaking country's currency (<c>COP 500 mil</c>) counts <c>mil</c> in thousands.</summary>
    private static AmountParser AmountsIn(ReadOnlySpan<char> code, AmountParser amounts) =>
        !amounts.MilThousands && code is "COP" or "ARS" or "CLP" or "PEN" or "UYU" ? new AmountParser(amounts.Style, amounts.Undisclosed, milThousands: true) : amounts;

    private static bool Reads(ReadOnlySpan<char> rest, AmountParser amounts) => amounts.Read(rest.Trim()).Status == AmountStatus.Ok;

    private static bool IsCode(ReadOnlySpan<char> text) => char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);
}
