using System.Text.Json;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;
using static CapitalHealthReport.Testing.RawWorkbook;

namespace CapitalHealthReport.Cli.Tests.DataValidate;

/// <summary>
/// <c>data validate</c> and every command say how workbook amount cells were read by the unit their number format shows
/// (<c>0"万元"</c>), with the counts of cells read so, where they say the unit of the amount column's name.
/// </summary>
public sealed class CellFormatUnitReportTests : IDisposable
{
    private readonly TempFolder _folder = new("cell-units");

    private static string Header(string amount) => Row(1, TextCell("A1", "date"), TextCell("B1", "company"), TextCell("C1", amount));

    private static string Deal(int row, double stored, int? format) =>
        Row(row, NumberCell($"A{row}", 45356 + row, date: true), TextCell($"B{row}", $"Co{row}"), format is { } f ? FormattedCell($"C{row}", stored, f) : NumberCell($"C{row}", stored));

    [Fact]
    public void Validate_counts_the_cells_read_in_their_format_s_unit_the_unit_applied_once_and_the_rows_whose_units_conflict()
    {
        // 500万元 twice under 融资金额（万元）, 1.5亿 under the same name, and a plain 300.
        var deals = Write("named.xlsx", ["0\"万元\"", "0.00\"亿\""], Header("融资金额（万元）") + Deal(2, 500, 0) + Deal(3, 800, 0) + Deal(4, 1.5, 1) + Deal(5, 300, null));

        var text = InProcess.Run(["data", "validate", "--deals", deals]);
        var json = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("  amount unit          万元 (× 10,000, CNY) from the amount column's name", text.Stdout, StringComparison.Ordinal);
        Assert.Contains(
            "  cell format units    万元 (× 10,000) for 2 cells read as the number shown times the unit their number format shows (2 in the unit the column's name gives too, applied once); 1 row rejected: the number format shows another unit than the column's name (first on line 4: 亿 shown, 万元 named; CHD014); 1 cell shows no unit by its number format (first on line 5)",
            text.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("named.xlsx:4: warning CHD014: row rejected: the amount cell shows 1.5 亿 (× 100,000,000) by its number format", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 amount cells show their unit by the number format (0\"万元\", #,##0.0,,\"M\"): read as the number shown times the unit shown (万元 × 10,000 for 2), 2 in the unit the column's name gives too, applied once.", text.Stdout, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(json.Stdout);
        var units = document.RootElement.GetProperty("cell_format_units");
        Assert.Equal(10_000, units.GetProperty("cells").GetProperty("万元").GetProperty("scale").GetInt32());
        Assert.Equal(2, units.GetProperty("cells").GetProperty("万元").GetProperty("cells").GetInt32());
        Assert.Equal(2, units.GetProperty("same_as_name_cells").GetInt32());
        Assert.Equal(1, units.GetProperty("conflicting_rows").GetInt32());
        Assert.Equal((4, "亿", "万元"), (units.GetProperty("first_conflict").GetProperty("line").GetInt32(), units.GetProperty("first_conflict").GetProperty("shown").GetString(), units.GetProperty("first_conflict").GetProperty("named").GetString()));
        Assert.Equal(1, units.GetProperty("plain_cells").GetInt32());
        Assert.Single(document.RootElement.GetProperty("notes").EnumerateArray(), static n => n.GetProperty("code").GetString() == "amount-unit-from-cell-format");
    }

    [Fact]
    public void Cells_without_a_unit_beside_cells_that_show_one_are_read_as_plain_numbers_with_a_warning()
    {
        var deals = Write("mixed.xlsx", ["0\"万元\"", "#,##0,"], Header("amount") + Deal(2, 500, 0) + Deal(3, 3_000_000, null) + Deal(4, 7_000_000, 1));

        var json = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);
        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024", "--format", "json"]);

        using var document = JsonDocument.Parse(json.Stdout);
        var notes = document.RootElement.GetProperty("notes").EnumerateArray().ToDictionary(static n => n.GetProperty("code").GetString()!, static n => n.GetProperty("message").GetString()!);
        Assert.Contains("1 shown in thousands by trailing commas with no unit named anywhere, read as stored", notes["amount-unit-from-cell-format"], StringComparison.Ordinal);
        Assert.Equal(
            "1 amount cell shows no unit by the number format while 1 show one (first on line 3): read as plain numbers; if they are in the same unit, give them its number format or name the unit in the column's name.",
            notes["cell-format-unit-mixed"]);
        Assert.Equal(1, document.RootElement.GetProperty("cell_format_units").GetProperty("thousands_as_stored_cells").GetInt32());
        Assert.Contains("warning: 1 amount cell shows no unit by the number format", metrics.Stderr, StringComparison.Ordinal);
        using var values = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal(15_000_000m, values.RootElement.GetProperty("scopes")[0].GetProperty("metrics").GetProperty("total_amount").GetDecimal());
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string[] formats, string rows)
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, RawWorkbook.Write(formats, ("Deals", false, rows)));
        return path;
    }
}
