using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>A deal date left out of the data: its row's line, the date, and why it cannot be right.</summary>
public sealed record ImplausibleDate(int Line, DateOnly Date, string Reason);

/// <summary>
/// Finds dates no deal can have: before 1990, after the publication date (<c>--as-of</c>) when one is given, or
/// isolated more than a year after the rest of the data (a few rows dated 2200 in an export that ends in 2020). Such
/// rows are reported and left out, so that one bad row never moves the data's cut-off or the default period.
/// </summary>
public static class ImplausibleDates
{
    /// <summary>Dates before this are implausible for a deal.</summary>
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    /// <summary>A gap longer than this before the latest dates makes them isolated.</summary>
    public const int IsolationDays = 365;

    /// <summary>
    /// The rows of <paramref name="days"/> (day numbers) whose dates are implausible, each with its reason, and the
    /// last plausible date (null when none is).
    /// </summary>
    /// <param name="days">The deals' <see cref="DateOnly.DayNumber"/>s, one per row.</param>
    /// <param name="asOf">The publication date; later dates are implausible. Null when not given.</param>
    public static (IReadOnlyList<(int Row, string Reason)> Rows, DateOnly? LastPlausible) Find(ReadOnlySpan<int> days, DateOnly? asOf)
    {
        var earliest = Earliest.DayNumber;
        var latest = asOf?.DayNumber ?? int.MaxValue;
        var found = new List<(int Row, string Reason)>();

        // Only the latest dates can be isolated: the largest few of those in range, counted by day, not all sorted.
        var inRange = 0;
        var lastInRange = earliest;
        for (var row = 0; row < days.Length; row++)
        {
            var day = days[row];
            if (day < earliest)
            {
                found.Add((row, "is before 1990"));
            }
            else if (day > latest)
            {
                found.Add((row, string.Create(CultureInfo.InvariantCulture, $"is after the publication date {asOf:yyyy-MM-dd} (--as-of)")));
            }
            else
            {
                inRange++;
                lastInRange = Math.Max(lastInRange, day);
            }
        }

        var latestDays = LatestDays(days, earliest, lastInRange, TailLength(inRange));
        var cut = IsolatedFrom(latestDays, inRange);
        if (cut < inRange)
        {
            var offset = inRange - latestDays.Length;
            var threshold = latestDays[cut - offset];
            var last = DateOnly.FromDayNumber(latestDays[cut - 1 - offset]);
            for (var row = 0; row < days.Length; row++)
            {
                if (days[row] >= threshold && days[row] <= latest)
                {
                    found.Add((row, string.Create(CultureInfo.InvariantCulture, $"is more than a year after the rest of the data (which ends {last:yyyy-MM-dd})")));
                }
            }

            found.Sort((a, b) => a.Row.CompareTo(b.Row));
        }

        return (found, cut == 0 ? null : DateOnly.FromDayNumber(latestDays[cut - 1 - (inRange - latestDays.Length)]));
    }

    /// <summary>
    /// The <paramref name="count"/> latest of the days from <paramref name="earliest"/> to <paramref name="last"/>
    /// (the last in range), ascending, from a count of the rows of each day.
    /// </summary>
    private static int[] LatestDays(ReadOnlySpan<int> days, int earliest, int last, int count)
    {
        var latestDays = new int[count];
        if (count == 0)
        {
            return latestDays;
        }

        var rowsOfDay = new int[last - earliest + 1];
        foreach (var day in days)
        {
            if (day >= earliest && day <= last)
            {
                rowsOfDay[day - earliest]++;
            }
        }

        var k = count;
        for (var d = rowsOfDay.Length - 1; k > 0; d--)
        {
            for (var r = Math.Min(rowsOfDay[d], k); r > 0; r--)
            {
                latestDays[--k] = earliest + d;
            }
        }

        return latestDays;
    }

    /// <summary>How many of the latest of <paramref name="n"/> dates the isolation test reads: the <see cref="MostIsolated"/> it may cut, and the one before.</summary>
    private static int TailLength(int n) => Math.Min(n, MostIsolated(n) + 1);

    /// <summary>At most three or 1% of <paramref name="n"/> dates can be isolated.</summary>
    private static int MostIsolated(int n) => Math.Max(3, n / 100);

    /// <summary>
    /// The index, among all <paramref name="n"/> dates in order, from which they are isolated: the first gap of more
    /// than a year after which fewer dates follow than precede, and at most three or 1% of them. <paramref name="n"/>
    /// when none are. <paramref name="latest"/> holds the last of the dates, ascending.
    /// </summary>
    private static int IsolatedFrom(int[] latest, int n)
    {
        var offset = n - latest.Length;
        for (var k = Math.Max(1, n - MostIsolated(n)); k < n; k++)
        {
            var tail = n - k;
            if (latest[k - offset] - latest[k - 1 - offset] > IsolationDays && tail * 2 < n)
            {
                return k;
            }
        }

        return n;
    }
}
