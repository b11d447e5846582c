using System.Globalization;

namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// Loads a document's faces: the bundled ones from the fonts assembly (or, when a caller passes one, from a folder that
/// holds files of the same names) and the fonts a user names, a collection face as <c>file.ttc#2</c>.
/// </summary>
internal static class FaceLoader
{
    /// <exception cref="FontFileException">A font is missing or unusable.</exception>
    public static DocumentFaces Load(string? fontsFolder, IEnumerable<string>? extraFontFiles)
    {
        FontFace Bundled(string file, string role) => new(
            fontsFolder is null ? FontSource.LoadBundled(file) : FontSource.Load(Path.Combine(fontsFolder, file)),
            role);

        var latin = new[]
        {
            Bundled(BundledFonts.LatinRegular, "latin-regular"),
            Bundled(BundledFonts.LatinBold, "latin-bold"),
            Bundled(BundledFonts.LatinItalic, "latin-italic"),
            Bundled(BundledFonts.LatinBoldItalic, "latin-bold-italic"),
        };
        var mono = new[] { Bundled(BundledFonts.MonoRegular, "mono-regular"), Bundled(BundledFonts.MonoBold, "mono-bold") };
        var cjk = new[] { Bundled(BundledFonts.CjkRegular, "cjk-regular"), Bundled(BundledFonts.CjkBold, "cjk-bold") };
        var extra = (extraFontFiles ?? [])
            .Select((file, i) => new FontFace(LoadUserFont(file), "extra-" + (i + 1).ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        return new DocumentFaces(latin, mono, cjk, extra);
    }

    private static FontSource LoadUserFont(string file)
    {
        var hash = file.LastIndexOf('#');
        if (hash > 0 && !File.Exists(file)
            && int.TryParse(file.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return FontSource.Load(file[..hash], index);
        }

        return FontSource.Load(file);
    }
}
