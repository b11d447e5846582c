namespace CapitalHealthReport.Metrics;

/// <summary>Sorting with a total order, so that results never depend on the input order.</summary>
internal static class ExactOrder
{
    /// <summary>Sorts <paramref name="items"/>[0..count) by <paramref name="keys"/> ascending, then by item value ascending.</summary>
    public static void SortByKeyThenIndex(long[] keys, int[] items, int count)
    {
        Array.Sort(keys, items, 0, count);
        var start = 0;
        while (start < count)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(items, start, end - start);
            }

            start = end;
        }
    }
}
