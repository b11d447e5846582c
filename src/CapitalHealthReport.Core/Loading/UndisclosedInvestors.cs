using System.Collections.Frozen;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Investor texts that say the investors were not disclosed (<c>投资方未透露</c>, <c>未披露</c>, <c>Undisclosed investors</c>,
/// <c>k.A.</c>): they name no investor, so they are neither counted as one nor typed as an unknown investor. Matched as
/// the amount markers are (<see cref="UndisclosedMarkers.Key"/>: width folded, lower case, no spaces).
/// </summary>
internal static class UndisclosedInvestors
{
    /// <summary>No marker is longer (with spaces, as written): longer investor names are not folded to be compared.</summary>
    private const int LongestMarker = 32;

    private static readonly FrozenSet<string> Markers = new[]
    {
        "undisclosed", "undisclosedinvestor", "undisclosedinvestors", "notdisclosed", "unknown", "unknowninvestor", "unknowninvestors",
        "n/a", "na", "none", "-", "—", "n.d.", "k.a.", "nondivulgué", "noncommuniqué", "nodivulgado",
        "未透露", "未披露", "未公开", "未公開", "不详", "未知", "保密", "不便透露", "暂未披露", "暂未透露", "投资方未透露", "投资方未披露", "投资方未公开",
        "投资人未透露", "投资人未披露", "投资机构未透露", "投资机构未披露", "非公開", "非公表", "비공개",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/>, one investor of a deal's list, says the investors were not disclosed.</summary>
    public static bool Contains(ReadOnlySpan<char> text) => text.Length <= LongestMarker && Markers.Contains(UndisclosedMarkers.Key(text.ToString()));
}
