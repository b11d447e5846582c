namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// The faces bundled with the product (embedded in the fonts assembly; files and licences in <c>assets/fonts</c>, see
/// <c>docs/fonts.md</c>), by file name, and subsets of them for other outputs (an HTML edition embeds the same glyphs).
/// </summary>
public static class BundledFonts
{
    /// <summary>Noto Sans Regular: body text in Latin, Greek and Cyrillic.</summary>
    public const string LatinRegular = "NotoSans-Regular.ttf";

    public const string LatinBold = "NotoSans-Bold.ttf";

    public const string LatinItalic = "NotoSans-Italic.ttf";

    public const string LatinBoldItalic = "NotoSans-BoldItalic.ttf";

    /// <summary>DejaVu Sans Mono: inline code.</summary>
    public const string MonoRegular = "DejaVuSansMono.ttf";

    public const string MonoBold = "DejaVuSansMono-Bold.ttf";

    /// <summary>Noto Sans SC Regular (TrueType outlines): Chinese, Simplified and Traditional, and chart text.</summary>
    public const string CjkRegular = "NotoSansSC-Regular.ttf";

    public const string CjkBold = "NotoSansSC-Bold.ttf";

    /// <summary>Every bundled face, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [LatinRegular, LatinBold, LatinItalic, LatinBoldItalic, MonoRegular, MonoBold, CjkRegular, CjkBold];

    /// <summary>The whole font file of a bundled face (a copy; for tools and tests).</summary>
    /// <exception cref="FontFileException"><paramref name="face"/> is not a bundled face.</exception>
    public static byte[] FontFile(string face) => FontSource.LoadBundled(face).Bytes.ToArray();

    /// <summary>Every code point a bundled face maps, ascending.</summary>
    /// <exception cref="FontFileException"><paramref name="face"/> is not a bundled face.</exception>
    public static IReadOnlyList<int> CodePoints(string face) => HarfBuzzSubsetter.CodePoints(FontSource.LoadBundled(face).Bytes);

    /// <summary>
    /// A standalone TrueType subset of a bundled face holding <paramref name="codePoints"/> (those it has; see
    /// <see cref="FontSubset.CodePoints"/>) with the same shaping tables, no hinting and a visible <c>.notdef</c>: what an
    /// HTML edition embeds as an <c>@font-face</c> so that it shows the same glyphs as the PDF. Deterministic.
    /// </summary>
    /// <exception cref="FontFileException"><paramref name="face"/> is not a bundled face.</exception>
    public static FontSubset Subset(string face, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        return FontSource.LoadBundled(face).Subset(new FontSubsetRequest { CodePoints = codePoints.ToArray(), NoHinting = true });
    }
}
