namespace CapitalHealthReport.Reference;

/// <summary>
/// Source label → canonical name, matched on <see cref="AliasKey"/> (case, width, spaces and <c>- _ .</c> ignored),
/// with an allocation-free fast path for labels that are already keys. Shared by the sector and region tables.
/// </summary>
internal sealed class AliasIndex
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exact;

    public AliasIndex()
    {
        _exact = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds an alias unless its key is empty or already taken (the first one wins).</summary>
    public void Add(string alias, string canonical)
    {
        var key = AliasKey.Of(alias);
        if (key.Length > 0)
        {
            _byKey.TryAdd(key, canonical);
        }
    }

    /// <summary>Sets an alias, replacing an earlier one (mapping-file aliases win over the bundled ones).</summary>
    public void Set(string alias, string canonical) => _byKey[AliasKey.Of(alias)] = canonical;

    /// <summary>The canonical name for a label, or null when none matches or the label is blank.</summary>
    public string? Map(ReadOnlySpan<char> raw)
    {
        if (raw.IsWhiteSpace())
        {
            return null;
        }

        if (_exact.TryGetValue(raw, out var hit))
        {
            return hit;
        }

        return _byKey.TryGetValue(AliasKey.Of(raw), out var name) ? name : null;
    }
}
