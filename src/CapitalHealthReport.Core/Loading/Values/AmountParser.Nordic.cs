namespace CapitalHealthReport.Loading;

/// <summary>
/// Amounts as Swedish, Norwegian, Danish and Finnish exports write them: the currency codes with or without a
/// multiplier before them (<c>25 MSEK</c>, <c>500 TNOK</c>, <c>NOK 12 mill.</c>, <c>3 MDKK</c>), the units
/// (<c>miljoner</c>, <c>mill.</c>, <c>mio.</c>, <c>milj.</c>, <c>mia.</c>, <c>mrd.</c>, <c>mdkr</c>, <c>tkr</c>,
/// <c>t.kr.</c>, <c>tusen</c>) and the sign <c>kr</c> (<c>8,5 Mkr</c>, <c>2 mnkr</c>, <c>5 mio. kr.</c>), which names the
/// krona or krone of four countries and leaves the currency to the row, the column or the mapping
/// (<see cref="ParsedAmount.KronaSign"/>).
/// </summary>
internal sealed partial class AmountParser
{
    // Longest first among words that end alike; checked before the other unit words, none of which ends like one of them.
    private static (string Word, decimal Multiplier)[] NordicUnitWords() =>
    [
        ("miljoner", 1e6m), ("miljarder", 1e9m), ("millioner", 1e6m), ("milliarder", 1e9m), ("miljoonaa", 1e6m), ("miljoona", 1e6m),
        ("miljardia", 1e9m), ("miljardi", 1e9m), ("tuhatta", 1e3m), ("tusind", 1e3m), ("tusen", 1e3m), ("mill", 1e6m), ("milj", 1e6m),
        ("mia", 1e9m),
    ];

    // Looked for once the other currency words are out, so that "krw" is the won's; "kronor" and "kroner" before "kr".
    private static readonly (string Token, string? Currency)[] NordicCurrencyTokens =
    [
        ("sek", "SEK"), ("nok", "NOK"), ("dkk", "DKK"), ("kronor", null), ("kroner", null), ("kr", null),
    ];

    /// <summary>
    /// <paramref name="compact"/> without its Nordic currency word, the currency it names, and whether it is the sign
    /// <c>kr</c> alone. A <c>T</c> or <c>t.</c> just before the word counts thousands (<c>500 TSEK</c>, <c>500 t.kr.</c>),
    /// an <c>M</c> millions (<c>25 MSEK</c>, <c>25 Mkr</c>), and <c>md</c> billions (<c>1,2 mdkr</c>).
    /// </summary>
    private static (string Compact, string? Currency, bool KronaSign) NordicCurrency(string compact)
    {
        foreach (var (token, code) in NordicCurrencyTokens)
        {
            var at = compact.IndexOf(token, StringComparison.Ordinal);
            if (at < 0 || (at + token.Length < compact.Length && char.IsLetter(compact[at + token.Length])))
            {
                continue;
            }

            // "500t.kr.": the thousands' abbreviation dot.
            if (at >= 3 && compact[at - 1] == '.' && compact[at - 2] == 't' && IsNumberEnd(compact[at - 3]))
            {
                compact = compact.Remove(at - 1, 1);
                at--;
            }

            // "5mio.kr.", "25kr.": a dot after the sign that ends the text closes the abbreviation.
            var length = token.Length + (at + token.Length == compact.Length - 1 && compact[^1] == '.' ? 1 : 0);
            compact = ThousandsBeforeCurrency(compact, at).Remove(at, length);
            return (compact, code, code is null);
        }

        return (compact, null, false);
    }
}
