using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Reference;

/// <summary>A canonical region (province, municipality, special administrative region or US state).</summary>
public sealed record RegionInfo(string Name, string ChineseName, string Country, IReadOnlyList<string> Aliases);

/// <summary>
/// The region directory (<c>data/reference/regions.yaml</c>): maps source region labels (English,
/// Chinese with or without 省/市/自治区, pinyin variants, US state names and codes) onto canonical regions.
/// </summary>
public sealed class RegionDirectory
{
    /// <summary>What separates the places of a location: commas, and semicolons where a JSON list of places was joined.</summary>
    private static readonly System.Buffers.SearchValues<char> PlaceSeparators = System.Buffers.SearchValues.Create(",，;；");

    private readonly AliasIndex _aliases = new();
    private readonly Dictionary<string, RegionInfo> _byName = new(StringComparer.Ordinal);

    public RegionDirectory(IEnumerable<RegionInfo> regions)
    {
        All = [.. regions.OrderBy(r => r.Name, StringComparer.Ordinal)];
        foreach (var region in All)
        {
            _byName[region.Name] = region;
            _aliases.Add(region.Name, region.Name);
            _aliases.Add(region.ChineseName, region.Name);
            foreach (var alias in region.Aliases)
            {
                _aliases.Add(alias, region.Name);
            }
        }
    }

    public IReadOnlyList<RegionInfo> All { get; }

    /// <summary>
    /// A copy with extra <c>source value → region</c> aliases (from a mapping file); later ones win. A target goes
    /// through the same aliases as data values (<c>北京-海淀区: 北京</c> means Beijing); a target no alias knows is
    /// kept as written, a new region.
    /// </summary>
    public RegionDirectory WithAliases(IEnumerable<KeyValuePair<string, string>> extra)
    {
        var copy = new RegionDirectory(All);
        foreach (var (alias, region) in extra)
        {
            copy._aliases.Set(alias, Map(region) ?? region.Trim());
        }

        return copy;
    }

    /// <summary>The canonical region for a source label, or null when no alias matches (or it is empty).</summary>
    public string? Map(string raw) => Map(raw.AsSpan());

    /// <inheritdoc cref="Map(string)"/>
    public string? Map(ReadOnlySpan<char> raw) => _aliases.Map(raw);

    /// <summary>
    /// The canonical region for a location as exports write it: the label itself, else, for a list of places
    /// separated by commas (or semicolons) from the city to the country (<c>San Francisco, California, United States</c>,
    /// <c>Berlin, Germany</c>), the most general place the directory knows, so that the state decides before a city
    /// of the same name elsewhere (<c>Paris, Texas, United States</c> is Texas), else the region a Chinese or Japanese
    /// address begins with (<c>广东省深圳市南山区</c>). Null when no place is known.
    /// </summary>
    public string? MapLocation(ReadOnlySpan<char> raw)
    {
        if (Map(raw) is { } whole)
        {
            return whole;
        }

        for (var rest = raw; ;)
        {
            var comma = rest.LastIndexOfAny(PlaceSeparators);
            if (comma < 0)
            {
                // The first place (the city); a label without a comma was looked up whole above.
                return (rest.Length < raw.Length ? Map(rest) : null) ?? MapAddress(raw.Trim());
            }

            if (Map(rest[(comma + 1)..]) is { } place)
            {
                return place;
            }

            rest = rest[..comma];
        }
    }

    /// <summary>
    /// The region an address written in Chinese or Japanese begins with, from the province to the district with no
    /// separator (<c>广东省深圳市南山区</c>, <c>浙江杭州</c>, <c>東京都渋谷区</c>): its longest known beginning of at least two
    /// characters. Null for other text.
    /// </summary>
    private string? MapAddress(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || !IsIdeograph(text[0]))
        {
            return null;
        }

        for (var length = text.Length - 1; length >= 2; length--)
        {
            if (Map(text[..length]) is { } region)
            {
                return region;
            }
        }

        return null;
    }

    private static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>The region with this canonical name (ordinal), or null.</summary>
    public RegionInfo? Find(string canonical) => _byName.GetValueOrDefault(canonical);

    /// <summary>The country (ISO 3166 alpha-2) of the region with this canonical name; null for a region the directory does not know, or none.</summary>
    public string? CountryOf(string? canonical) => canonical is null ? null : Find(canonical)?.Country;

    /// <summary>Reads <c>regions.yaml</c>: <c>regions:</c> list of <c>name</c>, <c>zh</c>, <c>country</c>, <c>aliases</c>.</summary>
    public static RegionDirectory Load(string path) => Parse(ReferenceFiles.ReadText(path), Path.GetFileName(path));

    /// <summary>Reads the table from its <paramref name="text"/>; errors name <paramref name="file"/>.</summary>
    public static RegionDirectory Parse(string text, string file)
    {
        var root = YamlTree.ExpectMapping(YamlTree.Parse(text, file), file, "The region directory");
        var list = new List<RegionInfo>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Entries)
        {
            if (key.Value != "regions")
            {
                throw new InputException($"has the unknown key '{key.Value}'.", file, key.Line, key.Column, "The only top-level key is 'regions'.");
            }

            if (value is not YSequence items)
            {
                throw new InputException($"'regions' must be a list, not {value.Kind}.", file, value.Line, value.Column);
            }

            foreach (var item in items.Items)
            {
                var map = YamlTree.ExpectMapping(item, file, "Each region");
                string? name = null, zh = null, country = null;
                IReadOnlyList<string> aliases = [];
                foreach (var (k, v) in map.Entries)
                {
                    switch (k.Value)
                    {
                        case "name": name = YamlTree.ExpectString(v, file, "name"); break;
                        case "zh": zh = YamlTree.ExpectString(v, file, "zh"); break;
                        case "country": country = YamlTree.ExpectString(v, file, "country"); break;
                        case "aliases": aliases = YamlTree.ExpectStrings(v, file, "aliases"); break;
                        default:
                            throw new InputException($"has the unknown key '{k.Value}' in a region.", file, k.Line, k.Column, "Use name, zh, country, aliases.");
                    }
                }

                if (name is null || country is null)
                {
                    throw new InputException("has a region without 'name' or 'country'.", file, map.Line, map.Column);
                }

                if (!names.Add(name))
                {
                    throw new InputException($"lists the region '{name}' twice.", file, map.Line, map.Column);
                }

                list.Add(new RegionInfo(name, zh ?? name, country, aliases));
            }
        }

        return new RegionDirectory(list);
    }
}
