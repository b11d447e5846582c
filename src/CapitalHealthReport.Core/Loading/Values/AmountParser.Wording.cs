namespace CapitalHealthReport.Loading;

/// <summary>
/// Wordings around an amount that change what it means: thousands written before the currency as German accounts
/// write them (<c>500 TEUR</c>, <c>500 T€</c>), units that count Indian rupees (<c>1.5 crore</c>, <c>15 lakh</c>), and
/// texts refused with their own reason rather than as "not a number": an upper bound alone (<c>&lt; $1M</c>,
/// <c>up to 5 Mio. €</c>, <c>不到1亿</c>), which no amount can stand for, and <c>mil</c>, which is a million in English
/// and a thousand in Spanish and Portuguese. Also where a currency word stands, so that <c>under $1M</c> is dollars.
/// </summary>
internal sealed partial class AmountParser
{
    // Lower case, spaces removed, currency words taken out; longest first among words that start alike.
    private static readonly string[] UpperBoundPrefixes = ["<=", "≤", "<", "lessthan", "under", "below", "upto", "不超过", "不超過", "不到", "不足", "低于", "低於", "少于", "少於"];

    private static readonly string[] UpperBoundSuffixes = ["以下", "以内", "以內"];

    private static readonly string[] IndianUnitWords = ["crores", "crore", "cr", "lakhs", "lakh", "lacs", "lac", "l"];

    /// <summary>
    /// "500teur" (or "500t€") as "500keur" when the currency word starts at <paramref name="at"/>: a <c>T</c> right
    /// after the digits and before the currency is the German <c>Tausend</c>.
    /// </summary>
    private static string ThousandsBeforeCurrency(string compact, int at) =>
        at >= 2 && compact[at - 1] == 't' && IsNumberEnd(compact[at - 2])
            ? string.Concat(compact.AsSpan(0, at - 1), "k", compact.AsSpan(at))
            : compact;

    /// <summary>
    /// Where the currency word <paramref name="token"/> stands in <paramref name="compact"/>, or -1. A dollar sign with
    /// its country's letters (<c>R$</c>, <c>A$</c>, <c>US$</c>) counts only after no other letter: <c>under$1m</c> holds
    /// the dollar sign, not the Brazilian real.
    /// </summary>
    private static int IndexOfToken(string compact, string token)
    {
        var at = compact.IndexOf(token, StringComparison.Ordinal);
        if (token.Length < 2 || token[^1] != '$')
        {
            return at;
        }

        while (at > 0 && char.IsLetter(compact[at - 1]))
        {
            at = compact.IndexOf(token, at + 1, StringComparison.Ordinal);
        }

        return at;
    }

    /// <summary>Why <paramref name="compact"/> (what is left once the currency words are out) is refused although it holds an amount; null for any other text.</summary>
    private string? Refuse(string compact)
    {
        var unit = compact.TrimEnd('.');
        if (unit.Length > 3 && unit.EndsWith("mil", StringComparison.Ordinal) && IsNumberEnd(unit[^4]))
        {
            return "counts in 'mil', which is a million in English and a thousand in Spanish and Portuguese: write M for millions (1.5M) or k for thousands (500k)";
        }

        foreach (var prefix in UpperBoundPrefixes)
        {
            if (compact.Length > prefix.Length && compact.StartsWith(prefix, StringComparison.Ordinal) && Reads(compact[prefix.Length..]))
            {
                return UpperBound;
            }
        }

        foreach (var suffix in UpperBoundSuffixes)
        {
            if (compact.Length > suffix.Length && compact.EndsWith(suffix, StringComparison.Ordinal) && Reads(compact[..^suffix.Length]))
            {
                return UpperBound;
            }
        }

        return null;
    }

    private const string UpperBound = "gives only an upper bound, which no amount can stand for: write the amount, leave the cell empty, "
        + "or list this text under 'undisclosed:' in a mapping file to count the deal without an amount";

    private bool Reads(string number)
    {
        var evidence = NumberEvidence.None;
        return TryMagnitude(number.TrimStart('~'), out _, out _, out _, ref evidence);
    }

    /// <summary>Whether the number in <paramref name="compact"/> ends in crore or lakh (<c>1.5crore</c>, <c>15lakh</c>, <c>2-3cr</c>).</summary>
    private static bool EndsWithIndianUnit(string compact)
    {
        var text = compact.AsSpan().TrimEnd("+.");
        foreach (var word in IndianUnitWords)
        {
            if (text.Length > word.Length && text.EndsWith(word, StringComparison.Ordinal) && IsNumberEnd(text[^(word.Length + 1)]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumberEnd(char c) => char.IsAsciiDigit(c) || c is '.' or ',';
}
