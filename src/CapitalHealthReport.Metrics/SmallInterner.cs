namespace CapitalHealthReport.Metrics;

/// <summary>Interns the few distinct sector or region names, checking recent string instances before hashing.</summary>
internal sealed class SmallInterner
{
    private readonly string?[] _recent = new string?[64];
    private readonly int[] _recentIndex = new int[64];

    private readonly Dictionary<string, int> _table = new(StringComparer.Ordinal);

    /// <summary>The interned labels, by index.</summary>
    public List<string> Keys { get; } = [];

    public int Intern(string? value)
    {
        if (value is not null)
        {
            var slot = (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value) & 63);
            if (ReferenceEquals(_recent[slot], value))
            {
                return _recentIndex[slot];
            }

            var index = Lookup(Label(value));
            _recent[slot] = value;
            _recentIndex[slot] = index;
            return index;
        }

        return Lookup(DealColumns.UnknownLabel);
    }

    private int Lookup(string label)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_table, label, out var exists);
        if (!exists)
        {
            slot = Keys.Count;
            Keys.Add(label);
        }

        return slot;
    }

    private static string Label(string? value) => string.IsNullOrWhiteSpace(value) ? DealColumns.UnknownLabel : value.Trim();
}
