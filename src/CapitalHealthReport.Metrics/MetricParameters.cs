namespace CapitalHealthReport.Metrics;

/// <summary>
/// The analysis parameters the metrics depend on (<c>parameters:</c> in <c>capitalhealth.yaml</c>):
/// reporting currency, the hot sector, the strategic sectors, the mega-round threshold, the minimum
/// number of deals for a scope to be judged, the largest share of investors of unknown type and the fewest active
/// investors (and investors with three or more deals) a rule about the investor mix judges over, and the fewest disclosed rounds a stage median is compared on.
/// </summary>
public sealed record MetricParameters
{
    /// <summary>ISO 4217 code every amount is converted to (yearly average rate of the deal's year).</summary>
    public string ReportingCurrency { get; init; } = "CNY";

    /// <summary>The sector whose value share <c>hot_sector_value_share</c> measures.</summary>
    public string HotSector { get; init; } = "AI";

    /// <summary>Sectors whose total amount is <c>strategic_sectors_amount</c>.</summary>
    public IReadOnlyList<string> StrategicSectors { get; init; } = ["Energy", "AgriFood", "Water", "Health"];

    /// <summary>A single deal at or above this USD-equivalent amount is a mega round.</summary>
    public decimal MegaRoundUsd { get; init; } = 100_000_000m;

    /// <summary>Scopes with fewer deals are not judged by the rules (the metrics are still computed).</summary>
    public int MinDeals { get; init; } = 20;

    /// <summary>
    /// The largest share of a scope's active investors whose type is unknown (not in the investor directory) at which a
    /// rule that reads an investor type's share as small still judges: above it the unknown investors could be of that
    /// type, and the share says nothing about the mix.
    /// </summary>
    public double MaxUnknownInvestorShare { get; init; } = 0.5;

    /// <summary>
    /// The fewest distinct active investors a scope needs for a rule about the investor mix to judge it: a share of a
    /// handful of investors (0% angels when one fund made every deal) says nothing of an ecosystem.
    /// </summary>
    public int MinActiveInvestors { get; init; } = 20;

    /// <summary>
    /// The fewest investors with three or more deals a scope needs for the corporate share among them to be judged: one
    /// corporate investor of two is 50% and says nothing of who the most active investors are.
    /// </summary>
    public int MinRepeatInvestors { get; init; } = 10;

    /// <summary>
    /// The fewest disclosed amounts a stage's median needs for a rule comparing stage medians to judge it: the median of
    /// one or two rounds is those rounds, not the stage's typical size.
    /// </summary>
    public int MinMedianRounds { get; init; } = 5;

    /// <summary>The documented defaults (see <c>docs/rules.md</c>, "Configuration").</summary>
    public static MetricParameters Default { get; } = new();
}
