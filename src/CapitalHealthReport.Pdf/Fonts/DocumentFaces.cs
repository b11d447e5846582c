using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// The faces of one document by role (Latin regular/bold/italic/bold italic, monospaced, CJK, user-named) and the
/// fallback order that picks a face for a character: user fonts, the face the script and style prefer, the style's
/// Latin face, then any bundled face that has the character.
/// </summary>
internal sealed class DocumentFaces : IDisposable
{
    private readonly FontFace[] _latin; // regular, bold, italic, bold italic
    private readonly FontFace[] _mono; // regular, bold
    private readonly FontFace[] _cjk; // regular, bold
    private readonly FontFace[] _extra;

    public DocumentFaces(FontFace[] latin, FontFace[] mono, FontFace[] cjk, FontFace[] extra)
    {
        if (latin.Length != 4 || mono.Length != 2 || cjk.Length != 2)
        {
            throw new ArgumentException("A document needs four Latin, two monospaced and two CJK faces.");
        }

        _latin = latin;
        _mono = mono;
        _cjk = cjk;
        _extra = extra;
        All = [.. extra, .. latin, .. mono, .. cjk];
    }

    /// <summary>Every face in a fixed order: user fonts, Latin, monospaced, CJK.</summary>
    public IReadOnlyList<FontFace> All { get; }

    /// <summary>Metrics of the body face, which set every line's ascent and descent.</summary>
    public FontSource PrimaryMetrics => _latin[0].Source;

    public FontFace Latin(TextStyle style) => _latin[(style.Bold ? 1 : 0) + (style.Italic ? 2 : 0)];

    public FontFace Mono(bool bold) => _mono[bold ? 1 : 0];

    /// <summary>The CJK face of a weight: Chinese text, and every chart label (it also covers Latin).</summary>
    public FontFace Cjk(bool bold) => _cjk[bold ? 1 : 0];

    public bool IsExtra(FontFace face) => Array.IndexOf(_extra, face) >= 0;

    public bool IsMono(FontFace face) => Array.IndexOf(_mono, face) >= 0;

    public bool IsCjk(FontFace face) => Array.IndexOf(_cjk, face) >= 0;

    /// <summary>The face a style prefers for a script: monospaced for code, CJK for CJK text, else the style's Latin face.</summary>
    public FontFace Preferred(TextStyle style, bool cjk) =>
        style.Code ? Mono(style.Bold) : cjk ? Cjk(style.Bold) : Latin(style);

    /// <summary>The face for one character: user fonts, the preferred face, then Latin, CJK and monospaced; null when none has it.</summary>
    public FontFace? Find(int codePoint, TextStyle style, bool cjk)
    {
        foreach (var face in _extra)
        {
            if (face.Source.HasGlyph(codePoint))
            {
                return face;
            }
        }

        var preferred = Preferred(style, cjk);
        if (preferred.Source.HasGlyph(codePoint))
        {
            return preferred;
        }

        var latin = Latin(style);
        if (latin.Source.HasGlyph(codePoint))
        {
            return latin;
        }

        foreach (var face in new[] { Cjk(style.Bold), _cjk[0], _latin[0], Mono(style.Bold) })
        {
            if (face.Source.HasGlyph(codePoint))
            {
                return face;
            }
        }

        return null;
    }

    /// <summary>The style's Latin face when it has every character of <paramref name="text"/>, else the CJK face of its weight.</summary>
    public FontFace ForSimpleText(TextStyle style, string text)
    {
        if (style.Code)
        {
            return Mono(style.Bold);
        }

        var latin = Latin(style);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!CharClasses.IsNewline(rune.Value) && !CharClasses.IsIgnorable(rune.Value) && !latin.Source.HasGlyph(rune.Value))
            {
                return Cjk(style.Bold);
            }
        }

        return latin;
    }

    public void Dispose()
    {
        foreach (var face in All)
        {
            face.Dispose();
        }
    }
}
