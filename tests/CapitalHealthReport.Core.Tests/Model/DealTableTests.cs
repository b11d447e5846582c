using System.Globalization;
using System.Text;
using CapitalHealthReport.Core.Tests.Loading;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Model;

/// <summary>
/// A loaded deal set keeps its deals as columns; the deals it makes from them are those the loader read, in
/// canonical order (date, then id, ordinal), whether ids come from the file or from file and line.
/// </summary>
public sealed class DealTableTests
{
    [Fact]
    public void Generated_ids_order_deals_of_one_day_by_their_text()
    {
        // deals.csv:101 sorts before deals.csv:11: ids compare as text, also when the loader never made them.
        using var temp = new TempDeals();
        var text = new StringBuilder("date,company,amount\n");
        for (var i = 0; i < 150; i++)
        {
            text.Append(i % 2 == 0 ? "2024-03-01" : "2024-02-01").Append(",Co ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(",100万\n");
        }

        var set = Load(temp.Write("deals.csv", text.ToString()));
        var ids = set.Deals.Select(d => d.Id).ToList();
        var expected = set.Deals.OrderBy(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id).ToList();
        Assert.Equal(expected, ids);
        Assert.Equal("deals.csv:101", set.Deals[0].Id);
        Assert.Equal(new DateOnly(2024, 2, 1), set.FirstDate);
        Assert.Equal(new DateOnly(2024, 3, 1), set.LastDate);
    }

    [Fact]
    public void Amount_years_list_each_currency_s_years_of_disclosed_amounts_and_leave_out_implausible_dates()
    {
        // An undisclosed amount has no year to convert; 1973 is an implausible date, in no period and converted never.
        using var temp = new TempDeals();
        var set = Load(temp.Write("deals.csv", "date,company,amount,currency\n2016-05-01,A,100,KRW\n2024-01-02,B,200,KRW\n2024-03-04,C,300,USD\n2023-06-07,D,,EUR\n1973-04-15,E,400,USD\n2024-05-06,F,500,USD\n"));

        var years = set.AmountYears();

        Assert.Equal(["KRW", "USD"], years.Keys);
        Assert.Equal([2016, 2024], years["KRW"]);
        Assert.Equal([2024], years["USD"]);
    }

    [Fact]
    public void Distinct_regions_are_read_from_the_columns_as_the_deals_name_them()
    {
        // 北京 and Beijing map to one region; a deal without a region names none.
        using var temp = new TempDeals();
        var set = Load(temp.Write("deals.csv", "date,company,region\n2024-01-02,A,Shanghai\n2024-01-03,B,北京\n2024-01-04,C,Beijing\n2024-01-05,D,\n2024-01-06,E,Shanghai\n"));

        Assert.Equal(["Beijing", "Shanghai"], set.DistinctRegions());
        Assert.Equal(set.Deals.Select(static d => d.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal), set.DistinctRegions());
    }

    [Fact]
    public void Loaded_deals_come_out_in_canonical_order_whatever_the_file_order()
    {
        // Ids of every shape the order keys handle: short ones, long ones alike in their first 8 characters, and
        // ones beyond U+00FF (keys of 4 wide characters instead of 8 narrow ones).
        string[] prefixes = ["d", "deal-2024-", "融资"];
        Gen.Select(Gen.Int[1, 300], Gen.Int[0, 1000], Gen.Int[0, prefixes.Length - 1]).Sample((rows, seed, shape) =>
        {
            var random = new Random(seed);
            using var temp = new TempDeals();
            var text = new StringBuilder("id,date,company,company_id,amount,investors\n");
            for (var i = 0; i < rows; i++)
            {
                var id = random.Next(3) == 0 ? "" : prefixes[shape] + random.Next(rows * 2).ToString(CultureInfo.InvariantCulture);
                var day = new DateOnly(2024, 1, 1).AddDays(random.Next(20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var companyId = random.Next(2) == 0 ? "" : "C" + random.Next(rows).ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"{id},{day},Co {random.Next(rows)},{companyId},{random.Next(1, 50)}00万,红杉中国、Fund {random.Next(9)}\n");
            }

            var set = Load(temp.Write("deals.csv", text.ToString()));
            var deals = set.Deals;
            for (var k = 1; k < deals.Count; k++)
            {
                Assert.True(DealOrder.Compare(deals[k - 1], deals[k]) < 0, $"{deals[k - 1].Id} before {deals[k].Id}");
            }

            // The same deals as objects give a set with the same order and the same columns.
            var again = new DealSet(deals.Reverse());
            Assert.Equal(deals.Select(Describe), again.Deals.Select(Describe));
            var table = again.Table;
            Assert.Equal(deals.Select(Describe), table.Materialize(null).Select(Describe));
        }, iter: 90);
    }

    [Theory]
    [InlineData(1_500)]
    [InlineData(6_000)]
    public void Deals_of_a_crowded_day_come_out_ordered_by_id(int perDay)
    {
        // Exports dated by year or month alone put thousands of deals on one day: their ids are sorted as a few are.
        var random = new Random(perDay);
        using var temp = new TempDeals();
        var text = new StringBuilder("id,date,company,amount\n");
        for (var i = 0; i < perDay; i++)
        {
            var day = i % 7 == 0 ? "2024-03-02" : "2024-03-01";
            text.Append(CultureInfo.InvariantCulture, $"x{random.Next(perDay * 4)}-{i},{day},Co {i % 97},{random.Next(1, 50)}00万\n");
        }

        var deals = Load(temp.Write("deals.csv", text.ToString())).Deals;

        Assert.Equal(perDay, deals.Count);
        for (var k = 1; k < deals.Count; k++)
        {
            Assert.True(DealOrder.Compare(deals[k - 1], deals[k]) < 0, $"{deals[k - 1].Id} before {deals[k].Id}");
        }
    }

    [Fact]
    public void Deals_made_from_columns_equal_the_deals_they_came_from()
    {
        Deal[] deals =
        [
            new() { Id = "b", Date = new DateOnly(2024, 5, 1), Company = "深度求索", CompanyKey = "ds", Sector = "AI", Subsector = "LLM", Stage = Stage.A, Amount = 12.5m, Currency = "USD", AmountEstimated = true, Region = "Beijing", Country = "CN", Investors = ["红杉中国", "高瓴"], SourceFile = "x.csv", SourceLine = 9 },
            new() { Id = "a", Date = new DateOnly(2024, 5, 1), Company = "Co", CompanyKey = "co", Investors = [], SourceFile = "y.xlsx", SourceLine = 2 },
            new() { Id = "", Date = new DateOnly(2023, 1, 1), Company = "", CompanyKey = "", Amount = 0m, Investors = ["高瓴"] },
        ];
        var table = DealTable.FromDeals(deals);
        Assert.Equal(deals.Select(Describe), table.Materialize(null).Select(Describe));
        Assert.Equal(deals.Reverse().Select(Describe), table.Materialize([2, 1, 0]).Select(Describe));
        Assert.Equal(2, table.Numbering.InvestorNames.Count);
    }

    private static DealSet Load(string path) =>
        DealLoader.Load(new LoadOptions { DealsPath = path, AllowEmpty = true }, TempDeals.Reference).Deals;

    private static string Describe(Deal d) =>
        string.Join("|", d.Id, d.Date.ToString("O", CultureInfo.InvariantCulture), d.Company, d.CompanyKey, d.Sector, d.Subsector, d.Stage, d.Amount?.ToString(CultureInfo.InvariantCulture), d.Currency, d.AmountEstimated, d.Region, d.Country, string.Join(";", d.Investors), d.SourceFile, d.SourceLine);
}
