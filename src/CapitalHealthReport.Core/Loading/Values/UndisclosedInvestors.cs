using System.Collections.Frozen;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Investor texts that say the investors were not disclosed (<c>投资方未透露</c>, <c>未披露</c>, <c>Undisclosed investors</c>,
/// <c>k.A.</c>): they name no investor, so they are neither counted as one nor typed as an unknown investor. Matched as
/// the amount markers are, and those markers count too (<see cref="UndisclosedMarkers"/>: width folded, lower case, no spaces).
/// </summary>
internal static class UndisclosedInvestors
{
    /// <summary>No marker is longer (with spaces, as written): longer investor names are not folded to be compared.</summary>
    private const int LongestMarker = 32;

    // Beside the undisclosed-amount markers (未透露, undisclosed, k.A. …), the phrases that name the investors.
    private static readonly FrozenSet<string> InvestorPhrases = new[]
    {
        "undisclosedinvestor", "undisclosedinvestors", "unknowninvestor", "unknowninvestors", "投资方未透露", "投资方未披露", "投资方未公开",
        "投资人未透露", "投资人未披露", "投资机构未透露", "投资机构未披露",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/>, one investor of a deal's list, says the investors were not disclosed.</summary>
    public static bool Contains(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestMarker)
        {
            return false;
        }

        var key = UndisclosedMarkers.Key(text.ToString());
        return UndisclosedMarkers.Default.Contains(key) || InvestorPhrases.Contains(key);
    }
}
