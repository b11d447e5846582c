namespace CapitalHealthReport.Loading;

/// <summary>
/// A currency code written before or after an amount the reader would otherwise read (<c>SEK 10m</c>, <c>10m NOK</c>,
/// <c>BRL5000000</c>). Looked for only in a cell that could not be read, so that such a row is rejected for its currency,
/// which is what keeps it out, rather than as "not an amount".
/// </summary>
internal static class UnknownCurrencyCode
{
    /// <summary>The three-letter code <paramref name="text"/> opens or closes with, when the rest reads as an amount; else null.</summary>
    public static string? In(ReadOnlySpan<char> text, AmountParser amounts)
    {
        text = text.Trim();
        if (text.Length < 4)
        {
            return null;
        }

        if (IsCode(text[..3]) && !char.IsAsciiLetter(text[3]))
        {
            return Reads(text[3..], amounts) ? text[..3].ToString() : null;
        }

        return IsCode(text[^3..]) && !char.IsAsciiLetter(text[^4]) && Reads(text[..^3], amounts) ? text[^3..].ToString() : null;
    }

    private static bool Reads(ReadOnlySpan<char> rest, AmountParser amounts) => amounts.Read(rest.Trim()).Status == AmountStatus.Ok;

    private static bool IsCode(ReadOnlySpan<char> text) => char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);
}
