using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Loading;

/// <summary>
/// A string-keyed cache looked up by span, so that a value repeated across rows (a date, a stage, a sector) is
/// mapped and allocated once. A value equal to the previous one is found without hashing; past
/// <see cref="MaxEntries"/> distinct values, new ones are mapped each time instead of kept.
/// </summary>
internal sealed class ValueCache<T>
    where T : class
{
    private const int MaxEntries = 1 << 20;
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private string? _lastKey;
    private T? _last;

    public ValueCache()
    {
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<T> Values => _entries.Values;

    public T Get(ReadOnlySpan<char> key, Func<string, T> create) => Get(key, create, static (text, factory) => factory(text));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T Get<TState>(ReadOnlySpan<char> key, TState state, Func<string, TState, T> create)
    {
        if (_lastKey is not null && key.SequenceEqual(_lastKey))
        {
            return _last!;
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

        _lastKey = stored;
        _last = hit;
        return hit;
    }
}
