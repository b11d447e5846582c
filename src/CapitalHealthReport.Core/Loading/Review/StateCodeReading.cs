using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>
/// How a region cell that is a bare state code or a name two countries share (<c>WA</c>, <c>SC</c>, <c>North West</c>)
/// was read, for <c>data validate</c>: as the state in the deals whose column is of the state's country alone or whose own
/// country is the state's, and as before (another region, or unmapped) in the others.
/// </summary>
/// <param name="Code">The value as the data writes it.</param>
/// <param name="State">The state it names in the state's country.</param>
/// <param name="Country">The state's country (ISO code).</param>
/// <param name="ByColumn">Deals that name no country read as the state because the column's other regions are of <paramref name="Country"/> alone.</param>
/// <param name="ByDealCountry">Deals read as the state because their own country is <paramref name="Country"/>.</param>
/// <param name="Kept">Deals that kept their reading (<paramref name="Otherwise"/>).</param>
/// <param name="Otherwise">What the value reads as without the state: another region (<c>Washington</c>), or null when unmapped.</param>
public sealed record StateCodeReading(string Code, string State, string Country, int ByColumn, int ByDealCountry, int Kept, string? Otherwise)
{
    /// <summary>One clause of <c>data validate</c>'s <c>state codes</c> line.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (ByColumn > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"as {State} in {Deals(ByColumn)}, the column's other regions being of {Country} alone"));
        }

        if (ByDealCountry > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"as {State} in {Deals(ByDealCountry)} whose country is {Country}"));
        }

        if (Kept > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{(Otherwise is null ? "unmapped" : "as " + Otherwise)} in {Deals(Kept)}"));
        }

        return $"'{Code}' read " + string.Join(", and ", parts);
    }

    private static string Deals(int count) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? "deal" : "deals")}");
}
