using System.Globalization;

namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>What to keep when subsetting a font (HarfBuzz's <c>hb_subset</c>).</summary>
public sealed record FontSubsetRequest
{
    /// <summary>Code points whose glyphs (and everything layout can reach from them) are kept, with cmap entries.</summary>
    public IReadOnlyCollection<int> CodePoints { get; init; } = [];

    /// <summary>Glyph ids to keep as well (glyphs a shaper already produced), whether or not a code point maps to them.</summary>
    public IReadOnlyCollection<int> GlyphIds { get; init; } = [];

    /// <summary>OpenType layout features to remove (e.g. <c>vert</c>, <c>locl</c>); all others are kept.</summary>
    public IReadOnlyCollection<string> DropLayoutFeatures { get; init; } = [];

    /// <summary>Strip hinting instructions (smaller; PDFs are not hinted anyway).</summary>
    public bool NoHinting { get; init; } = true;
}

/// <summary>A subset font: its bytes, the code points its cmap maps, and where requested glyphs went.</summary>
public sealed class FontSubset
{
    private readonly Dictionary<int, ushort> _glyphMap;

    internal FontSubset(byte[] bytes, int[] codePoints, Dictionary<int, ushort> glyphMap)
    {
        Bytes = bytes;
        CodePoints = codePoints;
        _glyphMap = glyphMap;
    }

    /// <summary>The standalone font file (face index 0).</summary>
    public byte[] Bytes { get; }

    /// <summary>Code points mapped by the subset's cmap, ascending.</summary>
    public IReadOnlyList<int> CodePoints { get; }

    /// <summary>The subset's glyph id for a glyph id of the original face; false when it was not kept.</summary>
    public bool TryMapGlyph(int originalGlyphId, out ushort subsetGlyphId) =>
        _glyphMap.TryGetValue(originalGlyphId, out subsetGlyphId);
}

/// <summary>
/// Subsets fonts with HarfBuzz's subsetter through <c>libHarfBuzzSharp</c> (the managed binding does not expose it).
/// Always keeps a visible <c>.notdef</c> box (<c>NOTDEF_OUTLINE</c>), so a character no face has is seen, never blank.
/// Output depends only on the font bytes and the request (sets are ordered), so equal inputs give equal bytes.
/// </summary>
public static class HarfBuzzSubsetter
{
    /// <summary>Vertical-writing and locale features: unused by horizontal Simplified-Chinese text.</summary>
    public static readonly IReadOnlyList<string> VerticalAndLocaleFeatures = ["vert", "vrt2", "vkrn", "vpal", "valt", "vhal", "locl"];

    /// <summary>The number of faces in a font file (more than one for a <c>.ttc</c> collection; 0 when it is no font).</summary>
    public static int FaceCount(ReadOnlySpan<byte> fontFile)
    {
        using var blob = HarfBuzzNative.CreateBlob(fontFile);
        return (int)HarfBuzzNative.FaceCount(blob);
    }

    /// <summary>Every code point the face's cmap maps, ascending.</summary>
    public static int[] CodePoints(ReadOnlySpan<byte> fontFile, int faceIndex = 0)
    {
        using var blob = HarfBuzzNative.CreateBlob(fontFile);
        using var face = HarfBuzzNative.FaceCreate(blob, (uint)faceIndex);
        return HarfBuzzNative.CollectUnicodes(face);
    }

    /// <summary>
    /// Subsets face <paramref name="faceIndex"/> of <paramref name="fontFile"/> to <paramref name="request"/> and checks that
    /// every requested code point the face maps is still mapped by the subset.
    /// </summary>
    /// <exception cref="InvalidOperationException">HarfBuzz could not subset the face, or lost a code point.</exception>
    public static FontSubset Subset(ReadOnlySpan<byte> fontFile, int faceIndex, FontSubsetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var blob = HarfBuzzNative.CreateBlob(fontFile);
        return Subset(blob, faceIndex, request);
    }

    /// <summary>As <see cref="Subset(ReadOnlySpan{byte}, int, FontSubsetRequest)"/>, reading the font where it is: the memory must not move or be freed during the call.</summary>
    internal static FontSubset Subset(IntPtr fontFile, int length, int faceIndex, FontSubsetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var blob = HarfBuzzNative.CreateBlobReadOnly(fontFile, length);
        return Subset(blob, faceIndex, request);
    }

    private static FontSubset Subset(BlobHandle blob, int faceIndex, FontSubsetRequest request)
    {
        if (faceIndex < 0 || faceIndex >= HarfBuzzNative.FaceCount(blob))
        {
            throw new InvalidOperationException($"The font file has no face {faceIndex.ToString(CultureInfo.InvariantCulture)}.");
        }

        using var face = HarfBuzzNative.FaceCreate(blob, (uint)faceIndex);
        var glyphCount = (int)HarfBuzzNative.FaceGetGlyphCount(face);
        var codePoints = request.CodePoints.Where(c => c is >= 0 and <= 0x10FFFF && !IsLigaturePresentationForm(c)).Distinct().Order().ToArray();
        var glyphIds = request.GlyphIds.Where(g => g >= 0 && g < glyphCount).Distinct().Order().ToArray();

        // Glyphs are requested explicitly only when the code points' layout closure does not reach them: an explicit
        // glyph also keeps every cmap entry that maps to it, and a ligature's U+FB01 entry would make PDF text
        // extraction return "ﬁ" instead of "fi".
        var result = Execute(face, codePoints, [], request);
        var unreached = glyphIds.Where(g => !result.GlyphMap.ContainsKey(g)).ToArray();
        if (unreached.Length > 0)
        {
            result = Execute(face, codePoints, unreached, request);
        }

        var glyphMap = new Dictionary<int, ushort>(glyphIds.Length);
        foreach (var glyph in glyphIds)
        {
            if (!result.GlyphMap.TryGetValue(glyph, out var mapped))
            {
                throw new InvalidOperationException($"The font subset lost glyph {glyph.ToString(CultureInfo.InvariantCulture)}.");
            }

            glyphMap[glyph] = mapped;
        }

        VerifyCoverage(face, codePoints, result.CodePoints);
        return new FontSubset(result.Bytes, result.CodePoints, glyphMap);
    }

    /// <summary>U+FB00–FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): kept out of subsets so that ligature glyphs extract as their letters.</summary>
    internal static bool IsLigaturePresentationForm(int codePoint) => codePoint is >= 0xFB00 and <= 0xFB06;

    private static (byte[] Bytes, int[] CodePoints, Dictionary<int, ushort> GlyphMap) Execute(
        FaceHandle face, int[] codePoints, int[] explicitGlyphs, FontSubsetRequest request)
    {
        using var input = HarfBuzzNative.SubsetInputCreateOrFail();
        if (input.IsInvalid)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
        }

        var unicodeSet = HarfBuzzNative.SubsetInputSet(input, HarfBuzzNative.SetUnicode);
        foreach (var codePoint in codePoints)
        {
            HarfBuzzNative.SetAdd(unicodeSet, (uint)codePoint);
        }

        var glyphSet = HarfBuzzNative.SubsetInputSet(input, HarfBuzzNative.SetGlyphIndex);
        foreach (var glyph in explicitGlyphs)
        {
            HarfBuzzNative.SetAdd(glyphSet, (uint)glyph);
        }

        var featureSet = HarfBuzzNative.SubsetInputSet(input, HarfBuzzNative.SetLayoutFeatureTag);
        foreach (var feature in request.DropLayoutFeatures.Order(StringComparer.Ordinal))
        {
            HarfBuzzNative.SetDel(featureSet, HarfBuzzNative.Tag(feature));
        }

        var flags = HarfBuzzNative.SubsetInputGetFlags(input) | HarfBuzzNative.FlagNotdefOutline;
        if (request.NoHinting)
        {
            flags |= HarfBuzzNative.FlagNoHinting;
        }

        HarfBuzzNative.SubsetInputSetFlags(input, flags);

        using var plan = HarfBuzzNative.SubsetPlanCreateOrFail(face, input);
        if (plan.IsInvalid)
        {
            throw new InvalidOperationException("HarfBuzz could not plan the font subset.");
        }

        using var subsetFace = HarfBuzzNative.SubsetPlanExecuteOrFail(plan);
        if (subsetFace.IsInvalid)
        {
            throw new InvalidOperationException("HarfBuzz could not build the font subset.");
        }

        var glyphMap = new Dictionary<int, ushort>();
        var oldToNew = HarfBuzzNative.SubsetPlanOldToNewGlyphMapping(plan);
        var glyphCount = (int)HarfBuzzNative.FaceGetGlyphCount(face);
        foreach (var glyph in request.GlyphIds.Where(g => g >= 0 && g < glyphCount))
        {
            var mapped = HarfBuzzNative.MapGet(oldToNew, (uint)glyph);
            if (mapped != HarfBuzzNative.MapValueInvalid)
            {
                glyphMap[glyph] = (ushort)mapped;
            }
        }

        using var subsetBlob = HarfBuzzNative.FaceReferenceBlob(subsetFace);
        return (HarfBuzzNative.BlobBytes(subsetBlob), HarfBuzzNative.CollectUnicodes(subsetFace), glyphMap);
    }

    private static void VerifyCoverage(FaceHandle original, int[] requested, int[] subsetCodePoints)
    {
        var originalCodePoints = HarfBuzzNative.CollectUnicodes(original);
        foreach (var codePoint in requested)
        {
            if (Array.BinarySearch(originalCodePoints, codePoint) >= 0 && Array.BinarySearch(subsetCodePoints, codePoint) < 0)
            {
                throw new InvalidOperationException($"The font subset lost U+{codePoint.ToString("X4", CultureInfo.InvariantCulture)}, which the full face maps.");
            }
        }
    }
}
