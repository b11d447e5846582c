using CapitalHealthReport.Limits;
using CapitalHealthReport.Loading;
using static CapitalHealthReport.Testing.RawWorkbook;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Sheets shaped as people leave them: a stray formatted cell far from the table, more columns than a deals sheet has,
/// values typed right of the header.
/// </summary>
public sealed class WorkbookShapeTests
{
    private static string Header => Row(1, TextCell("A1", "date"), TextCell("B1", "company"), TextCell("C1", "amount"));

    private static string Deal(int row) => Row(row, NumberCell($"A{row}", 45356 + row, date: true), TextCell($"B{row}", $"Co{row}"), NumberCell($"C{row}", 1_000_000 * row));

    [Fact]
    public async Task A_stray_formatted_cell_at_XFD1048576_costs_nothing_the_sheet_is_read_to_its_last_value()
    {
        // Excel's used range counts the stray cell: 16,384 columns by 1,048,576 rows, 17 billion cells of nothing.
        using var temp = new TempDeals();
        var path = temp.WriteBytes("stray.xlsx", Write(("Deals", false, Dimension("A1:XFD1048576") + Header + Deal(2) + Deal(3) + Deal(4) + "<row r=\"1048576\">" + EmptyCell("XFD1048576") + "</row>")));

        var result = await Task.Run(() => temp.Load(path), TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(["Co2", "Co3", "Co4"], result.Deals.Deals.Select(static d => d.Company));
        Assert.Equal(3, result.Statistics.RowsRead);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void A_sheet_with_values_in_more_columns_than_the_limit_is_refused_at_the_first_naming_the_flag()
    {
        using var temp = new TempDeals();
        var wide = string.Concat(Enumerable.Range(4, 300).Select(static c => NumberCell($"{ColumnLetters.Of(c)}3", c)));
        var path = temp.WriteBytes("wide.xlsx", Write(("Deals", false, Header + Deal(2) + Row(3, NumberCell("A3", 45360, date: true), TextCell("B3", "Wide"), wide))));
        var options = new LoadOptions { DealsPath = path, Limits = ResourceLimits.Default with { MaxColumns = 100 } };

        var error = Assert.Throws<LimitExceededException>(() => DealLoader.Load(options, TempDeals.Reference));

        Assert.Equal("--max-columns", error.Flag);
        Assert.Equal(3, error.Line);
        Assert.Contains("sheet 'Deals' holds values in more than 100 columns (cell CW3; the last column holding one, up to that row, is KQ)", error.Message, StringComparison.Ordinal);
        Assert.Single(DealLoader.Load(new LoadOptions { DealsPath = path, Limits = ResourceLimits.Default with { MaxColumns = 303 } }, TempDeals.Reference).Issues);
    }

    [Fact]
    public void A_sheet_of_16384_columns_is_refused_at_its_header_row_without_its_rows_being_read()
    {
        // Every column of the sheet named and filled, as a dump of a wide table saves it: refused at the header's cell
        // past the limit, naming the row's last column holding a value.
        using var temp = new TempDeals();
        static string Name(int column) => column switch { 1 => "date", 2 => "company", 3 => "amount", _ => "field" + column };
        var header = Row(1, [.. Enumerable.Range(1, 16_384).Select(static c => TextCell($"{ColumnLetters.Of(c)}1", Name(c)))]);
        var rows = string.Concat(Enumerable.Range(2, 30).Select(static r => Row(r, [.. Enumerable.Range(1, 16_384).Select(c => NumberCell($"{ColumnLetters.Of(c)}{r}", (r * 16_384) + c))])));
        var path = temp.WriteBytes("wide.xlsx", Write(("Deals", false, Dimension("A1:XFD31") + header + rows)));

        var error = Assert.Throws<LimitExceededException>(() => DealLoader.Load(new LoadOptions { DealsPath = path }, TempDeals.Reference));

        Assert.Equal(("--max-columns", 1), (error.Flag, error.Line));
        Assert.Contains("wide.xlsx:1: sheet 'Deals' holds values in more than 10,000 columns (cell NTQ1; the last column holding one, up to that row, is XFD).", error.Message, StringComparison.Ordinal);
        Assert.Contains("raise the limit with ResourceLimits.MaxColumns", error.Message, StringComparison.Ordinal);
        Assert.Contains("raise the limit with --max-columns", error.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
    }

    [Fact]
    public void Values_right_of_the_header_are_reported_once_with_their_column_and_first_row()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("notes.xlsx", Write(("Deals", false, Header + Deal(2) + Deal(3)
            + Row(4, NumberCell("A4", 45360, date: true), TextCell("B4", "Co4"), NumberCell("C4", 4), TextCell("E4", "lead: Sequoia"))
            + Row(5, NumberCell("A5", 45361, date: true), TextCell("B5", "Co5"), NumberCell("C5", 5), TextCell("E5", "lead: Accel"), TextCell("G5", "check")))));

        var result = temp.Load(path);

        Assert.Equal(4, result.Statistics.RowsLoaded);
        var warning = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.ExtraFields, 4), (warning.Code, warning.Line));
        Assert.Contains("columns E and G have no name in the header (row 1) but hold values, the first at E4; they are not read.", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    [InlineData(16_384, "XFD")]
    public void Column_letters_are_Excel_s(int column, string letters) => Assert.Equal(letters, ColumnLetters.Of(column));
}
