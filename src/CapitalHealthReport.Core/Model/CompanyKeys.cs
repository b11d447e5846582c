using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Model;

/// <summary>Company grouping keys: trimmed, case-folded and width-folded names.</summary>
/// <remarks>
/// Names made only of characters that NFKC leaves as they are (ASCII, common CJK ideographs, white space;
/// see <see cref="Classify"/>) are folded directly, without the ICU normalisation call, and give exactly
/// the key the full normalisation would give; any other character sends the whole name through
/// <see cref="string.Normalize(NormalizationForm)"/>.
/// </remarks>
public static class CompanyKeys
{
    /// <summary>Folds full-width forms to ASCII (NFKC), trims, collapses inner white space and lower-cases invariantly.</summary>
    public static string FromName(string name)
    {
        // Text made only of CJK Unified Ideographs (U+4E00–U+9FFF), as most Chinese names are, is its own key.
        if (!name.AsSpan().ContainsAnyExceptInRange('\u4E00', '\u9FFF'))
        {
            return name;
        }

        var length = StableKeyLength(name, out var unchanged);
        if (length < 0)
        {
            return FromNormalized(name);
        }

        // A name that is already its own key (lower case, single inner spaces, nothing to trim) is returned as it is.
        return unchanged ? name : CreateStableKey(name, length);
    }

    /// <summary>How a character enters a name key when the full normalisation is skipped.</summary>
    internal enum FoldClass : byte
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
    internal static FoldClass Classify(char ch) => ch switch
    {
        (>= '\t' and <= '\r') or ' ' => FoldClass.Space,
        <= '\u007F' => FoldClass.Stable,
        (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') => FoldClass.Stable,
        '\u00B7' or '\u2019' => FoldClass.Stable,
        '\u0085' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => FoldClass.Space,
        _ => FoldClass.Unstable,
    };

    /// <summary>True when NFKC leaves <paramref name="text"/> exactly as it is: every character is <see cref="FoldClass.Stable"/> or ASCII white space.</summary>
    internal static bool IsNfkcStable(ReadOnlySpan<char> text)
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

    /// <summary>
    /// The key length of a fold-stable name (white space at either end dropped, each inner run counted once),
    /// or -1 when the name needs the full normalisation; <paramref name="unchanged"/> tells whether the key
    /// equals the name.
    /// </summary>
    private static int StableKeyLength(ReadOnlySpan<char> name, out bool unchanged)
    {
        unchanged = true;
        var length = 0;
        var pendingSpace = false;
        foreach (var ch in name)
        {
            switch (Classify(ch))
            {
                case FoldClass.Unstable:
                    unchanged = false;
                    return -1;
                case FoldClass.Space:
                    // A space counts only once it is followed by a letter, so that trailing white space is dropped.
                    unchanged &= ch == ' ' && !pendingSpace && length > 0;
                    pendingSpace = length > 0;
                    break;
                default:
                    length += pendingSpace ? 2 : 1;
                    pendingSpace = false;
                    unchanged &= ch is not (>= 'A' and <= 'Z');
                    break;
            }
        }

        unchanged &= !pendingSpace;
        return length;
    }

    private static string CreateStableKey(string name, int length) =>
        length == 0 ? string.Empty : string.Create(length, name, static (key, text) =>
        {
            var i = 0;
            var pendingSpace = false;
            foreach (var ch in text)
            {
                if (Classify(ch) == FoldClass.Space)
                {
                    pendingSpace = i > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    key[i++] = ' ';
                    pendingSpace = false;
                }

                // Within the fold-stable characters only ASCII A–Z have a lower-case form.
                key[i++] = ch is >= 'A' and <= 'Z' ? (char)(ch + ('a' - 'A')) : ch;
            }
        });

    private static string FromNormalized(string name)
    {
        string folded;
        try
        {
            folded = name.Normalize(NormalizationForm.FormKC).Trim();
        }
        catch (ArgumentException)
        {
            // Unpaired surrogates or noncharacters (U+FFFF) cannot be normalised; group the name as written.
            folded = name.Trim();
        }

        var builder = new StringBuilder(folded.Length);
        var lastWasSpace = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
