using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CapitalHealthReport.Loading;
using CsCheck;
using static CapitalHealthReport.Testing.RawWorkbook;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// The order of day and month read from a date column's values, checked on generated files: the deals, their dates and
/// the issues do not depend on the order of the rows, nor on where the deciding row falls against a batch boundary, nor
/// on the file's format; a second reading for a currency without exchange rates keeps the order, and a mapping's
/// <c>date_format</c> turns the decision off.
/// </summary>
public sealed partial class DateOrderPropertyTests
{
    // Dates that read either way, that are no dates in any order, ISO and empty: none decides the order.
    private static readonly string[] Undeciding = ["03/02/2024", "5/1/2024", "11/12/2023", "01/01/50", "2024-06-30", "31/02/2024", "13/13/2024", "00/12/2024", "123/02/2024", "23/02/202", "12.03.2024", ""];

    // Dates only read day first.
    private static readonly string[] DayFirst = ["23/02/2024", "31/12/2023", "13/1/24", "２５/０３/２０２４", "28/02/2024 14:30"];

    private static readonly string[] Amounts = ["1000", "2,500,000", "5m", "", "n/a"];

    private static Gen<string[]> Row { get; } = Gen.Select(Gen.OneOf(Undeciding), Gen.Int[0, 999], Gen.OneOf(Amounts))
        .Select(static (date, company, amount) => new[] { date, $"C{company}", amount });

    [Fact]
    public void The_deals_dates_and_issues_do_not_depend_on_the_order_of_the_rows()
    {
        var decided = 0;
        Gen.Select(Row.Array[1, 40], Gen.OneOf(DayFirst).Array[0, 3], Gen.Int).Sample((rows, deciding, seed) =>
        {
            var all = rows.Concat(deciding.Select((date, i) => new[] { date, $"D{i}", "1000" })).ToArray();
            var shuffled = all.ToArray();
            new Random(seed).Shuffle(shuffled);

            var outcome = Outcome(Delimited(',', all));
            Assert.Equal(outcome, Outcome(Delimited(',', shuffled)));
            if (deciding.Length > 0)
            {
                Assert.Contains("order: DayFirst", outcome, StringComparison.Ordinal);
                Interlocked.Increment(ref decided);
            }
            else
            {
                Assert.Contains("order: Unknown", outcome, StringComparison.Ordinal);
            }
        }, iter: 200);

        Assert.True(decided > 50, $"only {decided} of 200 generated exports held a deciding date");
    }

    [Theory]
    [InlineData("")]
    [InlineData("COP")]
    public void The_deciding_row_decides_wherever_the_batch_boundary_falls_and_a_currency_without_rates_keeps_the_order(string currency)
    {
        const int rows = MappedRows.Capacity + 200;
        var outcomes = new[] { 0, MappedRows.Capacity - 1, MappedRows.Capacity, rows - 1 }.Select(at =>
        {
            var text = new StringBuilder("date,company,amount,currency\n");
            for (var i = 0; i < rows; i++)
            {
                // The rows are alike but for the deciding one, so that each placement gives the same deals; one row's
                // date is no date in any order and is refused in each.
                var k = i - (i > at ? 1 : 0);
                var (date, company) = i == at ? ("23/02/2024", "Decider") : (k == 7 ? "31/02/2024" : "03/02/2024", $"C{k}");
                text.Append(CultureInfo.InvariantCulture, $"{date},{company},1000,{currency}\n");
            }

            using var temp = new TempDeals();
            var result = temp.Load(temp.Write("deals.csv", text.ToString()), asOf: new DateOnly(2025, 6, 30));
            var order = Assert.Single(result.Issues, static i => i.Code == DataIssueCodes.DateOrderFromValues);
            Assert.Equal(at + 2, order.Line);
            Assert.Equal((rows - 1, 1), (result.Statistics.RowsLoaded, result.Statistics.RowsRejected));
            Assert.Equal((1, 0, rows - 2), (result.Profile.DateOrder.DayFirst, result.Profile.DateOrder.MonthFirst, result.Profile.DateOrder.Either));
            Assert.All(result.Deals.Deals, d => Assert.Equal(currency.Length == 0 ? "CNY" : "COP", d.Currency));
            return Summary(result);
        }).ToList();

        Assert.All(outcomes, outcome => Assert.Equal(outcomes[0], outcome));
        Assert.Contains($"2024-02-03|C0|1000|{(currency.Length == 0 ? "CNY" : "COP")}", outcomes[0], StringComparison.Ordinal);
        Assert.Contains(
            "CHD110 line N: dates are read day/month/year (…): … (line N) can only be read so, and no date only month/day/year; 4,294 dates that read either way are read so too.",
            outcomes[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_rows_as_csv_tsv_json_lines_and_xlsx_give_the_same_deals()
    {
        var cases = 0;
        Gen.Select(Row.Array[1, 25], Gen.OneOf(DayFirst).Array[0, 2]).Sample((rows, deciding) =>
        {
            var all = rows.Concat(deciding.Select((date, i) => new[] { date, $"D{i}", "1000" })).ToArray();
            if (all.Any(static r => r[1].Length == 0))
            {
                return;
            }

            var csv = Outcome(Delimited(',', all));
            Assert.Equal(csv, Outcome(Delimited('\t', all), "deals.tsv"));
            Assert.Equal(csv, Outcome(JsonLines(all), "deals.jsonl"));
            Assert.Equal(csv, Outcome(null, "deals.xlsx", Workbook(all)));
            Interlocked.Increment(ref cases);
        }, iter: 60);

        Assert.True(cases > 30, $"only {cases} of 60 generated exports were compared");
    }

    [Fact]
    public void A_mappings_date_format_turns_the_decision_off()
    {
        Gen.Select(Row.Array[1, 20], Gen.OneOf(DayFirst).Array[1, 3]).Sample((rows, deciding) =>
        {
            var all = rows.Concat(deciding.Select((date, i) => new[] { date, $"D{i}", "1000" })).ToArray();
            using var temp = new TempDeals();
            var result = temp.Load(temp.Write("deals.csv", Delimited(',', all)), temp.Write("mapping.yaml", "date_format: \"MM/dd/yyyy\"\n"), asOf: new DateOnly(2025, 6, 30), allowEmpty: true);

            Assert.Equal((DayMonthOrder.Unknown, 0, 0), (result.Profile.DateOrder.Decided, result.Profile.DateOrder.DayFirst, result.Profile.DateOrder.Either));
            Assert.DoesNotContain(result.Issues, static i => i.Code == DataIssueCodes.DateOrderFromValues);
            // 03/02/2024 is the 2nd of March in the mapping's month-first format, and a day-first date is refused.
            Assert.All(result.Deals.Deals.Where(static d => d.Company.StartsWith('D')), static d => Assert.Fail($"{d.Company} read as {d.Date} against the mapping's format"));
        }, iter: 40);
    }

    private static string Delimited(char separator, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(string.Join(separator, "date", "company", "amount")).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(separator, row.Select(c => separator == ',' && c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)).Append('\n');
        }

        return text.ToString();
    }

    private static string JsonLines(IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            // Every key named in every object, empty values as empty strings, as the CSV's empty cells.
            text.Append(CultureInfo.InvariantCulture, $"{{\"date\":{Quoted(row[0])},\"company\":{Quoted(row[1])},\"amount\":{Quoted(row[2])}}}\n");
        }

        return text.ToString();
    }

    private static byte[] Workbook(string[][] rows)
    {
        var sheet = new StringBuilder(Row(1, TextCell("A1", "date"), TextCell("B1", "company"), TextCell("C1", "amount")));
        for (var i = 0; i < rows.Length; i++)
        {
            var n = i + 2;
            sheet.Append(Row(n, [.. new[] { "A", "B", "C" }.Select((column, c) => rows[i][c].Length == 0 ? "" : TextCell($"{column}{n}", rows[i][c]))]));
        }

        return Write(("Deals", false, sheet.ToString()));
    }

    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>What a load gives: its deals sorted, its rejections by reason, its issues with their lines left out, and the order decided.</summary>
    private static string Outcome(string? text, string name = "deals.csv", byte[]? bytes = null)
    {
        using var temp = new TempDeals();
        try
        {
            var path = bytes is null ? temp.Write(name, text!) : temp.WriteBytes(name, bytes);
            return Summary(temp.Load(path, asOf: new DateOnly(2025, 6, 30), allowEmpty: true));
        }
        catch (InputException ex)
        {
            return "refused: " + Lines().Replace(ex.Reason, "line N");
        }
    }

    private static string Summary(LoadResult result)
    {
        var s = result.Statistics;
        Assert.Equal(s.RowsRead, s.RowsLoaded + s.RowsRejected);
        var deals = result.Deals.Deals
            .Select(static d => string.Create(CultureInfo.InvariantCulture, $"{d.Date:yyyy-MM-dd}|{d.Company}|{d.Amount}|{d.Currency}"))
            .Order(StringComparer.Ordinal);
        var issues = result.Issues
            .Select(static i => $"{i.Code} line N: {Lines().Replace(i.Code == DataIssueCodes.DateOrderFromValues ? Deciding().Replace(i.Message, "…") : i.Message, "line N")}")
            .Order(StringComparer.Ordinal);
        return string.Join('\n', [
            .. deals,
            .. s.RejectedByReason.Select(static r => $"{r.Key}={r.Value.Count}").Order(StringComparer.Ordinal),
            .. issues,
            string.Create(CultureInfo.InvariantCulture, $"order: {result.Profile.DateOrder.Decided} {result.Profile.DateOrder.DayFirst}/{result.Profile.DateOrder.MonthFirst}/{result.Profile.DateOrder.Either}"),
        ]);
    }

    // The first deciding date, and the format it writes, depend on which comes first: the order decided does not.
    [GeneratedRegex(@"'[^']*'|\b(dd|MM)\W(dd|MM)\W(yyyy|yy)\b")]
    private static partial Regex Deciding();

    [GeneratedRegex(@"line \d+")]
    private static partial Regex Lines();
}
