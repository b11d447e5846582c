using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// State codes that exports write bare but the region directory holds with their country's ISO prefix only, since
/// they are also other regions' or countries' codes: Brazil's UF codes (<c>SP</c>, <c>MG</c>; <c>SC</c>, <c>PA</c>,
/// <c>MA</c>, <c>AL</c> are US postal codes) and Australia's <c>WA</c> (Washington), <c>SA</c> (Saudi Arabia) and
/// <c>NT</c>; and names that two countries' regions bear, held by the one the directory had first (<c>North West</c>:
/// North West England, and South Africa's North West province; <c>Amazonas</c>: the Brazilian state, and Colombia's
/// Amazonas department). A bare code or such a name is the state where the deal
/// or its column is of the state's country (<see cref="DealRowMapper.DecideStateCodes"/>).
/// </summary>
internal static class BareStateCodes
{
    private static readonly string[] Prefixes = ["BR-", "AU-"];

    // Names of a region that the directory maps onto another country's region, with the ISO code of the second.
    private static readonly (string Name, string Code)[] SharedNames = [("North West", "ZA-NW"), ("Amazonas", "CO-AMA")];

    /// <summary>The state <paramref name="text"/> is the bare code of (<c>SP</c>: São Paulo, <c>WA</c>: Western Australia); null for any other text.</summary>
    public static string? Of(string text, RegionDirectory regions)
    {
        var key = AliasKey.Of(text);
        foreach (var (name, iso) in SharedNames)
        {
            if (key == AliasKey.Of(name))
            {
                return regions.Map(iso);
            }
        }

        var code = text.AsSpan().Trim();
        if (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            return null;
        }

        foreach (var prefix in Prefixes)
        {
            var state = regions.Map(string.Concat(prefix, code));
            if (state is not null && regions.CountryOf(state) == prefix[..2])
            {
                return state;
            }
        }

        return null;
    }
}
