using System.Globalization;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class AmountUnitsTests
{
    [Theory]
    [InlineData("2,7 Mio.", "2700000", null)]
    [InlineData("2,7 Mio. €", "2700000", "EUR")]
    [InlineData("EUR 1,5 Mrd.", "1500000000", "EUR")]
    [InlineData("3 Md€", "3000000000", "EUR")]
    [InlineData("12 millones", "12000000", null)]
    [InlineData("4 million dollars", "4000000", "USD")]
    [InlineData("5 crore", "50000000", null)]
    [InlineData("₹ 50 Cr", "500000000", "INR")]
    [InlineData("Rs. 25 lakh", "2500000", "INR")]
    [InlineData("Rs 3.5 crores", "35000000", "INR")]
    [InlineData("USD 12mn", "12000000", "USD")]
    [InlineData("12 mn USD", "12000000", "USD")]
    [InlineData("1.5bn", "1500000000", null)]
    [InlineData("250k", "250000", null)]
    [InlineData("3 万", "30000", null)]
    [InlineData("2亿", "200000000", null)]
    [InlineData("1'234'567", "1234567", null)]
    [InlineData("1 234 567,50", "1234567.50", null)]
    [InlineData("2 millions d'euros", "2000000", "EUR")]
    [InlineData("1 milliard d’euros", "1000000000", "EUR")]
    [InlineData("1,5 millones de euros", "1500000", "EUR")]
    [InlineData("3 milioni di euro", "3000000", "EUR")]
    [InlineData("4,2 mln €", "4200000", "EUR")]
    [InlineData("2 miliardi", "2000000000", null)]
    [InlineData("R$ 5 milhões", "5000000", "BRL")]
    [InlineData("CHF 4 Mio.", "4000000", "CHF")]
    [InlineData("1,5 Millionen Euro", "1500000", "EUR")]
    [InlineData("2 Milliarden Euro", "2000000000", "EUR")]
    [InlineData("500 Tsd. €", "500000", "EUR")]
    [InlineData("500 Tausend Euro", "500000", "EUR")]
    [InlineData("2 million pounds", "2000000", "GBP")]
    [InlineData("£1.5m sterling", "1500000", "GBP")]
    [InlineData("30 million renminbi", "30000000", "CNY")]
    public void Reads_unit_words_and_currency_signs_anywhere(string text, string expected, string? currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(currency, parsed.Currency);
    }

    [Theory]
    [InlineData("$1M - $2M", "USD")]
    [InlineData("€1-2 Mio. €", "EUR")]
    [InlineData("2-3 Mio. Pfund", "GBP")]
    public void A_range_names_its_currency_once_or_on_both_sides(string text, string currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal((AmountStatus.Ok, currency, true), (parsed.Status, parsed.Currency, parsed.Estimated));
    }

    [Theory]
    [InlineData("1,2 Mio. Euro.", "1200000", "EUR")]
    [InlineData("1,5 Mio. EUR.", "1500000", "EUR")]
    [InlineData("2,5 Mrd. €.", "2500000000", "EUR")]
    [InlineData("3 Mio. US-Dollar.", "3000000", "USD")]
    [InlineData("12 €.", "12", "EUR")]
    public void Reads_a_full_stop_after_the_currency_as_the_end_of_a_sentence(string text, string expected, string currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(currency, parsed.Currency);
    }

    [Theory]
    [InlineData(".", "12.", "12")]
    [InlineData(".", "$12.", "12")]
    [InlineData(",", "3 Mrd.", "3000000000")]
    [InlineData(",", "2,7 Mio.", "2700000")]
    [InlineData(".", "$2.5M.", "2500000")]
    [InlineData(",", "12.", null)]
    [InlineData(",", "1,2 Mio. Euro..", null)]
    [InlineData(",", "EUR.", null)]
    public void A_trailing_dot_elsewhere_keeps_its_meaning(string decimalSeparator, string text, string? expected)
    {
        var style = NumberStyle.From(decimalSeparator == "." ? DecimalSeparator.Dot : DecimalSeparator.Comma, ThousandsSeparator.Auto);

        var parsed = new AmountParser(style).Read(text);

        Assert.Equal(expected is null ? AmountStatus.NotANumber : AmountStatus.Ok, parsed.Status);
        Assert.Equal(expected is null ? 0m : decimal.Parse(expected, CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("未透露人民币", "CNY")]
    [InlineData("未披露人民币", "CNY")]
    [InlineData("未透露美元", "USD")]
    [InlineData("金额未知", null)]
    [InlineData("Undisclosed USD", "USD")]
    [InlineData("n.d.", null)]
    [InlineData("N.D.", null)]
    [InlineData("k.A.", null)]
    [InlineData("non divulgué", null)]
    [InlineData("(undisclosed)", null)]
    [InlineData("[n/a]", null)]
    [InlineData("（未披露）", null)]
    [InlineData("(Undisclosed) USD", "USD")]
    [InlineData("N.A.", null)]
    [InlineData("n.a.", null)]
    [InlineData("Not available", null)]
    [InlineData("Confidential", null)]
    [InlineData("TBD", null)]
    public void Reads_undisclosed_markers_with_or_without_a_currency_word(string text, string? currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Undisclosed, parsed.Status);
        Assert.Equal(currency, parsed.Currency);
    }

    [Fact]
    public void Reads_markers_added_by_the_mapping()
    {
        var parser = new AmountParser(undisclosed: new UndisclosedMarkers(["Geheim", "暂不透露"]));

        Assert.Equal(AmountStatus.Undisclosed, parser.Read("geheim").Status);
        Assert.Equal(AmountStatus.Undisclosed, parser.Read("暂不透露美元").Status);
        Assert.Equal(AmountStatus.NotANumber, AmountParser.Parse("geheim").Status);
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("-0,0")]
    public void Reads_minus_zero_as_zero_not_as_a_negative_amount(string text)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(0m, parsed.Value);
    }

    [Theory]
    [InlineData(".", "707.630", "707.63")]
    [InlineData(",", "707.630", "707630")]
    [InlineData(",", "3.000.000", "3000000")]
    [InlineData(",", "2,7", "2.7")]
    [InlineData(",", "1,500", "1.5")]
    [InlineData(".", "1,500", "1500")]
    [InlineData(".", "20,00,00,000", "200000000")]
    public void Reads_digits_in_the_column_format_given(string decimalSeparator, string text, string expected)
    {
        var style = NumberStyle.From(decimalSeparator == "." ? DecimalSeparator.Dot : DecimalSeparator.Comma, ThousandsSeparator.Auto);
        var parser = new AmountParser(style);

        var parsed = parser.Read(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData(".", "1.234,5")]
    [InlineData(",", "1,234,567")]
    [InlineData(".", "1,23,4")]
    public void Refuses_digits_that_do_not_fit_the_column_format(string decimalSeparator, string text)
    {
        var style = NumberStyle.From(decimalSeparator == "." ? DecimalSeparator.Dot : DecimalSeparator.Comma, ThousandsSeparator.Auto);

        Assert.Equal(AmountStatus.NotANumber, new AmountParser(style).Read(text).Status);
    }

    [Fact]
    public void Refuses_grouping_when_the_mapping_says_there_is_none()
    {
        var style = NumberStyle.From(DecimalSeparator.Dot, ThousandsSeparator.None);

        Assert.Equal(AmountStatus.NotANumber, new AmountParser(style).Read("1,234").Status);
        Assert.Equal(1234.5m, new AmountParser(style).Read("1234.5").Value);
    }
}
