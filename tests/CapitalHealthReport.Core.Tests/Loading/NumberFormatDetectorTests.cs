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

    [Theory]
    [InlineData("3,5 Mio. Kronen")]
    [InlineData("3,5 Mio. Rubel")]
    [InlineData("3,5 Mrd. Rand")]
    [InlineData("1,2 Mio. Euro..")]
    [InlineData("3,5 Mio. (geschätzt)")]
    [InlineData("n.c. 3,5")]
    public void A_value_that_cannot_be_read_is_rejected_on_its_line_and_decides_nothing(string unreadable)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount,currency\n2024-03-05,A,\"{unreadable}\",USD\n2024-03-06,B,1.5,USD\n2024-03-07,C,\"1,234,567\",USD\n");

        Assert.Equal(2, result.Statistics.RowsLoaded);
        Assert.StartsWith("decimal '.'", result.Profile.NumberFormat!.Format, StringComparison.Ordinal);
        Assert.All(result.Issues, i => Assert.Equal(2, i.Line));
    }

    [Fact]
    public void An_amount_ending_a_sentence_is_read_and_counts_towards_the_decimal_comma()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date;company;amount;currency\n2024-03-05;A;1,2 Mio. Euro.;EUR\n2024-03-06;B;2,5 Mrd. €.;EUR\n2024-03-07;C;3.000.000;EUR\n");

        Assert.Empty(result.Issues);
        Assert.Equal([1_200_000m, 2_500_000_000m, 3_000_000m], result.Deals.Deals.OrderBy(d => d.SourceLine).Select(d => d.Amount!.Value));
        Assert.All(result.Deals.Deals, d => Assert.Equal("EUR", d.Currency));
        Assert.StartsWith("decimal ','", result.Profile.NumberFormat!.Format, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_in_parentheses_is_a_negative_amount_rejected_on_its_line()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount,currency\n2024-03-05,A,\"(1,000)\",USD\n2024-03-06,B,1.5,USD\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.AmountNegative, 2), (issue.Code, issue.Line));
        Assert.Equal(1.5m, Assert.Single(result.Deals.Deals).Amount);
    }

    [Fact]
    public void Bytes_of_another_encoding_are_rejected_with_the_encoding_hint_not_a_number_format_error()
    {
        using var temp = new TempDeals();
        var bytes = System.Text.Encoding.GetEncoding(1252).GetBytes("date;company;amount;currency\n2024-03-05;Café;1.500.000,00 €;EUR\n2024-03-06;Señor;2.000.000,50 €;EUR\n2024-03-07;Zürich;3,5 Mio. €;EUR\n");

        var refused = Assert.Throws<InputException>(() => temp.Load(temp.WriteBytes("w.csv", bytes)));
        var result = temp.Load(temp.WriteBytes("w2.csv", [.. bytes, .. "2024-03-08;D;2500000;EUR\n"u8]));

        Assert.Contains("encoding: auto", refused.Hint, StringComparison.Ordinal);
        Assert.Equal(1, result.Statistics.RowsLoaded);
        Assert.Contains(result.Issues, i => i.Code == DataIssueCodes.AmountNotNumber && i.Message.Contains("encoding:", StringComparison.Ordinal));
    }
}
