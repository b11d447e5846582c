using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// A messy delimited file (duplicate ids, rejected values, unmapped labels, extra and missing fields, quoted
/// delimiters, quotes and line ends, blank lines) loads the same whatever its line ends and encoding, with every
/// issue at its physical line and a consistent numbering of companies and investors.
/// </summary>
public sealed class MessyFileTests
{
    private static readonly string[] Stages = ["A轮", "Series B", "天使轮", "", "Pre-IPO", "C++轮", "奇怪阶段"];
    private static readonly string[] Sectors = ["人工智能", "AI", "医疗健康", "", "Quantum Widgets", "新消费"];
    private static readonly string[] Regions = ["北京", "上海市", "广东省", "", "Atlantis", "CA"];
    private static readonly string[] Investors = ["红杉中国", "Sequoia China", "高瓴", "某某天使, 张三", "IDG资本；红杉中国", "", "未知基金、未知基金"];
    private static readonly string[] Amounts = ["1000万", "3.5亿", "数千万", "", "未披露", "abc", "-5", "2000000", "1-2亿"];
    private static readonly string[] Dates = ["2024-01-02", "2024/3/5", "2024年3月5日", "2023-12-31", "", "not a date", "2025-02-30"];

    [Fact]
    public void Every_line_end_style_loads_the_same_deals_issues_and_counts()
    {
        using var temp = new TempDeals();
        var crlf = Load(temp.Write("crlf.csv", MessyFile(new Random(7), rows: 12000, newline: "\r\n")));
        foreach (var newline in new[] { "\n", "\r" })
        {
            var other = Load(temp.Write("crlf.csv", MessyFile(new Random(7), rows: 12000, newline)));
            AssertSame(crlf, other);
        }

        Assert.True(crlf.Statistics.RejectedByReason.Values.Sum(r => r.Count) > 0);
        Assert.Equal(crlf.Statistics.RowsRead, crlf.Statistics.RowsLoaded + crlf.Statistics.RowsRejected);
        Assert.Contains(crlf.Issues, i => i.Code == DataIssueCodes.DuplicateId);
        Assert.True(crlf.Statistics.WarningsByReason.Values.Single(w => w.Code == DataIssueCodes.ExtraFields).Count > 1000, "the warning cap is exercised");
        Assert.Equal(1000, crlf.Issues.Count(i => i.Code == DataIssueCodes.ExtraFields));
        Assert.True(crlf.Statistics.BlankLines > 0);
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-8-bom")]
    public void Gb18030_and_bom_files_load_as_utf8_does(string encoding)
    {
        using var temp = new TempDeals();
        var text = MessyFile(new Random(11), rows: 3000, newline: "\n");
        var utf8 = Load(temp.Write("deals.csv", text));
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

        var other = Load(path, mapping: mapping);
        Assert.Equal(Describe(utf8.Deals.Deals), Describe(other.Deals.Deals));
        Assert.Equal(utf8.Issues, other.Issues);
        Assert.Contains(other.Deals.Deals, d => d.Company == "深度求索");
    }

    [Fact]
    public void A_duplicate_id_names_the_first_line_and_is_not_counted()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("id,date,company,amount,stage,sector,region\n");
        for (var i = 0; i < 400; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"d{i % 150},2024-01-{(i % 28) + 1:00},Co {i},{i + 1}万,奇怪阶段,Quantum Widgets,Atlantis\n");
        }

        var result = Load(temp.Write("deals.csv", text.ToString()));
        Assert.Equal(150, result.Statistics.RowsLoaded);
        Assert.Contains(result.Issues, i => i.Line == 302 && i.Message.Contains("'d0' was already used on line 2;", StringComparison.Ordinal));
        Assert.Equal(150, result.Statistics.UnmappedStages["奇怪阶段"]);
        AssertNumbered(result);
    }

    [Fact]
    public void Random_files_load_with_consistent_counts_and_numbering()
    {
        Gen.Select(Gen.Int[1, 400], Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r")), Gen.Int[0, 1000]).Sample((rows, newline, seed) =>
        {
            using var temp = new TempDeals();
            var result = Load(temp.Write("deals.csv", MessyFile(new Random(seed), rows, newline)));
            Assert.Equal(result.Statistics.RowsRead, result.Statistics.RowsLoaded + result.Statistics.RowsRejected);
            Assert.Equal(result.Statistics.RowsRejected, result.Issues.Count(i => i.Message.StartsWith("row rejected", StringComparison.Ordinal)));
            AssertNumbered(result);
        }, iter: 40);
    }

    [Fact]
    public void The_row_limit_stops_at_the_line_of_the_first_row_over_it()
    {
        using var temp = new TempDeals();
        var path = temp.Write("deals.csv", "date,company\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"2024-01-01,C{i}\n\n")));
        var ex = Assert.Throws<LimitExceededException>(() => Load(path, limits: ResourceLimits.Default with { MaxRows = 15 }));
        Assert.Equal(32, ex.Line);
    }

    [Fact]
    public void An_unclosed_quote_at_the_end_of_a_long_file_is_reported_at_its_line()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("id,date,company,amount\n");
        for (var i = 0; i < 1000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"d{i},2024-01-01,\"Co\n{i}\",100\n");
        }

        text.Append("z1,2024-01-01,\"never closed,100\nz2,2024-01-01,B,1\n");
        var ex = Assert.Throws<InputException>(() => Load(temp.Write("deals.csv", text.ToString())));
        Assert.Equal(2002, ex.Line);
        Assert.Contains("a quote opened on line 2002 (field 3) is never closed", ex.Message, StringComparison.Ordinal);
    }

    private static LoadResult Load(string path, ResourceLimits? limits = null, string? mapping = null) =>
        DealLoader.Load(new LoadOptions { DealsPath = path, MappingPath = mapping, AllowEmpty = true, AsOf = new DateOnly(2025, 1, 31), Limits = limits ?? ResourceLimits.Default }, TempDeals.Reference);

    private static void AssertSame(LoadResult expected, LoadResult actual)
    {
        Assert.Equal(Describe(expected.Deals.Deals).Select(OneLineEnd), Describe(actual.Deals.Deals).Select(OneLineEnd));
        Assert.Equal(expected.Issues.Select(i => i with { File = "" }), actual.Issues.Select(i => i with { File = "" }));
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

    private static string OneLineEnd(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static List<string> Describe(IReadOnlyList<CapitalHealthReport.Model.Deal> deals) =>
        [.. deals.Select(d => string.Join("|", d.Id, d.Date.ToString("O", CultureInfo.InvariantCulture), d.Company, d.CompanyKey, d.Sector, d.Subsector, d.Stage, d.Amount?.ToString(CultureInfo.InvariantCulture), d.Currency, d.AmountEstimated, d.Region, d.Country, string.Join(";", d.Investors), d.SourceFile, d.SourceLine))];

    /// <summary>
    /// A file with every kind of row the loader meets: duplicate ids, rejected dates and amounts, unmapped stages,
    /// sectors and regions, extra and missing fields, quoted values with delimiters, quotes and line ends, blank
    /// and white-space lines.
    /// </summary>
    private static string MessyFile(Random random, int rows, string newline)
    {
        var text = new StringBuilder("id,date,company,company_id,amount,stage,sector,region,investors").Append(newline);
        for (var i = 0; i < rows; i++)
        {
            var id = random.Next(4) == 0 ? "" : "d" + random.Next(rows).ToString(CultureInfo.InvariantCulture);
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
