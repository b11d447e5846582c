using System.Buffers;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reference;

/// <summary>
/// Known investors (<c>data/reference/investors.csv</c>: <c>name,aliases,type,home_region</c>) with their
/// type and home region; finds an investor by canonical name or alias (width- and case-folded), written with or
/// without its legal form (<c>ANRI株式会社</c> finds <c>ANRI</c>, <c>深圳市创新投资集团</c> finds <c>深圳市创新投资集团有限公司</c>).
/// </summary>
public sealed class InvestorDirectory
{
    private readonly Dictionary<string, InvestorInfo> _byKey = new(StringComparer.Ordinal);

    /// <param name="investors">The known investors.</param>
    /// <param name="aliases">Extra <c>alias → canonical name</c> pairs; aliases naming an unknown investor are ignored.</param>
    public InvestorDirectory(IEnumerable<InvestorInfo> investors, IEnumerable<KeyValuePair<string, string>>? aliases = null)
    {
        All = [.. investors.OrderBy(i => i.Name, StringComparer.Ordinal)];
        foreach (var investor in All)
        {
            _byKey[AliasKey.Of(investor.Name)] = investor;
        }

        var known = new List<(string Alias, InvestorInfo Investor)>();
        foreach (var (alias, name) in aliases ?? [])
        {
            if (_byKey.TryGetValue(AliasKey.Of(name), out var investor))
            {
                _byKey.TryAdd(AliasKey.Of(alias), investor);
                known.Add((alias, investor));
            }
        }

        // Each name and alias without its legal form, unless that is another's name or alias as written.
        foreach (var investor in All)
        {
            _byKey.TryAdd(FormlessKey(investor.Name), investor);
        }

        foreach (var (alias, investor) in known)
        {
            _byKey.TryAdd(FormlessKey(alias), investor);
        }
    }

    public static InvestorDirectory Empty { get; } = new([]);

    public IReadOnlyList<InvestorInfo> All { get; }

    /// <summary>The investor with this name or alias, or null.</summary>
    public InvestorInfo? Find(string nameOrAlias) => Find(nameOrAlias.AsSpan());

    /// <inheritdoc cref="Find(string)"/>
    public InvestorInfo? Find(ReadOnlySpan<char> nameOrAlias)
    {
        if (nameOrAlias.IsWhiteSpace())
        {
            return null;
        }

        // Most names are looked up without allocating their key: it is written into a stack buffer (a pooled
        // one for long names) and matched through the span view of the dictionary. Names that need the full
        // normalisation fall back to the key string.
        const int StackKeyLength = 128;
        char[]? rented = null;
        var buffer = nameOrAlias.Length <= StackKeyLength
            ? stackalloc char[nameOrAlias.Length]
            : (rented = ArrayPool<char>.Shared.Rent(nameOrAlias.Length));
        try
        {
            if (AliasKey.TryWrite(nameOrAlias, buffer, out var written))
            {
                if (_byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..written], out var investor))
                {
                    return investor;
                }

                return FindWithoutForms(nameOrAlias);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        return _byKey.GetValueOrDefault(AliasKey.Of(nameOrAlias)) ?? FindWithoutForms(nameOrAlias);
    }

    /// <summary>
    /// The investor whose name or alias is <paramref name="nameOrAlias"/> without its legal forms (looked up only when
    /// the text as written is unknown). A text that carries no form (<see cref="LegalForms.MayCarryForm"/>) has the key
    /// already looked up, so it is not looked up again.
    /// </summary>
    private InvestorInfo? FindWithoutForms(ReadOnlySpan<char> nameOrAlias) =>
        LegalForms.MayCarryForm(nameOrAlias) ? _byKey.GetValueOrDefault(FormlessKey(nameOrAlias.ToString())) : null;

    /// <summary>The key of a name or alias written without its legal forms (<see cref="InvestorKeys"/>).</summary>
    private static string FormlessKey(string nameOrAlias) => AliasKey.Of(InvestorKeys.FromName(nameOrAlias));

    /// <summary>
    /// Reads <c>investors.csv</c>. Aliases are separated by <c>|</c>; type is one of VC, PE, CVC, Government,
    /// Angel, Other; home_region is a canonical region name or empty.
    /// </summary>
    public static InvestorDirectory Load(string path, RegionDirectory regions) => Parse(ReferenceFiles.ReadText(path), Path.GetFileName(path), regions);

    /// <summary>Reads the table from its <paramref name="text"/>; errors name <paramref name="file"/>.</summary>
    public static InvestorDirectory Parse(string text, string file, RegionDirectory regions)
    {
        var investors = new List<InvestorInfo>();
        var aliases = new List<KeyValuePair<string, string>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var (line, fields) in ReferenceFiles.ReadCsv(text))
        {
            if (first)
            {
                first = false;
                if (fields.Length < 4 || fields[0] != "name" || fields[1] != "aliases" || fields[2] != "type" || fields[3] != "home_region")
                {
                    throw new InputException("must start with the header 'name,aliases,type,home_region'.", file, line, 1);
                }

                continue;
            }

            if (fields.Length != 4)
            {
                throw new InputException($"has {fields.Length} fields; expected 4 (name,aliases,type,home_region).", file, line, 1, "Quote names that contain commas.");
            }

            var name = fields[0];
            if (name.Length == 0)
            {
                throw new InputException("has an investor without a name.", file, line, 1);
            }

            if (!Enum.TryParse<InvestorType>(fields[2], ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                throw new InputException($"has the investor type '{fields[2]}'; expected one of VC, PE, CVC, Government, Angel, Other.", file, line);
            }

            string? home = null;
            if (fields[3].Length > 0)
            {
                home = regions.Find(fields[3])?.Name ?? regions.Map(fields[3])
                    ?? throw new InputException($"has the home region '{fields[3]}', which is not a region of regions.yaml.", file, line, hint: "Use a canonical region name such as Beijing or Guangdong, or leave it empty.");
            }

            if (!names.Add(name))
            {
                throw new InputException($"lists the investor '{name}' twice.", file, line, 1);
            }

            investors.Add(new InvestorInfo(name, type, home));
            foreach (var alias in fields[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                aliases.Add(new(alias, name));
            }
        }

        return new InvestorDirectory(investors, aliases);
    }
}
