using System.Globalization;
using System.Text;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class LoadingPropertyTests
{
    private static readonly string[] Dates = ["2024-01-02", "2024/3/5", "2024年3月5日", "45356", "", "not a date", "0000-00-00", "2031-01-01"];
    private static readonly string[] Amounts = ["100", "3.5亿", "数千万", "1-2亿", "", "未披露", "abc", "-5", "1e308", "20,00,00,000"];
    private static readonly string[] Companies = ["A", "深度求索", "", "  ", "\"Quoted, Inc.\"", "\"Multi\nLine\""];
    private static readonly string[] Ids = ["", "x1", "x2", "x3"];
    private static readonly string[] Newlines = ["\n", "\r\n", "\r"];

    [Fact]
    public void Every_data_row_is_either_loaded_or_rejected()
    {
        var row = Gen.Select(Gen.OneOf(Ids), Gen.OneOf(Dates), Gen.OneOf(Companies), Gen.OneOf(Amounts))
            .Select((id, date, company, amount) => string.Join(",", id, date, company, amount));
        var file = Gen.Select(row.Array[1, 30], Gen.OneOf(Newlines));

        file.Sample((rows, newline) =>
        {
            using var temp = new TempDeals();
            var text = new StringBuilder("id,date,company,amount").Append(newline);
            foreach (var r in rows)
            {
                text.Append(r.Replace("\n", newline, StringComparison.Ordinal)).Append(newline);
            }

            var result = temp.LoadCsv(text.ToString(), asOf: new DateOnly(2025, 6, 30), allowEmpty: true);
            var s = result.Statistics;

            // A row of empty cells (",,  ,") is a blank row, skipped and counted as one; every other row is read.
            var blank = rows.Count(static r => r.All(static c => c == ',' || char.IsWhiteSpace(c)));
            Assert.Equal(rows.Length - blank, s.RowsRead);
            Assert.Equal(blank, s.BlankLines);
            Assert.Equal(s.RowsRead, s.RowsLoaded + s.RowsRejected);
            Assert.Equal(s.RowsLoaded, result.Deals.Count);
            Assert.Equal(s.RowsRejected, s.RejectedByReason.Values.Sum(r => r.Count));
            Assert.Equal(s.RowsRejected, result.Issues.Count(i => i.Code.StartsWith("CHD0", StringComparison.Ordinal)));
            Assert.All(result.Issues.Where(i => i.Code.StartsWith("CHD0", StringComparison.Ordinal)), i => Assert.StartsWith("row rejected: ", i.Message, StringComparison.Ordinal));
            Assert.Equal(result.Profile.ImplausibleDates.Count, result.Issues.Count(i => i.Code == CapitalHealthReport.Loading.DataIssueCodes.DateImplausible));
        }, iter: 60);
    }

    [Fact]
    public void Parses_any_plain_decimal_exactly()
    {
        Gen.Decimal[0m, 1_000_000_000_000m].Sample(value =>
        {
            var text = value.ToString(CultureInfo.InvariantCulture);
            var parsed = CapitalHealthReport.Loading.AmountParser.Parse(text);
            Assert.Equal(value, parsed.Value);
        }, iter: 500);
    }
}
