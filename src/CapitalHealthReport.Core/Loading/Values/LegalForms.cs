using System.Buffers;
using System.Collections.Frozen;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The legal forms a company's name carries. Written after the name and a comma (<c>Acme Ventures, LLC</c>,
/// <c>Bolt Holdings, Inc.</c>, <c>Prairie Fund, L.P.</c>, <c>Nilgiri Capital, Pvt. Ltd.</c>), such a part ends the
/// investor before it in a list separated by commas rather than naming one of its own; Latin forms are matched in
/// lower case without dots or spaces. Japanese, Korean and Chinese forms are written before or after the name
/// (<c>株式会社ANRI</c>, <c>ANRI株式会社</c>, <c>(주)카카오벤처스</c>, <c>深圳市创新投资集团有限公司</c>).
/// </summary>
internal static class LegalForms
{
    /// <summary>No form is longer as written: longer parts are investors, not compared.</summary>
    private const int LongestForm = 24;

    /// <summary>How many forms one name may carry (<c>Co., Ltd.</c> is two).</summary>
    private const int MostForms = 4;

    private static readonly FrozenSet<string> Forms = new[]
    {
        "llc", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "lp", "llp", "lllp", "plc", "pllc",
        "pvtltd", "privatelimited", "pteltd", "ptyltd", "gmbh", "ag", "kg", "gmbh&cokg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
        "ab", "as", "oy", "kk",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Japanese and Korean forms written before a name, as width folding writes them (<c>㈱</c> and <c>（株）</c> are <c>(株)</c>).</summary>
    private static readonly string[] FormsBefore = ["株式会社", "有限会社", "合同会社", "(株)", "(有)", "(주)", "(유)", "주식회사", "유한회사"];

    /// <summary>Forms written after a name, each longer one before the shorter it ends with (<c>股份有限公司</c> before <c>有限公司</c>).</summary>
    private static readonly string[] FormsAfter =
        ["股份有限公司", "有限责任公司", "有限責任公司", "(有限合伙)", "有限合伙", "有限公司", "株式会社", "有限会社", "合同会社", "(株)", "(有)", "(주)", "(유)", "주식회사", "유한회사"];

    /// <summary>The longest Latin form without its dots and spaces (<c>privatelimited</c>).</summary>
    private static readonly int LongestLatinForm = Forms.Max(static form => form.Length);

    /// <summary>The characters a form written before a name starts with.</summary>
    private static readonly SearchValues<char> FormStarts = SearchValues.Create(string.Concat(FormsBefore.Select(static form => form[0])));

    /// <summary>The characters a Japanese, Korean or Chinese form written after a name ends with.</summary>
    private static readonly SearchValues<char> FormEnds = SearchValues.Create(string.Concat(FormsAfter.Select(static form => form[^1])));

    /// <summary>For each ASCII letter in either case, the length of the longest Latin form ending with it (0: none does).</summary>
    private static readonly int[] LongestFormEndingWith = LongestEndingWith(Forms);

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

    /// <summary>
    /// False when <paramref name="text"/>, an investor's name as written, certainly carries no legal form, so that its
    /// key is its company key (<see cref="WithoutForms"/> leaves that as it is); true when it may. Decided on the text
    /// without allocating, from its first and last characters and, for a Latin form, its last words: most names are
    /// known to carry none without comparing a single form. Text that width folding could change may.
    /// </summary>
    public static bool MayCarryForm(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        if (FormStarts.Contains(text[0]) || FormEnds.Contains(text[^1]))
        {
            return true;
        }

        if (text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            foreach (var ch in text)
            {
                if (NfkcFold.Classify(ch) == NfkcFold.FoldClass.Unstable)
                {
                    return true;
                }
            }
        }

        return MayEndWithLatinForm(text);
    }

    /// <summary>
    /// True when the last words of <paramref name="text"/> (fold-stable and trimmed), after white space or a comma, may
    /// be a Latin form: compared as <see cref="IsForm"/> compares, without dots and white space and in lower case.
    /// </summary>
    private static bool MayEndWithLatinForm(ReadOnlySpan<char> text)
    {
        // The last letter, past dots and white space, tells the longest form the last words may be (s: sas).
        var end = text.Length - 1;
        while (end >= 0 && (text[end] == '.' || char.IsWhiteSpace(text[end])))
        {
            end--;
        }

        var longest = end >= 0 && text[end] < LongestFormEndingWith.Length ? LongestFormEndingWith[text[end]] : 0;
        Span<char> key = stackalloc char[LongestLatinForm];
        var length = 0;
        for (var start = end; start > 0; start--)
        {
            var ch = text[start];
            if (ch != '.' && !char.IsWhiteSpace(ch))
            {
                if (length == longest)
                {
                    return false;
                }

                // Written from the end: the form's letters fill the buffer's tail.
                key[LongestLatinForm - ++length] = char.ToLowerInvariant(ch);
            }

            if ((text[start - 1] == ',' || char.IsWhiteSpace(text[start - 1]))
                && length > 0 && Forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[(LongestLatinForm - length)..]))
            {
                return true;
            }
        }

        return false;
    }

    private static int[] LongestEndingWith(IEnumerable<string> forms)
    {
        var longest = new int[128];
        foreach (var form in forms)
        {
            foreach (var end in (ReadOnlySpan<char>)[form[^1], char.ToUpperInvariant(form[^1])])
            {
                longest[end] = Math.Max(longest[end], form.Length);
            }
        }

        return longest;
    }

    /// <summary>
    /// <paramref name="key"/> (a company key: width folded, lower case, single spaces) without the legal forms written
    /// before or after its name (<c>sequoia capital, llc</c> and <c>sequoia capital</c> are both <c>sequoia capital</c>);
    /// a key that is only legal forms (<c>株式会社</c>, <c>llc</c>) is kept whole.
    /// </summary>
    public static string WithoutForms(string key)
    {
        var name = key.AsSpan();
        for (var form = 0; form < MostForms; form++)
        {
            var rest = WithoutOneForm(name);
            if (rest.IsEmpty || IsForm(rest))
            {
                // Forms and nothing else (Co., Ltd.): the text names no company to strip them from.
                return key;
            }

            if (rest.Length == name.Length)
            {
                break;
            }

            name = rest;
        }

        return name.Length == key.Length ? key : name.ToString();
    }

    private static ReadOnlySpan<char> WithoutOneForm(ReadOnlySpan<char> name)
    {
        foreach (var form in FormsBefore)
        {
            if (name.StartsWith(form, StringComparison.Ordinal))
            {
                return Trimmed(name[form.Length..]);
            }
        }

        foreach (var form in FormsAfter)
        {
            if (name.EndsWith(form, StringComparison.Ordinal))
            {
                return Trimmed(name[..^form.Length]);
            }
        }

        // A Latin form is a word after a space or a comma: the longest such tail that is one (gmbh & co. kg, not kg).
        for (var start = Math.Max(1, name.Length - LongestForm); start < name.Length; start++)
        {
            if (name[start - 1] is ' ' or ',' && IsForm(name[start..]))
            {
                return Trimmed(name[..start]);
            }
        }

        return name;
    }

    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> name) => name.Trim().TrimEnd(',').TrimEnd();
}
