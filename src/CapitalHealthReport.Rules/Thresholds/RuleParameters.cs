using System.Globalization;
using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules;

/// <summary>
/// The parameters of the configuration's <c>parameters:</c>, each declared once here: the configuration reader, rule
/// thresholds (<c>params.min_deals</c> as a level, <c>params.hot_sector</c> as a key), message templates and the
/// report's rule texts read these declarations. A new parameter is a property of <see cref="MetricParameters"/> (its
/// value and default), one of <see cref="Expressions.ParamsView"/> (what rule expressions see) and an entry here.
/// </summary>
public static class RuleParameters
{
    public const string Prefix = "params.";

    /// <summary>Every parameter, in the order the documentation lists them.</summary>
    public static IReadOnlyList<ConfigParameter> Declared { get; } =
    [
        new("reporting_currency", ConfigParameterKind.Other, "Params.ReportingCurrency", "the reporting currency", "报告币种"),
        new("hot_sector", ConfigParameterKind.Key, "Params.HotSector", "the hot sector", "热门行业"),
        new("strategic_sectors", ConfigParameterKind.Other, "Params.StrategicSectorCount", "the strategic sectors", "战略行业"),
        Amount(
            "mega_round_usd", "Params.MegaRoundUsd", "the mega-round size", "大额融资门槛",
            static p => p.MegaRoundUsd, static (p, v) => p with { MegaRoundUsd = v },
            "a positive amount in USD (e.g. 100000000)"),
        Whole(
            "min_deals", "Params.MinDeals", "the minimum deal count", "最少事件数",
            static p => p.MinDeals, static (p, v) => p with { MinDeals = v },
            "a whole number of deals (0 or more)"),
        Share(
            "max_unknown_investor_share", "Params.MaxUnknownInvestorShare", "the configured limit for investors of unknown type", "配置的未知类型投资方占比上限",
            static p => p.MaxUnknownInvestorShare, static (p, v) => p with { MaxUnknownInvestorShare = v },
            "a share from 0 to 1 (e.g. 0.5: a rule about the investor mix judges a scope where at most half of the active investors are of unknown type)"),
        Whole(
            "min_active_investors", "Params.MinActiveInvestors", "the minimum number of active investors", "最少活跃投资方数",
            static p => p.MinActiveInvestors, static (p, v) => p with { MinActiveInvestors = v },
            "a whole number of investors (0 or more; e.g. 20: a rule about the investor mix judges a scope with at least 20 active investors)"),
        Whole(
            "min_repeat_investors", "Params.MinRepeatInvestors", "the minimum number of investors with three or more deals", "出手三次及以上投资方的最少家数",
            static p => p.MinRepeatInvestors, static (p, v) => p with { MinRepeatInvestors = v },
            "a whole number of investors (0 or more; e.g. 10: the corporate share of the most active investors is judged over at least 10 investors with three or more deals)"),
        Whole(
            "min_median_rounds", "Params.MinMedianRounds", "the minimum number of rounds behind a median", "中位数所需的最少轮次数",
            static p => p.MinMedianRounds, static (p, v) => p with { MinMedianRounds = v },
            "a whole number of rounds (0 or more; e.g. 5: stage medians are compared when each rests on at least 5 disclosed amounts)"),
    ];

    private static readonly Dictionary<string, ConfigParameter> ByName = Declared.ToDictionary(static p => p.Name, StringComparer.Ordinal);

    /// <summary>Parameters usable as a threshold level (numbers), with the name rule expressions use for each.</summary>
    public static IReadOnlyDictionary<string, string> Numbers { get; } = Names(ConfigParameterKind.Number);

    /// <summary>Parameters usable as the key of a keyed metric (names), with the name rule expressions use for each.</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = Names(ConfigParameterKind.Key);

    /// <summary>The name of every parameter, ordinal order.</summary>
    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(Declared.Select(static p => p.Name), StringComparer.Ordinal);

    /// <summary>The declaration of a parameter; null when there is none of that name.</summary>
    public static ConfigParameter? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The value of a number parameter.</summary>
    public static double? Number(string name, MetricParameters parameters) => Find(name)?.Number?.Invoke(parameters);

    /// <summary>A parameter named for readers of a report or a rule page: "the minimum deal count" / "最少事件数".</summary>
    public static string ReaderName(string name, bool chinese) => Find(name) is { } parameter
        ? (chinese ? parameter.Chinese : parameter.English)
        : (chinese ? $"参数{name}" : $"the {name} parameter");

    /// <summary>The value of a key parameter.</summary>
    public static string? Key(string name, MetricParameters parameters) => name == "hot_sector" ? parameters.HotSector : null;

    private static SortedDictionary<string, string> Names(ConfigParameterKind kind) =>
        new(Declared.Where(p => p.Kind == kind).ToDictionary(static p => p.Name, static p => p.Expression), StringComparer.Ordinal);

    private static ConfigParameter Whole(string name, string expression, string english, string chinese, Func<MetricParameters, int> value, Func<MetricParameters, int, MetricParameters> with, string expected) =>
        new(name, ConfigParameterKind.Number, expression, english, chinese)
        {
            Number = p => value(p),
            Read = (p, text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? with(p, whole) : null,
            Expected = expected,
        };

    private static ConfigParameter Share(string name, string expression, string english, string chinese, Func<MetricParameters, double> value, Func<MetricParameters, double, MetricParameters> with, string expected) =>
        new(name, ConfigParameterKind.Number, expression, english, chinese)
        {
            Number = value,
            Read = (p, text) => double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share <= 1 ? with(p, share) : null,
            Expected = expected,
        };

    /// <summary>A positive amount, written with <c>_</c> or <c>,</c> between digit groups if wished (<c>100_000_000</c>).</summary>
    private static ConfigParameter Amount(string name, string expression, string english, string chinese, Func<MetricParameters, decimal> value, Func<MetricParameters, decimal, MetricParameters> with, string expected) =>
        new(name, ConfigParameterKind.Number, expression, english, chinese)
        {
            Number = p => (double)value(p),
            Read = (p, text) => decimal.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount) && amount > 0 ? with(p, amount) : null,
            Expected = expected,
        };
}
