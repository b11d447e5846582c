using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using CapitalHealthReport.Fonts;
using HarfBuzzSharp;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// One face of one font, parsed once per process and shared read-only by every document: its bytes (in memory that never
/// moves: the mapped image of the fonts assembly, or a pinned copy of a user's file), a HarfBuzz font for shaping
/// (HarfBuzz fonts are safe to shape with from several threads) and its vertical metrics.
/// </summary>
internal sealed class FontSource
{
    private static readonly ConcurrentDictionary<string, Lazy<FontSource>> Cache = new(StringComparer.Ordinal);

    // Keeps the memory behind _data alive: a pinned array, or the resource stream over the assembly image.
    private readonly object _owner;
    private readonly IntPtr _data;

    private FontSource(string origin, string name, int faceIndex, object owner, IntPtr data, int length)
    {
        Origin = origin;
        Name = name;
        FaceIndex = faceIndex;
        _owner = owner;
        _data = data;
        Length = length;
        using (var blob = new Blob(data, length, MemoryMode.ReadOnly))
        {
            Face = new Face(blob, faceIndex);
        }

        UnitsPerEm = Face.UnitsPerEm;
        if (UnitsPerEm <= 0 || Face.GlyphCount <= 0)
        {
            throw new FontFileException(origin, "is not a font HarfBuzz can read (no glyphs or no units per em).");
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
    }

    /// <summary>Where the face came from: a full path, or <c>bundled:</c> and the file name.</summary>
    public string Origin { get; }

    public int FaceIndex { get; }

    /// <summary>File name without extension (plus the face index for collections): used in labels and subset names.</summary>
    public string Name { get; }

    /// <summary>Size of the whole font file in bytes.</summary>
    public int Length { get; }

    /// <summary>The whole font file (valid for the life of the process).</summary>
    public unsafe ReadOnlySpan<byte> Bytes => new((void*)_data, Length);

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

    /// <summary>A Skia typeface of the whole face, over the same memory (no copy). The caller disposes it.</summary>
    public SKTypeface CreateTypeface()
    {
        GC.KeepAlive(_owner);
        using var data = SKData.Create(_data, Length, null, null);
        return SKTypeface.FromData(data, FaceIndex) ?? throw new FontFileException(Origin, "cannot be loaded by Skia.");
    }

    /// <summary>Subsets the face (see <see cref="HarfBuzzSubsetter"/>) without copying the font file.</summary>
    public FontSubset Subset(FontSubsetRequest request)
    {
        var subset = HarfBuzzSubsetter.Subset(_data, Length, FaceIndex, request);
        GC.KeepAlive(_owner);
        return subset;
    }

    /// <summary>Loads (once per process) a font embedded in the fonts assembly, by file name.</summary>
    /// <exception cref="FontFileException">No such bundled font, or it is unusable.</exception>
    public static FontSource LoadBundled(string fileName) =>
        Cached("bundled:" + fileName, () => ReadBundled(fileName));

    /// <summary>Loads (once per process) face <paramref name="faceIndex"/> of a font file.</summary>
    /// <exception cref="FontFileException">The file is missing, unreadable or not a font.</exception>
    public static FontSource Load(string path, int faceIndex = 0)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        return Cached(fullPath + "#" + faceIndex.ToString(CultureInfo.InvariantCulture), () => ReadFile(fullPath, faceIndex));
    }

    private static FontSource Cached(string key, Func<FontSource> read)
    {
        var lazy = Cache.GetOrAdd(key, _ => new Lazy<FontSource>(read, LazyThreadSafetyMode.ExecutionAndPublication));
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

    private static unsafe FontSource ReadBundled(string fileName)
    {
        var origin = "bundled:" + fileName;
        var stream = BundledFontFiles.Open(fileName) ?? throw new FontFileException(origin, "is not among the bundled fonts.");
        if (stream is UnmanagedMemoryStream mapped)
        {
            // The resource lives in the assembly's mapped image for the life of the process: use it where it is.
            return new FontSource(origin, StemOf(fileName), 0, mapped, (IntPtr)mapped.PositionPointer, checked((int)mapped.Length));
        }

        using (stream)
        {
            var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
            stream.ReadExactly(bytes);
            return FromPinned(origin, StemOf(fileName), 0, bytes);
        }
    }

    private static FontSource ReadFile(string fullPath, int faceIndex)
    {
        if (!File.Exists(fullPath))
        {
            throw new FontFileException(fullPath, "does not exist.");
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OverflowException)
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

        var name = StemOf(fullPath) + (faceIndex == 0 ? string.Empty : "-" + faceIndex.ToString(CultureInfo.InvariantCulture));
        return FromPinned(fullPath, name, faceIndex, bytes);
    }

    // The array was allocated on the pinned object heap: its address never changes.
    private static FontSource FromPinned(string origin, string name, int faceIndex, byte[] bytes) =>
        new(origin, name, faceIndex, bytes, Marshal.UnsafeAddrOfPinnedArrayElement(bytes, 0), bytes.Length);

    private static string StemOf(string path) => System.IO.Path.GetFileNameWithoutExtension(path);
}
