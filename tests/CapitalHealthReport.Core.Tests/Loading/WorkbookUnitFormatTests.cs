using CapitalHealthReport.Loading;
using static CapitalHealthReport.Testing.RawWorkbook;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Amount cells that keep a plain number and show its unit by their number format (500 shown as <c>500万元</c> by
/// <c>0"万元"</c>, 2,500,000 as <c>2.5M</c> by <c>#,##0.0,,"M"</c>): the amount is the number shown times the unit shown,
/// as a reader of the sheet (and its CSV export) reads it, never the stored number alone.
/// </summary>
public sealed class WorkbookUnitFormatTests
{
    private static string Header(string amount = "amount") => Row(1, TextCell("A1", "date"), TextCell("B1", "company"), TextCell("C1", amount));

    private static string Deal(int row, double stored, int format) =>
        Row(row, NumberCell($"A{row}", 45356 + row, date: true), TextCell($"B{row}", $"Co{row}"), FormattedCell($"C{row}", stored, format));

    private static string PlainDeal(int row, double stored) =>
        Row(row, NumberCell($"A{row}", 45356 + row, date: true), TextCell($"B{row}", $"Co{row}"), NumberCell($"C{row}", stored));

    private static LoadResult Load(TempDeals temp, string[] formats, string rows, string? mapping = null) =>
        temp.Load(temp.WriteBytes("units.xlsx", Write(formats, ("Deals", false, rows))), mapping is null ? null : temp.Write("m.yaml", mapping));

    private static decimal?[] Amounts(LoadResult result) => [.. result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount)];

    [Theory]
    [InlineData("0\"万元\"", 500, 5_000_000, "CNY")]
    [InlineData("#,##0.00\"亿\"", 1.5, 150_000_000, "CNY")]
    [InlineData("#,##0.00\"亿元\"", 2.25, 225_000_000, "CNY")]
    [InlineData("0万元", 500, 5_000_000, "CNY")]
    [InlineData("0.0\"M\"", 2.5, 2_500_000, "CNY")]
    [InlineData("#,##0.0,,\"M\"", 2_500_000, 2_500_000, "CNY")]
    [InlineData("#,##0,\"K\"", 750_000, 750_000, "CNY")]
    [InlineData("#,##0,\"千\"", 750_000, 750_000, "CNY")]
    [InlineData("0.0\\M", 12.5, 12_500_000, "CNY")]
    [InlineData("\"$\"#,##0.0\"M\"", 3, 3_000_000, "USD")]
    [InlineData("$#,##0.0,,\"M\"", 3_000_000, 3_000_000, "USD")]
    [InlineData("[$¥-804]0\"万元\"", 500, 5_000_000, "CNY")]
    [InlineData("0\"万美元\"", 500, 5_000_000, "USD")]
    [InlineData("[$€-407] #,##0.0\" Mio.\"", 1.5, 1_500_000, "EUR")]
    public void An_amount_cell_is_the_number_its_format_shows_times_the_unit_shown(string format, double stored, double amount, string currency)
    {
        using var temp = new TempDeals();

        var result = Load(temp, [format], Header() + Deal(2, stored, 0) + Deal(3, stored * 2, 0));

        Assert.Equal([(decimal)amount, 2 * (decimal)amount], Amounts(result));
        Assert.All(result.Deals.Deals, d => Assert.Equal(currency, d.Currency));
        Assert.Empty(result.Issues);
        var units = result.Profile.CellFormatUnits;
        Assert.Equal(2, units.ReadCells);
        Assert.Equal(0, units.Plain);
    }

    [Theory]
    [InlineData("#,##0")]
    [InlineData("0.00")]
    [InlineData("\"$\"#,##0")]
    [InlineData("#,##0\"元\"")]
    [InlineData("#,##0_);[Red]\\(#,##0\\)")]
    [InlineData("0\" deals\"")]
    public void A_format_that_shows_no_unit_leaves_the_stored_number_as_it_is(string format)
    {
        using var temp = new TempDeals();

        var result = Load(temp, [format], Header() + Deal(2, 3_500_000, 0));

        Assert.Equal([3_500_000m], Amounts(result));
        Assert.False(result.Profile.CellFormatUnits.Any);
        Assert.Equal(1, result.Profile.CellFormatUnits.Plain);
    }

    [Fact]
    public void The_column_name_s_unit_shown_again_by_the_format_is_applied_once()
    {
        using var temp = new TempDeals();

        var result = Load(temp, ["0\"万元\"", "0.0\"万\""], Header("融资金额（万元）") + Deal(2, 500, 0) + Deal(3, 12.5, 1) + PlainDeal(4, 300));

        // 500万元, 12.5万 and a plain 300 in a column of 万元: five million, 125,000 and three million yuan.
        Assert.Equal([5_000_000m, 125_000m, 3_000_000m], Amounts(result));
        Assert.All(result.Deals.Deals, static d => Assert.Equal("CNY", d.Currency));
        var units = result.Profile.CellFormatUnits;
        Assert.Equal(new Dictionary<string, int> { ["万"] = 1, ["万元"] = 1 }, units.Read);
        Assert.Equal(2, units.SameAsName);
        Assert.Equal((1, 4), (units.Plain, units.FirstPlainLine));
    }

    [Fact]
    public void A_format_whose_unit_differs_from_the_column_name_s_rejects_its_row_naming_both()
    {
        using var temp = new TempDeals();

        var result = Load(temp, ["0.00\"亿\"", "0\"万元\""], Header("融资金额（万元）") + Deal(2, 1.5, 0) + Deal(3, 500, 1) + PlainDeal(4, 300));

        var rejected = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.AmountUnitConflict, 2, "融资金额（万元）"), (rejected.Code, rejected.Line, rejected.Column));
        Assert.Contains("shows 1.5 亿 (× 100,000,000) by its number format (0.00\"亿\"), but the column's name gives 万元 (× 10,000, CNY)", rejected.Message, StringComparison.Ordinal);
        Assert.Equal([5_000_000m, 3_000_000m], Amounts(result));
        var units = result.Profile.CellFormatUnits;
        Assert.Equal((1, new CellFormatUnitConflict(2, "亿", "万元")), (units.Conflicts, units.FirstConflict));
    }

    [Fact]
    public void Thousands_a_format_takes_off_are_read_in_the_column_name_s_unit_or_as_stored_when_none_is_named()
    {
        using var temp = new TempDeals();

        // 5,000,000 shown as "5.0" (two trailing commas) in a column of millions of dollars; as "5,000" with no unit anywhere.
        var named = Load(temp, ["#,##0.0,,"], Header("Amount (USD M)") + Deal(2, 5_000_000, 0));
        var unnamed = Load(temp, ["#,##0,"], Header() + Deal(2, 5_000_000, 0));

        Assert.Equal([5_000_000m], Amounts(named));
        Assert.Equal("USD", Assert.Single(named.Deals.Deals).Currency);
        Assert.Equal(1, named.Profile.CellFormatUnits.ThousandsInNamedUnit);
        Assert.Equal([5_000_000m], Amounts(unnamed));
        Assert.Equal(1, unnamed.Profile.CellFormatUnits.ThousandsAsStored);
    }

    [Fact]
    public void A_column_whose_cells_show_a_unit_and_cells_that_show_none_is_read_cell_by_cell_and_counted()
    {
        using var temp = new TempDeals();

        var result = Load(temp, ["0\"万元\""], Header() + Deal(2, 500, 0) + PlainDeal(3, 3_000_000) + Deal(4, 80, 0));

        Assert.Equal([5_000_000m, 3_000_000m, 800_000m], Amounts(result));
        var units = result.Profile.CellFormatUnits;
        Assert.Equal(new Dictionary<string, int> { ["万元"] = 2 }, units.Read);
        Assert.Equal((1, 3), (units.Plain, units.FirstPlainLine));
    }

    [Fact]
    public void A_text_cell_keeps_its_own_unit_whatever_its_format_shows()
    {
        using var temp = new TempDeals();
        var text = Row(3, NumberCell("A3", 45360, date: true), TextCell("B3", "Text"), "<c r=\"C3\" s=\"2\" t=\"inlineStr\"><is><t>1.2亿</t></is></c>");

        var result = Load(temp, ["0\"万元\""], Header() + Deal(2, 500, 0) + text);

        Assert.Equal([5_000_000m, 120_000_000m], Amounts(result));
        Assert.Equal(1, result.Profile.CellFormatUnits.ReadCells);
    }

    [Fact]
    public void An_amount_the_unit_shown_makes_too_large_is_rejected_as_out_of_range_saying_what_the_cell_shows()
    {
        using var temp = new TempDeals();

        var result = Load(temp, ["0\"亿\""], Header() + Deal(2, 1e10, 0) + Deal(3, 2, 0));

        var rejected = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.AmountOutOfRange, 2), (rejected.Code, rejected.Line));
        Assert.Contains("shown by its number format as 10,000,000,000 亿 (× 100,000,000)", rejected.Message, StringComparison.Ordinal);
        Assert.Equal([200_000_000m], Amounts(result));
    }

    [Theory]
    [InlineData("0\"万元\"", 10_000, 0)]
    [InlineData("#,##0.00\"亿\"", 100_000_000, 0)]
    [InlineData("0\"百万\"", 1_000_000, 0)]
    [InlineData("0\"千万\"", 10_000_000, 0)]
    [InlineData("0.0\"mn\"", 1_000_000, 0)]
    [InlineData("0.0\"MM\"", 1_000_000, 0)]
    [InlineData("0.0\"mio\"", 1_000_000, 0)]
    [InlineData("0.0\"B\"", 1_000_000_000, 0)]
    [InlineData("0.0\"bn\"", 1_000_000_000, 0)]
    [InlineData("#,##0,\"k\"", 1_000, 1)]
    [InlineData("#,##0.0,,\"M\"", 1_000_000, 2)]
    [InlineData("General\"万元\"", 10_000, 0)]
    [InlineData("#,##0.0,,", 1, 2)]
    [InlineData("0.00,", 1, 1)]
    [InlineData("0.0,,\"M\";[Red]-0.0,,\"M\"", 1_000_000, 2)]
    [InlineData("_($* #,##0.0,,\"M\"_)", 1_000_000, 2)]
    [InlineData("[Red][$€-407]#,##0,\"K\"", 1_000, 1)]
    [InlineData("[$-804]0\"万元\"", 10_000, 0)]
    public void A_format_s_unit_is_read_with_the_amount_parser_s_words_and_its_trailing_commas_counted(string format, double scale, int commas)
    {
        var shown = CellFormatUnit.Of(format);

        Assert.Equal((decimal)scale, shown.Unit?.Scale ?? 1m);
        Assert.Equal(commas, shown.Commas);
    }

    [Theory]
    [InlineData("\"$\"#,##0.0\"M\"", "M", "USD")]
    [InlineData("[$€-407] #,##0.0\" Mio.\"", "Mio.", null)]
    [InlineData("0\"万美元\"", "万美元", "USD")]
    [InlineData("#,##0.0\\M\\M", "MM", null)]
    [InlineData("0万元", "万元", "CNY")]
    [InlineData("0\"万\"\"元\"", "万", "CNY")]
    public void A_format_s_unit_is_named_as_the_format_writes_it_without_a_currency_shown_apart(string format, string text, string? currency)
    {
        var unit = CellFormatUnit.Of(format).Unit;

        Assert.Equal((text, currency), (unit?.Text, unit?.Currency));
    }

    [Theory]
    [InlineData("#,##0")]
    [InlineData("#,##0.00")]
    [InlineData("0,000")]
    [InlineData("\"$\"#,##0")]
    [InlineData("[>=10000]0!.0,\"万\";0")]
    [InlineData("0!.0,\"万\"")]
    [InlineData("0\"元/股\"")]
    [InlineData("_$#,##0")]
    [InlineData("*$#,##0")]
    [InlineData("* $#,##0")]
    [InlineData("_(* #,##0_)")]
    [InlineData("_($* #,##0.00_)")]
    [InlineData("[$-804]0.00")]
    [InlineData("_M#,##0")]
    [InlineData("*万#,##0")]
    public void A_format_that_shows_no_unit_or_cannot_be_read_as_a_scaled_number_is_none(string format) =>
        Assert.Same(CellFormatUnit.None, CellFormatUnit.Of(format));

    [Fact]
    public void A_format_whose_sections_name_different_units_is_read_by_its_first_section_the_one_positive_amounts_show()
    {
        // Amounts are positive, so every amount a cell holds is shown by the first section: 500 as 500万元.
        var shown = CellFormatUnit.Of("0\"万元\";-0\"亿\"");

        Assert.Equal(("万元", 10_000m), (shown.Unit?.Text, shown.Unit?.Scale));
        Assert.Same(CellFormatUnit.None, CellFormatUnit.Of("0;-0\"亿\""));
    }
}
