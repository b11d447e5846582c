using CapitalHealthReport.Pdf.Fonts;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>Glyphs HarfBuzz produced for one stretch of text in one face and style; positions in points.</summary>
internal sealed class ShapedSegment
{
    public required FontFace Face { get; init; }

    public required TextStyle Style { get; init; }

    /// <summary>Embolden the outlines: bold was asked for but the face has no bold (user fonts).</summary>
    public bool SyntheticBold { get; init; }

    /// <summary>Slant the outlines: italic was asked for but the face has no italic (user and monospaced fonts).</summary>
    public bool SyntheticItalic { get; init; }

    /// <summary>Start of the segment in the block's text (UTF-16 index).</summary>
    public required int TextStart { get; init; }

    public required int TextEnd { get; init; }

    /// <summary>Glyph ids of the full face.</summary>
    public required int[] Glyphs { get; init; }

    /// <summary>Per glyph: index in the block's text of the first character of its cluster.</summary>
    public required int[] Clusters { get; init; }

    public required float[] Advances { get; init; }

    public required float[] OffsetsX { get; init; }

    /// <summary>Upward offsets (HarfBuzz's convention), in points.</summary>
    public required float[] OffsetsY { get; init; }
}

/// <summary>Kinds of a <see cref="TextUnit"/>.</summary>
[Flags]
internal enum UnitFlags
{
    None = 0,

    /// <summary>A word space: hangs at a line end, stretches when justified.</summary>
    Space = 1,

    /// <summary>A hard line break (not drawn).</summary>
    Newline = 2,

    /// <summary>A line may break before this unit.</summary>
    BreakBefore = 4,

    /// <summary>An ideograph or other CJK character: gaps next to it stretch when justified.</summary>
    Ideographic = 8,

    /// <summary>Closing punctuation: avoided at a line start even when a word must be broken.</summary>
    NoLineStart = 16,

    /// <summary>Opening punctuation: avoided at a line end even when a word must be broken.</summary>
    NoLineEnd = 32,
}

/// <summary>The smallest piece of shaped text a line can break around: one glyph cluster (a grapheme, or a ligature).</summary>
internal readonly record struct TextUnit(int Segment, int GlyphStart, int GlyphEnd, int TextStart, int TextEnd, float Advance, int RunIndex, UnitFlags Flags)
{
    public bool IsSpace => (Flags & UnitFlags.Space) != 0;

    public bool IsNewline => (Flags & UnitFlags.Newline) != 0;

    public bool BreakBefore => (Flags & UnitFlags.BreakBefore) != 0;

    public bool IsIdeographic => (Flags & UnitFlags.Ideographic) != 0;

    public bool AvoidAtLineStart => (Flags & UnitFlags.NoLineStart) != 0;

    public bool AvoidAtLineEnd => (Flags & UnitFlags.NoLineEnd) != 0;
}
