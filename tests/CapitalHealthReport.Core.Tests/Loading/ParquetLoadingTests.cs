using CapitalHealthReport.Limits;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Testing;
using Parquet;
using Parquet.Schema;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Parquet files load through the same mapping, row limits and messages as the other formats. The fixture
/// <c>Fixtures/indian-rounds.parquet</c> was written with Parquet.Net: typed columns (int64 id, DATE, double amount
/// in INR with one null), two row groups of 4 and 3 rows, the sixth row holding only its id and date.
/// </summary>
public sealed class ParquetLoadingTests
{
    private const string Mapping = """
        currency: INR
        columns:
          id: deal_id
          date: announced_on
          company: startup
          sector: industry
          stage: round
          amount: amount_inr
          region: state
        """;

    private static string Fixture => Path.Combine(RepositoryPaths.TestProject("CapitalHealthReport.Core.Tests"), "Loading", "Fixtures", "indian-rounds.parquet");

    [Fact]
    public void Loads_a_typed_Parquet_export_across_row_groups_with_the_counts_and_amounts_read_off_the_file()
    {
        using var temp = new TempDeals();
        var result = temp.Load(Fixture, temp.Write("mapping.yaml", Mapping));

        var s = result.Statistics;
        Assert.Equal("parquet", s.Format);
        Assert.Equal(7, s.RowsRead);
        Assert.Equal(6, s.RowsLoaded);
        Assert.Equal(1, s.RowsRejected);
        Assert.Equal(1, s.Undisclosed);
        var rejected = Assert.Single(result.Issues);
        Assert.Equal(7, rejected.Line);
        Assert.Contains("the company name is empty", rejected.Message, StringComparison.Ordinal);

        var deals = result.Deals.Deals.OrderBy(d => d.SourceLine).ToList();
        Assert.Equal(["101", "102", "103", "104", "105", "107"], deals.Select(d => d.Id));
        Assert.Equal(new DateOnly(2019, 10, 3), deals[0].Date);
        Assert.Equal(25_000_000m, deals[0].Amount);
        Assert.Null(deals[1].Amount);
        Assert.Equal(1_200_000_000m, deals[2].Amount);
        Assert.All(deals, d => Assert.Equal("INR", d.Currency));
        Assert.Equal([Stage.Seed, Stage.PreA, Stage.A, Stage.B, Stage.EPlus, Stage.A], deals.Select(d => d.Stage));
        Assert.Equal("Karnataka", deals[0].Region);
        Assert.Equal("IN", result.Profile.Country);
        Assert.Equal("INR", result.Profile.SingleCurrency);
        Assert.Equal(new DateOnly(2020, 1, 13), result.LastPlausibleDate);
    }

    [Fact]
    public void A_file_named_parquet_that_is_not_one_is_refused_with_what_to_do()
    {
        using var temp = new TempDeals();
        var path = temp.Write("deals.parquet", "id,date,company\n1,2024-01-01,A\n");
        var error = Assert.Throws<InputException>(() => temp.Load(path));
        Assert.Contains("deals.parquet: is not a Parquet file", error.Message, StringComparison.Ordinal);
        Assert.Contains("'format: csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_Parquet_file_is_an_input_error_not_a_crash()
    {
        using var temp = new TempDeals();
        var bytes = File.ReadAllBytes(Fixture);
        bytes.AsSpan(4, bytes.Length - 12).Fill(0x5A);
        var error = Assert.Throws<InputException>(() => temp.Load(temp.WriteBytes("damaged.parquet", bytes)));
        Assert.Contains("damaged.parquet: could not be read as a Parquet file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_column_gives_its_values_as_the_deal_s_investors()
    {
        // Data tools write investors as a list<string>: [Sequoia, Matrix], [] and null give two, none and none.
        using var temp = new TempDeals();
        var investors = new ListField("investors", new DataField<string>("element"));
        var schema = new ParquetSchema(new DataField<string>("date"), new DataField<string>("company"), new DataField<double>("amount"), investors);
        var cancel = TestContext.Current.CancellationToken;
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancel))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], ["2024-01-05", "2024-02-05", "2024-03-05"]);
            await group.WriteAsync(schema.DataFields[1], ["Alpha", "Beta", "Gamma"]);
            await group.WriteAsync<double>(schema.DataFields[2], new double[] { 5_000_000, 2_000_000, 1_000_000 }, cancellationToken: cancel);
            await group.WriteAsync(schema.DataFields[3], ["Sequoia", "Matrix", null!, "Accel"], new int[] { 0, 1, 0, 0 });
        }

        var result = temp.Load(temp.WriteBytes("lists.parquet", stream.ToArray()), temp.Write("m.yaml", "currency: USD\n"));

        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal(3, deals.Count);
        Assert.Equal(["Sequoia", "Matrix"], deals[0].Investors);
        Assert.Empty(deals[1].Investors);
        Assert.Equal(["Accel"], deals[2].Investors);
    }

    [Fact]
    public async Task A_list_column_claiming_more_values_than_deals_can_hold_is_refused_before_they_are_read()
    {
        // One row whose list holds 1,000 values: a table in a cell, or a damaged footer; held to a bound before allocating.
        using var temp = new TempDeals();
        var investors = new ListField("investors", new DataField<string>("element"));
        var schema = new ParquetSchema(new DataField<string>("date"), new DataField<string>("company"), investors);
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], ["2024-01-05"]);
            await group.WriteAsync(schema.DataFields[1], ["Alpha"]);
            await group.WriteAsync(schema.DataFields[2], [.. Enumerable.Range(0, 1000).Select(static i => "Fund " + i)], Enumerable.Range(0, 1000).Select(static i => i == 0 ? 0 : 1).ToArray());
        }

        var error = Assert.Throws<InputException>(() => temp.Load(temp.WriteBytes("wide.parquet", stream.ToArray())));

        Assert.Contains("could not be read as a Parquet file (column 'investors' claims 1000 values for 1 rows)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_of_nested_groups_the_mapping_does_not_read_is_left_unread()
    {
        using var temp = new TempDeals();
        var schema = new ParquetSchema(new DataField<string>("date"), new DataField<string>("company"), new StructField("lead", new DataField<string>("name"), new DataField<string>("country")));
        var path = temp.WriteBytes("nested.parquet", await WithLead(schema));

        var result = temp.Load(path, temp.Write("m.yaml", "currency: USD\n"));

        Assert.Equal(["Alpha", "Beta"], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Company));
        Assert.All(result.Deals.Deals, static d => Assert.Empty(d.Investors));
    }

    [Fact]
    public async Task A_column_of_nested_groups_the_mapping_reads_is_refused_naming_it_its_field_and_its_type()
    {
        using var temp = new TempDeals();
        var schema = new ParquetSchema(new DataField<string>("date"), new DataField<string>("company"), new StructField("lead", new DataField<string>("name"), new DataField<string>("country")));
        var path = temp.WriteBytes("nested.parquet", await WithLead(schema));

        var error = Assert.Throws<InputException>(() => temp.Load(path, temp.Write("m.yaml", "columns:\n  investors: lead\n")));

        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Contains("column 'lead', read as the investors, holds struct<name: string, country: string>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_more_columns_than_the_limit_is_refused_before_any_row_is_read()
    {
        using var temp = new TempDeals();
        var schema = new ParquetSchema([new DataField<string>("date"), new DataField<string>("company"), .. Enumerable.Range(0, 40).Select(static i => new DataField<string>("extra" + i))]);
        var options = new LoadOptions { DealsPath = temp.WriteBytes("wide.parquet", Write(schema)), Limits = ResourceLimits.Default with { MaxColumns = 30 } };

        var error = Assert.Throws<LimitExceededException>(() => DealLoader.Load(options, TempDeals.Reference));

        Assert.Equal("--max-columns", error.Flag);
        Assert.Contains("wide.parquet:1: holds 42 columns, more than the 30 accepted.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Two deals whose <c>lead</c> struct holds a name and a country.</summary>
    private static async Task<byte[]> WithLead(ParquetSchema schema)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancel))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], ["2024-01-05", "2024-02-05"]);
            await group.WriteAsync(schema.DataFields[1], ["Alpha", "Beta"]);
            await group.WriteAsync(schema.DataFields[2], ["Sequoia", "Accel"]);
            await group.WriteAsync(schema.DataFields[3], ["US", "US"]);
        }

        return stream.ToArray();
    }

    [Fact]
    public void The_row_limit_is_checked_against_the_footer_before_any_row_is_read()
    {
        var options = new LoadOptions { DealsPath = Fixture, Limits = ResourceLimits.Default with { MaxRows = 3 } };
        var error = Assert.Throws<LimitExceededException>(() => DealLoader.Load(options, TempDeals.Reference));
        Assert.Contains("holds more than 3 data rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_over_the_field_length_is_refused_at_its_line_and_column()
    {
        using var temp = new TempDeals();
        var schema = new ParquetSchema(new DataField<string>("date"), new DataField<string>("company"));
        var bytes = Write(schema, ["2024-01-05", "2024-02-05", "2024-03-05"], ["Alpha", "Beta", new string('x', 40)]);
        var options = new LoadOptions { DealsPath = temp.WriteBytes("long.parquet", bytes), Limits = ResourceLimits.Default with { MaxFieldLength = 20 } };
        var error = Assert.Throws<InputException>(() => DealLoader.Load(options, TempDeals.Reference));
        Assert.Equal(4, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Contains("the value of column 'company' on line 4 (row 3) is longer than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_the_mapping_does_not_read_is_not_decoded_so_its_long_texts_refuse_nothing()
    {
        // An export's description column holds texts longer than deal fields may be: left unread, it is not held to the limit.
        using var temp = new TempDeals();
        var schema = new ParquetSchema(new DataField<string>("date"), new DataField<string>("company"), new DataField<string>("description"));
        var bytes = Write(schema, ["2024-01-05", "2024-02-05"], ["Alpha", "Beta"], ["short", new string('x', 40)]);
        var options = new LoadOptions { DealsPath = temp.WriteBytes("described.parquet", bytes), Limits = ResourceLimits.Default with { MaxFieldLength = 20 } };

        var result = DealLoader.Load(options, TempDeals.Reference);

        Assert.Equal(["Alpha", "Beta"], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Company));
        Assert.Contains("Columns found: date, company, description.", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_holding_values_only_in_columns_the_mapping_does_not_read_is_a_row_not_a_blank_one()
    {
        // Row 2 holds only a description: it is mapped and rejected for what it lacks; row 3 holds nothing and is blank.
        using var temp = new TempDeals();
        var schema = new ParquetSchema(new DataField<string>("date"), new DataField<string>("company"), new DataField<string>("description"), new DataField<string>("link"));
        var bytes = Write(schema, ["2024-01-05", null!, null!, "2024-03-05"], ["Alpha", null!, "", "Gamma"], [null!, "a note", null!, null!], [null!, null!, "", null!]);

        var result = temp.Load(temp.WriteBytes("notes.parquet", bytes));

        Assert.Equal((3, 2, 1, 1), (result.Statistics.RowsRead, result.Statistics.RowsLoaded, result.Statistics.RowsRejected, result.Statistics.BlankLines));
        Assert.Equal(3, Assert.Single(result.Issues, static i => i.Line == 3).Line);
    }

    /// <summary>A Parquet file of <paramref name="schema"/> with one row group of the text columns given (none: no row group).</summary>
    private static byte[] Write(ParquetSchema schema, params string[][] columns)
    {
        using var stream = new MemoryStream();
        var writer = ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
        if (columns.Length > 0)
        {
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < columns.Length; i++)
            {
                group.WriteAsync(schema.DataFields[i], columns[i]).GetAwaiter().GetResult();
            }
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return stream.ToArray();
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("+08:00")]
    public async Task A_time_zone_aware_timestamp_column_written_by_pandas_is_dated_in_its_zone_not_in_UTC(string zone)
    {
        // pandas stores a tz-aware column as UTC instants and names the zone in its metadata: midnight on 1 April in
        // Beijing is 16:00 on 31 March in UTC, and the deal belongs to the second quarter.
        using var temp = new TempDeals();
        var schema = new ParquetSchema(new DateTimeDataField("date", DateTimeFormat.DateAndTime, isAdjustedToUTC: true), new DataField<string>("company"), new DataField<double>("amount"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            writer.CustomMetadata = new Dictionary<string, string>
            {
                ["pandas"] = "{\"index_columns\": [], \"columns\": [{\"name\": \"date\", \"field_name\": \"date\", \"pandas_type\": \"datetimetz\", \"numpy_type\": \"datetime64[ns]\", \"metadata\": {\"timezone\": \"" + zone + "\"}}, {\"name\": \"company\", \"field_name\": \"company\", \"pandas_type\": \"unicode\", \"numpy_type\": \"object\", \"metadata\": null}]}",
            };
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<DateTime>(schema.DataFields[0], new[] { new DateTime(2024, 3, 31, 16, 0, 0, DateTimeKind.Utc), new DateTime(2024, 6, 30, 15, 59, 0, DateTimeKind.Utc) }, cancellationToken: TestContext.Current.CancellationToken);
            await group.WriteAsync(schema.DataFields[1], ["Alpha", "Beta"]);
            await group.WriteAsync<double>(schema.DataFields[2], new double[] { 1_000_000, 2_000_000 }, cancellationToken: TestContext.Current.CancellationToken);
        }

        var result = temp.Load(temp.WriteBytes("tz.parquet", stream.ToArray()), temp.Write("m.yaml", "currency: CNY\n"));

        Assert.Equal([new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Date));
    }

    [Fact]
    public async Task A_timestamp_column_without_a_zone_is_dated_as_stored()
    {
        using var temp = new TempDeals();
        var schema = new ParquetSchema(new DateTimeDataField("date", DateTimeFormat.DateAndTime, isAdjustedToUTC: true), new DataField<string>("company"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<DateTime>(schema.DataFields[0], new[] { new DateTime(2024, 3, 31, 16, 0, 0, DateTimeKind.Utc) }, cancellationToken: TestContext.Current.CancellationToken);
            await group.WriteAsync(schema.DataFields[1], ["Alpha"]);
        }

        var result = temp.Load(temp.WriteBytes("utc.parquet", stream.ToArray()), temp.Write("m.yaml", "currency: CNY\n"), allowEmpty: false);

        Assert.Equal(new DateOnly(2024, 3, 31), Assert.Single(result.Deals.Deals).Date);
    }
}
