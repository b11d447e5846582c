using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules;

/// <summary>
/// The configuration parameters a threshold may name (<c>params.min_deals</c> as a level, <c>params.hot_sector</c> as a
/// key), with the name rule expressions use for each (<c>Params.MinDeals</c>).
/// </summary>
internal static class RuleParameters
{
    public const string Prefix = "params.";

    /// <summary>Parameters usable as a threshold level (numbers).</summary>
    public static IReadOnlyDictionary<string, string> Numbers { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["min_deals"] = "Params.MinDeals",
        ["mega_round_usd"] = "Params.MegaRoundUsd",
    };

    /// <summary>Parameters usable as the key of a keyed metric (names).</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["hot_sector"] = "Params.HotSector",
    };

    /// <summary>The value of a number parameter.</summary>
    public static double? Number(string name, MetricParameters parameters) => name switch
    {
        "min_deals" => parameters.MinDeals,
        "mega_round_usd" => (double)parameters.MegaRoundUsd,
        _ => null,
    };

    /// <summary>The value of a key parameter.</summary>
    public static string? Key(string name, MetricParameters parameters) => name switch
    {
        "hot_sector" => parameters.HotSector,
        _ => null,
    };
}
