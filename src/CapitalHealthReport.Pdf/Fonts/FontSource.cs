using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// One face of one font file, parsed once per process and shared read-only by every document: its bytes, a HarfBuzz
/// font for shaping (HarfBuzz fonts are safe to shape with from several threads) and its vertical metrics.
/// </summary>
internal sealed class FontSource
{
    private static readonly ConcurrentDictionary<string, Lazy<FontSource>> Cache = new(StringComparer.Ordinal);

    private FontSource(string path, int faceIndex, byte[] bytes)
    {
        Path = path;
        FaceIndex = faceIndex;
        Bytes = bytes;
        var handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        try
        {
            using var blob = new Blob(handle.AddrOfPinnedObject(), bytes.Length, MemoryMode.Duplicate);
            Face = new Face(blob, faceIndex);
        }
        finally
        {
            handle.Free();
        }

        UnitsPerEm = Face.UnitsPerEm;
        if (UnitsPerEm <= 0 || Face.GlyphCount <= 0)
        {
            throw new FontFileException(path, "is not a font HarfBuzz can read (no glyphs or no units per em).");
        }

        Font = new Font(Face);
        Font.SetFunctionsOpenType();
        Font.SetScale(UnitsPerEm, UnitsPerEm);
        if (Font.TryGetHorizontalFontExtents(out var extents))
        {
            Ascender = extents.Ascender / (float)UnitsPerEm;
            Descender = -extents.Descender / (float)UnitsPerEm;
        }
        else
        {
            Ascender = 0.9f;
            Descender = 0.25f;
        }

        UnderlineOffset = Font.OpenTypeMetrics.TryGetPosition(OpenTypeMetricsTag.UnderlineOffset, out var offset) && offset != 0
            ? -offset / (float)UnitsPerEm
            : 0.1f;
        UnderlineThickness = Font.OpenTypeMetrics.TryGetPosition(OpenTypeMetricsTag.UnderlineSize, out var size) && size > 0
            ? size / (float)UnitsPerEm
            : 0.05f;
        Name = System.IO.Path.GetFileNameWithoutExtension(path)
            + (faceIndex == 0 ? string.Empty : "-" + faceIndex.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Full path of the font file.</summary>
    public string Path { get; }

    public int FaceIndex { get; }

    /// <summary>File name without extension (plus the face index for collections): used in labels and subset names.</summary>
    public string Name { get; }

    /// <summary>The whole font file.</summary>
    public byte[] Bytes { get; }

    public Face Face { get; }

    /// <summary>Shaping font, scaled to font units (one unit = 1/<see cref="UnitsPerEm"/> em).</summary>
    public Font Font { get; }

    public int UnitsPerEm { get; }

    /// <summary>Ascender in em (positive, above the baseline).</summary>
    public float Ascender { get; }

    /// <summary>Descender in em (positive, below the baseline).</summary>
    public float Descender { get; }

    /// <summary>Distance of the underline's centre below the baseline, in em.</summary>
    public float UnderlineOffset { get; }

    public float UnderlineThickness { get; }

    /// <summary>The face's glyph for a code point; false when its cmap has none.</summary>
    public bool HasGlyph(int codePoint) => Font.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0;

    /// <summary>Loads (once per process) face <paramref name="faceIndex"/> of a font file.</summary>
    /// <exception cref="FontFileException">The file is missing, unreadable or not a font.</exception>
    public static FontSource Load(string path, int faceIndex = 0)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var key = fullPath + "#" + faceIndex.ToString(CultureInfo.InvariantCulture);
        var lazy = Cache.GetOrAdd(key, _ => new Lazy<FontSource>(() => Read(fullPath, faceIndex), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (FontFileException)
        {
            Cache.TryRemove(key, out _);
            throw;
        }
    }

    private static FontSource Read(string fullPath, int faceIndex)
    {
        if (!File.Exists(fullPath))
        {
            throw new FontFileException(fullPath, "does not exist.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FontFileException(fullPath, "cannot be read: " + ex.Message, ex);
        }

        var faces = HarfBuzzSubsetter.FaceCount(bytes);
        if (faces == 0)
        {
            throw new FontFileException(fullPath, "is not a TrueType or OpenType font.");
        }

        if (faceIndex >= faces)
        {
            throw new FontFileException(
                fullPath,
                $"has {faces.ToString(CultureInfo.InvariantCulture)} face(s); face {faceIndex.ToString(CultureInfo.InvariantCulture)} does not exist.");
        }

        return new FontSource(fullPath, faceIndex, bytes);
    }
}
