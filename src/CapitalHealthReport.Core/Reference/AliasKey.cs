using System.Globalization;
using System.Text;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Reference;

/// <summary>
/// The key under which reference aliases are matched: width-folded (NFKC), lower-cased invariantly,
/// with white space, hyphens, underscores, dots and apostrophes removed, so that <c>Series A</c>,
/// <c>series-a</c> and <c>ＳＥＲＩＥＳ_Ａ</c> meet.
/// </summary>
/// <remarks>
/// Most names (ASCII labels, Chinese investor and company names) consist only of characters that NFKC
/// leaves as they are; those keys are written directly, without the ICU normalisation call, and give
/// exactly the key the full normalisation would give. Any other character sends the whole text through
/// <see cref="string.Normalize(NormalizationForm)"/>.
/// </remarks>
public static class AliasKey
{
    public static string Of(ReadOnlySpan<char> raw)
    {
        if (IsAllUnifiedIdeographs(raw))
        {
            return raw.ToString();
        }

        var length = 0;
        foreach (var ch in raw)
        {
            switch (NfkcFold.Classify(ch))
            {
                case NfkcFold.FoldClass.Unstable:
                    return OfNormalized(raw.Trim());
                case NfkcFold.FoldClass.Stable when !IsIgnoredPunctuation(ch):
                    length++;
                    break;
            }
        }

        return length == 0 ? string.Empty : string.Create(length, raw, static (key, text) => TryWrite(text, key, out _));
    }

    /// <summary>
    /// Writes the key of <paramref name="raw"/> into <paramref name="destination"/> without allocating, when
    /// the text needs no normalisation (see <see cref="NfkcFold.Classify"/>) and the key fits; the key is
    /// never longer than the text. Returns false otherwise, with nothing meaningful written: call
    /// <see cref="Of"/> then.
    /// </summary>
    public static bool TryWrite(ReadOnlySpan<char> raw, Span<char> destination, out int written)
    {
        if (IsAllUnifiedIdeographs(raw) && raw.TryCopyTo(destination))
        {
            written = raw.Length;
            return true;
        }

        written = 0;
        foreach (var ch in raw)
        {
            var fold = NfkcFold.Classify(ch);
            if (fold == NfkcFold.FoldClass.Unstable)
            {
                written = 0;
                return false;
            }

            if (fold == NfkcFold.FoldClass.Space || IsIgnoredPunctuation(ch))
            {
                continue;
            }

            if (written == destination.Length)
            {
                written = 0;
                return false;
            }

            // Within the fold-stable characters only ASCII A–Z have a lower-case form.
            destination[written++] = ch is >= 'A' and <= 'Z' ? (char)(ch + ('a' - 'A')) : ch;
        }

        return true;
    }

    /// <summary>
    /// True for text made only of CJK Unified Ideographs (U+4E00–U+9FFF), as most Chinese names are: such text
    /// is its own key, with nothing to fold, drop or lower-case. One vectorised scan decides it.
    /// </summary>
    private static bool IsAllUnifiedIdeographs(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('\u4E00', '\u9FFF');

    private static bool IsIgnoredPunctuation(char ch) => ch is '-' or '_' or '.' or '\'' or '’' or '·';

    private static bool IsIgnored(char ch) => char.IsWhiteSpace(ch) || IsIgnoredPunctuation(ch);

    private static string OfNormalized(ReadOnlySpan<char> trimmed)
    {
        string normalized;
        try
        {
            normalized = trimmed.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Unpaired surrogates or noncharacters (from a damaged UTF-16 export) cannot be normalised; compare the text as written.
            normalized = trimmed.ToString();
        }

        var length = 0;
        foreach (var ch in normalized)
        {
            if (!IsIgnored(ch))
            {
                length++;
            }
        }

        return string.Create(length, normalized, static (key, text) =>
        {
            var i = 0;
            foreach (var ch in text)
            {
                if (!IsIgnored(ch))
                {
                    key[i++] = char.ToLower(ch, CultureInfo.InvariantCulture);
                }
            }
        });
    }
}
