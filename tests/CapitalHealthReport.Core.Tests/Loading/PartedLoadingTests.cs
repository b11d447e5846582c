using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// A delimited file read in parts on several cores gives exactly what one reader gives: the same deals in the
/// same order, the same issues and messages, the same statistics and a consistent numbering of companies and investors.
/// </summary>
public sealed class PartedLoadingTests
{
    private static readonly string[] Stages = ["A轮", "Series B", "天使轮", "", "Pre-IPO", "C++轮", "奇怪阶段"];
    private static readonly string[] Sectors = ["人工智能", "AI", "医疗健康", "", "Quantum Widgets", "新消费"];
    private static readonly string[] Regions = ["北京", "上海市", "广东省", "", "Atlantis", "CA"];
    private static readonly string[] Investors = ["红杉中国", "Sequoia China", "高瓴", "某某天使, 张三", "IDG资本；红杉中国", "", "未知基金、未知基金"];
    private static readonly string[] Amounts = ["1000万", "3.5亿", "数千万", "", "未披露", "abc", "-5", "2000000", "1-2亿"];
    private static readonly string[] Dates = ["2024-01-02", "2024/3/5", "2024年3月5日", "2023-12-31", "", "not a date", "2025-02-30"];

    [Fact]
    public void Parts_join_into_exactly_what_one_reader_reads()
    {
        using var temp = new TempDeals();
        var path = temp.Write("deals.csv", MessyFile(new Random(7), rows: 12000, newline: "\r\n"));
        var whole = Load(path, maxChunks: 1);
        foreach (var parts in new[] { 2, 3, 8 })
        {
            AssertSame(whole, Load(path, maxChunks: parts, chunkBytes: 2048));
        }

        Assert.True(whole.Statistics.RejectedByReason.Values.Sum(r => r.Count) > 0);
        Assert.Contains(whole.Issues, i => i.Code == DataIssueCodes.DuplicateId);
        Assert.True(whole.Statistics.WarningsByReason.Values.Single(w => w.Code == DataIssueCodes.ExtraFields).Count > 1000, "the warning cap is exercised");
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-8-bom")]
    public void Gb18030_and_bom_files_read_the_same_in_parts(string encoding)
    {
        using var temp = new TempDeals();
        var text = MessyFile(new Random(11), rows: 3000, newline: "\n");
        string path;
        string? mapping = null;
        if (encoding == "gb18030")
        {
            path = temp.Write("deals.csv", text, Encoding.GetEncoding("gb18030"));
            mapping = temp.Write("mapping.yaml", "encoding: gb18030\n");
        }
        else
        {
            path = temp.WriteBytes("deals.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        }

        var whole = Load(path, maxChunks: 1, mapping: mapping);
        var parted = Load(path, maxChunks: 3, chunkBytes: 4096, mapping: mapping);
        AssertSame(whole, parted);
        Assert.Contains(whole.Deals.Deals, d => d.Company == "深度求索");
        Assert.True(RecordBoundaries.CanSplit(encoding == "gb18030" ? Encoding.GetEncoding("gb18030") : new UTF8Encoding(false), ','), "the file is read in parts");
    }

    [Fact]
    public void A_duplicate_in_a_later_part_names_the_first_line_in_the_whole_file()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("id,date,company,amount,stage,sector,region\n");
        for (var i = 0; i < 400; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"d{i % 150},2024-01-{(i % 28) + 1:00},Co {i},{i + 1}万,奇怪阶段,Quantum Widgets,Atlantis\n");
        }

        var path = temp.Write("deals.csv", text.ToString());
        var whole = Load(path, maxChunks: 1);
        var parted = Load(path, maxChunks: 4, chunkBytes: 1024);
        AssertSame(whole, parted);
        Assert.Equal(150, parted.Statistics.RowsLoaded);
        Assert.Contains(parted.Issues, i => i.Line == 302 && i.Message.Contains("'d0' was already used on line 2;", StringComparison.Ordinal));
        Assert.Equal(150, parted.Statistics.UnmappedStages["奇怪阶段"]);
    }

    [Fact]
    public void Random_files_read_the_same_in_any_number_of_parts()
    {
        Gen.Select(Gen.Int[1, 400], Gen.Int[2, 6], Gen.Int[64, 4096], Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n")), Gen.Int[0, 1000]).Sample((rows, parts, chunkBytes, newline, seed) =>
        {
            using var temp = new TempDeals();
            var path = temp.Write("deals.csv", MessyFile(new Random(seed), rows, newline));
            AssertSame(Load(path, maxChunks: 1), Load(path, maxChunks: parts, chunkBytes: chunkBytes));
        }, iter: 40);
    }

    [Fact]
    public void Ids_in_file_order_with_a_few_repeats_read_the_same_in_any_number_of_parts()
    {
        // Ids that only ascend are told apart without hashing; the first repeat switches to a hash index.
        Gen.Select(Gen.Int[1, 600], Gen.Int[2, 6], Gen.Int[64, 4096], Gen.Int[0, 1000]).Sample((rows, parts, chunkBytes, seed) =>
        {
            using var temp = new TempDeals();
            var path = temp.Write("deals.csv", MessyFile(new Random(seed), rows, "\n", ascendingIds: true));
            AssertSame(Load(path, maxChunks: 1), Load(path, maxChunks: parts, chunkBytes: chunkBytes));
        }, iter: 40);

        using var big = new TempDeals();
        var file = big.Write("deals.csv", MessyFile(new Random(1), rows: 6000, "\n", ascendingIds: true));
        var whole = Load(file, maxChunks: 1);
        Assert.Contains(whole.Issues, i => i.Code == DataIssueCodes.DuplicateId);
        AssertSame(whole, Load(file, maxChunks: 4, chunkBytes: 2048));
    }

    [Fact]
    public void The_row_limit_stops_at_the_same_line_as_one_reader()
    {
        using var temp = new TempDeals();
        var path = temp.Write("deals.csv", MessyFile(new Random(3), rows: 2000, newline: "\n"));
        var limits = ResourceLimits.Default with { MaxRows = 1500 };
        var whole = Assert.Throws<LimitExceededException>(() => Load(path, maxChunks: 1, limits: limits));
        var parted = Assert.Throws<LimitExceededException>(() => Load(path, maxChunks: 4, chunkBytes: 4096, limits: limits));
        Assert.Equal(whole.Message, parted.Message);
        Assert.Equal(whole.Line, parted.Line);
    }

    [Fact]
    public void An_unclosed_quote_in_a_later_part_is_reported_at_its_line()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder(MessyFile(new Random(5), rows: 1000, newline: "\n"));
        text.Append("z1,2024-01-01,\"never closed,100\n");
        var path = temp.Write("deals.csv", text.ToString());
        var whole = Assert.Throws<InputException>(() => Load(path, maxChunks: 1));
        var parted = Assert.Throws<InputException>(() => Load(path, maxChunks: 5, chunkBytes: 2048));
        Assert.Equal(whole.Message, parted.Message);
        Assert.Equal(whole.Line, parted.Line);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4\n", new[] { 0, 4, 8 })]
    [InlineData("a,\"x\ny\"\n1,2\n", new[] { 0, 8 })]
    [InlineData("a,b\"c\nd,e\n1,2\n", new[] { 0, 6, 10 })]
    [InlineData("a,b\"c\n\"d,e\n1,2\n", new[] { 0, 6 })]
    [InlineData("a,\"x\"\"\ny\"\n1,2\n", new[] { 0, 10 })]
    public void Boundaries_follow_the_readers_quote_rule(string text, int[] expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, RecordBoundaries.Find(bytes, 0, bytes.Length, ',', 8));
    }

    [Fact]
    public void Counts_line_ends_as_the_reader_does()
    {
        Assert.Equal(4, RecordBoundaries.CountLineEnds("a\nb\r\nc\rd\n"u8));
    }

    private static LoadResult Load(string path, int maxChunks, int chunkBytes = 4 << 20, ResourceLimits? limits = null, string? mapping = null) =>
        DealLoader.Load(new LoadOptions { DealsPath = path, MappingPath = mapping, MaxChunks = maxChunks, ChunkBytes = chunkBytes, AllowEmpty = true, AsOf = new DateOnly(2025, 1, 31), Limits = limits ?? ResourceLimits.Default }, TempDeals.Reference);

    private static void AssertSame(LoadResult expected, LoadResult actual)
    {
        Assert.Equal(Describe(expected.Deals.Deals), Describe(actual.Deals.Deals));
        Assert.Equal(expected.Issues, actual.Issues);
        Assert.Equal(JsonSerializer.Serialize(expected.Statistics), JsonSerializer.Serialize(actual.Statistics));
        AssertNumbered(actual);
    }

    /// <summary>The numbering names, for every deal, its own company key and investors.</summary>
    private static void AssertNumbered(LoadResult result)
    {
        var numbering = result.Deals.Table.Numbering;
        var companyKeys = Enumerable.Range(0, numbering.CompanyKeys.Count).Select(numbering.CompanyKeys.GetString).ToList();
        var investorNames = Enumerable.Range(0, numbering.InvestorNames.Count).Select(numbering.InvestorNames.GetString).ToList();
        var deals = result.Deals.Deals;
        Assert.Equal(deals.Count, numbering.Company.Length);
        for (var k = 0; k < deals.Count; k++)
        {
            var i = result.Deals.Row(k);
            Assert.Equal(deals[k].CompanyKey, companyKeys[numbering.Company[i]]);
            var investors = numbering.Investors[numbering.InvestorStart[i]..numbering.InvestorStart[i + 1]].Select(v => investorNames[v]);
            Assert.Equal(deals[k].Investors, investors);
        }

        Assert.Equal(companyKeys.Count, companyKeys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(investorNames.Count, investorNames.Distinct(StringComparer.Ordinal).Count());
    }

    private static List<string> Describe(IReadOnlyList<CapitalHealthReport.Model.Deal> deals) =>
        [.. deals.Select(d => string.Join("|", d.Id, d.Date.ToString("O", CultureInfo.InvariantCulture), d.Company, d.CompanyKey, d.Sector, d.Subsector, d.Stage, d.Amount?.ToString(CultureInfo.InvariantCulture), d.Currency, d.AmountEstimated, d.Region, d.Country, string.Join(";", d.Investors), d.SourceFile, d.SourceLine))];

    /// <summary>
    /// A file with every kind of row the loader meets: duplicate ids, rejected dates and amounts, unmapped stages,
    /// sectors and regions, extra and missing fields, quoted values with delimiters, quotes and line ends, blank
    /// and white-space lines.
    /// </summary>
    private static string MessyFile(Random random, int rows, string newline, bool ascendingIds = false)
    {
        var text = new StringBuilder("id,date,company,company_id,amount,stage,sector,region,investors").Append(newline);
        for (var i = 0; i < rows; i++)
        {
            var id = random.Next(4) == 0 ? ""
                : !ascendingIds ? "d" + random.Next(rows).ToString(CultureInfo.InvariantCulture)
                : random.Next(50) == 0 ? "d" + random.Next(i + 1).ToString("D6", CultureInfo.InvariantCulture)
                : "d" + i.ToString("D6", CultureInfo.InvariantCulture);
            var company = random.Next(6) switch
            {
                0 => "\"Quoted, Inc.\"",
                1 => "\"Two" + newline + "Lines\"",
                2 => "\"Say \"\"hi\"\"\"",
                3 => "深度求索",
                _ => "Co " + random.Next(rows / 3 + 1).ToString(CultureInfo.InvariantCulture),
            };
            var companyId = random.Next(3) == 0 ? "C" + random.Next(50).ToString(CultureInfo.InvariantCulture) : "";
            var investors = Investors[random.Next(Investors.Length)];
            if (investors.Contains(',', StringComparison.Ordinal))
            {
                investors = "\"" + investors + "\"";
            }

            var fields = new List<string> { id, Dates[random.Next(Dates.Length)], company, companyId, Amounts[random.Next(Amounts.Length)], Stages[random.Next(Stages.Length)], Sectors[random.Next(Sectors.Length)], Regions[random.Next(Regions.Length)], investors };
            switch (random.Next(10))
            {
                case 0:
                    fields.Add("extra");
                    break;
                case 1:
                    fields.RemoveAt(fields.Count - 1);
                    break;
                case 2:
                    text.Append(newline);
                    break;
                case 3:
                    text.Append("   ").Append(newline);
                    break;
            }

            text.Append(string.Join(",", fields)).Append(newline);
        }

        return text.ToString();
    }
}
