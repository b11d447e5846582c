using CapitalHealthReport.Loading;
using CsCheck;
using static CapitalHealthReport.Loading.NumberFormatTokenKind;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>Excel number format codes split into their pieces, as Excel reads them.</summary>
public sealed class NumberFormatTokensTests
{
    private static (NumberFormatTokenKind, string)[] Pieces(string format) => [.. NumberFormatTokens.Read(format).Select(static t => (t.Kind, t.Text))];

    [Theory]
    [InlineData("0\"万元\"", "Digit 0|Quoted 万元")]
    [InlineData("0.0\\M", "Digit 0|DecimalPoint .|Digit 0|Escaped M")]
    [InlineData("0!.0", "Digit 0|Escaped .|Digit 0")]
    [InlineData("#,##0", "Digit #|ThousandsSeparator ,|Digit #|Digit #|Digit 0")]
    [InlineData("#,##0.0,,\"M\"", "Digit #|ThousandsSeparator ,|Digit #|Digit #|Digit 0|DecimalPoint .|Digit 0|ScalingComma ,|ScalingComma ,|Quoted M")]
    [InlineData("0,.0", "Digit 0|ScalingComma ,|DecimalPoint .|Digit 0")]
    [InlineData("?,???", "Digit ?|ThousandsSeparator ,|Digit ?|Digit ?|Digit ?")]
    [InlineData(",0", "Literal ,|Digit 0")]
    [InlineData("_$#", "Padding $|Digit #")]
    [InlineData("* $#", "Fill  |Literal $|Digit #")]
    [InlineData("*$#", "Fill $|Digit #")]
    [InlineData("_(* #_)", "Padding (|Fill  |Digit #|Padding )")]
    [InlineData("[$€-407]#", "CurrencyTag €|Digit #")]
    [InlineData("[$USD] #", "CurrencyTag USD|Literal  |Digit #")]
    [InlineData("[$-804]0.00", "LocaleTag |Digit 0|DecimalPoint .|Digit 0|Digit 0")]
    [InlineData("[$-F800]dddd", "LocaleTag |DateTime dddd")]
    [InlineData("[Red]-0", "Color Red|Literal -|Digit 0")]
    [InlineData("[Color10]0", "Color Color10|Digit 0")]
    [InlineData("[>=10000]0;0", "Condition >=10000|Digit 0|SectionBreak ;|Digit 0")]
    [InlineData("[h]:mm:ss", "Elapsed h|Literal :|DateTime mm|Literal :|DateTime ss")]
    [InlineData("[DBNum1]0", "OtherTag DBNum1|Digit 0")]
    [InlineData("0%", "Digit 0|Percent %")]
    [InlineData("0.00E+00", "Digit 0|DecimalPoint .|Digit 0|Digit 0|Exponent E+|Digit 0|Digit 0")]
    [InlineData("yyyy-mm-dd h:mm AM/PM", "DateTime yyyy|Literal -|DateTime mm|Literal -|DateTime dd|Literal  |DateTime h|Literal :|DateTime mm|Literal  |DateTime AM/PM")]
    [InlineData("h a/p", "DateTime h|Literal  |DateTime a/p")]
    [InlineData("General\"万\"", "General General|Quoted 万")]
    [InlineData("@\";\"", "TextPlaceholder @|Quoted ;")]
    [InlineData("0万元", "Digit 0|Literal 万|Literal 元")]
    [InlineData("\"open", "Quoted open")]
    [InlineData("[$€", "CurrencyTag €")]
    [InlineData("0\\", "Digit 0|Literal \\")]
    [InlineData("0_", "Digit 0|Literal _")]
    [InlineData("", "")]
    public void A_format_is_split_into_the_pieces_Excel_reads(string format, string pieces) =>
        Assert.Equal(pieces, string.Join("|", Pieces(format).Select(static p => $"{p.Item1} {p.Item2}")));

    [Theory]
    [InlineData("[$€-407]", 0x407)]
    [InlineData("[$¥-804]", 0x804)]
    [InlineData("[$-F800]", 0xF800)]
    [InlineData("[$USD]", null)]
    [InlineData("[$kr.-406]", 0x406)]
    public void A_tag_s_locale_is_its_hexadecimal_id(string format, int? locale) =>
        Assert.Equal(locale, Assert.Single(NumberFormatTokens.Read(format)).Locale);

    [Theory]
    [InlineData("0.0,,\"M\";[Red]-0.0,,\"M\"", 2)]
    [InlineData("#,##0_);[Red]\\(#,##0\\);0;@", 4)]
    [InlineData("\"a;b\"0\\;0", 1)]
    public void Sections_are_split_only_on_unquoted_unescaped_semicolons(string format, int sections) =>
        Assert.Equal(sections, NumberFormatTokens.Read(format).Count(static t => t.Kind == SectionBreak) + 1);

    [Fact]
    public void Only_the_first_section_is_given_as_the_first()
    {
        var first = NumberFormatTokens.FirstSection("0\"万元\";-0\"亿\"").ToArray();

        Assert.Equal([Digit, Quoted], first.Select(static t => t.Kind));
        Assert.Equal("万元", first[1].Text);
    }

    private static Gen<string> AnyFormat =>
        Gen.String[Gen.OneOf(Gen.Char["\"\\!_*[]$-;,.0#?%@Ee+yMdhsAP/GRed<>= 万元€¥F4078"], Gen.Char), 0, 40];

    [Fact]
    public void Any_text_is_split_without_throwing_into_pieces_that_cover_it_end_to_end()
    {
        AnyFormat.Sample(format =>
        {
            var tokens = NumberFormatTokens.Read(format);

            var next = 0;
            foreach (var token in tokens)
            {
                Assert.Equal(next, token.Start);
                Assert.True(token.Length > 0);
                next += token.Length;
            }

            Assert.Equal(format.Length, next);
            Assert.All(tokens.Where(static t => t.Kind is NumberFormatTokenKind.ThousandsSeparator or ScalingComma), static t => Assert.Equal(",", t.Text));
        });
    }

    [Fact]
    public void The_unit_and_the_currency_of_any_text_are_read_without_throwing() =>
        AnyFormat.Sample(static format =>
        {
            var unit = CellFormatUnit.Of(format);
            var currency = CellFormatCurrency.Of(format);

            Assert.True(unit.Commas >= 0);
            Assert.Equal(currency.Code.Length == 0, ReferenceEquals(currency, CellFormatCurrency.None));
        });
}
