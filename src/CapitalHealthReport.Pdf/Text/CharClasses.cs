using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// Character classes the text engine needs: which face a character prefers (Latin or CJK), where lines may break
/// (a compact subset of Unicode's line-breaking rules, UAX #14, with the Chinese kinsoku rules), and which
/// gaps stretch when a line is justified.
/// </summary>
internal static class CharClasses
{
    /// <summary>Characters that never start a line: closing punctuation and brackets, Chinese and Western.</summary>
    private const string NoLineStart =
        "，。、；：！？）》」』】〉”’…‥〕〗〙〛｝］｠〞〟・ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
        + "．｡､：；！？％‰℃°′″"
        + ",.;:!?)]}%";

    /// <summary>Characters that never end a line: opening punctuation and brackets, and currency signs that precede amounts.</summary>
    private const string NoLineEnd = "（《「『【〈“‘〔〖〘〚｛［｟〝([{￥＄￡¥$£€";

    /// <summary>True for ideographs, kana, hangul, CJK symbols and punctuation and full-width forms: text set in the CJK face.</summary>
    public static bool IsCjk(int c) =>
        c is (>= 0x2E80 and <= 0x2FDF) // CJK radicals, Kangxi radicals
            or (>= 0x2FF0 and <= 0x303F) // ideographic description, CJK symbols and punctuation
            or (>= 0x3040 and <= 0x31FF) // kana, bopomofo, hangul compatibility jamo, kanbun, CJK strokes
            or (>= 0x3200 and <= 0x4DBF) // enclosed CJK, compatibility, extension A
            or (>= 0x4E00 and <= 0x9FFF) // unified ideographs
            or (>= 0xA960 and <= 0xA97F)
            or (>= 0xAC00 and <= 0xD7FF) // hangul
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0xFE10 and <= 0xFE1F) // vertical forms
            or (>= 0xFE30 and <= 0xFE4F) // compatibility forms
            or (>= 0xFF00 and <= 0xFFEF) // half-width and full-width forms
            or (>= 0x20000 and <= 0x3FFFF); // supplementary ideographic planes

    /// <summary>
    /// Punctuation without a script of its own (curly quotes, dashes, ellipsis, middle dot): it takes the face of the
    /// text around it, so that “引号” in Chinese uses the CJK face's full-width quotes and "quotes" in English the Latin ones.
    /// </summary>
    public static bool IsNeutralPunctuation(int c) =>
        c is (>= 0x2010 and <= 0x2027) or 0x00B7 or (>= 0x2030 and <= 0x205E);

    /// <summary>Combining marks, joiners and variation selectors: they stay with the character before them.</summary>
    public static bool IsAttached(int c)
    {
        if (c is 0x200C or 0x200D or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or (>= 0x1F3FB and <= 0x1F3FF))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Default-ignorable format characters (zero-width space, joiners, BOM): never reported as missing glyphs.</summary>
    public static bool IsIgnorable(int c) =>
        c is 0x00AD or 0x034F or 0x061C or (>= 0x115F and <= 0x1160) or (>= 0x17B4 and <= 0x17B5) or (>= 0x180B and <= 0x180F)
            or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F) or 0x3164
            or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or 0xFFA0 or (>= 0xFFF0 and <= 0xFFF8) or (>= 0xE0000 and <= 0xE0FFF);

    /// <summary>Spaces that separate words: lines break after them and justification stretches them.</summary>
    public static bool IsSpace(int c) => c is ' ' or '\t' or 0x3000 or (>= 0x2000 and <= 0x2006) or (>= 0x2008 and <= 0x200A) or 0x205F;

    /// <summary>Hard line breaks.</summary>
    public static bool IsNewline(int c) => c is '\n' or '\r' or 0x2028 or 0x2029 or 0x0085;

    /// <summary>Characters between which (in either direction) a line may break, kinsoku rules permitting.</summary>
    public static bool IsIdeographicBreakClass(int c) =>
        IsCjk(c) && !(c is (>= 0xFF10 and <= 0xFF19) or (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A));

    public static bool CannotStartLine(int c) => c <= 0xFFFF && NoLineStart.Contains((char)c, StringComparison.Ordinal);

    public static bool CannotEndLine(int c) => c <= 0xFFFF && NoLineEnd.Contains((char)c, StringComparison.Ordinal);

    private static bool IsNoBreakGlue(int c) => c is 0x00A0 or 0x202F or 0x2007 or 0x2060 or 0xFEFF or 0x2011 or 0x0F0C;

    private static bool IsAlphanumeric(int c) => Rune.IsLetterOrDigit(new Rune(c));

    /// <summary>
    /// Whether a line may break between <paramref name="before"/> and <paramref name="after"/>, given the character
    /// before <paramref name="before"/> (or -1) for hyphen rules. Spaces are handled by the caller: a line breaks after
    /// a run of spaces, never before one.
    /// </summary>
    public static bool MayBreakBetween(int beforePrevious, int before, int after)
    {
        if (IsAttached(after) || IsSpace(after) || IsNoBreakGlue(after) || IsNoBreakGlue(before) || before is 0x200D)
        {
            return false;
        }

        if (CannotStartLine(after) || CannotEndLine(before))
        {
            return false;
        }

        if (before == 0x200B || IsSpace(before))
        {
            return true;
        }

        if (IsIdeographicBreakClass(before) || IsIdeographicBreakClass(after))
        {
            return true;
        }

        // Hyphens and dashes: "well-known" breaks after the hyphen, but "-5" and "--" do not.
        if (before is '-' or 0x2010 or 0x2012 or 0x2013)
        {
            return beforePrevious >= 0 && IsAlphanumeric(beforePrevious) && IsAlphanumeric(after);
        }

        if (before is 0x2014 || after is 0x2014)
        {
            return before != after;
        }

        // "and/or", long paths and URLs: after a solidus followed by a letter or digit.
        if (before == '/' && beforePrevious >= 0 && beforePrevious != '/' && IsAlphanumeric(after))
        {
            return true;
        }

        return false;
    }
}
