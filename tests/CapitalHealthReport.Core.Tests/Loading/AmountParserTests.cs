using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("3500000", "3500000", null)]
    [InlineData("1234.5", "1234.5", null)]
    [InlineData("1,234,567", "1234567", null)]
    [InlineData("1,234,567.25", "1234567.25", null)]
    [InlineData("20,00,00,000", "200000000", null)]
    [InlineData("1.234.567,5", "1234567.5", null)]
    [InlineData("3,5亿", "350000000", null)]
    [InlineData("3.5亿", "350000000", null)]
    [InlineData("5000万", "50000000", null)]
    [InlineData("5000万元", "50000000", "CNY")]
    [InlineData("1.2亿美元", "120000000", "USD")]
    [InlineData("2亿人民币", "200000000", "CNY")]
    [InlineData("3000万港元", "30000000", "HKD")]
    [InlineData("十亿元", "1000000000", "CNY")]
    [InlineData("两千万", "20000000", null)]
    [InlineData("１２３", "123", null)]
    [InlineData("１．５亿", "150000000", null)]
    [InlineData("$1.2M", "1200000", "USD")]
    [InlineData("3 billion USD", "3000000000", "USD")]
    [InlineData("750k", "750000", null)]
    [InlineData("€2.5m", "2500000", "EUR")]
    [InlineData("1e6", "1000000", null)]
    [InlineData(" 42 ", "42", null)]
    [InlineData("₹50L", "5000000", "INR")]
    [InlineData("Rs 2.5L", "250000", "INR")]
    [InlineData("3,5 Mio. US-Dollar", "3500000", "USD")]
    [InlineData("3,5 Mio. Franken", "3500000", "CHF")]
    [InlineData("3,5 Mrd. Yen", "3500000000", "JPY")]
    [InlineData("1,5 Mio. Pfund", "1500000", "GBP")]
    public void Parses_exact_amounts(string text, string expected, string? currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(currency, parsed.Currency);
        Assert.False(parsed.Estimated);
    }

    [Fact]
    public void Plain_digits_have_the_value_and_scale_decimal_parsing_gives_them()
    {
        var random = new Random(17);
        var texts = new List<string> { "0", "00", "000123", "999999999999999999", "1000000000000000000", "9999999999999999999", "12345678901234567890", "7500000", "1.50", "0.0", "12.", ".5" };
        for (var k = 0; k < 2000; k++)
        {
            var length = random.Next(1, 22);
            texts.Add(string.Concat(Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10)))));
        }

        foreach (var text in texts)
        {
            var parsed = AmountParser.Parse(text);
            var expected = decimal.Parse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(expected > AmountParser.MaxAmount ? AmountStatus.OutOfRange : AmountStatus.Ok, parsed.Status);
            if (parsed.Status == AmountStatus.Ok)
            {
                Assert.Equal(decimal.GetBits(expected), decimal.GetBits(parsed.Value));
            }
        }
    }

    [Theory]
    [InlineData("1-2亿", "150000000")]
    [InlineData("1亿-2亿", "150000000")]
    [InlineData("1~3亿元", "200000000")]
    [InlineData("1至2亿", "150000000")]
    [InlineData("数千万", "50000000")]
    [InlineData("数千万人民币", "50000000")]
    [InlineData("数亿元", "500000000")]
    [InlineData("数十亿", "5000000000")]
    [InlineData("近亿元", "90000000")]
    [InlineData("超亿元", "125000000")]
    [InlineData("逾5000万", "62500000")]
    [InlineData("1亿元以上", "125000000")]
    [InlineData("亿元及以上", "125000000")]
    [InlineData("千万级", "50000000")]
    [InlineData("约3亿", "300000000")]
    [InlineData("approx. 1,500,000", "1500000")]
    [InlineData("₹5 crores approx", "50000000")]
    [InlineData("INR 2.5 crore approx.", "25000000")]
    [InlineData("$3M approx", "3000000")]
    [InlineData("ca. 2,5 Mio.", "2500000")]
    [InlineData("über 5 Mio. €", "6250000")]
    [InlineData("$1M - $2M", "1500000")]
    [InlineData("$500K-$1M", "750000")]
    [InlineData("US$1M–US$3M", "2000000")]
    [InlineData("1 Mio. € - 2 Mio. €", "1500000")]
    [InlineData("rund 2 Mio. Euro", "2000000")]
    [InlineData("etwa 3 Mio.", "3000000")]
    public void Estimates_ranges_and_vague_amounts_at_their_midpoint(string text, string expected)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.True(parsed.Estimated);
    }

    [Theory]
    [InlineData("3億円", "300000000", "JPY")]
    [InlineData("5000万円", "50000000", "JPY")]
    [InlineData("12.5億 円", "1250000000", "JPY")]
    [InlineData("2億日圓", "200000000", "JPY")]
    [InlineData("5000萬", "50000000", null)]
    [InlineData("3億", "300000000", null)]
    [InlineData("5000萬港幣", "50000000", "HKD")]
    [InlineData("2億人民幣", "200000000", "CNY")]
    [InlineData("1.2億美元", "120000000", "USD")]
    [InlineData("3仟萬歐元", "30000000", "EUR")]
    [InlineData("5億新台幣", "500000000", "TWD")]
    [InlineData("NT$ 500,000,000", "500000000", "TWD")]
    [InlineData("NT$5M", "5000000", "TWD")]
    [InlineData("30억 원", "3000000000", "KRW")]
    [InlineData("₩3,000,000,000", "3000000000", "KRW")]
    [InlineData("1亿2000万", "120000000", null)]
    [InlineData("1亿2千万元", "120000000", "CNY")]
    [InlineData("3億5000万円", "350000000", "JPY")]
    [InlineData("12億3400万円", "1234000000", "JPY")]
    [InlineData("12億3,400万円", "1234000000", "JPY")]
    [InlineData("30억 5천만 원", "3050000000", "KRW")]
    [InlineData("两千五百万", "25000000", null)]
    [InlineData("二十五亿", "2500000000", null)]
    [InlineData("一千零五十万", "10500000", null)]
    [InlineData("1万5000", "15000", null)]
    [InlineData("3億ドル", "300000000", "USD")]
    [InlineData("5千万ドル", "50000000", "USD")]
    public void Reads_traditional_chinese_japanese_and_korean_amounts(string text, string expected, string? currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(currency, parsed.Currency);
    }

    [Theory]
    [InlineData("200백만원", "200000000", "KRW")]
    [InlineData("1,500백만원", "1500000000", "KRW")]
    [InlineData("500백만 원", "500000000", "KRW")]
    [InlineData("3십억원", "3000000000", "KRW")]
    [InlineData("85.5百万円", "85500000", "JPY")]
    public void Reads_korean_millions_of_won_as_statements_write_them(string text, string expected, string currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(currency, parsed.Currency);
        Assert.False(parsed.Estimated);
    }

    [Theory]
    [InlineData("약 20억원", "2000000000", "KRW")]
    [InlineData("약20억", "2000000000", null)]
    [InlineData("대략 5억원", "500000000", "KRW")]
    [InlineData("100억원 이상", "12500000000", "KRW")]
    [InlineData("20여억원", "2500000000", "KRW")]
    [InlineData("수십억원", "5000000000", "KRW")]
    public void Estimates_vague_amounts_written_in_korean(string text, string expected, string? currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(currency, parsed.Currency);
        Assert.True(parsed.Estimated);
    }

    [Theory]
    [InlineData("數千萬", "50000000")]
    [InlineData("約3億円", "300000000")]
    [InlineData("超過1億", "125000000")]
    [InlineData("5000餘萬", "62500000")]
    [InlineData("將近1億", "90000000")]
    public void Estimates_vague_amounts_written_in_traditional_characters(string text, string expected)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.True(parsed.Estimated);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("undisclosed")]
    [InlineData("Undisclosed")]
    [InlineData("未披露")]
    [InlineData("未公开")]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("N/A")]
    [InlineData("-")]
    [InlineData("n.c.")]
    [InlineData("NC")]
    [InlineData("non communiqué")]
    [InlineData("n.v.")]
    [InlineData("未公開")]
    [InlineData("非公開")]
    [InlineData("비공개")]
    public void Reads_undisclosed_markers(string text) => Assert.Equal(AmountStatus.Undisclosed, AmountParser.Parse(text).Status);

    [Theory]
    [InlineData("abc", "NotANumber")]
    [InlineData("12abc", "NotANumber")]
    [InlineData("亿万富翁", "NotANumber")]
    [InlineData("两千五万", "NotANumber")]
    [InlineData("两亿五", "NotANumber")]
    [InlineData("1亿2000万-1亿5000万", "Ok")]
    [InlineData("-5", "Negative")]
    [InlineData("-3.5亿", "Negative")]
    [InlineData("(1,000)", "Negative")]
    [InlineData("(3.5M)", "Negative")]
    [InlineData("1e308", "OutOfRange")]
    [InlineData("1e400", "OutOfRange")]
    [InlineData("2.5e400 USD", "OutOfRange")]
    [InlineData("99999999999999999999999999", "OutOfRange")]
    [InlineData("Infinity", "OutOfRange")]
    public void Refuses_amounts_that_are_not_usable(string text, string expected) => Assert.Equal(Enum.Parse<AmountStatus>(expected), AmountParser.Parse(text).Status);
}
