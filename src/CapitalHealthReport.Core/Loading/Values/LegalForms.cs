using System.Collections.Frozen;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The legal forms written after a company's name and a comma (<c>Acme Ventures, LLC</c>, <c>Bolt Holdings, Inc.</c>,
/// <c>Prairie Fund, L.P.</c>, <c>Nilgiri Capital, Pvt. Ltd.</c>): in a list of investors separated by commas such a part
/// ends the investor before it rather than naming one of its own. Matched in lower case without dots or spaces.
/// </summary>
internal static class LegalForms
{
    /// <summary>No form is longer as written: longer parts are investors, not compared.</summary>
    private const int LongestForm = 24;

    private static readonly FrozenSet<string> Forms = new[]
    {
        "llc", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "lp", "llp", "lllp", "plc", "pllc",
        "pvtltd", "privatelimited", "pteltd", "ptyltd", "gmbh", "ag", "kg", "gmbh&cokg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
        "ab", "as", "oy", "kk",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="part"/>, the text after a comma in a list of investors, is a legal form alone.</summary>
    public static bool IsForm(ReadOnlySpan<char> part)
    {
        part = part.Trim();
        if (part.IsEmpty || part.Length > LongestForm)
        {
            return false;
        }

        Span<char> key = stackalloc char[LongestForm];
        var length = 0;
        foreach (var c in part)
        {
            if (c is not ('.' or ' '))
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        return Forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[..length]);
    }
}
