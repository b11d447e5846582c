using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using Parquet;
using Parquet.Schema;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Exports joined into one file (<c>cat a.csv b.csv</c>, JSON Lines appended) keep each part's byte-order mark, and a
/// mark pasted into a cell is as invisible: no U+FEFF survives into a column name or a value, in any format.
/// </summary>
public sealed class ByteOrderMarkTests : IDisposable
{
    private const string Bom = "\uFEFF";
    private readonly TempDeals _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_part_joined_without_its_header_keeps_no_mark_in_its_first_value()
    {
        var result = _temp.LoadCsv(Bom + "company,date,amount,currency\nAlpha,2025-03-05,100,USD\n" + Bom + "Beta,2025-03-06,200,USD\n");

        Assert.Empty(result.Issues);
        Assert.Equal(["Alpha", "Beta"], Deals(result).Select(static d => d.Company));
        AssertNoMark(result);
    }

    [Fact]
    public void A_part_joined_with_its_header_names_the_same_company_as_the_first()
    {
        var header = "company,date,amount,currency\n";
        var result = _temp.LoadCsv(Bom + header + "Alpha,2025-03-05,100,USD\n" + Bom + header + "Alpha,2025-03-06,200,USD\n" + Bom + "Alpha,2025-03-07,300,USD\n");

        Assert.Equal(DataIssueCodes.NotADeal, Assert.Single(result.Issues).Code);
        Assert.Single(Deals(result).Select(static d => d.CompanyKey).Distinct());
        AssertNoMark(result);
    }

    [Fact]
    public void A_mark_inside_a_cell_is_removed_from_every_field()
    {
        var result = _temp.LoadCsv(
            "company,date,amount,currency,sector,stage,investors\n" +
            $"Al{Bom}pha,2025-03-05,{Bom}200,{Bom}USD,Fin{Bom}tech,Series{Bom} A,{Bom}Sequoia;{Bom}Accel\n" +
            "Alpha,2025-03-06,100,USD,Fintech,Series A,Sequoia\n");

        Assert.Empty(result.Issues);
        var first = Deals(result)[0];
        Assert.Equal(("Alpha", 200m, "USD", Stage.A), (first.Company, first.Amount!.Value, first.Currency, first.Stage));
        Assert.Equal(["Sequoia", "Accel"], first.Investors);
        Assert.Equal(Deals(result)[1].CompanyKey, first.CompanyKey);
        AssertNoMark(result);
    }

    [Fact]
    public void A_field_joined_from_several_columns_is_read_when_a_part_begins_with_a_mark()
    {
        var csv = Bom + "round_type,round_code,company,date,amount,currency\nventure,b,Alpha,2025-03-05,100,USD\n" + Bom + "venture,c,Beta,2025-03-06,200,USD\n";

        var result = _temp.LoadCsv(csv, mapping: "columns:\n  stage: [round_type, round_code]\n");

        Assert.Equal([Stage.B, Stage.C], Deals(result).Select(static d => d.Stage));
        AssertNoMark(result);
    }

    [Fact]
    public void Json_lines_appended_with_their_marks_are_read_line_by_line()
    {
        var path = _temp.Write(
            "deals.jsonl",
            Bom + """{"company":"Alpha","date":"2025-03-05","amount":100,"currency":"USD"}""" + "\n" +
            Bom + """{"company":"Beta","date":"2025-03-06","amount":200,"currency":"USD"}""" + "\n" +
            Bom + "\n");

        var result = _temp.Load(path);

        Assert.Empty(result.Issues);
        Assert.Equal(["Alpha", "Beta"], Deals(result).Select(static d => d.Company));
        Assert.Equal(1, result.Statistics.BlankLines);
    }

    [Fact]
    public void A_mark_written_as_a_json_escape_is_no_part_of_a_key_or_a_value()
    {
        var path = _temp.Write(
            "deals.jsonl",
            """
            {"\ufeffcompany":"\ufeffAlpha","date":"2025-03-05","amount":"\ufeff100","currency":"USD"}
            {"company":"Beta","date":"2025-03-06","amount":200,"currency":"USD"}

            """);

        var result = _temp.Load(path);

        Assert.Empty(result.Issues);
        Assert.Equal(["Alpha", "Beta"], Deals(result).Select(static d => d.Company));
        Assert.Equal(100m, Deals(result)[0].Amount);
        AssertNoMark(result);
    }

    [Fact]
    public async Task A_parquet_column_named_after_a_csv_read_with_its_mark_is_matched_by_its_name()
    {
        // pandas.read_csv(encoding="utf-8") keeps a CSV's mark in its first column's name, and to_parquet writes it.
        var cancel = TestContext.Current.CancellationToken;
        var schema = new ParquetSchema(new DataField<string>(Bom + "date"), new DataField<string>("company"), new DataField<string>("amount"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancel))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], ["2025-03-05"]);
            await group.WriteAsync(schema.DataFields[1], [Bom + "Alpha"]);
            await group.WriteAsync(schema.DataFields[2], ["100"]);
        }

        var result = _temp.Load(_temp.WriteBytes("deals.parquet", stream.ToArray()), _temp.Write("m.yaml", "currency: USD\n"));

        Assert.Equal("Alpha", Assert.Single(result.Deals.Deals).Company);
        AssertNoMark(result);
    }

    private static List<Deal> Deals(LoadResult result) => [.. result.Deals.Deals.OrderBy(static d => d.SourceLine)];

    private static void AssertNoMark(LoadResult result)
    {
        foreach (var deal in result.Deals.Deals)
        {
            string?[] texts = [deal.Id, deal.Company, deal.CompanyKey, deal.Sector, deal.Subsector, deal.Currency, deal.Region, deal.Country, .. deal.Investors];
            Assert.All(texts, static t => Assert.DoesNotContain(Bom, t ?? "", StringComparison.Ordinal));
        }

        Assert.All(result.Issues, static i => Assert.DoesNotContain(Bom, i.Message, StringComparison.Ordinal));
    }
}
