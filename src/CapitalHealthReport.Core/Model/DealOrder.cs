using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Model;

/// <summary>
/// Puts deals in canonical order (date, then id, ordinal) in linear time for the usual shapes of an export:
/// a stable counting sort by day, then an id sort only inside the days whose ids are out of order.
/// </summary>
internal static class DealOrder
{
    /// <summary>Largest span of days sorted by counting; wider spans fall back to a comparison sort.</summary>
    private const int MaxCountingDays = 1 << 22;

    public static int Compare(Deal a, Deal b)
    {
        var byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Sorts <paramref name="deals"/> in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(Deal[] deals)
    {
        var n = deals.Length;
        if (IsOrdered(deals))
        {
            return;
        }

        int[] order;
        var minDay = int.MaxValue;
        var maxDay = int.MinValue;
        foreach (var deal in deals)
        {
            minDay = Math.Min(minDay, deal.Date.DayNumber);
            maxDay = Math.Max(maxDay, deal.Date.DayNumber);
        }

        if ((long)maxDay - minDay < MaxCountingDays)
        {
            order = CountingOrder(deals, minDay, maxDay - minDay + 1);
        }
        else
        {
            order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) =>
            {
                var byKey = Compare(deals[x], deals[y]);
                return byKey != 0 ? byKey : x.CompareTo(y);
            });
        }

        var sorted = new Deal[n];
        for (var k = 0; k < n; k++)
        {
            sorted[k] = deals[order[k]];
        }

        sorted.CopyTo(deals, 0);
    }

    /// <summary>The canonical order of the rows of <paramref name="table"/> (the row of the deal at each position), or null when the rows already are in that order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[]? Order(DealTable table)
    {
        var n = table.Count;
        var ids = new IdText(table);
        var ordered = true;
        for (var i = 1; i < n && ordered; i++)
        {
            var day = table.Day[i - 1].CompareTo(table.Day[i]);
            ordered = day < 0 || (day == 0 && ids.Compare(i - 1, i) < 0);
        }

        if (ordered)
        {
            return null;
        }

        var minDay = int.MaxValue;
        var maxDay = int.MinValue;
        for (var i = 0; i < n; i++)
        {
            minDay = Math.Min(minDay, table.Day[i]);
            maxDay = Math.Max(maxDay, table.Day[i]);
        }

        if ((long)maxDay - minDay >= MaxCountingDays)
        {
            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) =>
            {
                var byDay = table.Day[x].CompareTo(table.Day[y]);
                var byKey = byDay != 0 ? byDay : ids.Compare(x, y);
                return byKey != 0 ? byKey : x.CompareTo(y);
            });
            return order;
        }

        var days = maxDay - minDay + 1;
        var start = new int[days + 1];
        for (var i = 0; i < n; i++)
        {
            start[table.Day[i] - minDay + 1]++;
        }

        for (var d = 0; d < days; d++)
        {
            start[d + 1] += start[d];
        }

        var counted = new int[n];
        var next = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            counted[next[table.Day[i] - minDay]++] = i;
        }

        var runs = Math.Clamp(n / (1 << 16), 1, 4 * Environment.ProcessorCount);
        Parallel.For(0, runs, run =>
        {
            var local = new IdText(table);
            var fromDay = FirstDayAtOrAfter(start, days, (long)n * run / runs);
            var toDay = FirstDayAtOrAfter(start, days, (long)n * (run + 1) / runs);
            for (var d = fromDay; d < toDay; d++)
            {
                SortDay(local, counted, start[d], start[d + 1]);
            }
        });

        return counted;
    }

    /// <summary>Orders the rows <c>order[from..to)</c> of one day by id (ordinal, then old row) unless they already are.</summary>
    private static void SortDay(IdText ids, int[] order, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (ids.Compare(order[k - 1], order[k]) >= 0)
            {
                Array.Sort(order, from, to - from, Comparer<int>.Create((x, y) =>
                {
                    var byId = ids.Compare(x, y);
                    return byId != 0 ? byId : x.CompareTo(y);
                }));
                return;
            }
        }
    }

    /// <summary>Compares the ids of two table rows ordinally, writing generated ids (<c>file:line</c>) into scratch buffers instead of strings.</summary>
    private sealed class IdText(DealTable table)
    {
        private char[] _left = new char[64];
        private char[] _right = new char[64];

        public int Compare(int a, int b)
        {
            if (table.HasId(a) && table.HasId(b))
            {
                return table.Ids[a].SequenceCompareTo(table.Ids[b]);
            }

            return Text(a, ref _left).SequenceCompareTo(Text(b, ref _right));
        }

        private ReadOnlySpan<char> Text(int row, ref char[] buffer)
        {
            if (table.HasId(row))
            {
                return table.Ids[row];
            }

            var file = table.File[row];
            if (buffer.Length < file.Length + 12)
            {
                buffer = new char[file.Length + 12];
            }

            file.CopyTo(buffer);
            buffer[file.Length] = ':';
            table.Line[row].TryFormat(buffer.AsSpan(file.Length + 1), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            return buffer.AsSpan(0, file.Length + 1 + written);
        }
    }

    /// <summary>True when every deal is strictly after its predecessor (date, then id).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsOrdered(Deal[] deals)
    {
        for (var i = 1; i < deals.Length; i++)
        {
            if (Compare(deals[i - 1], deals[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Stable counting sort by day; then each day's run is sorted by id (ordinal, then old index) when it is not already.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] CountingOrder(Deal[] deals, int minDay, int days)
    {
        var n = deals.Length;
        var start = new int[days + 1];
        foreach (var deal in deals)
        {
            start[deal.Date.DayNumber - minDay + 1]++;
        }

        for (var d = 0; d < days; d++)
        {
            start[d + 1] += start[d];
        }

        var order = new int[n];
        var next = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            order[next[deals[i].Date.DayNumber - minDay]++] = i;
        }

        // Days are independent: check (and if need be sort) them in parallel, in runs of about equal deal counts.
        var runs = Math.Clamp(n / (1 << 16), 1, 4 * Environment.ProcessorCount);
        Parallel.For(0, runs, run =>
        {
            var fromDay = FirstDayAtOrAfter(start, days, (long)n * run / runs);
            var toDay = FirstDayAtOrAfter(start, days, (long)n * (run + 1) / runs);
            for (var d = fromDay; d < toDay; d++)
            {
                SortDay(deals, order, start[d], start[d + 1]);
            }
        });

        return order;
    }

    /// <summary>The first day whose deals start at or after position <paramref name="position"/> (runs split between days, never inside one).</summary>
    private static int FirstDayAtOrAfter(int[] start, int days, long position)
    {
        int lo = 0, hi = days;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start[mid] < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Orders the deals <c>order[from..to)</c> of one day by id (ordinal, then old index) unless they already are.</summary>
    private static void SortDay(Deal[] deals, int[] order, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (string.CompareOrdinal(deals[order[k - 1]].Id, deals[order[k]].Id) >= 0)
            {
                Array.Sort(order, from, to - from, Comparer<int>.Create((x, y) =>
                {
                    var byId = string.CompareOrdinal(deals[x].Id, deals[y].Id);
                    return byId != 0 ? byId : x.CompareTo(y);
                }));
                return;
            }
        }
    }
}
