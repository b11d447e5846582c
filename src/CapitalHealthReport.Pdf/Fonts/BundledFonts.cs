namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>File names of the faces bundled under <c>assets/fonts</c> (see <c>assets/fonts/README.md</c> and <c>docs/fonts.md</c>).</summary>
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

    /// <summary>Noto Sans CJK SC Regular, cut out of the collection and subset to GB2312, Latin-1 and CJK punctuation.</summary>
    public const string CjkRegular = "NotoSansSC-Regular.otf";

    public const string CjkBold = "NotoSansSC-Bold.otf";

    /// <summary>Every bundled face, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [LatinRegular, LatinBold, LatinItalic, LatinBoldItalic, MonoRegular, MonoBold, CjkRegular, CjkBold];
}
