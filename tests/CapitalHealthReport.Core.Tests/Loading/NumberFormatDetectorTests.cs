using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class NumberFormatDetectorTests
{
    private static (NumberStyle Style, NumberFormatDecision Decision) Decide(params string[] values)
    {
        var detector = new NumberFormatDetector();
        for (var i = 0; i < values.Length; i++)
        {
            detector.Observe(AmountParser.Parse(values[i]).Evidence, i + 2, values[i]);
        }

        return detector.Decide("deals.csv", "amount");
    }

    [Fact]
    public void Decides_a_decimal_comma_from_the_whole_column()
    {
        var (style, decision) = Decide("707.630", "3.000.000", "2,7 Mio.", "1500");

        Assert.Equal(',', style.Decimal);
        Assert.False(decision.Assumed);
        Assert.Contains("'3.000.000' (line 3)", decision.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Decides_a_decimal_point_and_reads_one_dot_before_three_digits_as_decimals()
    {
        var (style, _) = Decide("707.630", "1.25", "1500");

        Assert.Equal('.', style.Decimal);
        Assert.Equal(707.63m, new AmountParser(style).Read("707.630").Value);
    }

    [Fact]
    public void Assumes_grouping_when_no_value_shows_the_decimal_separator_and_says_so()
    {
        var (style, decision) = Decide("707.630", "2.500", "100");

        Assert.Equal(',', style.Decimal);
        Assert.True(decision.Assumed);
        Assert.Contains("assumed", decision.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_no_decision_for_plain_numbers()
    {
        var (_, decision) = Decide("100", "2500000", "");

        Assert.False(decision.Assumed);
        Assert.Equal("no value has a separator", decision.Basis);
    }

    [Fact]
    public void Refuses_a_column_that_mixes_formats_naming_a_line_of_each()
    {
        var ex = Assert.Throws<InputException>(() => Decide("1,234,567", "100", "3,5"));

        Assert.Equal("deals.csv", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.Contains("'1,234,567' (line 2)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'3,5' (line 4)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("decimal_separator", ex.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_column_where_dot_and_comma_grouping_meet_with_nothing_to_decide()
    {
        var ex = Assert.Throws<InputException>(() => Decide("707.630", "1,500"));

        Assert.Contains("ambiguous", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_parts_of_a_column_together()
    {
        var first = new NumberFormatDetector();
        var second = new NumberFormatDetector();
        first.Observe(NumberEvidence.AmbiguousDot, 2, "707.630");
        second.Observe(NumberEvidence.DotDecimal, 9, "1.5");

        first.Add(second);

        Assert.Equal('.', first.Decide("d.csv", "amount").Style.Decimal);
    }
}
