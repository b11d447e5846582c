using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Finds the source column of each canonical field: the mapping file's <c>columns:</c> first, then the canonical
/// and common English and Chinese names (<see cref="CanonicalFields.HeaderAliases"/>), each column used once.
/// Columns that appear later (new keys in JSON Lines) are matched as they come.
/// </summary>
internal sealed class ColumnResolver
{
    private readonly DealMapping _mapping;
    private readonly int[] _columns = new int[CanonicalFields.Count];
    private readonly List<bool> _used = [];
    private readonly List<string> _keys = [];

    public ColumnResolver(DealMapping mapping)
    {
        _mapping = mapping;
        Array.Fill(_columns, -1);
    }

    /// <summary>The column of each field (by <see cref="CanonicalField"/>), -1 where there is none.</summary>
    public int[] Columns => _columns;

    /// <summary>Matches the columns of <paramref name="names"/> not seen before.</summary>
    public void Match(IReadOnlyList<string> names)
    {
        if (names.Count == _keys.Count)
        {
            return;
        }

        for (var i = _keys.Count; i < names.Count; i++)
        {
            _keys.Add(AliasKey.Of(names[i]));
            _used.Add(false);
        }

        foreach (var (fieldName, source) in _mapping.Columns)
        {
            var field = (int)CanonicalFields.FromName(fieldName)!.Value;
            var index = IndexOf(names, source, StringComparison.Ordinal);
            index = index >= 0 ? index : IndexOf(names, source, StringComparison.OrdinalIgnoreCase);
            if (_columns[field] < 0 && index >= 0)
            {
                Use(field, index);
            }
        }

        for (var field = 0; field < CanonicalFields.Count; field++)
        {
            if (_mapping.Columns.ContainsKey(CanonicalFields.Name((CanonicalField)field)))
            {
                continue;
            }

            foreach (var alias in CanonicalFields.HeaderAliases((CanonicalField)field))
            {
                var key = AliasKey.Of(alias);
                var index = _columns[field] < 0 ? _keys.IndexOf(key) : -1;
                if (index >= 0 && !_used[index])
                {
                    Use(field, index);
                    break;
                }
            }
        }
    }

    /// <summary>Throws when a column the mapping names is missing, or when there is no date or company column.</summary>
    /// <param name="names">The column names (keys, for JSON Lines).</param>
    /// <param name="file">The deals file.</param>
    /// <param name="line">The header line (the first object's line).</param>
    /// <param name="keys">True for JSON Lines, whose objects need not hold every mapped key.</param>
    public void Require(IReadOnlyList<string> names, string file, int line, bool keys)
    {
        var found = string.Join(", ", names);
        foreach (var (fieldName, source) in _mapping.Columns)
        {
            if (!keys && _columns[(int)CanonicalFields.FromName(fieldName)!.Value] < 0)
            {
                var at = _mapping.Positions.GetValueOrDefault("columns." + fieldName);
                throw new InputException(
                    $"maps {fieldName} to the column '{source}', which {file} does not have. Columns found: {found}.",
                    _mapping.File,
                    at.Line,
                    at.Column,
                    "Correct the column name (it must match the header exactly).");
            }
        }

        foreach (var required in (ReadOnlySpan<CanonicalField>)[CanonicalField.Date, CanonicalField.Company])
        {
            if (_columns[(int)required] < 0)
            {
                var name = CanonicalFields.Name(required);
                var looked = string.Join(", ", CanonicalFields.HeaderAliases(required));
                throw keys
                    ? new InputException($"has no '{name}' key in its first object (looked for {looked}). Keys found: {found}.", file, line, hint: $"Write a mapping file with 'columns: {{ {name}: <your key> }}' and pass it with --mapping.")
                    : new InputException($"has no '{name}' column (looked for {looked}). Columns found: {found}.", file, line, hint: $"Write a mapping file with 'columns: {{ {name}: <your column> }}' and pass it with --mapping (see docs/data.md).");
            }
        }
    }

    /// <summary>The source name of a field's column (the mapped name where the source lacks it), for messages.</summary>
    public string? Name(CanonicalField field, IReadOnlyList<string> names) =>
        _columns[(int)field] is var column and >= 0 ? names[column] : _mapping.Columns.GetValueOrDefault(CanonicalFields.Name(field));

    private void Use(int field, int index)
    {
        _columns[field] = index;
        _used[index] = true;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name, StringComparison comparison)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name.Trim(), comparison))
            {
                return i;
            }
        }

        return -1;
    }
}
