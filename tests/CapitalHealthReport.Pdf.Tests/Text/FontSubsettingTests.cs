using CapitalHealthReport.Pdf.Fonts;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>Per-document subsets through HarfBuzz: small PDFs, exact cmaps, byte-identical output.</summary>
public sealed class FontSubsettingTests
{
    [Fact]
    public void An_English_paragraph_PDF_stays_under_30_KB()
    {
        using var fonts = TextKit.Fonts();

        var pdf = TextKit.OnePagePdf(fonts, TextKit.English);

        Assert.True(pdf.Length < 30 * 1024, $"{pdf.Length} bytes");
        TestContext.Current.TestOutputHelper?.WriteLine($"English paragraph PDF: {pdf.Length} bytes; {Describe(fonts)}");
    }

    [Fact]
    public void A_Chinese_paragraph_PDF_stays_under_60_KB()
    {
        using var fonts = TextKit.Fonts();

        var pdf = TextKit.OnePagePdf(fonts, TextKit.Chinese);

        Assert.True(pdf.Length < 60 * 1024, $"{pdf.Length} bytes");
        TestContext.Current.TestOutputHelper?.WriteLine($"Chinese paragraph PDF: {pdf.Length} bytes; {Describe(fonts)}");
    }

    [Fact]
    public void The_same_text_gives_the_same_PDF_bytes()
    {
        byte[] Render()
        {
            using var fonts = TextKit.Fonts();
            return TextKit.OnePagePdf(fonts, TextKit.English + "\n" + TextKit.Chinese + "\n" + TextKit.Mixed, alignment: TextAlignment.Justify);
        }

        Assert.Equal(TextKit.Sha256(Render()), TextKit.Sha256(Render()));
    }

    [Fact]
    public void Code_text_gives_the_same_embedded_face_whatever_characters_it_holds()
    {
        string[] Subsets(string hash)
        {
            using var fonts = TextKit.Fonts();
            TextKit.OnePagePdf(fonts, hash, style: TextStyle.Default with { Code = true });
            return [.. fonts.UsedFaces.Select(f => f.Source.Name + " " + TextKit.Sha256(f.SubsetBytes!))];
        }

        // Two hashes of different digits: the page's glyphs differ, the subset of the monospaced face does not.
        var narrow = Subsets(new string('f', 64));
        var wide = Subsets("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

        Assert.Single(narrow);
        Assert.Equal(narrow, wide);
    }

    [Fact]
    public void Subsets_map_exactly_the_requested_code_points_and_leave_out_ligature_forms()
    {
        var file = File.ReadAllBytes(Path.Combine(TextKit.FontsFolder, BundledFonts.LatinRegular));
        int[] wanted = ['f', 'i', 'l', 'A', 'V', 0xFB01];

        var subset = HarfBuzzSubsetter.Subset(file, 0, new FontSubsetRequest { CodePoints = wanted });

        Assert.Equal(new[] { 'A', 'V', 'f', 'i', 'l' }.Select(c => (int)c), subset.CodePoints);
        Assert.True(subset.Bytes.Length < 20 * 1024, $"{subset.Bytes.Length} bytes");
    }

    [Fact]
    public void Subsetting_is_deterministic_whatever_the_order_of_the_request()
    {
        var file = File.ReadAllBytes(Path.Combine(TextKit.FontsFolder, BundledFonts.CjkRegular));
        int[] codePoints = [.. "资本涌向少数热门赛道，。".Select(c => (int)c)];

        var forward = HarfBuzzSubsetter.Subset(file, 0, new FontSubsetRequest { CodePoints = codePoints });
        var backward = HarfBuzzSubsetter.Subset(file, 0, new FontSubsetRequest { CodePoints = [.. codePoints.Reverse()] });

        Assert.Equal(forward.Bytes, backward.Bytes);
    }

    [Fact]
    public void Requested_glyphs_survive_and_are_renumbered()
    {
        var file = File.ReadAllBytes(Path.Combine(TextKit.FontsFolder, BundledFonts.LatinRegular));
        var fullGlyphs = HarfBuzzSubsetter.CodePoints(file).Length;

        var subset = HarfBuzzSubsetter.Subset(file, 0, new FontSubsetRequest { CodePoints = ['A'], GlyphIds = [0, 100] });

        Assert.True(subset.TryMapGlyph(0, out var notdef));
        Assert.Equal(0, notdef);
        Assert.True(subset.TryMapGlyph(100, out var renumbered));
        Assert.True(renumbered < 100);
        Assert.True(fullGlyphs > 100);
    }

    [Fact]
    public void A_missing_face_index_is_refused()
    {
        var file = File.ReadAllBytes(Path.Combine(TextKit.FontsFolder, BundledFonts.LatinRegular));

        Assert.Equal(1, HarfBuzzSubsetter.FaceCount(file));
        Assert.Throws<InvalidOperationException>(() => HarfBuzzSubsetter.Subset(file, 3, new FontSubsetRequest { CodePoints = ['A'] }));
    }

    private static string Describe(FontSet fonts) =>
        string.Join(", ", fonts.Usage.Select(u => $"{u.Face}: {u.CodePoints} code points, {u.SubsetBytes} bytes"));
}
