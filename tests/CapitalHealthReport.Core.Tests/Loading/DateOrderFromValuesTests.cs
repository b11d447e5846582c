using System.Globalization;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Dates written with their year last (British 23/02/2024, American 02/23/2024) in an export without a date format: read
/// in the order of day and month the column's values show, when some can only be read one way and none the other;
/// refused, as before, when none shows it or they disagree.
/// </summary>
public sealed class DateOrderFromValuesTests
{
    private static IEnumerable<(string Company, string Date)> Dates(LoadResult result) =>
        result.Deals.Deals.OrderBy(static d => d.Company, StringComparer.Ordinal).Select(static d => (d.Company, d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    [Fact]
    public void A_british_export_is_read_day_first_the_dates_that_read_either_way_included()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n03/02/2024,A,1000\n23/02/2024,B,1000\n5/1/2024,C,1000\n2024-06-30,D,1000\n31/12/2024,E,1000\n");

        Assert.Equal([("A", "2024-02-03"), ("B", "2024-02-23"), ("C", "2024-01-05"), ("D", "2024-06-30"), ("E", "2024-12-31")], Dates(result));
        Assert.Equal((DayMonthOrder.DayFirst, 2, 0, 2, "dd/MM/yyyy"), (result.Profile.DateOrder.Decided, result.Profile.DateOrder.DayFirst, result.Profile.DateOrder.MonthFirst, result.Profile.DateOrder.Either, result.Profile.DateOrder.DecidedFormat));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.DateOrderFromValues, 3, "date", DataIssueSeverity.Warning), (issue.Code, issue.Line, issue.Column, issue.Severity));
        Assert.Equal(
            "dates are read day/month/year (dd/MM/yyyy): '23/02/2024' (line 3) and 1 more can only be read so, and no date only month/day/year; 2 dates that read either way are read so too. Set date_format: dd/MM/yyyy in a mapping file to say so.",
            issue.Message);
        Assert.Equal(0, result.Statistics.RowsRejected);
    }

    [Fact]
    public void An_american_export_is_read_month_first_with_two_digit_years_and_times()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n03/02/24,A,1000\n02/23/24 14:30,B,1000\n12/31/2024,C,1000\n");

        Assert.Equal([("A", "2024-03-02"), ("B", "2024-02-23"), ("C", "2024-12-31")], Dates(result));
        Assert.Equal((DayMonthOrder.MonthFirst, "MM/dd/yy"), (result.Profile.DateOrder.Decided, result.Profile.DateOrder.DecidedFormat));
        Assert.Equal(
            "dates are read month/day/year (MM/dd/yy): '02/23/24 14:30' (line 3) and 1 more can only be read so, and no date only day/month/year; 1 date that reads either way is read so too. Set date_format: MM/dd/yy in a mapping file to say so.",
            Assert.Single(result.Issues).Message);
    }

    [Fact]
    public void Dates_that_all_read_either_way_are_refused_as_before()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n03/02/2024,A,1000\n2024-06-30,B,1000\n");

        Assert.Equal([("B", "2024-06-30")], Dates(result));
        Assert.Equal((DayMonthOrder.Unknown, 1), (result.Profile.DateOrder.Decided, result.Profile.DateOrder.Either));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.DateUnparsable, 2), (issue.Code, issue.Line));
        Assert.StartsWith("row rejected: '03/02/2024' is not in year-month-day order; for day/month/year set date_format: dd/MM/yyyy", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_that_disagree_are_refused_each_saying_its_own_order()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n23/02/2024,A,1000\n02/23/2024,B,1000\n03/02/2024,C,1000\n2024-06-30,D,1000\n");

        Assert.Equal([("D", "2024-06-30")], Dates(result));
        Assert.Equal((DayMonthOrder.Unknown, 1, 1, 1), (result.Profile.DateOrder.Decided, result.Profile.DateOrder.DayFirst, result.Profile.DateOrder.MonthFirst, result.Profile.DateOrder.Either));
        Assert.Equal(
            [
                (2, "row rejected: '23/02/2024' is not in year-month-day order: it is day/month/year; set date_format: dd/MM/yyyy in a mapping file."),
                (3, "row rejected: '02/23/2024' is not in year-month-day order: it is month/day/year; set date_format: MM/dd/yyyy in a mapping file."),
            ],
            result.Issues.Where(static i => i.Line < 4).Select(static i => (i.Line, i.Message)));
        Assert.Equal(
            "not decided: 1 date can only be read day/month/year ('23/02/2024', line 2) and 1 only month/day/year ('02/23/2024', line 3), so such dates are refused. Correct the dates that are wrong, or set date_format in a mapping file.",
            result.Profile.DateOrder.Describe());
    }

    [Fact]
    public void A_mappings_date_format_settles_the_order_and_nothing_is_decided_from_the_values()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n03/02/2024,A,1000\n23/02/2024,B,1000\n", mapping: "date_format: \"MM/dd/yyyy\"\n");

        Assert.Equal([("A", "2024-03-02")], Dates(result));
        Assert.Equal((DayMonthOrder.Unknown, 0), (result.Profile.DateOrder.Decided, result.Profile.DateOrder.DayFirst));
        Assert.Equal((DataIssueCodes.DateUnparsable, 3), (Assert.Single(result.Issues).Code, result.Issues[0].Line));
    }

    [Fact]
    public void A_date_that_is_no_calendar_date_in_the_decided_order_is_refused_saying_so()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n23/02/2024,A,1000\n31/02/2024,B,1000\n");

        Assert.Equal([("A", "2024-02-23")], Dates(result));
        var rejected = Assert.Single(result.Issues, static i => i.Code == DataIssueCodes.DateUnparsable);
        Assert.Equal((3, "row rejected: '31/02/2024' is not a calendar date (month or day out of range)."), (rejected.Line, rejected.Message));
    }

    [Fact]
    public void The_order_holds_in_any_row_order_and_either_side_of_a_batch()
    {
        var rows = new List<string> { "23/02/2024,Decisive,1000" };
        for (var i = 0; i < 5000; i++)
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"0{(i % 9) + 1}/0{(i % 7) + 1}/2023,C{i},1000"));
        }

        foreach (var at in new[] { 0, 4095, 4096, rows.Count - 1 })
        {
            var ordered = rows.Skip(1).ToList();
            ordered.Insert(at, rows[0]);
            using var temp = new TempDeals();

            var result = temp.LoadCsv("date,company,amount\n" + string.Join('\n', ordered) + "\n");

            Assert.Equal((5001, 0), (result.Statistics.RowsLoaded, result.Statistics.RowsRejected));
            // 08/01/2023: the 8th of January, as the one date only read day first says.
            Assert.Equal(new DateOnly(2023, 1, 8), result.Deals.Deals.Single(static d => d.Company == "C7").Date);
            Assert.Equal(at + 2, Assert.Single(result.Issues).Line);
        }
    }
}
