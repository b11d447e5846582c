using System.Buffers.Binary;
using System.Text;
using CapitalHealthReport.Fonts;
using CapitalHealthReport.Pdf.Fonts;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>What the bundled Chinese faces cover, how they are shipped, and what they cost.</summary>
public sealed class BundledFontCoverageTests
{
    private static readonly string[] ChineseFaces = [BundledFonts.CjkRegular, BundledFonts.CjkBold];

    public static TheoryData<string> Faces => new(ChineseFaces);

    [Theory]
    [MemberData(nameof(Faces))]
    public void Chinese_faces_cover_every_GB18030_ideograph_of_the_unified_block_and_extension_A(string face)
    {
        var mapped = BundledFonts.CodePoints(face).ToHashSet();

        // GB 18030-2005's ideographs: U+4E00–9FA5 and Extension A U+3400–4DB5; the font also has U+9FA6–9FEF.
        var missing = Enumerable.Range(0x4E00, 0x9FEF - 0x4E00 + 1).Concat(Enumerable.Range(0x3400, 0x4DB5 - 0x3400 + 1))
            .Where(c => !mapped.Contains(c))
            .Select(c => "U+" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void Chinese_faces_cover_every_traditional_character_of_Big5(string face)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var big5 = Encoding.GetEncoding(950);
        var mapped = BundledFonts.CodePoints(face).ToHashSet();
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var (first, last) in new[] { (0xA4, 0xC6), (0xC9, 0xF9) })
        {
            for (var lead = first; lead <= last; lead++)
            {
                foreach (var trail in Enumerable.Range(0x40, 0x3F).Concat(Enumerable.Range(0xA1, 0x5E)))
                {
                    var text = big5.GetString([(byte)lead, (byte)trail]);
                    if (text.Length == 1 && CharClassesIsIdeograph(text[0]))
                    {
                        checkedCount++;
                        if (!mapped.Contains(text[0]))
                        {
                            missing.Add(text);
                        }
                    }
                }
            }
        }

        Assert.True(checkedCount > 13_000, $"{checkedCount} Big5 ideographs checked");
        Assert.Empty(missing);
    }

    [Fact]
    public void Rare_name_characters_render_without_a_missing_glyph()
    {
        using var fonts = TextKit.Fonts();

        _ = fonts.Shape(TextKit.Runs("喆堃镕赟智能、堃博医疗、喆塔科技、臺灣積體電路、䶮"));
        fonts.RecordText("喆堃镕赟 臺灣", bold: true);

        Assert.Empty(fonts.MissingGlyphs);
    }

    [Fact]
    public void Every_bundled_face_is_embedded_in_the_fonts_assembly_with_its_licence()
    {
        Assert.Equal(BundledFonts.All.Order(StringComparer.Ordinal), BundledFontFiles.FontNames);
        Assert.Contains("OFL-NotoSansSC.txt", BundledFontFiles.LicenceNames);
        Assert.Contains("OFL-NotoSans.txt", BundledFontFiles.LicenceNames);
        Assert.Contains("LICENSE-DejaVu.txt", BundledFontFiles.LicenceNames);
        using var stream = BundledFontFiles.Open(BundledFonts.CjkRegular);
        Assert.IsAssignableFrom<UnmanagedMemoryStream>(stream);
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void Chinese_faces_have_TrueType_outlines_so_PDFs_embed_them_as_CID_TrueType(string face)
    {
        var file = BundledFonts.FontFile(face);

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(file));
        var tables = Enumerable.Range(0, BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(4)))
            .Select(i => Encoding.ASCII.GetString(file, 12 + (16 * i), 4))
            .ToList();
        Assert.Contains("glyf", tables);
        Assert.DoesNotContain("CFF ", tables);
    }

    [Fact]
    public void The_bundled_fonts_stay_within_the_size_budget()
    {
        var total = BundledFonts.All.Sum(f => (long)BundledFonts.FontFile(f).Length);

        // Two Chinese weights of about 10 MB each and six Latin and monospaced faces.
        Assert.True(total <= 26L * 1024 * 1024, $"{total} bytes");
    }

    private static bool CharClassesIsIdeograph(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
