using System.Collections;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// The values of a keyed metric (by stage, sector, region or investor type): read-only, keys distinct and in
/// ordinal order, held in two arrays. The key array is shared by every scope of an engine; each scope owns its values.
/// It reads like the sorted dictionary it replaces (lookups, ordinal enumeration) for rules, templates and outputs.
/// </summary>
internal sealed class KeyedValueDictionary : IDictionary<string, double>, IReadOnlyDictionary<string, double>
{
    private readonly string[] _keys;
    private readonly double[] _values;

    /// <param name="keys">Distinct keys in ordinal order (not copied).</param>
    /// <param name="values">One value per key (not copied).</param>
    public KeyedValueDictionary(string[] keys, double[] values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("One value per key is needed.", nameof(values));
        }

        _keys = keys;
        _values = values;
    }

    /// <summary>A dictionary without keys.</summary>
    public static KeyedValueDictionary Empty { get; } = new([], []);

    public int Count => _keys.Length;

    public bool IsReadOnly => true;

    /// <summary>The keys, ordinal.</summary>
    public ReadOnlySpan<string> KeySpan => _keys;

    /// <summary>The key array itself, shared by every scope of an engine: to derive something from the keys once per table. Never changed.</summary>
    public string[] KeyTable => _keys;

    /// <summary>The values, in key order.</summary>
    public ReadOnlySpan<double> ValueSpan => _values;

    public ICollection<string> Keys => Array.AsReadOnly(_keys);

    public ICollection<double> Values => Array.AsReadOnly(_values);

    IEnumerable<string> IReadOnlyDictionary<string, double>.Keys => Keys;

    IEnumerable<double> IReadOnlyDictionary<string, double>.Values => Values;

    public double this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' was not present in the dictionary.");
        set => throw ReadOnly();
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out double value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : 0d;
        return index >= 0;
    }

    public bool Contains(KeyValuePair<string, double> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<double>.Default.Equals(value, item.Value);

    public void CopyTo(KeyValuePair<string, double>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < _keys.Length)
        {
            throw new ArgumentException("The array is too small.", nameof(array));
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            array[arrayIndex + i] = new KeyValuePair<string, double>(_keys[i], _values[i]);
        }
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, double>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Add(string key, double value) => throw ReadOnly();

    public void Add(KeyValuePair<string, double> item) => throw ReadOnly();

    public bool Remove(string key) => throw ReadOnly();

    public bool Remove(KeyValuePair<string, double> item) => throw ReadOnly();

    public void Clear() => throw ReadOnly();

    /// <summary>
    /// The ordinal order of a table of names: the distinct names sorted, each with the index it has in the table
    /// (for a name listed twice, its last index, as assigning the table to a dictionary in order would keep).
    /// </summary>
    public static (string[] Keys, int[] Indices) Order(IReadOnlyList<string> names, Func<int, bool>? include = null)
    {
        var indices = Enumerable.Range(0, names.Count).Where(i => include is null || include(i)).ToArray();
        Array.Sort(indices, (x, y) =>
        {
            var byName = string.CompareOrdinal(names[x], names[y]);
            return byName != 0 ? byName : x.CompareTo(y);
        });
        var keys = new List<string>();
        var kept = new List<int>();
        for (var k = 0; k < indices.Length; k++)
        {
            if (k + 1 < indices.Length && string.Equals(names[indices[k]], names[indices[k + 1]], StringComparison.Ordinal))
            {
                continue;
            }

            keys.Add(names[indices[k]]);
            kept.Add(indices[k]);
        }

        return ([.. keys], [.. kept]);
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int lo = 0, hi = _keys.Length - 1;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var order = string.CompareOrdinal(_keys[mid], key);
            if (order == 0)
            {
                return mid;
            }

            if (order < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static NotSupportedException ReadOnly() => new("The metric values are read-only.");
}
