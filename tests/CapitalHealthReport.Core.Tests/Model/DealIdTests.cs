using System.Globalization;
using System.Text;
using CapitalHealthReport.Core.Tests.Loading;
using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Model;

/// <summary>
/// Deal ids of every shape: numbered ones (<c>D7</c>, <c>123</c>) are claimed in an array, others in a hash index,
/// and both must find every repeat; deals of one day are ordered by a key of their ids' first characters and then by
/// the whole ids, which must equal ordinal order whatever the ids share or the characters they use.
/// </summary>
public sealed class DealIdTests
{
    // Numbered ids, ids that only look numbered (leading zero, another prefix, too large a number), long shared
    // prefixes, and ids beyond Latin-1, in both the 8-bit and the 16-bit key.
    private static readonly string[] Shapes =
    [
        "D7", "D07", "D10", "D9", "D", "X3", "x3", "0", "00", "123", "1230", "D4294967296", "D99999999999",
        "ABCDEFGH10", "ABCDEFGH9", "ABCDEFGH", "ABCDEFG", "北京2", "北京10", "北京", "Ünïcode", "ü", "",
    ];

    [Fact]
    public void Every_repeated_id_is_rejected_naming_the_first_and_the_rest_are_kept_in_ordinal_order()
    {
        Gen.Select(Gen.Int[1, 200], Gen.Int[0, 10_000]).Sample((rows, seed) =>
        {
            var random = new Random(seed);
            using var temp = new TempDeals();
            var text = new StringBuilder("id,date,company,amount\n");
            var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
            var expectedRepeats = new List<(int Line, int First)>();
            for (var i = 0; i < rows; i++)
            {
                var shape = Shapes[random.Next(Shapes.Length)];
                var id = random.Next(3) == 0 ? shape + random.Next(50).ToString(CultureInfo.InvariantCulture) : shape;
                var line = i + 2;
                if (id.Length > 0 && !firstLine.TryAdd(id, line))
                {
                    expectedRepeats.Add((line, firstLine[id]));
                }

                var day = new DateOnly(2024, 1, 1).AddDays(random.Next(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"{id},{day},Co {i},100\n");
            }

            var result = temp.LoadCsv(text.ToString());

            var repeats = result.Issues.Where(i => i.Code == DataIssueCodes.DuplicateId).ToList();
            Assert.Equal(expectedRepeats.Select(r => r.Line), repeats.Select(r => r.Line));
            Assert.All(repeats.Zip(expectedRepeats), pair =>
                Assert.Contains($"was already used on line {pair.Second.First};", pair.First.Message, StringComparison.Ordinal));

            var deals = result.Deals.Deals;
            Assert.Equal(rows - expectedRepeats.Count, deals.Count);
            var ordinal = deals.OrderBy(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id);
            Assert.Equal(ordinal, deals.Select(d => d.Id));
        }, iter: 80);
    }

    [Fact]
    public void A_million_numbered_ids_in_file_order_are_all_distinct_and_a_repeat_far_down_is_found()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("id,date,company,amount\n");
        const int Rows = 200_000;
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"D{i},2024-0{1 + (i % 9)}-01,Co {i % 1000},100\n");
        }

        text.Append("D12345,2024-01-01,Late,100\n");
        text.Append("X1,1975-06-01,Old,100\n");

        var result = temp.LoadCsv(text.ToString());

        Assert.Equal(Rows + 1, result.Statistics.RowsLoaded);
        var repeat = Assert.Single(result.Issues, i => i.Code == DataIssueCodes.DuplicateId);
        Assert.Equal(Rows + 2, repeat.Line);
        Assert.Contains("'D12345' was already used on line 12347;", repeat.Message, StringComparison.Ordinal);

        // A table this large is put in canonical order while the review flags its implausible dates: both hold.
        var deals = result.Deals.Deals;
        Assert.Equal(deals.OrderBy(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id), deals.Select(d => d.Id));
        Assert.Equal("X1", deals[0].Id);
        Assert.Equal(Rows + 3, Assert.Single(result.Profile.ImplausibleDates).Line);
    }
}
