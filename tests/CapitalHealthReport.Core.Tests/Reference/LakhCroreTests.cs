using System.Globalization;
using CapitalHealthReport.Reference;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Reference;

/// <summary>
/// Indian rupees of a lakh crore (10¹²) and more read in lakh crore in English, as Indian readers write them: one
/// decimal under ten, none from ten on, and never a crore figure of 100,000 or more.
/// </summary>
public sealed class LakhCroreTests
{
    [Theory]
    [InlineData(1e12, "1.0 lakh crore INR")]
    [InlineData(1.5e12, "1.5 lakh crore INR")]
    [InlineData(9.9e12, "9.9 lakh crore INR")]
    [InlineData(9.94e12, "9.9 lakh crore INR")]
    [InlineData(9.95e12, "10 lakh crore INR")]
    [InlineData(9.96e12, "10 lakh crore INR")]
    [InlineData(1.2e13, "12 lakh crore INR")]
    [InlineData(2.5e14, "250 lakh crore INR")]
    [InlineData(1.2345e16, "12,345 lakh crore INR")]
    [InlineData(-1.5e12, "-1.5 lakh crore INR")]
    [InlineData(999_994_000_000, "99,999 crore INR")]
    [InlineData(999_994_999_999, "99,999 crore INR")]
    [InlineData(999_995_000_000, "1.0 lakh crore INR")]
    [InlineData(999_996_000_000, "1.0 lakh crore INR")]
    [InlineData(9e11, "90,000 crore INR")]
    public void English_rupees_of_a_lakh_crore_and_more_read_in_lakh_crore(double amount, string expected) =>
        Assert.Equal(expected, MoneyText.Format(amount, "INR", chinese: false));

    [Theory]
    [InlineData(1.5e12, "INR", true, "1.5万亿印度卢比")]
    [InlineData(1.5e12, "USD", false, "1.5 tn USD")]
    [InlineData(9.99996e11, "USD", false, "1,000 bn USD")]
    [InlineData(9.96e6, "USD", false, "10 M USD")]
    [InlineData(9.94e6, "USD", false, "9.9 M USD")]
    [InlineData(9.96e7, "INR", false, "10 crore INR")]
    public void Chinese_reports_and_other_currencies_keep_their_units(double amount, string currency, bool chinese, string expected) =>
        Assert.Equal(expected, MoneyText.Format(amount, currency, chinese));

    [Fact]
    public void A_column_whose_figures_would_need_six_crore_digits_reads_in_lakh_crore()
    {
        var column = MoneyText.Column([1.5e12, 5e10, 0], "INR", chinese: false);

        Assert.Equal(["1.50 lakh crore INR", "0.05 lakh crore INR", "0.00 lakh crore INR"], new[] { 1.5e12, 5e10, 0 }.Select(column.Format));
        Assert.Equal((1e12, "lakh crore INR"), column.Axis);
    }

    [Fact]
    public void A_column_of_lakh_crore_amounts_alone_reads_in_lakh_crore_with_one_number_of_decimals()
    {
        var column = MoneyText.Column([1.2e13, 2.5e14, 1e12], "INR", chinese: false);
        var small = MoneyText.Column([9.9e12, 1.5e12], "INR", chinese: false);

        Assert.Equal(["12.0 lakh crore INR", "250.0 lakh crore INR", "1.0 lakh crore INR"], new[] { 1.2e13, 2.5e14, 1e12 }.Select(column.Format));
        Assert.Equal(["9.9 lakh crore INR", "1.5 lakh crore INR"], new[] { 9.9e12, 1.5e12 }.Select(small.Format));
    }

    [Fact]
    public void A_column_under_a_lakh_crore_keeps_crore_and_its_small_figures_whole()
    {
        var below = MoneyText.Column([999_994_000_000, 4.5e8], "INR", chinese: false);
        var rounded = MoneyText.Column([999_996_000_000, 5e10], "INR", chinese: false);
        var wide = MoneyText.Column([9e11, 4.5e8, 5e6], "INR", chinese: false);

        Assert.Equal(["99,999 crore INR", "45 crore INR"], new[] { 999_994_000_000, 4.5e8 }.Select(below.Format));
        Assert.Equal(["1.00 lakh crore INR", "0.05 lakh crore INR"], new[] { 999_996_000_000, 5e10 }.Select(rounded.Format));
        Assert.Equal(["90,000 crore INR", "45.0 crore INR", "0.5 crore INR"], new[] { 9e11, 4.5e8, 5e6 }.Select(wide.Format));
    }

    [Fact]
    public void A_column_of_lakh_crore_beside_figures_that_would_read_zero_in_it_reads_in_crore()
    {
        var column = MoneyText.Column([2.2e12, 4.5e8, 5e6, 0], "INR", chinese: false);
        var chinese = MoneyText.Column([2.2e12, 5e6], "INR", chinese: true);

        Assert.Equal(["220,000 crore INR", "45.0 crore INR", "0.5 crore INR", "0.0 crore INR"], new[] { 2.2e12, 4.5e8, 5e6, 0 }.Select(column.Format));
        Assert.Equal((1e7, "crore INR"), column.Axis);
        Assert.Equal(["100,000 crore INR", "45 crore INR"], new[] { 999_996_000_000, 4.5e8 }.Select(MoneyText.Column([999_996_000_000, 4.5e8], "INR", chinese: false).Format));
        Assert.Equal(["22,000亿印度卢比", "0.05亿印度卢比"], new[] { 2.2e12, 5e6 }.Select(chinese.Format));
    }

    [Fact]
    public void A_configured_amount_of_a_lakh_crore_reads_in_lakh_crore_as_set() =>
        Assert.Equal("1.25 lakh crore INR", MoneyText.AsSet(1.25e12, "INR", chinese: false));

    [Fact]
    public void English_rupee_text_never_writes_a_crore_figure_of_100000_or_more_nor_lakh_twice()
    {
        var amounts = Gen.OneOf(
            Gen.Double[1e5, 1e17],
            Gen.Double[9.9999e11, 1.0001e12],
            Gen.Double[9.94e12, 9.96e12],
            Gen.Long[999_990, 1_000_010].Select(static c => c * 1e6));

        amounts.Sample(amount =>
        {
            var text = MoneyText.Format(amount, "INR", chinese: false);
            var figure = double.Parse(text.Split(' ')[0], NumberStyles.Number, CultureInfo.InvariantCulture);
            var unit = text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            return !text.Contains("lakh lakh", StringComparison.Ordinal)
                && !(unit == "crore INR" && figure >= 100_000)
                && !(unit == "lakh crore INR" && figure < 1)
                && !(unit == "lakh crore INR" && figure >= 10 && text.Contains('.', StringComparison.Ordinal))
                && Math.Abs((figure * Divisor(unit)) - amount) <= (text.Contains('.', StringComparison.Ordinal) ? 0.05 : 0.5) * Divisor(unit) * (1 + 1e-9);
        });
    }

    private static double Divisor(string unit) => unit switch
    {
        "lakh crore INR" => 1e12,
        "crore INR" => 1e7,
        "lakh INR" => 1e5,
        _ => 1,
    };
}
