using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Brazil's two-letter state codes (UF: <c>SP</c>, <c>MG</c>, <c>RJ</c>), which Brazilian exports write bare. The region
/// directory holds them with their <c>BR-</c> prefix only, since several are also US postal codes (<c>SC</c>, <c>PA</c>,
/// <c>MA</c>, <c>AL</c>); a bare code is a state where the deal or its column is Brazilian (<see cref="DealRowMapper.DecideStateCodes"/>).
/// </summary>
internal static class BrazilianStateCodes
{
    /// <summary>The Brazilian state <paramref name="text"/> is the bare code of (<c>SP</c>: São Paulo); null for any other text.</summary>
    public static string? Of(string text, RegionDirectory regions)
    {
        var code = text.AsSpan().Trim();
        if (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            return null;
        }

        var state = regions.Map(string.Concat("BR-", code));
        return state is not null && regions.CountryOf(state) == "BR" ? state : null;
    }
}
