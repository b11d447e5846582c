using System.Text;
using CapitalHealthReport.Pdf.Output;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// One line of a broken <see cref="TextBlock"/>: its size and a <see cref="Draw"/> that places the glyphs as shaped.
/// Drawn text blobs carry the characters and their clusters, so PDF text extraction returns exactly the source text.
/// </summary>
public sealed class TextLine
{
    private readonly TextBlock _block;
    private readonly int _start;
    private readonly int _end;
    private readonly int _visibleEnd;

    internal TextLine(TextBlock block, int start, int end, bool endsParagraph)
    {
        _block = block;
        _start = start;
        _end = end;
        EndsParagraph = endsParagraph;

        var visibleEnd = end;
        while (visibleEnd > start && (block.Units[visibleEnd - 1].IsSpace || block.Units[visibleEnd - 1].IsNewline))
        {
            visibleEnd--;
        }

        _visibleEnd = visibleEnd;
        Width = block.Width(start, end);
        Text = start < visibleEnd ? block.Text[block.Units[start].TextStart..block.Units[visibleEnd - 1].TextEnd] : string.Empty;

        var size = 0f;
        var height = 0f;
        for (var i = start; i < end; i++)
        {
            var style = block.Runs[block.Units[i].RunIndex].Style;
            size = Math.Max(size, style.Size);
            height = Math.Max(height, style.Size * style.LineHeight);
        }

        if (size == 0f)
        {
            var style = StyleAtBreak(block, start);
            size = style.Size;
            height = style.Size * style.LineHeight;
        }

        var metrics = block.Fonts.PrimaryMetrics;
        Ascent = metrics.Ascender * size;
        Descent = metrics.Descender * size;
        Height = height;
    }

    /// <summary>Advance width of the line's content without trailing spaces, in points.</summary>
    public float Width { get; }

    /// <summary>Distance from the baseline up to the body face's ascender at the line's largest size.</summary>
    public float Ascent { get; }

    /// <summary>Distance from the baseline down to the body face's descender at the line's largest size.</summary>
    public float Descent { get; }

    /// <summary>Line box height: the largest <see cref="TextStyle.LineHeight"/> × <see cref="TextStyle.Size"/> on the line.</summary>
    public float Height { get; }

    /// <summary>True for a paragraph's last line and a line ended by a hard break: never stretched when justified.</summary>
    public bool EndsParagraph { get; }

    /// <summary>The characters drawn on this line (without trailing spaces).</summary>
    public string Text { get; }

    /// <summary>Offset of the baseline below the line box's top (half the leading above the ascent).</summary>
    public float Baseline => ((Height - (Ascent + Descent)) / 2f) + Ascent;

    /// <summary>
    /// Draws the line with its box's top-left at (<paramref name="x"/>, <paramref name="top"/>) inside a box
    /// <paramref name="boxWidth"/> wide. Justification stretches the gaps between words and around ideographs, except on a
    /// paragraph's last line. Linked runs get link annotations (URIs, or <c>#name</c> for a destination in the document).
    /// </summary>
    public void Draw(SKCanvas canvas, float x, float top, float boxWidth, TextAlignment alignment)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        _block.Fonts.ThrowIfDisposed();
        var units = _block.Units;
        var extra = 0f;
        var slack = boxWidth - Width;
        if (alignment == TextAlignment.Justify && !EndsParagraph && slack > 0f)
        {
            var gaps = 0;
            for (var k = _start + 1; k < _visibleEnd; k++)
            {
                if (IsExpansionGap(units[k - 1], units[k]))
                {
                    gaps++;
                }
            }

            extra = gaps > 0 ? slack / gaps : 0f;
        }

        var pen = alignment switch
        {
            TextAlignment.Center => x + (slack / 2f),
            TextAlignment.Right => x + slack,
            _ => x,
        };
        var baseline = top + Baseline;

        var k0 = _start;
        while (k0 < _visibleEnd)
        {
            var segment = units[k0].Segment;
            if (segment < 0)
            {
                k0++;
                continue;
            }

            var k1 = k0 + 1;
            while (k1 < _visibleEnd && units[k1].Segment == segment)
            {
                k1++;
            }

            pen = DrawSlice(canvas, _block.Segments[segment], k0, k1, pen, baseline, top, extra);
            k0 = k1;
        }
    }

    private static TextStyle StyleAtBreak(TextBlock block, int unitIndex)
    {
        if (unitIndex < block.Units.Length)
        {
            return block.Runs[block.Units[unitIndex].RunIndex].Style;
        }

        if (block.Units.Length > 0)
        {
            return block.Runs[block.Units[^1].RunIndex].Style;
        }

        return block.Runs.Count > 0 ? block.Runs[^1].Style : TextStyle.Default;
    }

    // UTF-8 length of the code point at `index` (a surrogate pair counts once), advancing `index` past it.
    private static int Utf8Length(ReadOnlySpan<char> text, ref int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            index += 2;
            return 4;
        }

        index++;
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    private static bool IsExpansionGap(TextUnit before, TextUnit after) =>
        !after.IsSpace && (before.IsSpace || before.IsIdeographic || after.IsIdeographic);

    /// <summary>Draws units [k0, k1) of one segment starting at <paramref name="pen"/>; returns the pen after them.</summary>
    /// <remarks>
    /// Glyph positions are relative to the slice's start, summed from zero in the order Skia's PDF writer sums the
    /// font's advances: where they agree exactly (no kerning, justification or mark offset) the writer continues one
    /// string instead of moving to every glyph, which keeps page content streams several times smaller.
    /// </remarks>
    private float DrawSlice(SKCanvas canvas, ShapedSegment segment, int k0, int k1, float pen, float baseline, float top, float extra)
    {
        var units = _block.Units;
        var style = segment.Style;
        var face = segment.Face;
        var glyphStart = units[k0].GlyphStart;
        var glyphEnd = units[k1 - 1].GlyphEnd;
        var glyphCount = glyphEnd - glyphStart;
        var textStart = units[k0].TextStart;
        var textEnd = units[k1 - 1].TextEnd;
        var text = _block.Text.AsSpan(textStart, textEnd - textStart);
        var byteCount = Encoding.UTF8.GetByteCount(text);

        var font = _block.Fonts.Drawing.Font(face, style.Size, segment.SyntheticBold, segment.SyntheticItalic);
        var builder = _block.Fonts.Drawing.TextBlobBuilder;
        var buffer = builder.AllocatePositionedTextRun(font, glyphCount, byteCount, null);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        var clusters = buffer.Clusters;
        Encoding.UTF8.GetBytes(text, buffer.Text);

        // Skia's clusters are byte offsets into the UTF-8 text; ours are UTF-16 indices, non-decreasing (left to right).
        var utf16 = 0;
        var utf8 = 0;
        var sliceStart = pen;
        var x = 0f;
        for (var k = k0; k < k1; k++)
        {
            var unit = units[k];
            if (k > _start && IsExpansionGap(units[k - 1], unit))
            {
                x += extra;
            }

            for (var g = unit.GlyphStart; g < unit.GlyphEnd; g++)
            {
                var index = g - glyphStart;
                var cluster = segment.Clusters[g] - textStart;
                while (utf16 < cluster)
                {
                    utf8 += Utf8Length(text, ref utf16);
                }

                glyphs[index] = face.MapGlyph(segment.Glyphs[g]);
                positions[index] = new SKPoint(x + segment.OffsetsX[g], -segment.OffsetsY[g]);
                clusters[index] = (uint)utf8;
                x += segment.Advances[g];
            }
        }

        pen = sliceStart + x;
        var metrics = face.Source;
        var ascent = metrics.Ascender * style.Size;
        var descent = metrics.Descender * style.Size;
        if (style.Background is { } background)
        {
            var primary = _block.Fonts.PrimaryMetrics;
            canvas.DrawRect(
                new SKRect(sliceStart, baseline - (primary.Ascender * style.Size), pen, baseline + (primary.Descender * style.Size)),
                _block.Fonts.Drawing.FillPaint(background));
        }

        using (var blob = builder.Build())
        {
            if (blob is not null)
            {
                canvas.DrawText(blob, sliceStart, baseline, _block.Fonts.Drawing.FillPaint(style.Color));
            }
        }

        if (style.Underline)
        {
            var thickness = Math.Max(0.5f, metrics.UnderlineThickness * style.Size);
            var y = baseline + (metrics.UnderlineOffset * style.Size);
            using var line = new SKPaint { Color = style.Color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = thickness };
            canvas.DrawLine(sliceStart, y, pen, y, line);
        }

        if (!string.IsNullOrEmpty(style.Link))
        {
            var rect = new SKRect(sliceStart, Math.Min(top, baseline - ascent), pen, Math.Max(top + Height, baseline + descent));
            if (style.Link.StartsWith('#'))
            {
                canvas.DrawLinkDestinationAnnotation(rect, DestinationNames.Of(style.Link[1..]));
            }
            else
            {
                canvas.DrawUrlAnnotation(rect, style.Link);
            }
        }

        return pen;
    }
}
