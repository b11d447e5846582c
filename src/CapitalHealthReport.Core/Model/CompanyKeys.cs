using System.Globalization;
using System.Text;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Model;

/// <summary>Company grouping keys: trimmed, case-folded and width-folded names.</summary>
/// <remarks>
/// Names made only of characters that NFKC leaves as they are (ASCII, common CJK ideographs, white space;
/// see <see cref="NfkcFold.Classify"/>) are folded directly, without the ICU normalisation call, and give exactly
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
            switch (NfkcFold.Classify(ch))
            {
                case NfkcFold.FoldClass.Unstable:
                    unchanged = false;
                    return -1;
                case NfkcFold.FoldClass.Space:
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

    /// <summary>
    /// Writes the key of <paramref name="name"/> into <paramref name="destination"/> without allocating, when the name
    /// is fold-stable (see <see cref="NfkcFold.Classify"/>) and the key fits; the key is never longer than the name.
    /// Returns false otherwise, with nothing meaningful written: call <see cref="FromName"/> then.
    /// </summary>
    public static bool TryWrite(ReadOnlySpan<char> name, Span<char> destination, out int written)
    {
        written = StableKeyLength(name, out _);
        if (written < 0 || written > destination.Length)
        {
            written = 0;
            return false;
        }

        Write(name, destination);
        return true;
    }

    private static string CreateStableKey(string name, int length) =>
        length == 0 ? string.Empty : string.Create(length, name, static (key, text) => Write(text, key));

    /// <summary>Writes the key of a fold-stable name, <see cref="StableKeyLength"/> characters.</summary>
    private static void Write(ReadOnlySpan<char> text, Span<char> key)
    {
        var i = 0;
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (NfkcFold.Classify(ch) == NfkcFold.FoldClass.Space)
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
    }

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
