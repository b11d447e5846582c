using System.Globalization;

namespace CapitalHealthReport.Text;

/// <summary>
/// A number as reports write it: rounded half away from zero to a number of decimals (0–6), with thousands
/// separators, invariant, and never <c>-0.0</c>. The narrative's figures and the amounts of every text share it.
/// </summary>
public static class FixedDecimals
{
    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals: <c>1,234.5</c>.</summary>
    public static string Format(double value, int decimals)
    {
        decimals = Math.Clamp(decimals, 0, 6);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
