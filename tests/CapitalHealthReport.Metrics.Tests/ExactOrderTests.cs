using CsCheck;

namespace CapitalHealthReport.Metrics.Tests;

public sealed class ExactOrderTests
{
    /// <summary>Amount lists: small and large (past the small-list cutoff), few or many distinct values, small or 62-bit magnitudes, already ordered either way.</summary>
    private static readonly Gen<long[]> GenAmounts = Gen.OneOf(
        Gen.Long[0, 1_000].Array[0, 600],
        Gen.Long[0, 5_000_000_000_00L].Array[0, 3_000],
        Gen.Long[0, long.MaxValue / 2].Array[200, 3_000],
        Gen.Long[0, 3].Select(v => v * 1_000_000_00L).Array[250, 2_000],
        Gen.Long[0, 1_000_000].Array[0, 300].Select(v => v.Order().ToArray()),
        Gen.Long[0, 1_000_000].Array[0, 300].Select(v => v.OrderDescending().ToArray()));

    [Fact]
    public void Radix_sort_orders_like_a_comparison_sort()
    {
        GenAmounts.Sample(values =>
        {
            var expected = values.ToArray();
            Array.Sort(expected);
            var actual = values.ToArray();

            ExactOrder.SortAscending(actual, new long[actual.Length], new int[ExactOrder.CountsLength]);

            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void Selection_finds_each_position_of_the_sorted_order_and_leaves_the_values_in_place()
    {
        GenAmounts.Where(v => v.Length > 0).Select(Gen.Int[0, int.MaxValue]).Sample(t =>
        {
            var (values, pick) = t;
            var sorted = values.ToArray();
            Array.Sort(sorted);
            var copy = values.ToArray();
            var k = pick % values.Length;

            var nth = ExactOrder.Nth(values, k, new long[values.Length], new int[ExactOrder.CountsLength]);

            Assert.Equal(sorted[k], nth);
            Assert.Equal(copy, values);
        });
    }

    [Fact]
    public void Selection_handles_equal_values_zeros_and_the_first_and_last_positions()
    {
        long[] values = [.. Enumerable.Repeat(5L, 300), .. Enumerable.Repeat(0L, 300), 7L];
        var scratch = new long[values.Length];
        var counts = new int[ExactOrder.CountsLength];

        Assert.Equal(0L, ExactOrder.Nth(values, 0, scratch, counts));
        Assert.Equal(0L, ExactOrder.Nth(values, 299, scratch, counts));
        Assert.Equal(5L, ExactOrder.Nth(values, 300, scratch, counts));
        Assert.Equal(7L, ExactOrder.Nth(values, 600, scratch, counts));
        Assert.Equal(0L, ExactOrder.Nth(new long[1000], 500, new long[1000], counts));
    }
}
