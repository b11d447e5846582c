using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Loading;

/// <summary>
/// A string-keyed cache looked up by span, so that a value repeated across rows (a date, a stage, a sector) is
/// mapped and allocated once. The few values a label column repeats are found without hashing the whole text, in a
/// small table indexed by the text's length and three of its characters; past <see cref="MaxEntries"/> distinct
/// values, new ones are mapped each time instead of kept.
/// </summary>
internal sealed class ValueCache<T>
    where T : class
{
    private const int MaxEntries = 1 << 20;
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private const int RecentSlots = 64;
    private readonly string?[] _recentKeys = new string?[RecentSlots];
    private readonly T?[] _recent = new T?[RecentSlots];

    public ValueCache()
    {
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<T> Values => _entries.Values;

    public T Get(ReadOnlySpan<char> key, Func<string, T> create) => Get(key, create, static (text, factory) => factory(text));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T Get<TState>(ReadOnlySpan<char> key, TState state, Func<string, TState, T> create)
    {
        var slot = Slot(key);
        if (_recentKeys[slot] is { } recent && key.SequenceEqual(recent))
        {
            return _recent[slot]!;
        }

        if (!_lookup.TryGetValue(key, out var stored, out var hit))
        {
            stored = key.ToString();
            hit = create(stored, state);
            if (_entries.Count < MaxEntries)
            {
                _entries[stored] = hit;
            }
        }

        _recentKeys[slot] = stored;
        _recent[slot] = hit;
        return hit;
    }

    /// <summary>The text's place in the table of recent values: its length and its first, middle and last characters.</summary>
    private static int Slot(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return 0;
        }

        var mixed = (uint)((key.Length * 31) + key[0] + (key[key.Length >> 1] * 7) + (key[^1] * 13));
        return (int)((mixed ^ (mixed >> 6)) & (RecentSlots - 1));
    }
}
