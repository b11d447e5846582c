using System.Text;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// Which characters a document draws with which face (the code points its font subsets must keep), and the characters no
/// face has: each reported once, with the text around its first use, so that the user learns which text prints as boxes.
/// </summary>
internal sealed class GlyphCoverage
{
    private const int ContextRadius = 12;

    private readonly List<MissingGlyph> _missing = [];
    private readonly HashSet<int> _missingCodePoints = [];

    /// <summary>Characters no face can draw, each once, in the order first met.</summary>
    public IReadOnlyList<MissingGlyph> Missing => _missing;

    /// <summary>Records text drawn with <paramref name="face"/> outside shaping (chart labels); characters it lacks are missing.</summary>
    public void Record(FontFace face, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (CharClasses.IsNewline(c) || CharClasses.IsIgnorable(c) || HarfBuzzSubsetter.IsLigaturePresentationForm(c))
            {
                continue;
            }

            if (face.Source.HasGlyph(c))
            {
                face.RecordCodePoint(c);
            }
            else
            {
                ReportMissing(c, text, text.IndexOf(rune.ToString(), StringComparison.Ordinal));
            }
        }
    }

    /// <summary>Records the characters of <c>text[start..end]</c> that <paramref name="face"/> shaped (and has).</summary>
    public static void RecordShaped(FontFace face, string text, int start, int end)
    {
        for (var t = start; t < end;)
        {
            var rune = Rune.GetRuneAt(text, t);
            if (!CharClasses.IsIgnorable(rune.Value) && face.Source.HasGlyph(rune.Value) && !HarfBuzzSubsetter.IsLigaturePresentationForm(rune.Value))
            {
                face.RecordCodePoint(rune.Value);
            }

            t += rune.Utf16SequenceLength;
        }
    }

    /// <summary>Reports a character no face has, at <paramref name="index"/> in <paramref name="text"/> (once per code point).</summary>
    public void ReportMissing(int codePoint, string text, int index)
    {
        if (!_missingCodePoints.Add(codePoint))
        {
            return;
        }

        var from = Math.Max(0, index - ContextRadius);
        var to = Math.Min(text.Length, index + ContextRadius + 1);
        if (from > 0 && char.IsLowSurrogate(text[from]))
        {
            from--;
        }

        if (to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to++;
        }

        var context = text[from..to].ReplaceLineEndings(" ");
        _missing.Add(new MissingGlyph(codePoint, context));
    }
}
