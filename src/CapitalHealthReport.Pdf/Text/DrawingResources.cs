using CapitalHealthReport.Pdf.Fonts;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>The Skia objects one document draws text with, made once and reused: fonts per face and size, fill paints, the blob builder.</summary>
internal sealed class DrawingResources : IDisposable
{
    private readonly Dictionary<(FontFace Face, SKTypeface Typeface, float Size, bool Embolden, bool Skew), SKFont> _fonts = [];
    private readonly Dictionary<SKColor, SKPaint> _fillPaints = [];

    /// <summary>One blob builder per document: <see cref="SKTextBlobBuilder.Build"/> leaves it empty for the next line.</summary>
    public SKTextBlobBuilder TextBlobBuilder { get; } = new();

    /// <summary>
    /// A font set up for drawing shaped, unhinted subsets: subpixel positions, no hinting and linear metrics, so that
    /// extracted text gains no spurious spaces.
    /// </summary>
    public static SKFont NewFont(FontFace face, float size, bool embolden, bool skew) => new(face.Typeface, size)
    {
        Subpixel = true,
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Edging = SKFontEdging.Antialias,
        Embolden = embolden,
        SkewX = skew ? -0.2f : 0f,
    };

    /// <summary>The drawing font for a face and size (cached; owned by these resources).</summary>
    public SKFont Font(FontFace face, float size, bool embolden, bool skew)
    {
        var key = (face, face.Typeface, size, embolden, skew);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = NewFont(face, size, embolden, skew);
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>An antialiased fill paint of one colour (cached; owned by these resources).</summary>
    public SKPaint FillPaint(SKColor color)
    {
        if (!_fillPaints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
            _fillPaints[color] = paint;
        }

        return paint;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var paint in _fillPaints.Values)
        {
            paint.Dispose();
        }

        TextBlobBuilder.Dispose();
    }
}
