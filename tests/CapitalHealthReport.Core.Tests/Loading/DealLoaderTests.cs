using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class DealLoaderTests : IDisposable
{
    private const string Header = "id,date,company,sector,subsector,stage,amount,currency,region,country,investors";
    private readonly TempDeals _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Loads_canonical_columns_and_maps_reference_values()
    {
        var result = _temp.LoadCsv(Header + "\n" +
            "d1,2024-03-05,深度求索,人工智能,LLM,A轮,3.5亿,CNY,北京市,CN,Acme Ventures;Beta Capital\n" +
            "d2,2024/04/01,Acme Water,water,,series-b,5000万,,Guangdong,CN,\n");

        Assert.Equal(2, result.Statistics.RowsLoaded);
        var first = result.Deals.Deals[0];
        Assert.Equal("d1", first.Id);
        Assert.Equal(new DateOnly(2024, 3, 5), first.Date);
        Assert.Equal("AI", first.Sector);
        Assert.Equal("LLM", first.Subsector);
        Assert.Equal(Stage.A, first.Stage);
        Assert.Equal(350_000_000m, first.Amount);
        Assert.Equal("CNY", first.Currency);
        Assert.Equal("Beijing", first.Region);
        Assert.Equal(["Acme Ventures", "Beta Capital"], first.Investors);
        Assert.Equal(2, first.SourceLine);
        var second = result.Deals.Deals[1];
        Assert.Equal("Water", second.Sector);
        Assert.Equal(Stage.B, second.Stage);
        Assert.Equal("Guangdong", second.Region);
        Assert.Equal("CNY", second.Currency);
        Assert.Equal(64, result.Sha256.Length);
        Assert.Equal("deals.csv", result.SourceName);
    }

    [Fact]
    public void The_input_hash_is_the_files_unless_the_load_spares_it()
    {
        var path = _temp.Write("deals.csv", Header + "\nd1,2024-03-05,Acme,AI,,A,100,CNY,Beijing,CN,\n");
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

        var hashed = DealLoader.Load(new LoadOptions { DealsPath = path }, TempDeals.Reference);
        var spared = DealLoader.Load(new LoadOptions { DealsPath = path, HashInput = false }, TempDeals.Reference);

        Assert.Equal(expected, hashed.Sha256);
        Assert.Throws<InvalidOperationException>(() => spared.Sha256);
        Assert.Equal(hashed.Statistics.RowsLoaded, spared.Statistics.RowsLoaded);
    }

    [Fact]
    public void The_reference_tables_are_asked_for_once_the_file_is_read()
    {
        var path = _temp.Write("deals.csv", Header + "\nd1,2024-03-05,Acme,AI,,A,100,CNY,Beijing,CN,\n");
        var asked = 0;

        var result = DealLoader.Load(new LoadOptions { DealsPath = path }, () =>
        {
            asked++;
            return TempDeals.Reference;
        });

        Assert.Equal(1, asked);
        Assert.Equal(1, result.Statistics.RowsLoaded);
        Assert.Throws<InputException>(() => DealLoader.Load(new LoadOptions { DealsPath = Path.Combine(_temp.Folder, "missing.csv") }, () => throw new InvalidOperationException("asked before the file was read")));
    }

    [Fact]
    public void Matches_common_Chinese_headers_without_a_mapping()
    {
        var result = _temp.LoadCsv("编号,融资日期,企业名称,行业,轮次,融资金额,币种,省份,投资方\n" +
            "x1,2024年3月5日,智元机器人,人工智能,天使轮,数千万,人民币,上海,高瓴资本、红杉中国\n");

        var deal = Assert.Single(result.Deals.Deals);
        Assert.Equal("x1", deal.Id);
        Assert.Equal(Stage.Angel, deal.Stage);
        Assert.Equal(50_000_000m, deal.Amount);
        Assert.True(deal.AmountEstimated);
        Assert.Equal("Shanghai", deal.Region);
        Assert.Equal(2, deal.Investors.Count);
        Assert.Equal(1, result.Statistics.Estimated);
    }

    [Fact]
    public void Generates_ids_from_file_and_line_when_there_is_no_id_column()
    {
        var result = _temp.LoadCsv("date,company,amount\n2024-01-02,A,1\n\n2024-01-03,B,2\n");

        Assert.Equal(["deals.csv:2", "deals.csv:4"], result.Deals.Deals.Select(d => d.Id));
        Assert.Equal(1, result.Statistics.BlankLines);
    }

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    [InlineData("|")]
    public void Detects_each_delimiter(string delimiter)
    {
        var result = _temp.LoadCsv($"date{delimiter}company{delimiter}amount\n2024-01-02{delimiter}A{delimiter}100\n");

        Assert.Equal(100m, Assert.Single(result.Deals.Deals).Amount);
        Assert.Equal(delimiter[0], result.Statistics.Delimiter);
    }

    [Fact]
    public void Reads_tsv_by_extension()
    {
        var result = _temp.LoadCsv("date\tcompany\tamount\n2024-01-02\tA, Inc.\t100\n", name: "deals.tsv");

        Assert.Equal("A, Inc.", Assert.Single(result.Deals.Deals).Company);
        Assert.Equal("tsv", result.Statistics.Format);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Reports_rejections_on_the_physical_line_for_every_line_end(string newline)
    {
        var result = _temp.LoadCsv($"date,company,amount{newline}2024-01-02,\"Multi{newline}Line\",1{newline}not-a-date,B,2{newline}", allowEmpty: true);

        Assert.Equal(1, result.Statistics.RowsLoaded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(4, issue.Line);
        Assert.Equal("date", issue.Column);
        Assert.Equal(DataIssueCodes.DateUnparsable, issue.Code);
    }

    [Fact]
    public void Reads_a_utf8_file_with_a_byte_order_mark()
    {
        var path = _temp.Write("bom.csv", "date,company,amount\n2024-01-02,北京公司,1\n", new UTF8Encoding(true));

        var result = _temp.Load(path);

        Assert.Equal("北京公司", Assert.Single(result.Deals.Deals).Company);
    }

    [Fact]
    public void Reads_gb18030_when_the_mapping_names_it()
    {
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var path = _temp.WriteBytes("gbk.csv", gb.GetBytes("日期,公司,金额,地区\n2024-01-02,北京智谱,1亿,北京\n"));
        var mapping = _temp.Write("gbk.yaml", "encoding: gb18030\n");

        var deal = Assert.Single(_temp.Load(path, mapping).Deals.Deals);

        Assert.Equal("北京智谱", deal.Company);
        Assert.Equal("Beijing", deal.Region);
    }

    [Fact]
    public void Detects_gb18030_with_encoding_auto()
    {
        var gb = Encoding.GetEncoding("GB18030");
        var path = _temp.WriteBytes("gbk.csv", gb.GetBytes("日期,公司,金额\n2024-01-02,北京智谱,1亿\n2024-01-03,上海公司,2亿\n"));
        var mapping = _temp.Write("auto.yaml", "encoding: auto\n");

        var result = _temp.Load(path, mapping);

        Assert.Equal(["北京智谱", "上海公司"], result.Deals.Deals.Select(d => d.Company));
        Assert.Equal("gb18030", result.Statistics.Encoding);
    }

    [Fact]
    public void Refuses_a_gbk_file_read_as_utf8_and_suggests_the_encoding()
    {
        var gb = Encoding.GetEncoding("GB18030");
        var text = new StringBuilder("日期,公司,金额\n");
        for (var i = 0; i < 40; i++)
        {
            text.Append("2024-01-02,北京公司").Append(i).Append(",1亿\n");
        }

        var path = _temp.WriteBytes("gbk.csv", gb.GetBytes(text.ToString()));

        var ex = Assert.Throws<InputException>(() => _temp.Load(path));

        Assert.Contains("41 of 41 lines", ex.Message, StringComparison.Ordinal);
        Assert.Contains("encoding: gb18030", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_legacy_single_byte_encoding_named_in_the_mapping()
    {
        var latin = Encoding.GetEncoding("windows-1252");
        var path = _temp.WriteBytes("latin.csv", latin.GetBytes("date,company,amount\n2024-01-02,Société Générale,1\n"));
        var mapping = _temp.Write("latin.yaml", "encoding: windows-1252\n");

        Assert.Equal("Société Générale", Assert.Single(_temp.Load(path, mapping).Deals.Deals).Company);
    }

    [Fact]
    public void Keeps_rows_with_a_few_invalid_bytes_and_warns_with_their_lines()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("date,company,amount\n2024-01-02,Caf"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.UTF8.GetBytes(",1\n2024-01-03,Fine,2\n"));
        var path = _temp.WriteBytes("mixed.csv", [.. bytes]);

        var result = _temp.Load(path);

        Assert.Equal(2, result.Statistics.RowsLoaded);
        var warning = Assert.Single(result.Issues);
        Assert.Equal(DataIssueCodes.InvalidBytes, warning.Code);
        Assert.Equal(2, warning.Line);
        Assert.Equal(DataIssueSeverity.Warning, warning.Severity);
        Assert.Equal(1, result.Statistics.LinesWithInvalidBytes);
    }

    [Fact]
    public void Reads_json_lines_with_canonical_and_mapped_keys()
    {
        var path = _temp.Write("deals.jsonl",
            "{\"id\":\"j1\",\"date\":\"2024-03-05\",\"company\":\"A\",\"amount\":1200000,\"stage\":\"seed\",\"investors\":[\"X\",\"Y\"]}\n" +
            "\n" +
            "{\"id\":\"j2\",\"date\":\"2024-03-06\",\"company\":\"B\",\"amount\":null}\n" +
            "not json\n" +
            "[1,2]\n");

        var result = _temp.Load(path);

        Assert.Equal(4, result.Statistics.RowsRead);
        Assert.Equal(2, result.Statistics.RowsLoaded);
        Assert.Equal(1, result.Statistics.Undisclosed);
        var first = result.Deals.Deals[0];
        Assert.Equal(1_200_000m, first.Amount);
        Assert.Equal(Stage.Seed, first.Stage);
        Assert.Equal(["X", "Y"], first.Investors);
        Assert.Equal([4, 5], result.Issues.Select(i => i.Line));
        Assert.All(result.Issues, i => Assert.Equal(DataIssueCodes.RowMalformed, i.Code));

        var mapped = _temp.Write("mapped.jsonl", "{\"when\":\"2024-01-02\",\"who\":\"C\",\"usd\":\"5\"}\n");
        var mapping = _temp.Write("jsonl.yaml", "currency: USD\ncolumns:\n  date: when\n  company: who\n  amount: usd\n");
        var deal = Assert.Single(_temp.Load(mapped, mapping).Deals.Deals);
        Assert.Equal(5m, deal.Amount);
        Assert.Equal("USD", deal.Currency);
    }

    [Fact]
    public void Reads_a_json_file_holding_one_array_of_deal_objects_an_element_a_row()
    {
        // "Export as JSON" writes one array, pretty-printed: each element is a deal, located by the line it begins on.
        var path = _temp.Write("deals.json",
            "\uFEFF[\n" +
            "  {\n    \"id\": \"j1\",\n    \"date\": \"2024-03-05\",\n    \"company\": {\"name\": \"Acme\"},\n    \"amount\": 1200000\n  },\n" +
            "  5,\n" +
            "  {\"id\": \"j2\", \"date\": \"2024-03-06\", \"company\": {\"name\": \"B\"}, \"amount\": null}\n" +
            "]\n");

        var result = _temp.Load(path);

        Assert.Equal("json", result.Statistics.Format);
        Assert.Equal(3, result.Statistics.RowsRead);
        Assert.Equal(["Acme", "B"], result.Deals.Deals.Select(static d => d.Company));
        Assert.Equal(1_200_000m, result.Deals.Deals[0].Amount);
        var rejected = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.RowMalformed, 8), (rejected.Code, rejected.Line));
        Assert.Contains("the element is a JSON number, not an object", rejected.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\n{\"date\":\"2024-01-05\",\"company\":\"A\"},\n{\"date\":\"2024-01-06\",\n", 4, "is not a well-formed JSON array of deal objects")]
    [InlineData("[\n{\"date\":\"2024-01-05\",\"company\":\"A\"}\n{\"date\":\"2024-01-06\"}]\n", 3, "is not a well-formed JSON array of deal objects")]
    [InlineData("[]", null, "holds no JSON objects")]
    public void Refuses_a_json_array_cut_off_or_broken_naming_the_line(string text, int? line, string message)
    {
        var ex = Assert.Throws<InputException>(() => _temp.Load(_temp.Write("broken.json", text)));

        Assert.Equal(line, ex.Line);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_nested_json_objects_and_arrays_of_objects_as_columns_named_by_their_path()
    {
        // An API-style export: the company and the amount are objects, the investors an array of objects.
        var path = _temp.Write("api.jsonl",
            "{\"uuid\":\"r1\",\"announced_on\":\"2024-03-05\",\"company\":{\"name\":\"Acme\",\"id\":\"c-1\"},\"money\":{\"value\":2500000,\"currency\":\"USD\"},\"investors\":[{\"name\":\"Fund A\",\"lead\":true},{\"name\":\"Fund B\"}],\"tags\":[\"x\",null,\"y\"]}\n" +
            "{\"uuid\":\"r2\",\"announced_on\":\"2024-04-01\",\"company\":{\"name\":\"Beta\"},\"money\":{\"value\":null},\"investors\":[]}\n");
        var mapping = _temp.Write("api.yaml", "columns:\n  id: uuid\n  company: company.name\n  company_id: company.id\n  amount: money.value\n  currency: money.currency\n  investors: investors.name\n");

        var result = _temp.Load(path, mapping);

        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Statistics.RowsLoaded);
        var first = result.Deals.Deals[0];
        Assert.Equal("Acme", first.Company);
        Assert.Equal(2_500_000m, first.Amount);
        Assert.Equal("USD", first.Currency);
        Assert.Equal(["Fund A", "Fund B"], first.Investors);
        var second = result.Deals.Deals[1];
        Assert.Equal("Beta", second.Company);
        Assert.Null(second.Amount);
        Assert.Empty(second.Investors);

        // Without a mapping, a nested key whose path reads as a common header is found by itself (company.name: company_name).
        var plain = _temp.Write("plain.jsonl", "{\"date\":\"2024-03-05\",\"company\":{\"name\":\"Acme\"}}\n");
        Assert.Equal("Acme", Assert.Single(_temp.Load(plain).Deals.Deals).Company);
    }

    [Fact]
    public void Rejects_a_repeated_header_row_and_total_rows_as_no_deals_naming_why()
    {
        // Two exports joined together (the column names again on line 4) and total rows, in the date or the company cell.
        var result = _temp.LoadCsv("date,company,amount\n2024-01-05,A,5000000\n2024-02-05,B,3000000\nDate,Company,Amount\n2024-03-05,C,1000000\nTotal,,9000000\n,合计,9000000\n2024-03-06,,1\n");

        Assert.Equal(3, result.Statistics.RowsLoaded);
        var notDeals = result.Issues.Where(static i => i.Code == DataIssueCodes.NotADeal).ToList();
        Assert.Equal([4, 6, 7], notDeals.Select(static i => i.Line));
        Assert.Contains("repeats the column names of line 1 (two exports joined together?)", notDeals[0].Message, StringComparison.Ordinal);
        Assert.Contains("'Total' marks a total row, not a deal", notDeals[1].Message, StringComparison.Ordinal);
        Assert.Contains("'合计' marks a total row", notDeals[2].Message, StringComparison.Ordinal);

        // A deal with a date and no company is a deal with a missing company, not a total row.
        Assert.Equal(8, Assert.Single(result.Issues, static i => i.Code == DataIssueCodes.CompanyMissing).Line);
    }

    [Theory]
    [InlineData("date,company,amount\n")]
    [InlineData("company,date,amount\n")]
    public void Recognises_the_header_of_a_second_export_joined_with_its_byte_order_mark(string header)
    {
        // 'cat a.csv b.csv' of two UTF-8 exports with byte-order marks: the second mark stands inside the file, before the header.
        var row = header.StartsWith("date", StringComparison.Ordinal) ? "2024-01-05,A,5000000\n" : "A,2024-01-05,5000000\n";
        var bom = "\uFEFF";
        var result = _temp.LoadCsv(bom + header + row + bom + header + row.Replace('A', 'B') + bom + row.Replace('A', 'C'));

        Assert.Equal(3, result.Statistics.RowsLoaded);
        var notADeal = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.NotADeal, 3), (notADeal.Code, notADeal.Line));
        Assert.DoesNotContain('\uFEFF', notADeal.Message);
    }

    [Fact]
    public void Warns_when_the_column_read_for_a_field_shares_its_name_with_another()
    {
        // Two amount columns (in yuan and in dollars, say): the first is read, and the load says which.
        var result = _temp.LoadCsv("date,company,amount,currency,Amount\n2025-01-05,Acme,100,USD,200\n");

        Assert.Equal(100m, Assert.Single(result.Deals.Deals).Amount);
        var warning = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.RepeatedColumn, 1, "amount"), (warning.Code, warning.Line, warning.Column));
        Assert.Contains("the header names 'amount' more than once (columns 3 and 5); the amount is read from column 3.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_plain_numbers_of_an_amount_column_named_with_its_unit_in_that_unit()
    {
        // A Chinese export's amounts in ten-thousands of yuan: 5000 is 50 million; a cell with its own unit keeps it.
        var result = _temp.LoadCsv("日期,公司,融资金额（万元）\n2025-01-05,甲,5000\n2025-02-05,乙,1.2亿\n2025-03-05,丙,\"1,500\"\n2025-03-06,丁,未披露\n");

        Assert.Equal([50_000_000m, 120_000_000m, 15_000_000m, null], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount));
        Assert.Equal(new AmountColumnUnit(10_000m, "CNY", "万元"), result.Profile.AmountUnit);
        Assert.Equal(0, result.Profile.CurrencyAssumedDeals);

        // A number beyond the limit once in its unit is refused as such.
        var huge = _temp.LoadCsv("date,company,Amount (USD bn)\n2025-01-05,A,2000000\n2025-01-06,B,1\n");
        Assert.Equal(DataIssueCodes.AmountOutOfRange, Assert.Single(huge.Issues).Code);
        Assert.Contains("'2000000' (in USD bn) is not a finite amount up to 10^15.", huge.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warns_when_no_json_object_holds_an_amount_key()
    {
        // An API export whose amount is nested: without a mapping every amount is undisclosed, and the load says so.
        var path = Path.Combine(_temp.Folder, "api.jsonl");
        File.WriteAllText(path, "{\"announced_on\": 1709596800, \"company_name\": \"Acme\", \"money\": {\"value\": 1500000}}\n");

        var result = _temp.Load(path);

        Assert.Equal(new DateOnly(2024, 3, 5), Assert.Single(result.Deals.Deals).Date);
        var warning = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.NoAmountColumn, 1), (warning.Code, warning.Line));
        Assert.Contains("such as 'amount: money.value'). Keys found: announced_on, company_name, money.value.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_json_lines_with_more_distinct_keys_than_the_column_limit()
    {
        var keys = string.Join(",", Enumerable.Range(0, 20).Select(static k => $"\"k{k}\":{k}"));
        var path = _temp.Write("wide.jsonl", "{\"date\":\"2024-03-05\",\"company\":\"A\",\"extra\":{" + keys + "}}\n");

        var error = Assert.Throws<Limits.LimitExceededException>(() => DealLoader.Load(new LoadOptions { DealsPath = path, Limits = Limits.ResourceLimits.Default with { MaxColumns = 10 } }, TempDeals.Reference));

        Assert.Contains("more than 10 distinct keys", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Reads_the_first_sheet_or_a_named_sheet_of_an_xlsx_workbook()
    {
        var path = Path.Combine(_temp.Folder, "deals.xlsx");
        var sheets = new Dictionary<string, object>
        {
            ["Summary"] = new[] { new Dictionary<string, object> { ["note"] = "not deals" } },
            ["Deals"] = new[]
            {
                new Dictionary<string, object> { ["日期"] = new DateTime(2024, 3, 5), ["公司"] = "A", ["金额"] = 1.5e8, ["轮次"] = "B轮" },
                new Dictionary<string, object> { ["日期"] = 45357, ["公司"] = "B", ["金额"] = "3000万", ["轮次"] = "种子轮" },
            },
        };
        MiniExcelLibs.MiniExcel.SaveAs(path, sheets);

        var result = _temp.Load(path, sheet: "Deals");

        Assert.Equal(2, result.Statistics.RowsLoaded);
        Assert.Equal(new DateOnly(2024, 3, 5), result.Deals.Deals[0].Date);
        Assert.Equal(150_000_000m, result.Deals.Deals[0].Amount);
        Assert.Equal(new DateOnly(2024, 3, 6), result.Deals.Deals[1].Date);
        Assert.Equal(Stage.Seed, result.Deals.Deals[1].Stage);
        Assert.Equal(3, result.Deals.Deals[1].SourceLine);

        var first = Assert.Throws<InputException>(() => _temp.Load(path));
        Assert.Contains("no 'date' column", first.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InputException>(() => _temp.Load(path, sheet: "Nope"));
        Assert.Contains("Sheets: Summary, Deals", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_a_title_above_the_column_names_of_a_csv_and_reports_it()
    {
        // Chinese exports often open with a title or a source line; here the file is semicolon-separated and the title holds no semicolon.
        var result = _temp.LoadCsv("数据来源：IT桔子 导出时间 2025-04-01\n\n融资时间;公司名称;金额\n2025-01-05;甲科技;5000万\n2025-02-05;乙科技;1.2亿\n");

        Assert.Equal(2, result.Statistics.RowsLoaded);
        Assert.Equal([4, 5], result.Deals.Deals.Select(static d => d.SourceLine));
        var skipped = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.RowAboveHeader, 1), (skipped.Code, skipped.Line));
        Assert.Equal("skipped as a title or a note above the column names (line 3): '数据来源：IT桔子 导出时间 2025-04-01'.", skipped.Message);
    }

    [Fact]
    public void Skips_title_rows_above_the_column_names_of_a_workbook_and_reports_them()
    {
        var path = Path.Combine(_temp.Folder, "titled.xlsx");
        var rows = new[]
        {
            new Dictionary<string, object?> { ["A"] = "2025年第一季度融资事件", ["B"] = null, ["C"] = null },
            new Dictionary<string, object?> { ["A"] = "单位：人民币", ["B"] = null, ["C"] = null },
            new Dictionary<string, object?> { ["A"] = "日期", ["B"] = "公司", ["C"] = "金额" },
            new Dictionary<string, object?> { ["A"] = new DateTime(2025, 1, 5), ["B"] = "甲科技", ["C"] = "5000万" },
        };
        MiniExcelLibs.MiniExcel.SaveAs(path, rows, printHeader: false);

        var result = _temp.Load(path);

        Assert.Equal(50_000_000m, Assert.Single(result.Deals.Deals).Amount);
        Assert.Equal([(DataIssueCodes.RowAboveHeader, 1), (DataIssueCodes.RowAboveHeader, 2)], result.Issues.Select(static i => (i.Code, i.Line)));
        Assert.Contains("'单位：人民币'", result.Issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_first_rows_name_no_date_and_company_column_is_refused_at_its_first_row()
    {
        // No row of the first eleven is a header: the error names the first row's columns, as before any search.
        var error = Assert.Throws<InputException>(() => _temp.LoadCsv("when,who,how much\n2025-01-05,甲科技,5000万\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("has no 'date' column", error.Message, StringComparison.Ordinal);
        Assert.Contains("Columns found: when, who, how much.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_bad_amounts_dates_and_companies_with_their_reasons_and_lines()
    {
        var result = _temp.LoadCsv(Header + "\n" +
            "a,2024-01-01,A,,,,abc,,,,\n" +
            "b,2024-01-02,B,,,,-5,,,,\n" +
            "c,2024-01-03,C,,,,1e308,,,,\n" +
            "d,0000-00-00,D,,,,1,,,,\n" +
            "e,2024-01-05,,,,,1,,,,\n" +
            "f,2024-01-06,F,,,,1,XYZ,,,\n" +
            "g,,G,,,,1,,,,\n" +
            "h,2024-01-08,H,,,,1,,,,\n", allowEmpty: true);

        var s = result.Statistics;
        Assert.Equal(8, s.RowsRead);
        Assert.Equal(1, s.RowsLoaded);
        Assert.Equal(7, s.RowsRejected);
        Assert.Equal(
            [DataIssueCodes.AmountNotNumber, DataIssueCodes.AmountNegative, DataIssueCodes.AmountOutOfRange, DataIssueCodes.DateUnparsable, DataIssueCodes.CompanyMissing, DataIssueCodes.CurrencyUnknown, DataIssueCodes.DateMissing],
            result.Issues.Select(i => i.Code));
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], result.Issues.Select(i => i.Line));
        Assert.Equal("amount", result.Issues[0].Column);
        Assert.Contains("'abc'", result.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("placeholder", result.Issues[3].Message, StringComparison.Ordinal);
        Assert.Equal([2], s.RejectedByReason["amount not a number"].FirstLines);
    }

    [Fact]
    public void Loads_dates_after_as_of_as_implausible_and_leaves_them_out_of_every_period()
    {
        var result = _temp.LoadCsv("date,company,amount\n2025-06-30,A,1\n2025-07-01,B,2\n", asOf: new DateOnly(2025, 6, 30));

        Assert.Equal(2, result.Statistics.RowsLoaded);
        Assert.Equal(0, result.Statistics.RowsRejected);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(DataIssueCodes.DateImplausible, issue.Code);
        Assert.Equal(3, issue.Line);
        Assert.Contains("after the publication date 2025-06-30", issue.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 6, 30), result.LastPlausibleDate);
        Assert.Equal(["A"], result.Deals.InScope(new DateOnly(2030, 1, 1)).Deals.Select(d => d.Company));
    }

    [Fact]
    public void Keeps_the_first_of_duplicate_ids_and_names_its_line()
    {
        var result = _temp.LoadCsv("id,date,company,amount\nx,2024-01-01,A,1\ny,2024-01-02,B,2\nx,2024-01-03,C,3\n");

        Assert.Equal(["A", "B"], result.Deals.Deals.Select(d => d.Company));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(DataIssueCodes.DuplicateId, issue.Code);
        Assert.Equal(4, issue.Line);
        Assert.Contains("already used on line 2", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_unmapped_sectors_and_regions_verbatim_and_counts_them()
    {
        var result = _temp.LoadCsv("date,company,sector,stage,region,amount\n" +
            "2024-01-01,A, Space Mining ,Round Z,Atlantis,1\n" +
            "2024-01-02,B,Space Mining,Round Z,Atlantis,1\n" +
            "2024-01-03,C,AI,venture,Beijing,1\n");

        Assert.Equal("Space Mining", result.Deals.Deals[0].Sector);
        Assert.Equal(Stage.Unknown, result.Deals.Deals[0].Stage);
        Assert.Equal("Atlantis", result.Deals.Deals[0].Region);
        Assert.Equal(2, result.Statistics.UnmappedSectors["Space Mining"]);
        Assert.Equal(2, result.Statistics.UnmappedStages["Round Z"]);
        Assert.Equal(2, result.Statistics.UnmappedRegions["Atlantis"]);
        Assert.False(result.Statistics.UnmappedStages.ContainsKey("venture"));
    }

    [Fact]
    public void Applies_the_mapping_value_aliases()
    {
        var result = _temp.LoadCsv("date,company,sector,stage,region,amount\n2024-01-01,A,Space Mining,Round Z,Atlantis,1\n",
            mapping: "stages:\n  Round Z: Seed\nsectors:\n  Space Mining: AdvancedManufacturing\nregions:\n  Atlantis: Hainan\n");

        var deal = Assert.Single(result.Deals.Deals);
        Assert.Equal(Stage.Seed, deal.Stage);
        Assert.Equal("AdvancedManufacturing", deal.Sector);
        Assert.Equal("Hainan", deal.Region);
    }

    [Fact]
    public void Marks_rejections_as_errors_in_strict_mode()
    {
        var result = _temp.LoadCsv("date,company,amount\n2024-01-01,A,1\nbad,B,2\n", strict: true);

        Assert.True(result.StrictFailed);
        Assert.Equal(DataIssueSeverity.Error, Assert.Single(result.Issues).Severity);
        var ex = Assert.Throws<InputException>(result.EnsureUsable);
        Assert.Contains("unparsable date: 1 (first at line 3)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_file_with_nothing_usable_unless_asked_to_report_it()
    {
        var ex = Assert.Throws<InputException>(() => _temp.LoadCsv("date,company,amount\nbad,A,1\n"));
        Assert.Contains("no usable rows", ex.Message, StringComparison.Ordinal);

        var result = _temp.LoadCsv("date,company,amount\nbad,A,1\n", allowEmpty: true);
        Assert.Equal(0, result.Statistics.RowsLoaded);
        Assert.True(result.StrictFailed);
    }

    [Fact]
    public void Warns_about_rows_with_more_or_fewer_fields_than_the_header()
    {
        var result = _temp.LoadCsv("date,company,amount\n2024-01-01,A,1,extra\n2024-01-02,B\n");

        Assert.Equal(2, result.Statistics.RowsLoaded);
        Assert.Equal([DataIssueCodes.ExtraFields, DataIssueCodes.MissingFields], result.Issues.Select(i => i.Code));
        Assert.Null(result.Deals.Deals[1].Amount);
    }

    [Fact]
    public void Each_stage_of_loading_is_reported_as_it_ends()
    {
        var csv = _temp.Write("deals.csv", "date,company,amount\n2024-01-02,A,1\n2024-01-01,B,2\n");
        var jsonl = _temp.Write("deals.jsonl", "{\"date\":\"2024-03-05\",\"company\":\"A\"}\n");
        foreach (var (path, expected) in new[] { (csv, "read check parse review order issues"), (jsonl, "read check parse review order issues") })
        {
            var stages = new List<string>();
            var result = DealLoader.Load(new LoadOptions { DealsPath = path, StageDone = stages.Add }, TempDeals.Reference);
            Assert.Equal(expected, string.Join(" ", stages));
            Assert.True(result.Deals.Count > 0);
        }
    }

    [Fact]
    public void The_stages_of_the_readings_after_the_first_are_numbered_and_the_input_hash_is_the_files()
    {
        // Read a second time in the order of day and month 23/02/2024 shows, and a third in COP, which has no exchange rate.
        // The first reading stops after its parse: its rows, read in the wrong order, are not reviewed.
        const string Text = "date,company,amount,currency\n03/02/2024,A,1000,COP\n23/02/2024,B,2000,COP\n";
        var path = _temp.Write("deals.csv", Text);
        var stages = new List<string>();

        var result = DealLoader.Load(new LoadOptions { DealsPath = path, StageDone = stages.Add }, TempDeals.Reference);

        Assert.Equal("read check parse check 2 parse 2 review 2 order 2 issues 2 check 3 parse 3 review 3 order 3 issues 3", string.Join(" ", stages));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Text))), result.Sha256);
        Assert.Equal([(DataIssueCodes.DateOrderFromValues, 3)], result.Issues.Select(static i => (i.Code, i.Line)));
    }
}
