using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Rendering;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>Characters no bundled font draws are told by script, with the words of the report they stand in.</summary>
public sealed class MissingGlyphScriptsTests
{
    [Fact]
    public void Korean_names_are_one_Hangul_finding_naming_each_name_once()
    {
        // As the PDF records them: each syllable once, with the text around its first use.
        MissingGlyph[] missing =
        [
            new('주', "주식회사 테크058 ra"), new('식', "주식회사 테크058 rai"), new('테', "주식회사 테크058 raised "),
            new('카', "투자자: (주)카카오벤처스, KB인"), new('인', "카오벤처스, KB인베스트먼트 and"),
        ];

        var line = Assert.Single(MissingGlyphScripts.Describe(missing));

        Assert.Equal("Hangul (Korean), 5 character(s) (U+C8FC '주', U+C2DD '식', U+D14C '테' …) in \"주식회사\", \"테크058\", \"(주)카카오벤처스\", \"KB인베스트먼트\"", line);
    }

    [Fact]
    public void A_Korean_name_in_Chinese_text_ends_where_the_Chinese_begins()
    {
        var line = Assert.Single(MissingGlyphScripts.Describe([new MissingGlyph('테', "주식회사 테크058融资100.5亿韩")]));

        Assert.EndsWith("in \"테크058\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_are_told_apart_and_a_character_of_no_named_script_alone()
    {
        var lines = MissingGlyphScripts.Describe([new MissingGlyph('한', "with 한빛 Ventures"), new MissingGlyph(0x0E01, "บริษัท ก"), new MissingGlyph(0x0378, "a\u0378b")]);

        Assert.Equal(3, lines.Count);
        Assert.StartsWith("Hangul (Korean), 1 character(s) (U+D55C '한') in \"한빛\"", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Thai, 1 character(s) (U+0E01 'ก')", lines[1], StringComparison.Ordinal);
        Assert.Equal("U+0378 '\u0378' in \"a\u0378b\"", lines[2]);
    }
}
