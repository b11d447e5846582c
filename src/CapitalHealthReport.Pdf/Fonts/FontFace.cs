using System.Globalization;
using System.Security.Cryptography;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// One face as one document uses it: the code points and glyphs drawn with it, and, once the document is laid out,
/// its per-document subset and the single <see cref="SKTypeface"/> that draws it (Skia embeds each instance separately).
/// </summary>
internal sealed class FontFace : IDisposable
{
    private static int _subsetSerial;

    private readonly SortedSet<int> _codePoints = [];
    private readonly HashSet<int> _glyphIds = [];
    private SKTypeface? _fullTypeface;
    private SKTypeface? _subsetTypeface;
    private FontSubset? _subset;

    public FontFace(FontSource source, string role)
    {
        Source = source;
        Role = role;
    }

    public FontSource Source { get; }

    /// <summary>What the document uses the face for (e.g. <c>latin-bold</c>, <c>cjk-regular</c>, <c>extra-1</c>).</summary>
    public string Role { get; }

    public bool IsUsed => _codePoints.Count > 0 || _glyphIds.Count > 0;

    public bool IsPrepared => _subset is not null;

    /// <summary>Unique, deterministic-in-content name of the subset (typeface caches such as ScottPlot's key on names).</summary>
    public string? SubsetName { get; private set; }

    /// <summary>Code points recorded so far, ascending.</summary>
    public IReadOnlyCollection<int> CodePoints => _codePoints;

    public void RecordCodePoint(int codePoint) => _codePoints.Add(codePoint);

    public void RecordGlyph(int glyphId) => _glyphIds.Add(glyphId);

    /// <summary>True when the prepared subset maps the code point (always true before preparation if the full face has it).</summary>
    public bool Covers(int codePoint) =>
        _subset is null ? Source.HasGlyph(codePoint) : _subset.CodePoints is int[] mapped && Array.BinarySearch(mapped, codePoint) >= 0;

    /// <summary>The typeface to draw with: the subset after <see cref="Prepare"/>, else the whole face (measuring only).</summary>
    public SKTypeface Typeface => _subsetTypeface ?? FullTypeface;

    private SKTypeface FullTypeface
    {
        get
        {
            _fullTypeface ??= Source.CreateTypeface();
            return _fullTypeface;
        }
    }

    /// <summary>The glyph id to draw for a glyph id the shaper produced on the full face.</summary>
    public ushort MapGlyph(int glyphId)
    {
        if (_subset is null)
        {
            return (ushort)glyphId;
        }

        if (_subset.TryMapGlyph(glyphId, out var mapped))
        {
            return mapped;
        }

        throw new InvalidOperationException(
            $"Glyph {glyphId.ToString(CultureInfo.InvariantCulture)} of {Source.Name} was shaped after the document's fonts were subset; shape all text before PrepareForPdf.");
    }

    /// <summary>Builds the document's subset of this face from everything recorded, and the typeface that draws it.</summary>
    public void Prepare()
    {
        if (_subset is not null)
        {
            return;
        }

        _subset = Source.Subset(new FontSubsetRequest { CodePoints = _codePoints, GlyphIds = _glyphIds.Order().ToArray(), NoHinting = true });
        using (var data = SKData.CreateCopy(_subset.Bytes))
        {
            _subsetTypeface = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia could not load the subset of {Source.Name}.");
        }

        var hash = Convert.ToHexString(SHA256.HashData(_subset.Bytes).AsSpan(0, 6)).ToLowerInvariant();
        var serial = Interlocked.Increment(ref _subsetSerial);
        SubsetName = $"{Source.Name}-{hash}-{serial.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Size of the prepared subset in bytes (0 before preparation).</summary>
    public int SubsetSize => _subset?.Bytes.Length ?? 0;

    /// <summary>The prepared subset's font file; null before preparation.</summary>
    public byte[]? SubsetBytes => _subset?.Bytes;

    public void Dispose()
    {
        _subsetTypeface?.Dispose();
        _fullTypeface?.Dispose();
        _subsetTypeface = null;
        _fullTypeface = null;
    }
}
