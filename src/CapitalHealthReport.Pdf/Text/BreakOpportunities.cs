using System.Text;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// Marks where a line may break between the shaped units of a text: the pairwise rules of <see cref="CharClasses"/>
/// (spaces, ideographs, kinsoku, hyphens) plus rules that need more context: opening punctuation keeps the next word
/// across spaces; a number range or date (<c>0–1</c>, <c>2023-2024</c>, <c>2025/03/31</c>) never breaks; a one-letter
/// tail after a hyphen (<c>Pre-A</c>, <c>B-1</c>) stays with its word.
/// </summary>
internal static class BreakOpportunities
{
    /// <summary>Sets <see cref="UnitFlags.BreakBefore"/> on every unit a line may start with (never the first).</summary>
    public static void Mark(string text, List<TextUnit> units)
    {
        for (var i = 1; i < units.Count; i++)
        {
            var unit = units[i];
            var previous = units[i - 1];
            if (unit.IsNewline || previous.IsNewline)
            {
                continue;
            }

            if (MayBreakBefore(text, unit.TextStart))
            {
                units[i] = unit with { Flags = unit.Flags | UnitFlags.BreakBefore };
            }
        }
    }

    /// <summary>Whether a line may start at UTF-16 index <paramref name="index"/> of <paramref name="text"/> (0 &lt; index &lt; length).</summary>
    public static bool MayBreakBefore(string text, int index)
    {
        var after = Rune.GetRuneAt(text, index).Value;
        var beforeIndex = PreviousRuneStart(text, index);
        var before = Rune.GetRuneAt(text, beforeIndex).Value;
        var beforePrevious = beforeIndex > 0 ? Rune.GetRuneAt(text, PreviousRuneStart(text, beforeIndex)).Value : -1;

        // Opening punctuation keeps the next word even across spaces: "“ word" does not break after the quote.
        var lastNonSpace = beforeIndex;
        while (lastNonSpace > 0 && CharClasses.IsSpace(text[lastNonSpace]))
        {
            lastNonSpace = PreviousRuneStart(text, lastNonSpace);
        }

        if (CharClasses.IsSpace(before) && CharClasses.CannotEndLine(Rune.GetRuneAt(text, lastNonSpace).Value))
        {
            return false;
        }

        if (IsRangeOrDateSeparator(before) && IsDigit(beforePrevious) && IsDigit(after))
        {
            return false;
        }

        if (IsHyphen(before) && IsShortTail(text, index))
        {
            return false;
        }

        return CharClasses.MayBreakBetween(beforePrevious, before, after);
    }

    internal static int PreviousRuneStart(string text, int index)
    {
        var i = index - 1;
        if (i > 0 && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    // Hyphens, dashes, tildes and the solidus between digits join numbers: ranges, dates, fractions.
    private static bool IsRangeOrDateSeparator(int c) => IsHyphen(c) || c is '/' or '~' or 0xFF5E or 0x301C;

    private static bool IsHyphen(int c) => c is '-' or 0x2010 or 0x2011 or 0x2012 or 0x2013;

    private static bool IsDigit(int c) => c is (>= '0' and <= '9') or (>= 0xFF10 and <= 0xFF19);

    // The letters or digits from `index` on are a single one, followed by a non-letter (an ideograph, space or end):
    // "Pre-A轮", "Series B-1".
    private static bool IsShortTail(string text, int index)
    {
        if (index >= text.Length || !char.IsAsciiLetterOrDigit(text[index]))
        {
            return false;
        }

        return index + 1 >= text.Length || !char.IsLetterOrDigit(text[index + 1]) || CharClasses.IsCjk(text[index + 1]);
    }
}
