namespace CapitalHealthReport.Reporting.Narrative;

/// <summary>
/// Names of metrics, stages, stage groups and investor types in the report's language. English names are the
/// canonical ones; Chinese names are the terms Chinese venture monitors use.
/// </summary>
public static class Vocabulary
{
    private static readonly Dictionary<string, (string English, string Chinese, string ChineseDefinition)> Metrics = new(StringComparer.Ordinal)
    {
        ["deal_count"] = ("Deals", "融资事件数", "统计范围内的融资事件数（含未披露金额的事件）。"),
        ["company_count"] = ("Companies", "获投企业数", "统计范围内至少有一笔融资的企业数。"),
        ["total_amount"] = ("Disclosed value", "披露融资总额", "已披露金额之和，按报告币种折算。"),
        ["disclosed_share"] = ("Disclosed share", "金额披露率", "披露了金额的融资事件占全部事件的比例。"),
        ["hhi"] = ("HHI", "赫芬达尔-赫希曼指数（HHI）", "各企业融资额占比（百分数）的平方和，取值0至10,000；2023年美国《并购指南》以1,800为高度集中的界线。"),
        ["cr4"] = ("CR4", "前四集中度（CR4）", "融资额最大的4家企业所占份额之和。"),
        ["top_quintile_share"] = ("Top-quintile share", "头部20%企业份额", "融资额最高的前20%企业（向上取整）所获资金占全部已披露资金的比例。"),
        ["gini"] = ("Gini coefficient", "基尼系数", "企业间融资额分布的不均衡程度，0为完全平均，越接近1越集中（未校正）。"),
        ["mega_round_share"] = ("Mega-round share", "超大额融资占比", "单笔不低于1亿美元等值的融资占已披露资金的比例。"),
        ["stage_count_share"] = ("Stage share of deals", "各轮次事件占比", "各标准轮次的融资事件数占比。"),
        ["stage_value_share"] = ("Stage share of value", "各轮次金额占比", "各标准轮次的已披露金额占比。"),
        ["early_count_share"] = ("Early-stage share of deals", "早期轮次占比", "天使、种子、Pre-A和A轮事件占轮次已知事件的比例。"),
        ["seed_angel_count_share"] = ("Seed and angel share of deals", "种子及天使轮占比", "天使轮和种子轮事件占轮次已知事件的比例。"),
        ["late_value_share"] = ("Late-stage share of value", "后期轮次金额占比", "C轮、D轮、E轮及以后和Pre-IPO的金额占轮次已知金额的比例。"),
        ["median_amount"] = ("Median round size", "单笔融资中位数", "各轮次已披露金额的中位数（偶数个时取中间两值的平均）。"),
        ["late_to_seed_median_ratio"] = ("Late-to-seed median ratio", "后期与种子轮中位数之比", "后期轮次金额中位数与种子轮金额中位数之比。"),
        ["sector_value_share"] = ("Sector share of value", "各行业金额占比", "各行业已披露金额占全部已披露金额的比例。"),
        ["sector_count_share"] = ("Sector share of deals", "各行业事件占比", "各行业融资事件数占全部事件的比例。"),
        ["hot_sector_value_share"] = ("Hot-sector share of value", "热门行业金额占比", "热门行业（参数hot_sector）的金额占比。"),
        ["strategic_sectors_amount"] = ("Strategic sectors' funding", "战略性行业融资额", "能源、农业食品、水资源、医疗健康等战略性行业（参数strategic_sectors）的已披露金额之和。"),
        ["region_value_share"] = ("Region share of value", "各地区金额占比", "各地区已披露金额占全部已披露金额的比例。"),
        ["region_count_share"] = ("Region share of deals", "各地区事件占比", "各地区融资事件数占全部事件的比例。"),
        ["top_region"] = ("Top region", "首位地区", "融资事件最多的地区（不含未知地区；并列时按名称排序）。"),
        ["top_region_count_share"] = ("Top region's share of deals", "首位地区事件占比", "首位地区的融资事件数占比。"),
        ["location_quotient"] = ("Location quotient", "区位商", "地区事件占比与其基准占比（默认按GDP权重）之比，大于1表示相对集中。"),
        ["local_fund_home_bias"] = ("Local-fund home bias", "地方基金本地偏好", "有政府引导基金参与且其所在地已知的事件中，被投企业位于该基金所在地的比例。"),
        ["investor_type_share"] = ("Investor type share", "投资方类型占比", "统计范围内活跃投资方（至少1笔）按类型的占比。"),
        ["cvc_active_share"] = ("CVC share of active investors", "产业资本活跃占比", "至少参与3笔的投资方中，产业资本（CVC）的占比。"),
        ["undisclosed_share"] = ("Undisclosed share", "金额未披露率", "未披露金额的融资事件占全部事件的比例。"),
    };

    /// <summary>The metric's display name (falls back to the JSON name).</summary>
    public static string MetricName(string jsonName, ReportLanguage language) =>
        Metrics.TryGetValue(jsonName, out var names) ? (language == ReportLanguage.Chinese ? names.Chinese : names.English) : jsonName;

    /// <summary>
    /// The display name of a rule's evidence: a metric name with an optional <c>prev.</c> or <c>yoy.</c> prefix and
    /// <c>.key</c> suffix (<c>yoy.early_count_share</c> → "上年同期早期轮次占比", <c>location_quotient.max</c> → "最高区位商").
    /// </summary>
    public static string EvidenceName(string evidence, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var (source, metric, key) = SplitEvidence(evidence);
        var chinese = language == ReportLanguage.Chinese;
        var name = MetricName(metric, language);
        if (key is not null)
        {
            name = key switch
            {
                "max" => chinese ? "最高" + name : "Highest " + LowerFirst(name),
                "min" => chinese ? "最低" + name : "Lowest " + LowerFirst(name),
                _ => chinese ? $"{name}（{key}）" : $"{name} ({key})",
            };
        }

        return source switch
        {
            "prev" => chinese ? "上期" + name : name + ", previous period",
            "yoy" => chinese ? "上年同期" + name : name + ", a year earlier",
            _ => name,
        };
    }

    /// <summary>Splits an evidence name into its period prefix (<c>prev</c>, <c>yoy</c> or null), metric and key (or null).</summary>
    public static (string? Source, string Metric, string? Key) SplitEvidence(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        string? source = null;
        var rest = evidence;
        if (rest.StartsWith("prev.", StringComparison.Ordinal) || rest.StartsWith("yoy.", StringComparison.Ordinal))
        {
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            source = rest[..dot];
            rest = rest[(dot + 1)..];
        }

        var keyDot = rest.IndexOf('.', StringComparison.Ordinal);
        return keyDot < 0 ? (source, rest, null) : (source, rest[..keyDot], rest[(keyDot + 1)..]);
    }

    /// <summary>The metric's Chinese definition, or null when there is none (the English definition is used).</summary>
    public static string? ChineseDefinition(string jsonName) => Metrics.TryGetValue(jsonName, out var names) ? names.ChineseDefinition : null;

    private static string LowerFirst(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    /// <summary>A canonical stage name for display (<c>EPlus</c> → "E+" / "E轮及以后").</summary>
    public static string StageName(string stage, ReportLanguage language) => language == ReportLanguage.Chinese
        ? stage switch
        {
            "Angel" => "天使轮",
            "Seed" => "种子轮",
            "PreA" => "Pre-A轮",
            "A" => "A轮",
            "B" => "B轮",
            "C" => "C轮",
            "D" => "D轮",
            "EPlus" => "E轮及以后",
            "PreIPO" => "Pre-IPO",
            "Strategic" => "战略投资",
            "PE" => "私募股权",
            "Debt" => "债权融资",
            "Grant" => "资助",
            "Other" => "其他",
            "Unknown" => "未知",
            _ => stage,
        }
        : stage switch
        {
            "PreA" => "Pre-A",
            "EPlus" => "E+",
            "PreIPO" => "Pre-IPO",
            "A" or "B" or "C" or "D" => "Series " + stage,
            _ => stage,
        };

    /// <summary>A stage group name (<c>early</c>, <c>growth</c>, <c>late</c>, <c>other</c>).</summary>
    public static string StageGroupName(string group, ReportLanguage language) => (group, language) switch
    {
        ("early", ReportLanguage.Chinese) => "早期（天使至A轮）",
        ("growth", ReportLanguage.Chinese) => "成长期（B轮）",
        ("late", ReportLanguage.Chinese) => "后期（C轮及以后）",
        ("other", ReportLanguage.Chinese) => "其他及未知",
        ("early", _) => "Early (Angel–A)",
        ("growth", _) => "Growth (B)",
        ("late", _) => "Late (C and later)",
        _ => "Other and unknown",
    };

    /// <summary>An investor type name (<c>CVC</c> → "Corporate VC" / "产业资本").</summary>
    public static string InvestorTypeName(string type, ReportLanguage language) => language == ReportLanguage.Chinese
        ? type switch
        {
            "VC" => "风险投资机构",
            "PE" => "私募股权机构",
            "CVC" => "产业资本（CVC）",
            "Government" => "政府引导基金",
            "Angel" => "天使投资人",
            "Other" => "其他",
            _ => "未知",
        }
        : type switch
        {
            "CVC" => "Corporate VC",
            "Government" => "Government fund",
            _ => type,
        };
}
