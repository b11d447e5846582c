using Parquet;
using Parquet.Schema;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Numbers stored as numbers (XLSX number cells, JSON numbers, numeric Parquet columns) have no locale: they are read
/// as written, and neither decide nor follow the decimal separator of the amounts written as text beside them.
/// </summary>
public sealed class TypedNumbersTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("decimal_separator: \",\"\n")]
    public void Xlsx_number_cells_beside_text_with_a_decimal_comma_are_read_as_numbers(string? mapping)
    {
        using var temp = new TempDeals();
        var path = Path.Combine(temp.Folder, "multi.xlsx");
        var rows = new[]
        {
            new Dictionary<string, object> { ["date"] = "2024-03-05", ["company"] = "A", ["amount"] = 1234567.89, ["currency"] = "EUR" },
            new Dictionary<string, object> { ["date"] = "2024-03-06", ["company"] = "B", ["amount"] = "2,5 Mio. €", ["currency"] = "EUR" },
            new Dictionary<string, object> { ["date"] = "2024-03-07", ["company"] = "C", ["amount"] = 1.5, ["currency"] = "EUR" },
        };
        MiniExcelLibs.MiniExcel.SaveAs(path, rows);

        var result = temp.Load(path, mapping is null ? null : temp.Write("m.yaml", mapping));

        Assert.Empty(result.Issues);
        Assert.Equal([1234567.89m, 2_500_000m, 1.5m], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount));
        Assert.StartsWith("decimal ','", result.Profile.NumberFormat!.Format, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_numbers_beside_text_with_a_decimal_comma_are_read_as_numbers()
    {
        using var temp = new TempDeals();
        var deals = temp.Write(
            "n.jsonl",
            """
            {"date":"2024-03-05","company":"J1","amount":1500000.5,"currency":"EUR"}
            {"date":"2024-03-06","company":"J2","amount":"2,5 Mio.","currency":"EUR"}
            {"date":"2024-03-07","company":"J3","amount":0.1,"currency":"EUR"}
            {"date":"2024-03-08","company":"J4","amount":"707.630","currency":"EUR"}
            """);

        var result = temp.Load(deals);

        Assert.Empty(result.Issues);
        Assert.Equal([1500000.5m, 2_500_000m, 0.1m, 707_630m], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount));
    }

    [Fact]
    public async Task A_numeric_parquet_column_is_read_as_numbers_whatever_the_mapping_s_decimal_separator()
    {
        using var temp = new TempDeals();
        var schema = new ParquetSchema(new DataField<string>("date"), new DataField<string>("company"), new DataField<double>("amount"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], ["2024-01-05", "2024-02-05"]);
            await group.WriteAsync(schema.DataFields[1], ["Alpha", "Beta"]);
            await group.WriteAsync<double>(schema.DataFields[2], new double[] { 1234567.89, 0.5 }, cancellationToken: TestContext.Current.CancellationToken);
        }

        var result = temp.Load(temp.WriteBytes("n.parquet", stream.ToArray()), temp.Write("m.yaml", "currency: EUR\ndecimal_separator: \",\"\nthousands_separator: \".\"\n"));

        Assert.Empty(result.Issues);
        Assert.Equal([1234567.89m, 0.5m], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount));
    }
}
