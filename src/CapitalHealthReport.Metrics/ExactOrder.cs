using System.Numerics;
using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Ordering of non-negative integer amounts (cents): a radix sort and a radix selection. Both depend only on the
/// multiset of values, never on the order they arrive in, so results never depend on row order or threads.
/// Both are compiled optimized from their first call, like the scope passes that use them.
/// </summary>
internal static class ExactOrder
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int DigitMask = Buckets - 1;

    /// <summary>Up to this many values a comparison sort beats the radix passes.</summary>
    private const int SmallCount = 256;

    /// <summary>Entries of the histogram space that <see cref="SortAscending"/> and <see cref="Nth"/> take: one table per 11-bit digit of a 64-bit value.</summary>
    public const int CountsLength = 6 * Buckets;

    /// <summary>
    /// Sorts <paramref name="values"/> ascending: a least-significant-digit radix sort over 11-bit digits that skips
    /// the digits every value shares. <paramref name="scratch"/> holds at least as many values; <paramref name="counts"/>
    /// holds <see cref="CountsLength"/> entries. A negative value (never a valid amount) falls back to a comparison sort.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SortAscending(Span<long> values, Span<long> scratch, Span<int> counts)
    {
        var n = values.Length;
        var any = Or(values);
        if (any < 0)
        {
            values.Sort();
            return;
        }

        if (n <= SmallCount)
        {
            SortSmall(values);
            return;
        }

        var digits = DigitCount(any);
        var table = counts[..(digits * Buckets)];
        table.Clear();
        foreach (var v in values)
        {
            var rest = v;
            for (var d = 0; d < digits; d++)
            {
                table[(d * Buckets) + (int)(rest & DigitMask)]++;
                rest >>= DigitBits;
            }
        }

        Span<long> source = values;
        Span<long> target = scratch[..n];
        var inScratch = false;
        for (var d = 0; d < digits; d++)
        {
            var count = table.Slice(d * Buckets, Buckets);
            var shift = d * DigitBits;
            if (count[(int)((source[0] >> shift) & DigitMask)] == n)
            {
                continue; // every value has the same digit here
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var c = count[b];
                count[b] = sum;
                sum += c;
            }

            foreach (var v in source)
            {
                target[count[(int)((v >> shift) & DigitMask)]++] = v;
            }

            var swap = source;
            source = target;
            target = swap;
            inScratch = !inScratch;
        }

        if (inScratch)
        {
            source.CopyTo(values);
        }
    }

    /// <summary>
    /// The value at 0-based position <paramref name="k"/> of <paramref name="values"/> in ascending order, without
    /// reordering them: a most-significant-digit radix selection that keeps only the candidates of the chosen digit.
    /// <paramref name="scratch"/> holds at least as many values; <paramref name="counts"/> holds <see cref="CountsLength"/> entries.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Nth(ReadOnlySpan<long> values, int k, Span<long> scratch, Span<int> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        var any = Or(values);
        if (any < 0)
        {
            return SortedCopy(values, scratch)[k];
        }

        var count = counts[..Buckets];
        var shift = (DigitCount(any) - 1) * DigitBits;
        var source = values;
        while (source.Length > SmallCount && shift >= 0)
        {
            count.Clear();
            foreach (var v in source)
            {
                count[(int)((v >> shift) & DigitMask)]++;
            }

            var bucket = 0;
            while (k >= count[bucket])
            {
                k -= count[bucket];
                bucket++;
            }

            // Keep the candidates with this digit (in place when they already are in the scratch space: the write
            // position never passes the read position).
            if (count[bucket] < source.Length)
            {
                var m = 0;
                foreach (var v in source)
                {
                    if ((int)((v >> shift) & DigitMask) == bucket)
                    {
                        scratch[m++] = v;
                    }
                }

                source = scratch[..m];
            }

            shift -= DigitBits;
        }

        // Either few candidates are left, or every digit is fixed and all candidates are equal.
        if (shift < 0)
        {
            return source[k];
        }

        var candidates = scratch[..source.Length];
        source.CopyTo(candidates);
        return SelectSmall(candidates, k);
    }

    /// <summary>
    /// Sorts a few values ascending: a Shell sort (Ciura's gaps). Scopes call this thousands of times on short
    /// spans, too often and too briefly for the runtime to recompile a generic library sort optimised in time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortSmall(Span<long> values)
    {
        ReadOnlySpan<int> gaps = [132, 57, 23, 10, 4, 1];
        foreach (var gap in gaps)
        {
            for (var i = gap; i < values.Length; i++)
            {
                var v = values[i];
                var j = i;
                for (; j >= gap && values[j - gap] > v; j -= gap)
                {
                    values[j] = values[j - gap];
                }

                values[j] = v;
            }
        }
    }

    /// <summary>
    /// The value at 0-based position <paramref name="k"/> of <paramref name="values"/> in ascending order, reordering
    /// them: a quickselect on the median of three, the last few values sorted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long SelectSmall(Span<long> values, int k)
    {
        var lo = 0;
        var hi = values.Length - 1;
        while (hi - lo > 8)
        {
            var mid = lo + ((hi - lo) >>> 1);
            var (a, b, c) = (values[lo], values[mid], values[hi]);
            var pivot = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now values[lo..j] <= pivot <= values[i..hi], and values strictly between j and i equal the pivot.
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return values[k];
            }
        }

        SortSmall(values[lo..(hi + 1)]);
        return values[k];
    }

    private static Span<long> SortedCopy(ReadOnlySpan<long> values, Span<long> scratch)
    {
        var copy = scratch[..values.Length];
        values.CopyTo(copy);
        copy.Sort();
        return copy;
    }

    private static long Or(ReadOnlySpan<long> values)
    {
        long any = 0;
        foreach (var v in values)
        {
            any |= v;
        }

        return any;
    }

    /// <summary>Number of 11-bit digits of the largest value whose bits are all in <paramref name="any"/> (at least 1).</summary>
    private static int DigitCount(long any) => Math.Max(1, (64 - BitOperations.LeadingZeroCount((ulong)any) + DigitBits - 1) / DigitBits);
}
