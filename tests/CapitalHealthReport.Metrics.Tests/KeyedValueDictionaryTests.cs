namespace CapitalHealthReport.Metrics.Tests;

public sealed class KeyedValueDictionaryTests
{
    private static KeyedValueDictionary Sample() => new(["Beijing", "Shanghai", "Zhejiang", "北京"], [0.5, 0.25, 0.125, 0.125]);

    [Fact]
    public void Looks_keys_up_exactly_and_enumerates_them_in_ordinal_order()
    {
        var values = Sample();

        Assert.Equal(0.25, values["Shanghai"]);
        Assert.True(values.TryGetValue("北京", out var beijing));
        Assert.Equal(0.125, beijing);
        Assert.False(values.ContainsKey("beijing"));
        Assert.False(values.TryGetValue("Tianjin", out _));
        Assert.Throws<KeyNotFoundException>(() => values["Tianjin"]);
        Assert.Equal(["Beijing", "Shanghai", "Zhejiang", "北京"], values.Select(p => p.Key));
        Assert.Equal([0.5, 0.25, 0.125, 0.125], ((IReadOnlyDictionary<string, double>)values).Values);
        Assert.Equal(4, values.Count);
    }

    [Fact]
    public void Reads_like_the_sorted_dictionary_it_replaces()
    {
        var sorted = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["北京"] = 0.125, ["Zhejiang"] = 0.125, ["Shanghai"] = 0.25, ["Beijing"] = 0.5 };

        var values = Sample();

        Assert.Equal(sorted, values);
        Assert.Equal(sorted.Keys, values.Keys);
        Assert.Contains(new KeyValuePair<string, double>("Shanghai", 0.25), values);
        var copy = new KeyValuePair<string, double>[5];
        values.CopyTo(copy, 1);
        Assert.Equal(sorted, copy.Skip(1));
    }

    [Fact]
    public void Is_read_only()
    {
        var values = Sample();

        Assert.True(values.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => values["Beijing"] = 1);
        Assert.Throws<NotSupportedException>(() => values.Add("Tianjin", 1));
        Assert.Throws<NotSupportedException>(() => values.Remove("Beijing"));
        Assert.Throws<NotSupportedException>(values.Clear);
        Assert.Throws<NotSupportedException>(() => ((ICollection<double>)values.Values).Add(1));
    }

    [Fact]
    public void Orders_a_name_table_by_ordinal_and_keeps_the_last_index_of_a_repeated_name()
    {
        var (keys, indices) = KeyedValueDictionary.Order(["b", "B", "a", "b", "c"], i => i != 4);

        Assert.Equal(["B", "a", "b"], keys);
        Assert.Equal([1, 2, 3], indices);
    }
}
