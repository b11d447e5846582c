using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Core.Tests.Reference;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData(5.862e12, "COP", "5.9 tn COP")]
    [InlineData(1.234e14, "KRW", "123.4 tn KRW")]
    [InlineData(3.2e14, "JPY", "320 tn JPY")]
    [InlineData(3.24e11, "CNY", "324 bn CNY")]
    [InlineData(3.793e11, "CNY", "379.3 bn CNY")]
    [InlineData(3.24e10, "CNY", "32.4 bn CNY")]
    [InlineData(2.0e9, "CNY", "2.0 bn CNY")]
    [InlineData(9.39e8, "CNY", "939 M CNY")]
    [InlineData(3.6e6, "CNY", "3.6 M CNY")]
    [InlineData(500_000, "USD", "500,000 USD")]
    [InlineData(1.25e10, "INR", "1,250 crore INR")]
    [InlineData(5.2e7, "INR", "5.2 crore INR")]
    [InlineData(4.5e5, "INR", "4.5 lakh INR")]
    [InlineData(2.5e6, "INR", "25 lakh INR")]
    [InlineData(85_000, "INR", "85,000 INR")]
    public void Writes_english_amounts_in_the_largest_unit_they_reach(double amount, string currency, string expected) =>
        Assert.Equal(expected, MoneyText.Format(amount, currency, chinese: false));

    [Theory]
    [InlineData(5.862e12, "COP", "5.9万亿哥伦比亚比索")]
    [InlineData(1.234e14, "KRW", "123.4万亿韩元")]
    [InlineData(3.2e14, "JPY", "320万亿日元")]
    [InlineData(1.24e11, "CNY", "1,240亿元")]
    [InlineData(3.793e10, "CNY", "379.3亿元")]
    [InlineData(3.24e9, "CNY", "32.4亿元")]
    [InlineData(1.3e7, "CNY", "1,300万元")]
    [InlineData(1.25e10, "INR", "125亿印度卢比")]
    [InlineData(1.253e10, "INR", "125.3亿印度卢比")]
    [InlineData(8_000, "CNY", "8,000元")]
    public void Writes_chinese_amounts_in_wan_yi_and_wanyi(double amount, string currency, string expected) =>
        Assert.Equal(expected, MoneyText.Format(amount, currency, chinese: true));

    [Fact]
    public void A_column_of_mixed_magnitudes_shares_one_unit_and_one_number_of_decimals()
    {
        var column = MoneyText.Column([500_000, 8e6, null, 2.5e6], "USD", chinese: false);

        Assert.Equal(["0.5 M USD", "8.0 M USD", "2.5 M USD"], new[] { 500_000d, 8e6, 2.5e6 }.Select(column.Format));
    }

    [Fact]
    public void A_column_keeps_every_figure_whole_in_the_smaller_unit_when_the_larger_would_write_the_smallest_under_one()
    {
        var english = MoneyText.Column([1.8983e10, 1.68e8], "CNY", chinese: false);
        var chinese = MoneyText.Column([9e9, 4.09e8], "CNY", chinese: true);
        var medians = MoneyText.Column([5.94e8, 3.6e6], "CNY", chinese: true);

        Assert.Equal("18,983 M CNY", english.Format(1.8983e10));
        Assert.Equal("168 M CNY", english.Format(1.68e8));
        Assert.Equal("90.0亿元", chinese.Format(9e9));
        Assert.Equal("4.1亿元", chinese.Format(4.09e8));
        Assert.Equal("59,400万元", medians.Format(5.94e8));
        Assert.Equal("360万元", medians.Format(3.6e6));
        Assert.Equal("150,000万林吉特", MoneyText.Column([1.5e9, 1.2e6], "MYR", chinese: true).Format(1.5e9));
    }

    [Fact]
    public void A_column_too_wide_in_the_smaller_unit_keeps_the_larger_with_two_decimals()
    {
        var column = MoneyText.Column([1.25e10, 5e6], "INR", chinese: true);

        Assert.Equal("125.00亿印度卢比", column.Format(1.25e10));
        Assert.Equal("0.05亿印度卢比", column.Format(5e6));
        Assert.Equal("0.00亿印度卢比", column.Format(0));
    }

    [Fact]
    public void A_zero_in_a_column_of_amounts_reads_in_the_column_unit_and_decimals()
    {
        var crore = MoneyText.Column([1.3e9, 1.1e8, 0], "INR", chinese: false);
        var millions = MoneyText.Column([4.1e7, 8e6, 0], "MYR", chinese: false);
        var billions = MoneyText.Column([1.184e11, 1.6e9, 0], "KRW", chinese: false);

        Assert.Equal(["130 crore INR", "11 crore INR", "0 crore INR"], new[] { 1.3e9, 1.1e8, 0 }.Select(crore.Format));
        Assert.Equal(["41.0 M MYR", "8.0 M MYR", "0.0 M MYR"], new[] { 4.1e7, 8e6, 0 }.Select(millions.Format));
        Assert.Equal(["118.4 bn KRW", "1.6 bn KRW", "0.0 bn KRW"], new[] { 1.184e11, 1.6e9, 0 }.Select(billions.Format));
        Assert.Equal("0 CNY", MoneyText.Column([0, null], "CNY", chinese: false).Format(0));
    }

    [Fact]
    public void A_figure_of_four_digits_in_a_column_with_decimals_is_written_whole()
    {
        var chinese = MoneyText.Column([1.2345e11, 5e6], "CNY", chinese: true);
        var crore = MoneyText.Column([1.2504e10, 3.6e7], "INR", chinese: false);

        Assert.Equal("1,235亿元", chinese.Format(1.2345e11));
        Assert.Equal("0.05亿元", chinese.Format(5e6));
        Assert.Equal(["1,250 crore INR", "3.6 crore INR", "0.0 crore INR"], new[] { 1.2504e10, 3.6e7, 0 }.Select(crore.Format));
    }

    [Fact]
    public void A_column_of_trillions_and_billions_reads_in_billions_without_decimals_on_four_digits()
    {
        var column = MoneyText.Column([5.862e12, 3e10], "COP", chinese: false);

        Assert.Equal("5,862 bn COP", column.Format(5.862e12));
        Assert.Equal("30 bn COP", column.Format(3e10));
    }

    [Fact]
    public void A_column_of_indian_rupees_reads_in_crore_or_lakh()
    {
        var crore = MoneyText.Column([1.25e10, 4.5e8], "INR", chinese: false);
        var lakh = MoneyText.Column([4.5e6, 3e5], "INR", chinese: false);

        Assert.Equal("1,250 crore INR", crore.Format(1.25e10));
        Assert.Equal("45 crore INR", crore.Format(4.5e8));
        Assert.Equal("45.0 lakh INR", lakh.Format(4.5e6));
        Assert.Equal("3.0 lakh INR", lakh.Format(3e5));
        Assert.Equal("1,250 crore INR", MoneyText.Column([1.25e10, 5e6], "INR", chinese: false).Format(1.25e10));
        Assert.Equal("0.5 crore INR", MoneyText.Column([1.25e10, 5e6], "INR", chinese: false).Format(5e6));
        Assert.Equal("500 lakh INR", MoneyText.Column([5e7, 5e6], "INR", chinese: false).Format(5e7));
    }

    [Fact]
    public void A_column_of_quarters_in_one_unit_is_written_as_running_text_writes_them()
    {
        var column = MoneyText.Column([3.27e10, 3.793e10], "CNY", chinese: true);

        Assert.Equal("327.0亿元", column.Format(3.27e10));
        Assert.Equal("379.3亿元", column.Format(3.793e10));
    }

    [Theory]
    [InlineData(5.862e12, "COP", false, 1e12, "tn COP")]
    [InlineData(5.862e12, "COP", true, 1e12, "万亿哥伦比亚比索")]
    [InlineData(3.8e10, "CNY", false, 1e9, "bn CNY")]
    [InlineData(1.25e10, "INR", false, 1e7, "crore INR")]
    [InlineData(4.5e6, "INR", false, 1e5, "lakh INR")]
    [InlineData(1.25e10, "INR", true, 1e8, "亿印度卢比")]
    [InlineData(0, "INR", false, 1e7, "crore INR")]
    public void Chart_axes_read_in_the_unit_of_their_largest_amount(double largest, string currency, bool chinese, double divisor, string unit) =>
        Assert.Equal((divisor, unit), MoneyText.AxisUnit(largest, currency, chinese));

    [Theory]
    [InlineData(1e8, "USD", false, "100 M USD")]
    [InlineData(1.25e8, "USD", true, "1.25亿美元")]
    [InlineData(1.5e12, "USD", false, "1.5 tn USD")]
    [InlineData(1e8, "INR", false, "10 crore INR")]
    public void Writes_a_configured_amount_with_the_decimals_it_was_set_with(double amount, string currency, bool chinese, string expected) =>
        Assert.Equal(expected, MoneyText.AsSet(amount, currency, chinese));
}
