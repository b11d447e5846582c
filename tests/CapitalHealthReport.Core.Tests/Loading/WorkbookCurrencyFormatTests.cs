using CapitalHealthReport.Loading;
using static CapitalHealthReport.Testing.RawWorkbook;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Amount cells that show their currency by their number format (<c>"$"#,##0</c>, <c>[$€-407] #,##0</c>) in a workbook
/// with no currency column: the deals are in the currency the cells show, cell by cell, not in an assumed one.
/// </summary>
public sealed class WorkbookCurrencyFormatTests
{
    private static string Header => Row(1, TextCell("A1", "date"), TextCell("B1", "company"), TextCell("C1", "amount"));

    private static string Deal(int row, int format) =>
        Row(row, NumberCell($"A{row}", 45356 + row, date: true), TextCell($"B{row}", $"Co{row}"), FormattedCell($"C{row}", 1_000_000 * row, format));

    [Theory]
    [InlineData("\"$\"#,##0", "USD")]
    [InlineData("\"$\"#,##0.00_);[Red]\\(\"$\"#,##0.00\\)", "USD")]
    [InlineData("[$€-407] #,##0", "EUR")]
    [InlineData("#,##0.00\\ \"€\"", "EUR")]
    [InlineData("[$¥-804]#,##0", "CNY")]
    [InlineData("[$¥-411]#,##0", "JPY")]
    [InlineData("[$₹-4009] #,##0", "INR")]
    [InlineData("[$$-C09]#,##0", "AUD")]
    [InlineData("[$£-809]#,##0.00", "GBP")]
    [InlineData("#,##0\"元\"", "CNY")]
    [InlineData("_($* #,##0.00_)", "USD")]
    [InlineData("[Red][$€-407]#,##0", "EUR")]
    public void The_currency_an_amount_cell_s_number_format_shows_is_the_deal_s(string format, string currency)
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("formatted.xlsx", Write([format], ("Deals", false, Header + Deal(2, 0) + Deal(3, 0))));

        var result = temp.Load(path);

        Assert.All(result.Deals.Deals, d => Assert.Equal(currency, d.Currency));
        Assert.Equal(0, result.Profile.CurrencyAssumedDeals);
        Assert.Equal(new Dictionary<string, int> { [currency] = 2 }, result.Profile.CellFormatCurrencies.Read);
        Assert.Equal([2_000_000m, 3_000_000m], result.Deals.Deals.Select(static d => d.Amount!.Value));
    }

    [Fact]
    public void A_column_of_several_formats_is_read_cell_by_cell_and_a_format_without_a_currency_gives_none()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("mixed.xlsx", Write(["\"$\"#,##0", "[$€-407] #,##0", "#,##0"], ("Deals", false, Header + Deal(2, 0) + Deal(3, 1) + Deal(4, 1) + Deal(5, 2))));

        var result = temp.Load(path);

        // The plain cell names no currency and is read in the one the others name when they agree; here they do not.
        Assert.Equal(["USD", "EUR", "EUR", "CNY"], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.Equal(1, result.Profile.CurrencyAssumedDeals);
        Assert.Equal(new Dictionary<string, int> { ["EUR"] = 2, ["USD"] = 1 }, result.Profile.CellFormatCurrencies.Read);
    }

    [Fact]
    public void The_mapping_s_currency_wins_and_the_cells_showing_another_are_counted_for_a_warning()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("eur.xlsx", Write(["[$€-407] #,##0"], ("Deals", false, Header + Deal(2, 0) + Deal(3, 0))));

        var result = temp.Load(path, temp.Write("m.yaml", "currency: USD\n"));

        Assert.All(result.Deals.Deals, static d => Assert.Equal("USD", d.Currency));
        var shown = result.Profile.CellFormatCurrencies;
        Assert.Empty(shown.Read);
        Assert.Equal(2, shown.Overridden);
        Assert.Equal(new CellFormatOverride(2, "EUR", "USD", "the mapping's 'currency:'"), shown.FirstOverride);
    }

    [Fact]
    public void A_format_showing_a_currency_with_no_exchange_rate_rejects_the_row_naming_it()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("pln.xlsx", Write(["[$zł-415] #,##0", "\"$\"#,##0"], ("Deals", false, Header + Deal(2, 0) + Deal(3, 1))));

        var result = temp.Load(path);

        var rejected = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.CurrencyUnknown, 2), (rejected.Code, rejected.Line));
        Assert.Contains("the amount cell's number format shows zł (PLN), a currency with no exchange rate", rejected.Message, StringComparison.Ordinal);
        Assert.Equal("USD", Assert.Single(result.Deals.Deals).Currency);
    }

    [Fact]
    public void A_dollar_that_only_pads_the_width_or_fills_the_cell_names_no_currency()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("padded.xlsx", Write(["_$#,##0", "*$#,##0"], ("Deals", false, Header + Deal(2, 0) + Deal(3, 1))));

        var result = temp.Load(path);

        Assert.Empty(result.Profile.CellFormatCurrencies.Read);
        Assert.Equal(2, result.Profile.CurrencyAssumedDeals);
        Assert.All(result.Deals.Deals, static d => Assert.NotEqual("USD", d.Currency));
        Assert.Equal([2_000_000m, 3_000_000m], result.Deals.Deals.Select(static d => d.Amount!.Value));
    }

    [Theory]
    [InlineData("#,##0", "")]
    [InlineData("[$-409]mmm d, yyyy", "")]
    [InlineData("0.0,,\"M\"", "")]
    [InlineData("[$USD] #,##0", "USD")]
    [InlineData("[$CHF-807] #,##0", "CHF")]
    [InlineData("¥#,##0", "CNY")]
    [InlineData("_$#,##0", "")]
    [InlineData("*$#,##0", "")]
    [InlineData("_€#,##0", "")]
    [InlineData("_(* #,##0_)", "")]
    [InlineData("* $#,##0", "USD")]
    [InlineData("_($* #,##0.00_)", "USD")]
    [InlineData("_(\\$* #,##0.00_)", "USD")]
    [InlineData("[$-804]0.00", "")]
    [InlineData("[$-F800]dddd, mmmm dd, yyyy", "")]
    [InlineData("[Red][$€-407]#,##0", "EUR")]
    [InlineData("[>=10000]#,##0;[Red]#,##0", "")]
    [InlineData("#,##0;[Red]\"$\"#,##0", "")]
    public void A_format_s_currency_is_read_from_its_sign_and_locale(string format, string currency)
    {
        var shown = CellFormatCurrency.Of(format);
        Assert.Equal(currency, shown.Code);
        Assert.Equal(format == "¥#,##0", shown.YenSign);
    }
}
