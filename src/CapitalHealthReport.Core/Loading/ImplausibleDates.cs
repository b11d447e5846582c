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
        var inRange = new List<int>(days.Length);
        for (var row = 0; row < days.Length; row++)
        {
            if (days[row] < earliest)
            {
                found.Add((row, "is before 1990"));
            }
            else if (days[row] > latest)
            {
                found.Add((row, string.Create(CultureInfo.InvariantCulture, $"is after the publication date {asOf:yyyy-MM-dd} (--as-of)")));
            }
            else
            {
                inRange.Add(days[row]);
            }
        }

        inRange.Sort();
        var cut = IsolatedFrom(inRange);
        if (cut < inRange.Count)
        {
            var threshold = inRange[cut];
            var last = DateOnly.FromDayNumber(inRange[cut - 1]);
            for (var row = 0; row < days.Length; row++)
            {
                if (days[row] >= threshold && days[row] <= latest)
                {
                    found.Add((row, string.Create(CultureInfo.InvariantCulture, $"is more than a year after the rest of the data (which ends {last:yyyy-MM-dd})")));
                }
            }

            found.Sort((a, b) => a.Row.CompareTo(b.Row));
        }

        return (found, cut == 0 ? null : DateOnly.FromDayNumber(inRange[cut - 1]));
    }

    /// <summary>
    /// The index in sorted <paramref name="days"/> from which the dates are isolated: the first gap of more than a year
    /// after which fewer dates follow than precede, and at most three or 1% of them. <c>days.Count</c> when none are.
    /// </summary>
    private static int IsolatedFrom(List<int> days)
    {
        var n = days.Count;
        var most = Math.Max(3, n / 100);
        for (var k = Math.Max(1, n - most); k < n; k++)
        {
            var tail = n - k;
            if (days[k] - days[k - 1] > IsolationDays && tail * 2 < n)
            {
                return k;
            }
        }

        return n;
    }
}
