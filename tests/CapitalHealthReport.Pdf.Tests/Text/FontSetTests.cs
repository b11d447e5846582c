using CapitalHealthReport.Pdf.Fonts;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>Loading fonts, user-named fonts, and reporting characters that no face can draw.</summary>
public sealed class FontSetTests
{
    private const string SystemDejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Fact]
    public void Characters_no_face_has_are_reported_once_with_their_context()
    {
        using var fonts = TextKit.Fonts();

        var block = fonts.Shape(TextKit.Runs("Hieroglyph \U00013000 here and \U00013000 again, plus \u0D9A."));
        fonts.PrepareForPdf();

        Assert.Equal([0x13000, 0x0D9A], fonts.MissingGlyphs.Select(m => m.CodePoint));
        Assert.Contains("Hieroglyph \U00013000 here", fonts.MissingGlyphs[0].Context, StringComparison.Ordinal);
        Assert.Equal("U+13000", fonts.MissingGlyphs[0].CodePointLabel);
        Assert.Equal(block.Text, string.Concat(block.BreakLines(1000f).Select(l => l.Text)));
    }

    [Fact]
    public void Missing_characters_are_drawn_as_the_notdef_box_and_the_rest_extracts()
    {
        using var fonts = TextKit.Fonts();

        var pdf = TextKit.OnePagePdf(fonts, "A \U00013000 B");

        Assert.Single(fonts.MissingGlyphs);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        Assert.Equal(5, letters.Count);
        Assert.Equal("A", letters[0].Value);
        Assert.Equal("B", letters[4].Value);
        Assert.True(letters[2].BoundingBox.Width > 1, "the .notdef box has an outline");
    }

    [Fact]
    public void Text_made_only_of_missing_characters_still_renders()
    {
        using var fonts = TextKit.Fonts();

        var pdf = TextKit.OnePagePdf(fonts, "\U00013000\U00013001");

        Assert.Equal(2, fonts.MissingGlyphs.Count);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(2, document.GetPage(1).Letters.Count);
    }

    [Fact]
    public void Chart_labels_without_a_glyph_are_reported()
    {
        using var fonts = TextKit.Fonts();

        fonts.RecordText("Share \U0001F600");

        Assert.Equal(0x1F600, Assert.Single(fonts.MissingGlyphs).CodePoint);
    }

    [Fact]
    public void Format_characters_are_never_reported_missing()
    {
        using var fonts = TextKit.Fonts();

        _ = fonts.Shape(TextKit.Runs("zero\u200Bwidth\u00ADsoft\uFEFF"));

        Assert.Empty(fonts.MissingGlyphs);
    }

    [Fact]
    public void User_named_fonts_are_tried_first()
    {
        if (!File.Exists(SystemDejaVuSans))
        {
            Assert.Skip($"{SystemDejaVuSans} is not installed on this machine.");
        }

        using var fonts = TextKit.Fonts([SystemDejaVuSans]);

        _ = fonts.Shape(TextKit.Runs("Capital 资本"));
        fonts.PrepareForPdf();

        var faces = fonts.Usage.Select(u => u.Face).ToArray();
        Assert.Equal(["DejaVuSans", "NotoSansSC-Regular"], faces);
    }

    [Fact]
    public void A_missing_user_font_names_the_file_and_what_to_do()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-font-" + Guid.NewGuid().ToString("N") + ".ttf");

        var error = Assert.Throws<FontFileException>(() => TextKit.Fonts([path]));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(error);
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), "not-a-font-" + Guid.NewGuid().ToString("N") + ".ttf");
        File.WriteAllText(path, "this is not a font");
        try
        {
            var error = Assert.Throws<FontFileException>(() => TextKit.Fonts([path]));
            Assert.Contains("not a TrueType or OpenType font", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_fonts_folder_is_reported_with_the_path()
    {
        var folder = Path.Combine(Path.GetTempPath(), "no-fonts-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FontFileException>(() => FontSet.Load(folder));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_fonts_load_from_the_fonts_assembly_without_any_folder()
    {
        using var fonts = FontSet.LoadBundled();

        var block = fonts.Shape(TextKit.Runs("资本 capital"));

        Assert.True(block.MaxContentWidth > 0f);
        Assert.Empty(fonts.MissingGlyphs);
    }

    [Fact]
    public void Each_face_gets_one_typeface_per_document()
    {
        using var fonts = TextKit.Fonts();
        _ = fonts.Shape(TextKit.Runs("资本 capital"));
        fonts.PrepareForPdf();

        var first = fonts.ChartTypeface(bold: false);
        var second = fonts.ChartTypeface(bold: false);

        Assert.Same(first, second);
        Assert.NotEqual(fonts.ChartFontName(false), TextKit.Fonts().ChartFontNameAfterPreparing());
    }
}

/// <summary>Test helper: a chart font name from a fresh, prepared font set.</summary>
internal static class FontSetTestExtensions
{
    public static string ChartFontNameAfterPreparing(this FontSet fonts)
    {
        using (fonts)
        {
            _ = fonts.Shape(TextKit.Runs("资本 capital"));
            fonts.PrepareForPdf();
            return fonts.ChartFontName(false);
        }
    }
}
