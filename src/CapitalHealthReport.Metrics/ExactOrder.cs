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
        if (n <= SmallCount || any < 0)
        {
            values.Sort();
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
        return shift < 0 ? source[k] : SortedCopy(source, scratch)[k];
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
