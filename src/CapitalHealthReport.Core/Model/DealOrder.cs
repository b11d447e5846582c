using System.Globalization;
using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Model;

/// <summary>
/// Puts deals in canonical order (date, then id, ordinal). The rows of a loaded <see cref="DealTable"/> are ordered
/// in linear time for the usual shapes of an export: a stable counting sort by day, then an id sort only inside the
/// days whose ids are out of order. Deal objects (a deal set built in memory) are sorted by comparison.
/// </summary>
internal static class DealOrder
{
    public static int Compare(Deal a, Deal b)
    {
        var byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Sorts <paramref name="deals"/> in place; deals equal in date and id keep their order.</summary>
    public static void Sort(Deal[] deals)
    {
        for (var i = 1; i < deals.Length; i++)
        {
            if (Compare(deals[i - 1], deals[i]) >= 0)
            {
                deals.Order(Comparer<Deal>.Create(Compare)).ToArray().CopyTo(deals, 0);
                return;
            }
        }
    }

    /// <summary>The canonical order of the rows of <paramref name="table"/> (the row of the deal at each position), or null when the rows already are in that order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[]? Order(DealTable table)
    {
        var keys = new TableKeys(table);
        var n = keys.Count;
        var ordered = true;
        for (var i = 1; i < n && ordered; i++)
        {
            var day = keys.Day(i - 1).CompareTo(keys.Day(i));
            ordered = day < 0 || (day == 0 && keys.CompareIds(i - 1, i) < 0);
        }

        if (ordered)
        {
            return null;
        }

        var minDay = int.MaxValue;
        var maxDay = int.MinValue;
        for (var i = 0; i < n; i++)
        {
            minDay = Math.Min(minDay, keys.Day(i));
            maxDay = Math.Max(maxDay, keys.Day(i));
        }

        // DateOnly spans about 3.65 million days, so the counts always fit (14.6 MB at the very most).
        var days = maxDay - minDay + 1;
        var start = new int[days + 1];
        for (var i = 0; i < n; i++)
        {
            start[keys.Day(i) - minDay + 1]++;
        }

        for (var d = 0; d < days; d++)
        {
            start[d + 1] += start[d];
        }

        var counted = new int[n];
        var next = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            counted[next[keys.Day(i) - minDay]++] = i;
        }

        // Days are independent: check (and if need be sort) them in parallel, in runs of about equal deal counts.
        var runs = Math.Clamp(n / (1 << 16), 1, 4 * Environment.ProcessorCount);
        var prefixes = keys.Prefixes(runs);
        Parallel.For(0, runs, run =>
        {
            var local = keys.Fork();
            var fromDay = FirstDayAtOrAfter(start, days, (long)n * run / runs);
            var toDay = FirstDayAtOrAfter(start, days, (long)n * (run + 1) / runs);
            for (var d = fromDay; d < toDay; d++)
            {
                SortDay(local, prefixes, counted, start[d], start[d + 1]);
            }
        });

        return counted;
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

    /// <summary>
    /// Orders the positions <c>order[from..to)</c> of one day by id (ordinal, then position) unless they already are:
    /// by each row's prefix key (sorted without a comparer), then, within a run of equal keys, by the whole ids.
    /// </summary>
    private static void SortDay(TableKeys keys, ulong[] prefixes, int[] order, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            var (previous, next) = (order[k - 1], order[k]);
            if (prefixes[previous] > prefixes[next] || (prefixes[previous] == prefixes[next] && keys.CompareIds(previous, next) >= 0))
            {
                var rows = order.AsSpan(from, to - from);
                var sorted = keys.Scratch(rows.Length);
                for (var j = 0; j < rows.Length; j++)
                {
                    sorted[j] = prefixes[rows[j]];
                }

                SortByKey(sorted, rows);
                for (var run = 0; run < rows.Length;)
                {
                    var end = run + 1;
                    while (end < rows.Length && sorted[end] == sorted[run])
                    {
                        end++;
                    }

                    if (end - run > 1)
                    {
                        rows[run..end].Sort((x, y) =>
                        {
                            var byId = keys.CompareIds(x, y);
                            return byId != 0 ? byId : x.CompareTo(y);
                        });
                    }

                    run = end;
                }

                return;
            }
        }
    }

    /// <summary>
    /// Sorts <paramref name="rows"/> by <paramref name="keys"/> (moved with them; equal keys in any order). A day's
    /// deals are usually a few hundred: a Shell sort (Ciura's gaps), compiled optimised at once, since days are
    /// sorted thousands of times, too often and too briefly for the runtime to recompile a library sort in time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortByKey(Span<ulong> keys, Span<int> rows)
    {
        if (keys.Length > 4096)
        {
            keys.Sort(rows);
            return;
        }

        ReadOnlySpan<int> gaps = [1750, 701, 301, 132, 57, 23, 10, 4, 1];
        foreach (var gap in gaps)
        {
            for (var i = gap; i < keys.Length; i++)
            {
                var (key, row) = (keys[i], rows[i]);
                var j = i;
                for (; j >= gap && keys[j - gap] > key; j -= gap)
                {
                    keys[j] = keys[j - gap];
                    rows[j] = rows[j - gap];
                }

                keys[j] = key;
                rows[j] = row;
            }
        }
    }

    /// <summary>The keys of table rows: generated ids (<c>file:line</c>) are written into scratch buffers, never made into strings.</summary>
    private readonly struct TableKeys(DealTable table)
    {
        private readonly Scratch _scratch = new();

        public int Count => table.Count;

        public int Day(int position) => table.Day[position];

        public int CompareIds(int a, int b)
        {
            if (table.HasId(a) && table.HasId(b))
            {
                return table.Ids[a].SequenceCompareTo(table.Ids[b]);
            }

            return Text(a, ref _scratch.Left).SequenceCompareTo(Text(b, ref _scratch.Right));
        }

        public TableKeys Fork() => new(table);

        /// <summary>
        /// Per table row, a key whose order is the ordinal order of the id's first characters (the first 8 when, in
        /// every row, they are all below U+0100; else the first 4), zero-padded: equal keys leave the order to the
        /// whole ids. Worked out in table order, <paramref name="runs"/> ranges in parallel, where the ids lie in the
        /// order they were read.
        /// </summary>
        public ulong[] Prefixes(int runs)
        {
            var keys = new ulong[Count];
            var table = this;
            var wide = 0;
            Parallel.For(0, runs, run =>
            {
                var local = table.Fork();
                if (local.Fill(keys, (int)((long)keys.Length * run / runs), (int)((long)keys.Length * (run + 1) / runs), wide: false) >= 0x100)
                {
                    Volatile.Write(ref wide, 1);
                }
            });

            if (wide != 0)
            {
                Parallel.For(0, runs, run => table.Fork().Fill(keys, (int)((long)keys.Length * run / runs), (int)((long)keys.Length * (run + 1) / runs), wide: true));
            }

            return keys;
        }

        /// <summary>This thread's scratch buffer of <paramref name="length"/> keys, valid until the next call.</summary>
        public Span<ulong> Scratch(int length)
        {
            if (_scratch.Prefixes.Length < length)
            {
                _scratch.Prefixes = new ulong[Math.Max(length, 2 * _scratch.Prefixes.Length)];
            }

            return _scratch.Prefixes.AsSpan(0, length);
        }

        /// <summary>Fills the keys of rows <c>from..to</c>: eight 8-bit characters, or four 16-bit ones when <paramref name="wide"/>; returns the bits of every character seen, or-ed.</summary>
        private int Fill(ulong[] keys, int from, int to, bool wide)
        {
            var (count, bits) = wide ? (4, 16) : (8, 8);
            var seen = 0;
            for (var row = from; row < to; row++)
            {
                var id = Text(row, ref _scratch.Left);
                ulong key = 0;
                for (var c = 0; c < count; c++)
                {
                    var unit = c < id.Length ? id[c] : 0;
                    seen |= unit;
                    key = (key << bits) | (uint)unit;
                }

                keys[row] = key;
            }

            return seen;
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
            table.Line[row].TryFormat(buffer.AsSpan(file.Length + 1), out var written, default, CultureInfo.InvariantCulture);
            return buffer.AsSpan(0, file.Length + 1 + written);
        }
    }

    private sealed class Scratch
    {
        public char[] Left = new char[64];
        public char[] Right = new char[64];
        public ulong[] Prefixes = [];
    }
}
