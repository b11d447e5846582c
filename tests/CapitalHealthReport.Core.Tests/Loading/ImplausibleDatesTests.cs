using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class ImplausibleDatesTests
{
    private static int[] Days(params string[] dates) => [.. dates.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture).DayNumber)];

    [Fact]
    public void Leaves_out_one_row_dated_far_after_the_rest_and_keeps_the_cut_off_at_the_last_plausible_date()
    {
        var days = Days("2019-11-02", "2020-01-13", "2200-12-31", "2019-12-30", "2020-01-02");

        var (rows, last) = ImplausibleDates.Find(days, asOf: null);

        var single = Assert.Single(rows);
        Assert.Equal(2, single.Row);
        Assert.Contains("more than a year after the rest of the data (which ends 2020-01-13)", single.Reason, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2020, 1, 13), last);
    }

    [Fact]
    public void Reports_dates_before_1990_and_after_the_publication_date()
    {
        var days = Days("1960-05-01", "2024-03-01", "2024-06-30", "2024-07-02");

        var (rows, last) = ImplausibleDates.Find(days, asOf: new DateOnly(2024, 6, 30));

        Assert.Equal([0, 3], rows.Select(r => r.Row));
        Assert.Equal("is before 1990", rows[0].Reason);
        Assert.Contains("after the publication date 2024-06-30", rows[1].Reason, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 6, 30), last);
    }

    [Fact]
    public void Keeps_a_gap_in_the_middle_of_the_data_and_a_large_late_group()
    {
        var days = Days("2015-01-01", "2015-02-01", "2019-01-01", "2019-02-01", "2019-03-01");

        var (rows, last) = ImplausibleDates.Find(days, asOf: null);

        Assert.Empty(rows);
        Assert.Equal(new DateOnly(2019, 3, 1), last);
    }

    [Fact]
    public void Leaves_out_every_isolated_date_after_the_first_long_gap()
    {
        var days = Days("2018-01-01", "2018-05-01", "2018-09-01", "2019-01-01", "2019-06-01", "2030-01-01", "2200-01-01");

        var (rows, last) = ImplausibleDates.Find(days, asOf: null);

        Assert.Equal([5, 6], rows.Select(r => r.Row));
        Assert.Equal(new DateOnly(2019, 6, 1), last);
    }

    [Fact]
    public void Has_no_cut_off_when_no_date_is_plausible()
    {
        var (rows, last) = ImplausibleDates.Find(Days("1960-01-01"), asOf: null);

        Assert.Single(rows);
        Assert.Null(last);
    }
}

public sealed class TimeOfDayTests
{
    [Theory]
    [InlineData("2024-03-05T10:00:00Z")]
    [InlineData("2024-03-05T23:59:60")]
    [InlineData("2024-03-05 10:00")]
    [InlineData("2024-03-05T10:00:00.123+08:00")]
    [InlineData("2024-03-05T10:00:00-0530")]
    [InlineData("2024/3/5 9:05 PM")]
    [InlineData("2024-03-05 00:00:00 UTC")]
    public void Accepts_a_date_with_a_time_of_day(string text)
    {
        Assert.Equal(DateStatus.Ok, new DateParser([]).Parse(text, out var date, out _));
        Assert.Equal(new DateOnly(2024, 3, 5), date);
    }

    [Theory]
    [InlineData("2024-03-05T25:61:61")]
    [InlineData("2024-03-05T24:00:00")]
    [InlineData("2024-03-05T10:60")]
    [InlineData("2024-03-05T10")]
    [InlineData("2024-03-05 13:00 PM")]
    [InlineData("2024-03-05T10:00:00+25:00")]
    [InlineData("2024-03-05Tnoon")]
    public void Rejects_a_time_that_is_not_a_time_of_day(string text)
    {
        Assert.Equal(DateStatus.Unparsable, new DateParser([]).Parse(text, out _, out var reason));
        Assert.Contains("time of day", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_what_sorting_every_date_finds()
    {
        // Many dates in a narrow range with a few far later: the tail the finder keeps (the last 1%) must decide as the whole sorted list would.
        var day = Gen.Frequency((20, Gen.Int[7300, 7400]), (1, Gen.Int[7700, 9000]), (1, Gen.Int[0, 8000]));
        Gen.Select(day.Array[0, 700], Gen.Bool).Sample((days, withAsOf) =>
        {
            var baseDay = new DateOnly(2000, 1, 1).DayNumber;
            var numbers = days.Select(d => baseDay + d).ToArray();
            var asOf = withAsOf ? DateOnly.FromDayNumber(baseDay + 7380) : (DateOnly?)null;

            var (rows, last) = ImplausibleDates.Find(numbers, asOf);
            var (expectedRows, expectedLast) = ByFullSort(numbers, asOf);

            Assert.Equal(expectedRows, rows.Select(r => r.Row));
            Assert.Equal(expectedLast, last);
        }, iter: 300);
    }

    /// <summary>The definition read plainly: sort every date in range and look for the first long gap among the last 1% (at least three).</summary>
    private static (List<int> Rows, DateOnly? Last) ByFullSort(int[] days, DateOnly? asOf)
    {
        var earliest = ImplausibleDates.Earliest.DayNumber;
        var latest = asOf?.DayNumber ?? int.MaxValue;
        var inRange = days.Where(d => d >= earliest && d <= latest).Order().ToList();
        var n = inRange.Count;
        var cut = n;
        for (var k = Math.Max(1, n - Math.Max(3, n / 100)); k < n; k++)
        {
            if (inRange[k] - inRange[k - 1] > ImplausibleDates.IsolationDays && (n - k) * 2 < n)
            {
                cut = k;
                break;
            }
        }

        var threshold = cut < n ? inRange[cut] : int.MaxValue;
        var rows = Enumerable.Range(0, days.Length).Where(r => days[r] < earliest || days[r] > latest || days[r] >= threshold).ToList();
        return (rows, cut == 0 ? null : DateOnly.FromDayNumber(inRange[cut - 1]));
    }
}
