namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>Deals given in memory have no lines: messages about them print no line rather than "line 0".</summary>
public sealed class InMemoryLocationTests
{
    [Fact]
    public void An_implausible_date_among_deals_in_memory_is_named_by_its_date_without_a_line()
    {
        var deals = Enumerable.Range(0, 30).Select(static i => new CapitalHealthReport.Model.Deal
        {
            Id = "D" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Date = i == 0 ? new DateOnly(1985, 1, 10) : new DateOnly(2025, 1, 10),
            Company = "Acme " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CompanyKey = "acme" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Investors = [],
        });

        var analysis = Analysis.Run(new AnalysisOptions { Deals = DealSource.FromDeals(deals) });

        var note = Assert.Single(analysis.Notes, n => n.Code == "implausible-dates");
        Assert.DoesNotContain("line 0", note.Message, StringComparison.Ordinal);
        Assert.Contains("(first: 1985-01-10, which ", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("第0行", note.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "deals: the value is wrong.")]
    [InlineData(0, 5, "deals: the value is wrong.")]
    [InlineData(3, 0, "deals:3: the value is wrong.")]
    [InlineData(3, 5, "deals:3:5: the value is wrong.")]
    public void A_location_of_line_or_column_0_is_left_out(int line, int column, string expected) =>
        Assert.Equal(expected, new InputException("the value is wrong.", "deals", line, column).Message);
}
