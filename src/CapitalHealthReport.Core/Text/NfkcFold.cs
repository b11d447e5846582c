namespace CapitalHealthReport.Text;

/// <summary>
/// Which text Unicode NFKC normalisation cannot change, so that name keys and amount parsing skip the (ICU)
/// normalisation call for the ASCII and CJK text that makes up nearly every Chinese export.
/// </summary>
internal static class NfkcFold
{
    /// <summary>What NFKC can do to a character, decided without the Unicode tables.</summary>
    public enum FoldClass : byte
    {
        /// <summary>NFKC may change the character or combine it with a neighbour: the text needs the full normalisation.</summary>
        Unstable,

        /// <summary>NFKC leaves the character as it is; it is not white space.</summary>
        Stable,

        /// <summary>White space (<see cref="char.IsWhiteSpace(char)"/>) that NFKC keeps white space.</summary>
        Space,
    }

    /// <summary>
    /// Classifies a character by what NFKC can do to it, whatever its neighbours:
    /// <list type="bullet">
    /// <item>ASCII, CJK Unified Ideographs (U+4E00–U+9FFF) and Extension A (U+3400–U+4DBF), the middle dot
    /// and the right single quotation mark are <see cref="FoldClass.Stable"/>: NFKC leaves them as they are and
    /// they never compose with a neighbour; among them only ASCII A–Z have a lower-case form;</item>
    /// <item>the white space characters are <see cref="FoldClass.Space"/>: NFKC keeps each one white space
    /// (itself or U+0020), and they never compose with a neighbour either.</item>
    /// </list>
    /// Everything else (full-width and half-width forms, compatibility ideographs, combining marks, Hangul
    /// jamo, surrogates, other scripts) is <see cref="FoldClass.Unstable"/>. The class is decided from the
    /// code unit alone, without the Unicode tables, since it is asked of every character of every name.
    /// </summary>
    public static FoldClass Classify(char ch) => ch switch
    {
        (>= '\t' and <= '\r') or ' ' => FoldClass.Space,
        <= '\u007F' => FoldClass.Stable,
        (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') => FoldClass.Stable,
        '\u00B7' or '\u2019' => FoldClass.Stable,
        '\u0085' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => FoldClass.Space,
        _ => FoldClass.Unstable,
    };

    /// <summary>True when NFKC leaves <paramref name="text"/> exactly as it is: every character is <see cref="FoldClass.Stable"/> or ASCII white space.</summary>
    public static bool IsNfkcStable(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (Classify(ch) == FoldClass.Unstable || (Classify(ch) == FoldClass.Space && ch > '\u007F'))
            {
                return false;
            }
        }

        return true;
    }
}
