using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules;

/// <summary>
/// The configuration parameters a threshold may name (<c>params.min_deals</c> as a level, <c>params.hot_sector</c> as a
/// key), with the name rule expressions use for each (<c>Params.MinDeals</c>).
/// </summary>
public static class RuleParameters
{
    public const string Prefix = "params.";

    /// <summary>Parameters usable as a threshold level (numbers).</summary>
    public static IReadOnlyDictionary<string, string> Numbers { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["min_deals"] = "Params.MinDeals",
        ["mega_round_usd"] = "Params.MegaRoundUsd",
        ["max_unknown_investor_share"] = "Params.MaxUnknownInvestorShare",
        ["min_active_investors"] = "Params.MinActiveInvestors",
        ["min_repeat_investors"] = "Params.MinRepeatInvestors",
        ["min_median_rounds"] = "Params.MinMedianRounds",
    };

    /// <summary>Parameters usable as the key of a keyed metric (names).</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["hot_sector"] = "Params.HotSector",
    };

    /// <summary>Every parameter of the configuration's <c>parameters:</c>: the numbers, the keys, the reporting currency and the strategic sectors.</summary>
    public static IReadOnlySet<string> All { get; } = new SortedSet<string>([.. Numbers.Keys, .. Keys.Keys, "reporting_currency", "strategic_sectors"], StringComparer.Ordinal);

    /// <summary>The value of a number parameter.</summary>
    public static double? Number(string name, MetricParameters parameters) => name switch
    {
        "min_deals" => parameters.MinDeals,
        "mega_round_usd" => (double)parameters.MegaRoundUsd,
        "max_unknown_investor_share" => parameters.MaxUnknownInvestorShare,
        "min_active_investors" => parameters.MinActiveInvestors,
        "min_repeat_investors" => parameters.MinRepeatInvestors,
        "min_median_rounds" => parameters.MinMedianRounds,
        _ => null,
    };

    /// <summary>A parameter named for readers of a report or a rule page: "the minimum deal count" / "最少事件数".</summary>
    public static string ReaderName(string name, bool chinese) => (name, chinese) switch
    {
        ("min_deals", false) => "the minimum deal count",
        ("min_deals", true) => "最少事件数",
        ("mega_round_usd", false) => "the mega-round size",
        ("mega_round_usd", true) => "大额融资门槛",
        ("max_unknown_investor_share", false) => "the configured limit for investors of unknown type",
        ("max_unknown_investor_share", true) => "配置的未知类型投资方占比上限",
        ("min_active_investors", false) => "the minimum number of active investors",
        ("min_active_investors", true) => "最少活跃投资方数",
        ("min_repeat_investors", false) => "the minimum number of investors with three or more deals",
        ("min_repeat_investors", true) => "出手三次及以上投资方的最少家数",
        ("min_median_rounds", false) => "the minimum number of rounds behind a median",
        ("min_median_rounds", true) => "中位数所需的最少轮次数",
        ("hot_sector", false) => "the hot sector",
        ("hot_sector", true) => "热门行业",
        ("strategic_sectors", false) => "the strategic sectors",
        ("strategic_sectors", true) => "战略行业",
        ("reporting_currency", false) => "the reporting currency",
        ("reporting_currency", true) => "报告币种",
        (_, true) => $"参数{name}",
        _ => $"the {name} parameter",
    };

    /// <summary>The value of a key parameter.</summary>
    public static string? Key(string name, MetricParameters parameters) => name switch
    {
        "hot_sector" => parameters.HotSector,
        _ => null,
    };
}
