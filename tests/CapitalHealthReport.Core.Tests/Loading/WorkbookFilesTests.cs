using System.Text;
using CapitalHealthReport.Loading;
using static CapitalHealthReport.Testing.RawWorkbook;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Workbooks as people and programs save them: error values and formulas in cells, hidden sheets, the deals on another
/// sheet than the first, encrypted and old binary workbooks, and files named <c>.xls</c> that are text or web pages.
/// </summary>
public sealed class WorkbookFilesTests
{
    private static string Header => Row(1, TextCell("A1", "date"), TextCell("B1", "company"), TextCell("C1", "amount"), TextCell("D1", "currency"));

    [Fact]
    public void An_error_value_is_read_as_the_text_Excel_shows_so_that_a_broken_amount_or_date_is_rejected_for_what_it_is()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("errors.xlsx", Write(("Deals", false, Header
            + Row(2, NumberCell("A2", 45356, date: true), TextCell("B2", "A"), NumberCell("C2", 1_000_000), TextCell("D2", "USD"))
            + Row(3, NumberCell("A3", 45357, date: true), TextCell("B3", "B"), ErrorCell("C3", "#DIV/0!"), TextCell("D3", "USD"))
            + Row(4, NumberCell("A4", 45358, date: true), TextCell("B4", "C"), ErrorCell("C4", "#N/A"), TextCell("D4", "USD"))
            + Row(5, ErrorCell("A5", "#VALUE!"), TextCell("B5", "D"), NumberCell("C5", 5), TextCell("D5", "USD")))));

        var result = temp.Load(path);

        Assert.Equal(["A", "C"], result.Deals.Deals.Select(static d => d.Company));
        Assert.Equal(1, result.Statistics.Undisclosed);
        Assert.Equal(
            [(DataIssueCodes.AmountNotNumber, 3, "amount"), (DataIssueCodes.DateUnparsable, 5, "date")],
            result.Issues.Select(static i => (i.Code, i.Line, i.Column)));
        Assert.Contains("'#DIV/0!'", result.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("'#VALUE!'", result.Issues[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<c r=\"C9\" t=\"e\"><v>#N/A</v></c>")]
    [InlineData("<c r=\"C9\" t='e'><v>#N/A</v></c>")]
    [InlineData("<c r=\"C9\"><f>A1/0</f></c>")]
    [InlineData("<x:c r=\"C9\"><x:f t=\"shared\" si=\"0\"/></x:c>")]
    public void The_search_that_spares_most_sheets_the_cell_reading_finds_an_error_or_formula_wherever_it_falls(string cell)
    {
        // Sheets are searched in blocks of 1 MB: the cell is placed across the first boundary at every offset.
        const int Block = 1 << 20;
        for (var offset = Block - cell.Length; offset <= Block + 8; offset++)
        {
            var xml = new string(' ', offset) + cell + new string(' ', 64);
            Assert.True(WorkbookParts.MayHoldErrorsOrFormulas(new MemoryStream(Encoding.UTF8.GetBytes(xml))), $"missed at offset {offset}");
        }

        var plain = new string(' ', Block - 4) + "<c r=\"C9\" t=\"s\"><v>7</v></c><c r=\"D9\"><v>1.5</v></c>";
        Assert.False(WorkbookParts.MayHoldErrorsOrFormulas(new MemoryStream(Encoding.UTF8.GetBytes(plain))));
    }

    [Fact]
    public void A_formula_with_a_saved_value_is_read_as_that_value()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("calculated.xlsx", Write(("Deals", false, Header
            + Row(2, NumberCell("A2", 45356, date: true), TextCell("B2", "A"), FormulaCell("C2", "E2*10000", 25_000_000), TextCell("D2", "USD")))));

        Assert.Equal(25_000_000m, Assert.Single(temp.Load(path).Deals.Deals).Amount);
    }

    [Fact]
    public void A_formula_with_no_saved_value_is_refused_at_its_cell_rather_than_read_as_undisclosed()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("uncalculated.xlsx", Write(("Deals", false, Header
            + Row(2, NumberCell("A2", 45356, date: true), TextCell("B2", "A"), NumberCell("C2", 1_000_000), TextCell("D2", "USD"))
            + Row(3, NumberCell("A3", 45357, date: true), TextCell("B3", "B"), FormulaCell("C3", "C2*2"), TextCell("D3", "USD")))));

        var error = Assert.Throws<InputException>(() => temp.Load(path));

        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("holds a formula (=C2*2) with no saved value", error.Message, StringComparison.Ordinal);
        Assert.Contains("save it", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_sheet_the_first_visible_sheet_is_read_and_a_hidden_one_only_when_named()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("hidden.xlsx", Write(
            ("lookup", true, Row(1, TextCell("A1", "code"), TextCell("B1", "name"))),
            ("Deals", false, Header + Row(2, NumberCell("A2", 45356, date: true), TextCell("B2", "A"), NumberCell("C2", 1), TextCell("D2", "USD")))));

        Assert.Equal("A", Assert.Single(temp.Load(path).Deals.Deals).Company);
        var named = Assert.Throws<InputException>(() => temp.Load(path, sheet: "lookup"));
        Assert.Contains("sheet 'lookup' has no 'date' column", named.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_sheet_without_the_deals_columns_is_refused_naming_the_workbook_s_other_sheets()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("notes-first.xlsx", Write(
            ("说明", false, Row(1, TextCell("A1", "本表数据来源：企名片"))),
            ("融资事件", false, Row(1, TextCell("A1", "融资时间"), TextCell("B1", "公司名称"), TextCell("C1", "融资金额")) + Row(2, NumberCell("A2", 45356, date: true), TextCell("B2", "甲科技"), TextCell("C2", "5000万")))));

        var error = Assert.Throws<InputException>(() => temp.Load(path));

        Assert.StartsWith("sheet '说明' has no 'date' column", error.Reason, StringComparison.Ordinal);
        Assert.Contains("If the deals are on another sheet (融资事件), name it with LoadOptions.Sheet.", error.Hint, StringComparison.Ordinal);
        Assert.Contains("If the deals are on another sheet (融资事件), name it with --sheet.", error.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
        Assert.Equal(50_000_000m, Assert.Single(temp.Load(path, sheet: "融资事件").Deals.Deals).Amount);
    }

    [Fact]
    public void An_empty_first_sheet_is_refused_naming_the_other_sheets()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("cover.xlsx", Write(("封面", false, ""), ("Deals", false, Header)));

        var error = Assert.Throws<InputException>(() => temp.Load(path));

        Assert.Contains("sheet '封面' is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("other sheets: Deals", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("protected.xlsx", true, "password-protected (encrypted) workbook")]
    [InlineData("protected.xls", true, "password-protected (encrypted) workbook")]
    [InlineData("old.xlsx", false, "is an old binary Excel (.xls) workbook.")]
    [InlineData("old.xls", false, "is an old binary Excel (.xls) workbook.")]
    public void An_encrypted_or_old_binary_workbook_is_refused_for_what_it_is(string name, bool encrypted, string expected)
    {
        using var temp = new TempDeals();

        // Both are OLE compound files; an encrypted workbook holds its package in a stream named EncryptedPackage.
        var bytes = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }
            .Concat(new byte[504])
            .Concat(Encoding.Unicode.GetBytes(encrypted ? "EncryptionInfo\0EncryptedPackage" : "Workbook"))
            .ToArray();

        var error = Assert.Throws<InputException>(() => temp.Load(temp.WriteBytes(name, bytes)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_xls_that_holds_tab_separated_text_is_read_as_such()
    {
        using var temp = new TempDeals();
        var path = temp.Write("export.xls", "融资时间\t公司名称\t融资金额\n2024-03-05\t甲科技\t5000万\n2024-03-06\t乙科技\t1.2亿\n");

        var result = temp.Load(path);

        Assert.Equal([50_000_000m, 120_000_000m], result.Deals.Deals.Select(static d => d.Amount!.Value));
    }

    [Fact]
    public void A_file_named_xls_that_is_an_xlsx_workbook_is_read_as_one()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("renamed.xls", Write(("Deals", false, Header + Row(2, NumberCell("A2", 45356, date: true), TextCell("B2", "A"), NumberCell("C2", 7), TextCell("D2", "USD")))));

        Assert.Equal(7m, Assert.Single(temp.Load(path).Deals.Deals).Amount);
    }

    [Fact]
    public void A_file_named_xls_that_is_a_web_page_is_refused_as_one()
    {
        using var temp = new TempDeals();
        var path = temp.Write("export.xls", "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table><tr><td>融资时间</td></tr></table></body></html>");

        var error = Assert.Throws<InputException>(() => temp.Load(path));

        Assert.Contains("is a web page (an HTML table) saved under an .xls name", error.Message, StringComparison.Ordinal);
    }
}
