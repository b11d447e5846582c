using System.Globalization;
using System.Text;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Reporting.Rendering;

/// <summary>
/// The characters of a report that no bundled font draws, told by script (Hangul, Thai, Arabic, …) with the words of the
/// report they stand in: a Korean export's company names are one Hangul finding naming <c>주식회사</c> and
/// <c>(주)카카오벤처스</c>, not a list of syllables each with a cut-off snippet. Characters of no script the table names
/// are told one by one.
/// </summary>
internal static class MissingGlyphScripts
{
    private const int ListedCharacters = 3;
    private const int ListedWords = 5;

    private static readonly (int First, int Last, string Name)[] Scripts =
    [
        (0x0530, 0x058F, "Armenian"), (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"),
        (0x08A0, 0x08FF, "Arabic"), (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"),
        (0x0A80, 0x0AFF, "Gujarati"), (0x0B80, 0x0BFF, "Tamil"), (0x0C00, 0x0C7F, "Telugu"), (0x0C80, 0x0CFF, "Kannada"),
        (0x0D00, 0x0D7F, "Malayalam"), (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"), (0x1000, 0x109F, "Myanmar"),
        (0x10A0, 0x10FF, "Georgian"), (0x1100, 0x11FF, "Hangul (Korean)"), (0x1200, 0x139F, "Ethiopic"), (0x1780, 0x17FF, "Khmer"),
        (0x3130, 0x318F, "Hangul (Korean)"), (0xA960, 0xA97F, "Hangul (Korean)"), (0xAC00, 0xD7AF, "Hangul (Korean)"),
        (0xD7B0, 0xD7FF, "Hangul (Korean)"), (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"), (0xFFA0, 0xFFDC, "Hangul (Korean)"),
        (0x1F300, 0x1FAFF, "Emoji"), (0x20000, 0x3FFFF, "rare Chinese characters (CJK Extension B and later)"),
    ];

    /// <summary>The script <paramref name="codePoint"/> belongs to, as a reader names it; null for one the table does not name.</summary>
    public static string? ScriptOf(int codePoint)
    {
        foreach (var (first, last, name) in Scripts)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// One line per script (in the order first met), then one per character of no named script: <c>Hangul (Korean), 24
    /// character(s) such as U+C8FC '주', U+C2DD '식', U+D68C '회', in "주식회사", "(주)카카오벤처스" and 3 more</c>.
    /// </summary>
    public static IReadOnlyList<string> Describe(IReadOnlyList<MissingGlyph> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var lines = new List<string>();
        foreach (var group in missing.Where(static g => ScriptOf(g.CodePoint) is not null).GroupBy(static g => ScriptOf(g.CodePoint)!))
        {
            var glyphs = group.ToList();
            var shown = string.Join(", ", glyphs.Take(ListedCharacters).Select(Label));
            var more = glyphs.Count > ListedCharacters ? " …" : string.Empty;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{group.Key}, {glyphs.Count} character(s) ({shown}{more}) in {Words(glyphs)}"));
        }

        foreach (var glyph in missing.Where(static g => ScriptOf(g.CodePoint) is null))
        {
            lines.Add($"{Label(glyph)} in {Words([glyph])}");
        }

        return lines;
    }

    private static string Label(MissingGlyph glyph) => $"{glyph.CodePointLabel} '{char.ConvertFromUtf32(glyph.CodePoint)}'";

    /// <summary>
    /// The distinct words of the report that hold the characters, quoted: a word is a run of the characters' script and
    /// Latin letters, digits and marks (<c>(주)미래060</c>, <c>KB인베스트먼트</c>), so a Korean name in Chinese text, which has
    /// no spaces, ends where the Chinese begins.
    /// </summary>
    private static string Words(List<MissingGlyph> glyphs)
    {
        var words = new List<string>();
        foreach (var glyph in glyphs)
        {
            var script = ScriptOf(glyph.CodePoint);
            var runes = glyph.Context.EnumerateRunes().ToList();
            var word = new StringBuilder();
            var holds = false;
            for (var i = 0; i <= runes.Count; i++)
            {
                if (i < runes.Count && (runes[i].Value == glyph.CodePoint || InWord(runes[i], script)))
                {
                    word.Append(runes[i].ToString());
                    holds |= runes[i].Value == glyph.CodePoint;
                    continue;
                }

                // A list's comma or a sentence's full stop after the name is not part of it.
                var found = word.ToString().TrimEnd(',', ';', ':', '.');
                if (holds && found.Length > 0 && !words.Contains(found, StringComparer.Ordinal))
                {
                    words.Add(found);
                }

                word.Clear();
                holds = false;
            }
        }

        if (words.Count == 0)
        {
            return "\"" + glyphs[0].Context + "\"";
        }

        var text = new StringBuilder();
        text.AppendJoin(", ", words.Take(ListedWords).Select(static w => "\"" + w + "\""));
        if (words.Count > ListedWords)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {words.Count - ListedWords} more");
        }

        return text.ToString();
    }

    private static bool InWord(Rune rune, string? script) =>
        !Rune.IsWhiteSpace(rune) && (rune.Value < 0x0250 || (script is not null && ScriptOf(rune.Value) == script));
}
