using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Reference;

/// <summary>A canonical sector of the taxonomy with its Chinese name, subsectors and source aliases.</summary>
public sealed record SectorInfo(string Name, string ChineseName, IReadOnlyList<string> Subsectors, IReadOnlyList<string> Aliases)
{
    /// <summary>The sector's name for English readers (<c>EnterpriseSoftware</c> → "Enterprise software"); the key when the table gives none.</summary>
    public string EnglishName { get; init; } = Name;
}

/// <summary>
/// The sector taxonomy (<c>data/reference/sectors.yaml</c>): maps source sector labels (English,
/// Chinese, Crunchbase category codes) and subsector names onto canonical sectors.
/// </summary>
public sealed class SectorTaxonomy
{
    private readonly AliasIndex _sectors = new();
    private readonly Dictionary<string, string> _subsectorByAlias = new(StringComparer.Ordinal);

    public SectorTaxonomy(IEnumerable<SectorInfo> sectors)
    {
        All = [.. sectors.OrderBy(s => s.Name, StringComparer.Ordinal)];
        foreach (var sector in All)
        {
            _sectors.Add(sector.Name, sector.Name);
            _sectors.Add(sector.EnglishName, sector.Name);
            _sectors.Add(sector.ChineseName, sector.Name);
            foreach (var alias in sector.Aliases)
            {
                _sectors.Add(alias, sector.Name);
            }

            foreach (var subsector in sector.Subsectors)
            {
                _sectors.Add(subsector, sector.Name);
                _subsectorByAlias[AliasKey.Of(subsector)] = subsector;
            }
        }
    }

    public IReadOnlyList<SectorInfo> All { get; }

    /// <summary>A copy with extra <c>source value → sector</c> aliases (from a mapping file); later ones win.</summary>
    public SectorTaxonomy WithAliases(IEnumerable<KeyValuePair<string, string>> extra)
    {
        var copy = new SectorTaxonomy(All);
        foreach (var (alias, sector) in extra)
        {
            // A target goes through the same aliases as data values; one no alias knows is kept, a new sector.
            copy._sectors.Set(alias, Map(sector) ?? sector.Trim());
        }

        return copy;
    }

    /// <summary>The canonical sector for a source label, or null when no alias matches (or it is empty).</summary>
    public string? Map(string raw) => Map(raw.AsSpan());

    /// <inheritdoc cref="Map(string)"/>
    public string? Map(ReadOnlySpan<char> raw) => _sectors.Map(raw);

    /// <summary>
    /// The canonical sector for a label as exports write it: the label itself, else, for a list of industries
    /// (<c>Robotics, Artificial Intelligence (AI)</c>, <c>SaaS; Fintech</c>, <c>企业服务、人工智能</c>), the first
    /// industry the taxonomy knows, each also without a closing parenthesis (<c>Artificial Intelligence (AI)</c>).
    /// Null when none is known.
    /// </summary>
    public string? MapList(ReadOnlySpan<char> raw)
    {
        if (Map(raw) is { } whole)
        {
            return whole;
        }

        foreach (var range in raw.SplitAny(",;，；、|"))
        {
            var part = raw[range].Trim();
            if (Map(part) is { } sector)
            {
                return sector;
            }

            if (part.EndsWith(')') && part.LastIndexOf('(') is var open and > 0 && Map(part[..open]) is { } bare)
            {
                return bare;
            }
        }

        return null;
    }

    /// <summary>The canonical subsector name for a source label, or null when it names no subsector.</summary>
    public string? MapSubsector(ReadOnlySpan<char> raw) =>
        raw.IsWhiteSpace() ? null : _subsectorByAlias.GetValueOrDefault(AliasKey.Of(raw));

    public SectorInfo? Find(string canonical) => All.FirstOrDefault(s => string.Equals(s.Name, canonical, StringComparison.Ordinal));

    /// <summary>Reads <c>sectors.yaml</c>: <c>sectors:</c> list of <c>name</c>, <c>en</c>, <c>zh</c>, <c>subsectors</c>, <c>aliases</c>.</summary>
    public static SectorTaxonomy Load(string path) => Parse(ReferenceFiles.ReadText(path), Path.GetFileName(path));

    /// <summary>Reads the table from its <paramref name="text"/>; errors name <paramref name="file"/>.</summary>
    public static SectorTaxonomy Parse(string text, string file)
    {
        var root = YamlTree.ExpectMapping(YamlTree.Parse(text, file), file, "The sector taxonomy");
        var list = new List<SectorInfo>();
        foreach (var (key, value) in root.Entries)
        {
            if (key.Value != "sectors")
            {
                throw new InputException($"has the unknown key '{key.Value}'.", file, key.Line, key.Column, "The only top-level key is 'sectors'.");
            }

            if (value is not YSequence items)
            {
                throw new InputException($"'sectors' must be a list, not {value.Kind}.", file, value.Line, value.Column);
            }

            foreach (var item in items.Items)
            {
                var map = YamlTree.ExpectMapping(item, file, "Each sector");
                string? name = null, zh = null, en = null;
                IReadOnlyList<string> subs = [], aliases = [];
                foreach (var (k, v) in map.Entries)
                {
                    switch (k.Value)
                    {
                        case "name": name = YamlTree.ExpectString(v, file, "name"); break;
                        case "zh": zh = YamlTree.ExpectString(v, file, "zh"); break;
                        case "en": en = YamlTree.ExpectString(v, file, "en"); break;
                        case "subsectors": subs = YamlTree.ExpectStrings(v, file, "subsectors"); break;
                        case "aliases": aliases = YamlTree.ExpectStrings(v, file, "aliases"); break;
                        default:
                            throw new InputException($"has the unknown key '{k.Value}' in a sector.", file, k.Line, k.Column, "Use name, en, zh, subsectors, aliases.");
                    }
                }

                if (name is null)
                {
                    throw new InputException("has a sector without 'name'.", file, map.Line, map.Column);
                }

                list.Add(new SectorInfo(name, zh ?? name, subs, aliases) { EnglishName = en ?? name });
            }
        }

        if (list.Count == 0)
        {
            throw new InputException("lists no sectors.", file, hint: "Add a 'sectors:' list.");
        }

        return new SectorTaxonomy(list);
    }
}
