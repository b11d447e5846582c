using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>The direction of a change from its sign and size, with the same tolerances the narrative's change phrases use.</summary>
public static class Directions
{
    /// <summary>
    /// <see cref="Direction.Up"/>, <see cref="Direction.Down"/> or <see cref="Direction.Unchanged"/> from
    /// <paramref name="comparison"/> to <paramref name="value"/>; <see cref="Direction.None"/> without both values.
    /// Shares compare in points (unchanged below 0.05), other units relatively (unchanged below 0.05 %).
    /// </summary>
    public static Direction Of(double? value, double? comparison, ClaimUnit unit)
    {
        if (value is not { } current || comparison is not { } before || !double.IsFinite(current) || !double.IsFinite(before))
        {
            return Direction.None;
        }

        var delta = current - before;
        if (unit == ClaimUnit.Share)
        {
            return Math.Abs(delta) < NarrativeFormatter.UnchangedSharePoints ? Direction.Unchanged : delta > 0 ? Direction.Up : Direction.Down;
        }

        if (before == 0)
        {
            return current == 0 ? Direction.Unchanged : current > 0 ? Direction.Up : Direction.Down;
        }

        return Math.Abs(delta / Math.Abs(before)) < NarrativeFormatter.UnchangedRelative ? Direction.Unchanged : delta > 0 ? Direction.Up : Direction.Down;
    }

    /// <summary>The size of a change in "headline units": 1 is a movement worth a headline (5 points of a share, a quarter of a level).</summary>
    public static double Magnitude(double? value, double? comparison, ClaimUnit unit)
    {
        if (value is not { } current || comparison is not { } before || !double.IsFinite(current) || !double.IsFinite(before))
        {
            return 0;
        }

        var delta = Math.Abs(current - before);
        return unit switch
        {
            ClaimUnit.Share => delta / 0.05,
            _ when before == 0 => current == 0 ? 0 : 1,
            _ => delta / Math.Abs(before) / 0.5,
        };
    }
}
