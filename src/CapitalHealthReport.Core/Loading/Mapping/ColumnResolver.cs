using System.Globalization;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Finds the source column of each canonical field: the mapping file's <c>columns:</c> first, then the canonical
/// and common English and Chinese names (<see cref="CanonicalFields.HeaderAliases"/>), each column used once.
/// Columns that appear later (new keys in JSON Lines) are matched as they come. A field the mapping reads from
/// several columns (<c>stage: [funding_round_type, funding_round_code]</c>) has them all in <see cref="Joined"/>.
/// </summary>
internal sealed class ColumnResolver
{
    private readonly DealMapping _mapping;
    private readonly int[] _columns = new int[CanonicalFields.Count];
    private readonly int[]?[] _joined = new int[]?[CanonicalFields.Count];
    private readonly List<bool> _used = [];
    private readonly List<string> _keys = [];

    public ColumnResolver(DealMapping mapping)
    {
        _mapping = mapping;
        Array.Fill(_columns, -1);
        foreach (var (fieldName, sources) in mapping.SourceColumns)
        {
            if (sources.Count > 1)
            {
                var joined = new int[sources.Count];
                Array.Fill(joined, -1);
                _joined[(int)CanonicalFields.FromName(fieldName)!.Value] = joined;
            }
        }
    }

    /// <summary>The column of each field (by <see cref="CanonicalField"/>), -1 where there is none; for a joined field, its first column.</summary>
    public int[] Columns => _columns;

    /// <summary>For each field read from several columns, their indexes in the mapping's order (-1 for a key not seen yet); null for other fields.</summary>
    public int[]?[] Joined => _joined;

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
            var index = Find(names, source);
            if (_columns[field] < 0 && index >= 0)
            {
                Use(field, index);
            }

            if (_joined[field] is { } joined)
            {
                var sources = _mapping.SourceColumns[fieldName];
                for (var k = 0; k < joined.Length; k++)
                {
                    if (joined[k] < 0 && Find(names, sources[k]) is var at and >= 0)
                    {
                        joined[k] = at;
                        _used[at] = true;
                    }
                }
            }
        }

        for (var field = 0; field < CanonicalFields.Count; field++)
        {
            if (_mapping.Columns.ContainsKey(CanonicalFields.Name((CanonicalField)field)))
            {
                continue;
            }

            if (_columns[field] < 0 && FindAlias((CanonicalField)field) is var index and >= 0)
            {
                Use(field, index);
            }
        }

        // An amount column named with its unit ("融资金额（万元）", "Amount (USD M)") is the amount column too.
        var amount = (int)CanonicalField.Amount;
        if (_columns[amount] < 0 && !_mapping.Columns.ContainsKey(CanonicalFields.Name(CanonicalField.Amount)))
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (!_used[i] && AmountColumnUnit.FromHeader(names[i], AmountColumnUnit.IsAmountAlias) is { } named && AmountColumnUnit.IsAmountAlias(named.Name))
                {
                    Use(amount, i);
                    break;
                }
            }
        }

        AmountUnit = _columns[amount] >= 0 ? AmountColumnUnit.FromHeader(names[_columns[amount]], AmountColumnUnit.IsAmountAlias)?.Unit : null;
        AmountNamedInPortugueseOrSpanish = _columns[amount] >= 0 && LatinAmericanHeaders.IsPortugueseOrSpanishAmount(names[_columns[amount]]);

        // An export by country with no region column (France, Germany, the Netherlands): its regions are its countries.
        var (region, country) = ((int)CanonicalField.Region, (int)CanonicalField.Country);
        if (RegionFromCountry && LateRegionKey is null)
        {
            LateRegionKey = FindAlias(CanonicalField.Region) is var late and >= 0 ? names[late] : null;
        }

        if (_columns[region] < 0 && _columns[country] >= 0 && _joined[region] is null
            && !_mapping.Columns.ContainsKey(CanonicalFields.Name(CanonicalField.Region)))
        {
            _columns[region] = _columns[country];
            RegionFromCountry = true;
        }
    }

    /// <summary>
    /// True when the file has a country column and no region column, so that the country column is read as the region too
    /// (a mapping that names a region column keeps it).
    /// </summary>
    public bool RegionFromCountry { get; private set; }

    /// <summary>
    /// A region key that first appeared (in JSON Lines) after the country had been taken as the regions: it is not read.
    /// Null when there is none.
    /// </summary>
    public string? LateRegionKey { get; private set; }

    /// <summary>The first column not read for another field whose name is one of <paramref name="field"/>'s header aliases; -1 when there is none.</summary>
    private int FindAlias(CanonicalField field)
    {
        foreach (var alias in CanonicalFields.HeaderAliases(field))
        {
            var index = _keys.IndexOf(AliasKey.Of(alias));
            if (index >= 0 && !_used[index])
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The unit the amount column's name gives its plain numbers (<c>万元</c> in "融资金额（万元）"); null when it gives none.</summary>
    public AmountColumnUnit? AmountUnit { get; private set; }

    /// <summary>True when the amount column's name is Portuguese or Spanish (<c>Valor</c>, <c>Monto</c>), so that <c>mil</c> in its values is a thousand.</summary>
    public bool AmountNamedInPortugueseOrSpanish { get; private set; }

    /// <summary>True when <paramref name="names"/> hold a date and a company column for <paramref name="mapping"/>: they can be a header row.</summary>
    public static bool FindsRequired(DealMapping mapping, IReadOnlyList<string> names)
    {
        var resolver = new ColumnResolver(mapping);
        resolver.Match(names);
        return resolver._columns[(int)CanonicalField.Date] >= 0 && resolver._columns[(int)CanonicalField.Company] >= 0;
    }

    /// <summary>Throws when a column the mapping names is missing, or when there is no date or company column.</summary>
    /// <param name="names">The column names (keys, for JSON Lines).</param>
    /// <param name="file">The deals file.</param>
    /// <param name="line">The header line (the first object's line).</param>
    /// <param name="objects">For JSON Lines, whose objects need not hold every mapped key: how many objects the keys were read from (0 for a header).</param>
    public void Require(IReadOnlyList<string> names, string file, int line, int objects = 0)
    {
        var keys = objects > 0;
        var found = string.Join(", ", names);
        if (!keys)
        {
            RequireMapped(names, file, ("column", "Columns"), "Correct the column name (it must match the header exactly).");
        }

        foreach (var required in (ReadOnlySpan<CanonicalField>)[CanonicalField.Date, CanonicalField.Company])
        {
            if (_columns[(int)required] < 0)
            {
                var name = CanonicalFields.Name(required);
                var looked = string.Join(", ", CanonicalFields.HeaderAliases(required));
                throw keys
                    ? new InputException($"has no '{name}' key in {(objects == 1 ? "its first object" : string.Create(CultureInfo.InvariantCulture, $"any of its first {objects:N0} objects"))} (looked for {looked}). Keys found: {found}.", file, line, hint: SettingText.Of($"{Settings.Init(file)} with 'columns: {{ {name}: <your key> }}', and pass it with {Settings.Mapping}."))
                    : new InputException($"has no '{name}' column (looked for {looked}). Columns found: {found}.", file, line, hint: SettingText.Of($"{Settings.Init(file)} with 'columns: {{ {name}: <your column> }}' (see docs/data.md), and pass it with {Settings.Mapping}."));
            }
        }
    }

    /// <summary>
    /// Throws, once every JSON Lines object is read, when a key the mapping names is in none of them (a key that holds an
    /// object is read as its keys' paths: the message names them).
    /// </summary>
    public void RequireMappedKeys(IReadOnlyList<string> keys, string file) =>
        RequireMapped(keys, file, ("key", "Keys"), "Correct the key (it must match exactly; a nested key is written as its path, such as company.name).");

    private void RequireMapped(IReadOnlyList<string> names, string file, (string One, string All) what, string hint)
    {
        foreach (var (fieldName, source) in _mapping.Columns)
        {
            var field = (int)CanonicalFields.FromName(fieldName)!.Value;
            var sources = _mapping.SourceColumns.GetValueOrDefault(fieldName) ?? [source];
            for (var k = 0; k < sources.Count; k++)
            {
                if ((_joined[field] is { } joined ? joined[k] : _columns[field]) < 0)
                {
                    var nested = names.Where(n => n.StartsWith(sources[k] + ".", StringComparison.OrdinalIgnoreCase)).ToList();
                    var inside = nested.Count > 0 ? $" It holds an object: map one of {string.Join(", ", nested)}." : "";
                    var at = _mapping.Positions.GetValueOrDefault("columns." + fieldName);
                    throw new InputException(
                        $"maps {fieldName} to the {what.One} '{sources[k]}', which {file} does not have.{inside} {what.All} found: {string.Join(", ", names)}.",
                        _mapping.File,
                        at.Line,
                        at.Column,
                        hint);
                }
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

    /// <summary>The column named <paramref name="name"/> exactly, else ignoring case; -1 when none is.</summary>
    private static int Find(IReadOnlyList<string> names, string name)
    {
        var index = IndexOf(names, name, StringComparison.Ordinal);
        return index >= 0 ? index : IndexOf(names, name, StringComparison.OrdinalIgnoreCase);
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
