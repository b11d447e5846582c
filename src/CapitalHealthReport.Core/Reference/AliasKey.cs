using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Reference;

/// <summary>
/// The key under which reference aliases are matched: width-folded (NFKC), lower-cased invariantly,
/// with white space, hyphens, underscores, dots and apostrophes removed, so that <c>Series A</c>,
/// <c>series-a</c> and <c>ＳＥＲＩＥＳ_Ａ</c> meet.
/// </summary>
public static class AliasKey
{
    public static string Of(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        var ascii = true;
        foreach (var ch in trimmed)
        {
            if (ch > 0x7E)
            {
                ascii = false;
                break;
            }
        }

        ReadOnlySpan<char> source = trimmed;
        string? normalized = null;
        if (!ascii)
        {
            try
            {
                normalized = trimmed.ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                // Unpaired surrogates or noncharacters (from a damaged UTF-16 export) cannot be normalised; compare the text as written.
                normalized = trimmed.ToString();
            }

            source = normalized;
        }

        var builder = new StringBuilder(source.Length);
        foreach (var ch in source)
        {
            if (char.IsWhiteSpace(ch) || ch is '-' or '_' or '.' or '\'' or '’' or '·')
            {
                continue;
            }

            builder.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
