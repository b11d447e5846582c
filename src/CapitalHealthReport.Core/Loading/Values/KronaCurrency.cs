using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Which krona or krone an amount written with the sign <c>kr</c> alone is in (<see cref="ParsedAmount.KronaSign"/>),
/// when neither the row's currency cell, the amount column's name nor the mapping says, and which a currency cell of
/// <c>kr</c> alone names: the currency of the row's country (Sweden, Norway, Denmark or Iceland), else of the country
/// its region lies in.
/// </summary>
internal static class KronaCurrency
{
    /// <summary>The krona or krone of the row's country or region; null when neither is a country of the krona.</summary>
    public static string? Of(ReadOnlySpan<char> country, ReadOnlySpan<char> region, RegionDirectory regions) =>
        Krona(CountryNames.Code(country)) ?? (region.IsEmpty ? null : Krona(regions.CountryOf(regions.MapLocation(region))));

    /// <summary>Why a row whose amount is in <c>kr</c> is rejected when nothing says which krona or krone.</summary>
    public static string Undecided(string shown) =>
        $"{shown} is in kr, the krona or krone of Sweden, Norway, Denmark or Iceland, and neither the row's country or region, a currency column, the amount column's name nor the mapping says which: "
        + "set 'currency: SEK' (or NOK, DKK) in a mapping file, add a currency column, or write the code with the amount (25 MSEK).";

    /// <summary>Whether a currency cell is the sign <c>kr</c> alone (<c>kr</c>, <c>kr.</c>, <c>kronor</c>, <c>kroner</c>), which names no one currency.</summary>
    public static bool IsSign(ReadOnlySpan<char> currency) =>
        currency.Trim() is var sign && (sign.Equals("kr", StringComparison.OrdinalIgnoreCase) || sign.Equals("kr.", StringComparison.OrdinalIgnoreCase)
            || sign.Equals("kronor", StringComparison.OrdinalIgnoreCase) || sign.Equals("kroner", StringComparison.OrdinalIgnoreCase)
            || sign.Equals("krona", StringComparison.OrdinalIgnoreCase) || sign.Equals("krone", StringComparison.OrdinalIgnoreCase));

    /// <summary>Why a row whose currency cell is <c>kr</c> alone is rejected when neither its country nor its region says which krona or krone.</summary>
    public static string UndecidedCell(string cell) =>
        $"the currency '{cell}' is the krona or krone of Sweden, Norway, Denmark or Iceland, and neither the row's country nor its region says which: "
        + "write SEK, NOK or DKK in the currency column, or give the row's country.";

    private static string? Krona(string? countryCode) => countryCode is "SE" or "NO" or "DK" or "IS" ? CountryNames.Currency(countryCode) : null;
}
