using CapitalHealthReport.Pdf.Text;
using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>Shaping with HarfBuzz: kerning and widths, face choice per character, and equality of full and subset fonts.</summary>
public sealed class ShapingTests : IDisposable
{
    private readonly FontSet _fonts = TextKit.Fonts();

    public void Dispose() => _fonts.Dispose();

    [Fact]
    public void Kerning_narrows_pairs_like_AV()
    {
        var pair = Width("AV");
        var apart = Width("A") + Width("V");

        Assert.True(pair < apart - 0.1f, $"AV {pair} vs A+V {apart}");
    }

    [Fact]
    public void Widths_scale_with_the_font_size()
    {
        var ten = _fonts.Shape(TextKit.Runs("Capital health", TextStyle.Default)).MaxContentWidth;
        var twenty = _fonts.Shape(TextKit.Runs("Capital health", TextStyle.Default with { Size = 20f })).MaxContentWidth;

        Assert.Equal(ten * 2f, twenty, 0.01f);
    }

    [Fact]
    public void Bold_text_is_set_in_the_bold_face_and_is_wider()
    {
        var regular = Width("Concentration");
        var bold = _fonts.Shape(TextKit.Runs("Concentration", TextStyle.Default with { Bold = true })).MaxContentWidth;

        Assert.True(bold > regular);
        Assert.Contains(_fonts.Usage, u => u.Face == "NotoSans-Bold");
    }

    [Fact]
    public void Ideographs_are_one_em_wide_in_the_CJK_face()
    {
        Assert.Equal(30f, Width("资本涌"), 0.01f);
        Assert.Contains(_fonts.Usage, u => u.Face == "NotoSansSC-Regular");
        Assert.DoesNotContain(_fonts.Usage, u => u.Face == "NotoSans-Regular");
    }

    [Fact]
    public void Latin_falls_back_per_character_to_the_CJK_face()
    {
        _ = Width("Beijing 北京 office");

        var usage = _fonts.Usage.ToDictionary(u => u.Face, u => u.CodePoints);
        Assert.Equal(2, usage["NotoSansSC-Regular"]);
        Assert.True(usage["NotoSans-Regular"] >= 10);
        Assert.Empty(_fonts.MissingGlyphs);
    }

    [Fact]
    public void Curly_quotes_follow_the_script_around_them()
    {
        _ = Width("“早期投资”");
        var cjkOnly = _fonts.Usage.Select(u => u.Face).ToArray();

        Assert.Equal(["NotoSansSC-Regular"], cjkOnly);
    }

    [Fact]
    public void Code_uses_the_monospaced_face_with_equal_advances()
    {
        var code = TextStyle.Default with { Code = true };

        var narrow = _fonts.Shape(TextKit.Runs("iiii", code)).MaxContentWidth;
        var wide = _fonts.Shape(TextKit.Runs("MMMM", code)).MaxContentWidth;

        Assert.Equal(narrow, wide, 0.01f);
        Assert.Contains(_fonts.Usage, u => u.Face == "DejaVuSansMono");
    }

    [Theory]
    [InlineData("AVATAR Toyota Wave, efficient affiliations. “Quotes” — 2024–2025")]
    [InlineData("资本涌向少数热门赛道的后期企业，挤占了种子期。")]
    public void Subset_fonts_shape_with_the_same_glyph_advances_as_the_full_fonts(string text)
    {
        var block = _fonts.Shape(TextKit.Runs(text));
        var full = block.MaxContentWidth;
        _fonts.PrepareForPdf();

        var face = Assert.Single(_fonts.UsedFaces);
        var fullAdvances = Advances(face.Source.Bytes.ToArray(), face.Source.FaceIndex, text);
        var subsetAdvances = Advances(face.SubsetBytes!, 0, text);

        Assert.Equal(fullAdvances, subsetAdvances);
        Assert.Equal(full, fullAdvances.Sum() * 10f / face.Source.UnitsPerEm, 0.01f);
    }

    [Fact]
    public void Chart_typeface_becomes_the_subset_after_preparing()
    {
        var before = _fonts.ChartTypeface(bold: false);
        _fonts.RecordText("Deal value (亿元)");
        _fonts.PrepareForPdf();
        var after = _fonts.ChartTypeface(bold: false);

        Assert.NotSame(before, after);
        Assert.Equal("Noto Sans SC", after.FamilyName);
        using var font = new SKFont(after, 10f);
        Assert.DoesNotContain((ushort)0, font.GetGlyphs("Deal value (亿元)0123456789.%"));

        Assert.StartsWith("NotoSansSC-Regular-", _fonts.ChartFontName(bold: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_font_picks_the_CJK_face_only_when_Latin_lacks_a_character()
    {
        using var latin = _fonts.CreateFont(TextStyle.Default with { Size = 12f }, "Deals by stage");
        using var chinese = _fonts.CreateFont(TextStyle.Default with { Bold = true }, "按阶段划分的交易");

        Assert.Equal("Noto Sans", latin.Typeface.FamilyName);
        Assert.Equal(12f, latin.Size);
        Assert.Equal("Noto Sans SC", chinese.Typeface.FamilyName);
        Assert.True(chinese.Typeface.FontStyle.Weight >= (int)SKFontStyleWeight.Bold);
        Assert.Equal(SKFontHinting.None, latin.Hinting);
        Assert.True(latin.Subpixel && latin.LinearMetrics);
    }

    [Fact]
    public void Shaping_new_text_after_preparing_is_refused_with_an_explanation()
    {
        var before = _fonts.Shape(TextKit.Runs("before"));
        _fonts.PrepareForPdf();

        Assert.Same(before, _fonts.Shape(TextKit.Runs("before")));
        var error = Assert.Throws<InvalidOperationException>(() => _fonts.Shape(TextKit.Runs("after")));
        Assert.Contains("PrepareForPdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_single_run_texts_share_one_shaped_block()
    {
        var first = _fonts.Shape(TextKit.Runs("Series B"));
        var again = _fonts.Shape(TextKit.Runs("Series B"));
        var bold = _fonts.Shape(TextKit.Runs("Series B", TextStyle.Default with { Bold = true }));

        Assert.Same(first, again);
        Assert.NotSame(first, bold);
        Assert.True(bold.MaxContentWidth > first.MaxContentWidth);
    }

    [Fact]
    public void Tabs_shape_as_spaces_and_control_characters_as_nothing()
    {
        var tabbed = _fonts.Shape(TextKit.Runs("a\tb"));
        var spaced = _fonts.Shape(TextKit.Runs("a b"));
        var controlled = _fonts.Shape(TextKit.Runs("a\u0007b"));

        Assert.Equal(spaced.MaxContentWidth, tabbed.MaxContentWidth, 0.01f);
        Assert.Equal(Width("ab"), controlled.MaxContentWidth, 0.01f);
        Assert.Equal("a\tb", tabbed.Text);
        Assert.Empty(_fonts.MissingGlyphs);
    }

    [Fact]
    public void Punctuation_after_a_supplementary_ideograph_stays_in_the_CJK_face()
    {
        _ = Width("\U00020BB7“”");

        Assert.DoesNotContain(_fonts.Usage, u => u.Face.StartsWith("NotoSans-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0f, 1.35f)]
    [InlineData(-3f, 1.35f)]
    [InlineData(float.NaN, 1.35f)]
    [InlineData(10f, 0f)]
    public void Refuses_sizes_and_line_heights_that_are_not_positive(float size, float lineHeight)
    {
        var style = TextStyle.Default with { Size = size, LineHeight = lineHeight };

        Assert.Throws<ArgumentOutOfRangeException>(() => _fonts.Shape(TextKit.Runs("text", style)));
    }

    private float Width(string text) => _fonts.Shape(TextKit.Runs(text)).MaxContentWidth;

    private static int[] Advances(byte[] fontFile, int faceIndex, string text)
    {
        using var blob = Blob.FromStream(new MemoryStream(fontFile));
        using var face = new Face(blob, faceIndex);
        using var font = new Font(face);
        font.SetFunctionsOpenType();
        using var buffer = new HbBuffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        return buffer.GlyphPositions.Select(p => p.XAdvance).ToArray();
    }
}
