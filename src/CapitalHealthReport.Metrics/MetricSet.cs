namespace CapitalHealthReport.Metrics;

/// <summary>
/// Every metric of one scope, and the one declaration of each metric: its <see cref="MetricAttribute"/> gives the unit,
/// names, definition, meaning and worked example that the catalog, the JSON and CSV writers, the rule expressions'
/// view (<c>Metrics.TopQuintileShare</c>) and <c>docs/metrics.md</c> read. JSON, CSV and templates use the snake_case
/// of the property name (<c>top_quintile_share</c>). A metric that is undefined for the scope is null. Dictionaries are
/// keyed by canonical name with ordinal ordering. To add a metric, declare it here and compute it in
/// <see cref="MetricCalculator"/>.
/// </summary>
/// <remarks>
/// The examples use the documentation's scope of five deals: (a, Seed, AI, Beijing, 10), (b, A, AI, Beijing, 5),
/// (b, C, Energy, Shanghai, 15), (c, D, AI, Shanghai, 30), (d, Unknown, Water, no region, 40); company totals a = 10,
/// b = 20, c = 30, d = 40.
/// </remarks>
public sealed class MetricSet
{
    [Metric(MetricUnit.Count, UnitText = "deals", Name = "Number of deals", NameZh = "融资事件数",
        Definition = "Number of deals in the scope, disclosed or not.",
        DefinitionZh = "统计范围内的融资事件数（含未披露金额的事件）。",
        Meaning = "Activity: how many rounds the scope holds.",
        Example = "**5**.")]
    public int DealCount { get; init; }

    [Metric(MetricUnit.Count, UnitText = "companies", Name = "Number of companies", NameZh = "获投企业数",
        Definition = "Number of distinct companies with at least one deal in the scope.",
        DefinitionZh = "统计范围内至少有一笔融资的企业数。",
        Meaning = "Companies group by `company_id` when the export has one, else by the trimmed, case-folded, width-folded name.",
        Example = "a, b, c, d: **4**.")]
    public int CompanyCount { get; init; }

    /// <summary>Sum of disclosed amounts in the reporting currency.</summary>
    [Metric(MetricUnit.Amount, Name = "Disclosed value", NameZh = "披露融资总额",
        Definition = "Sum of the disclosed amounts, in the reporting currency.",
        DefinitionZh = "已披露金额之和，以报告币种计。",
        Meaning = "The money the scope's deals disclosed; undisclosed amounts count in counts, never in value metrics.",
        Example = "10 + 5 + 15 + 30 + 40 = **100**.")]
    public double TotalAmount { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Disclosed share", NameZh = "金额披露率",
        Definition = "Share of deals whose amount is disclosed.",
        DefinitionZh = "披露了金额的融资事件占全部事件的比例。",
        Meaning = "A low share (below about 0.6 in Chinese deal databases) means the value metrics rest on a minority of deals.",
        Example = "5 / 5 = **1**.")]
    public double? DisclosedShare { get; init; }

    /// <summary>Σ(100·sᵢ)² over companies with a disclosed amount, 0–10,000.</summary>
    [Metric(MetricUnit.Index, UnitText = "index (0–10,000)", Name = "HHI", NameZh = "赫芬达尔-赫希曼指数（HHI）",
        Definition = "Herfindahl–Hirschman index of company totals: Σ(100·sᵢ)² over companies with a disclosed amount.",
        DefinitionZh = "各企业融资额占比（百分数）的平方和，取值0至10,000；2023年美国《并购指南》以1,800为高度集中的界线。",
        Meaning = "The Herfindahl–Hirschman index of capital across companies: 10,000 when one company takes everything, 10,000/n when n companies take equal amounts. "
            + "The 2023 US Merger Guidelines call a market above 1,800 highly concentrated; the 2010 Horizontal Merger Guidelines call 1,500–2,500 moderately and above 2,500 highly "
            + "concentrated. They were written for market shares; applied to funding they read as \"how few companies absorb the money\".",
        Example = "10² + 20² + 30² + 40² = 100 + 400 + 900 + 1,600 = **3,000**.")]
    public double? Hhi { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Value, Name = "CR4", NameZh = "前四集中度（CR4）",
        Definition = "Share of value taken by the four companies with the largest totals.",
        DefinitionZh = "融资额最大的4家企业所占份额之和。",
        Meaning = "How much of the money the four best-funded companies took (all of them when there are fewer than four). In industrial economics a four-firm ratio "
            + "above 0.6 is commonly read as a tight oligopoly, below 0.4 as competitive.",
        Example = "0.4 + 0.3 + 0.2 + 0.1 = **1**.")]
    public double? Cr4 { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Value, Name = "Top-quintile share", NameZh = "头部20%企业份额",
        Definition = "Share of value taken by the largest ⌈0.2·n⌉ company totals.",
        DefinitionZh = "融资额最高的前20%企业（向上取整）所获资金占全部已披露资金的比例。",
        Meaning = "The share of capital taken by the top fifth of funded companies; never below 0.2, which is perfect equality, and 0.8 is the Pareto \"80/20\" pattern.",
        Example = "⌈0.2·4⌉ = 1 company: 40 / 100 = **0.4**.")]
    public double? TopQuintileShare { get; init; }

    [Metric(MetricUnit.Index, UnitText = "index (0–1)", Name = "Gini coefficient", NameZh = "基尼系数",
        Definition = "Gini coefficient of company totals, G = Σ(2i − n − 1)·x₍ᵢ₎ / (n·Σx) with x ascending (uncorrected).",
        DefinitionZh = "企业间融资额分布的不均衡程度，0为完全平均，越接近1越集中（未校正）。",
        Meaning = "Inequality of company totals: 0 when all funded companies raise the same, approaching 1 (at most (n−1)/n) when one company takes everything. "
            + "Income Gini values above 0.4 are usually called high inequality; venture funding across companies is typically 0.6–0.8.",
        Example = "(−3·10 − 1·20 + 1·30 + 3·40) / (4·100) = 100 / 400 = **0.25**.")]
    public double? Gini { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Value, Name = "Mega-round share", NameZh = "超大额融资占比",
        Definition = "Share of value in single deals of at least 100 M USD-equivalent.",
        DefinitionZh = "单笔不低于1亿美元等值的融资占已披露资金的比例。",
        Meaning = "How much of the money arrives in very large rounds (`amount ≥ 100,000,000 × units_per_usd(currency, year)`, parameter `mega_round_usd`), "
            + "which typically go to late-stage companies. Venture monitors (PitchBook–NVCA) track it; it passed 0.5 in the US in 2021 and 2024.",
        Example = "no deal reaches 100 M USD: **0**.")]
    public double? MegaRoundShare { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Stage share of deals", NameZh = "各轮次事件占比",
        KeyedName = "share of deals in {key} rounds", KeyedNameZh = "{key}事件占比", KeyedBy = MetricKey.Stage,
        Definition = "Share of deals in each canonical stage.",
        DefinitionZh = "各标准轮次的融资事件数占比。",
        Meaning = "Where in the company life cycle deals go; keyed by stage (`Angel`, `Seed`, `PreA`, `A`, `B`, `C`, `D`, `EPlus`, `PreIPO`, `Strategic`, `PE`, `Debt`, `Grant`, `Other`, `Unknown`).",
        Example = "Seed, A, C, D, Unknown: **0.2** each.")]
    public IReadOnlyDictionary<string, double> StageCountShare { get; init; } = Empty;

    [Metric(MetricUnit.Share, Base = MetricBase.Value, Name = "Stage share of value", NameZh = "各轮次金额占比",
        KeyedName = "share of value in {key} rounds", KeyedNameZh = "{key}金额占比", KeyedBy = MetricKey.Stage,
        Definition = "Share of value in each canonical stage.",
        DefinitionZh = "各标准轮次的已披露金额占比。",
        Meaning = "Where in the company life cycle the money goes.",
        Example = "Seed 0.1, A 0.05, C 0.15, D 0.3, Unknown 0.4.")]
    public IReadOnlyDictionary<string, double> StageValueShare { get; init; } = Empty;

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Early-stage share of deals", NameZh = "早期轮次占比",
        Definition = "Deals in Angel, Seed, PreA or A over deals whose stage is known.",
        DefinitionZh = "天使、种子、Pre-A和A轮事件占轮次已知事件的比例。",
        Meaning = "How much of the deal flow supports young companies; a share that falls over several periods is the \"seed starvation\" signal.",
        Example = "Seed and A are 2 of the 4 deals with a known stage: **0.5**.")]
    public double? EarlyCountShare { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Seed and angel share of deals", NameZh = "种子及天使轮占比",
        Definition = "Deals in Angel or Seed over deals whose stage is known.",
        DefinitionZh = "天使轮和种子轮事件占轮次已知事件的比例。",
        Meaning = "The first rounds alone: the pipeline of companies that later stages draw on.",
        Example = "1 / 4 = **0.25**.")]
    public double? SeedAngelCountShare { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Value, Name = "Late-stage share of value", NameZh = "后期轮次金额占比",
        Definition = "Value in C, D, EPlus or PreIPO over the value of deals whose stage is known.",
        DefinitionZh = "C轮、D轮、E轮及以后和Pre-IPO的金额占轮次已知金额的比例。",
        Meaning = "How much of the money goes to late-stage companies.",
        Example = "(15 + 30) / (10 + 5 + 15 + 30) = 45 / 60 = **0.75**.")]
    public double? LateValueShare { get; init; }

    [Metric(MetricUnit.Amount, Name = "Median round size", NameZh = "单笔融资中位数",
        KeyedName = "median {key} round", KeyedNameZh = "{key}融资中位数", KeyedBy = MetricKey.Stage,
        Definition = "Median disclosed amount per stage (mean of the two middle values for an even count).",
        DefinitionZh = "各轮次已披露金额的中位数（偶数个时取中间两值的平均）。",
        Meaning = "A typical round size per stage, robust to single mega rounds; stages without a disclosed amount in the scope are left out.",
        Example = "Seed 10, A 5, C 15, D 30, Unknown 40.")]
    public IReadOnlyDictionary<string, double> MedianAmount { get; init; } = Empty;

    [Metric(MetricUnit.Ratio, Name = "Late-to-seed median ratio", NameZh = "后期与种子轮中位数之比",
        Definition = "Median of late-stage (C, D, EPlus, PreIPO) amounts over the median Seed amount.",
        DefinitionZh = "后期轮次金额中位数与种子轮金额中位数之比。",
        Meaning = "How many seed rounds one typical late round could fund; undefined when either median is missing or the Seed median is 0. Global AI medians of "
            + "2024–2025 put seed at about 15 M USD and C/D rounds at 250–300 M USD, a ratio near 17–20.",
        Example = "late amounts 15 and 30 have the median 22.5; the Seed median is 10: **2.25**.")]
    public double? LateToSeedMedianRatio { get; init; }

    [Metric(MetricUnit.Count, UnitText = "deals", Name = "Seed rounds with an amount", NameZh = "披露金额的种子轮事件数",
        Definition = "Number of Seed deals with a disclosed amount.",
        DefinitionZh = "披露了金额的种子轮融资事件数。",
        Meaning = "How many amounts the Seed median (and the late-to-seed median ratio) rests on; a median of one or two rounds says little about the stage.",
        Example = "a's Seed round of 10: **1**.")]
    public int SeedDisclosedCount { get; init; }

    [Metric(MetricUnit.Count, UnitText = "deals", Name = "Late-stage rounds with an amount", NameZh = "披露金额的后期轮次事件数",
        Definition = "Number of C, D, EPlus and PreIPO deals with a disclosed amount.",
        DefinitionZh = "披露了金额的C轮、D轮、E轮及以后和Pre-IPO轮融资事件数。",
        Meaning = "How many amounts the late-stage median of the late-to-seed median ratio rests on.",
        Example = "b's C round of 15 and c's D round of 30: **2**.")]
    public int LateDisclosedCount { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Value, Name = "Sector share of value", NameZh = "各行业金额占比",
        KeyedName = "share of value in {key}", KeyedNameZh = "{key}金额占比", KeyedBy = MetricKey.Sector,
        Definition = "Share of value in each sector.",
        DefinitionZh = "各行业已披露金额占全部已披露金额的比例。",
        Meaning = "Keyed by sector: the taxonomy name, the verbatim source value when unmapped, `Unknown` for none.",
        Example = "AI 0.45, Energy 0.15, Water 0.4.")]
    public IReadOnlyDictionary<string, double> SectorValueShare { get; init; } = Empty;

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Sector share of deals", NameZh = "各行业事件占比",
        KeyedName = "share of deals in {key}", KeyedNameZh = "{key}事件占比", KeyedBy = MetricKey.Sector,
        Definition = "Share of deals in each sector.",
        DefinitionZh = "各行业融资事件数占全部事件的比例。",
        Meaning = "Keyed like the sector share of value.",
        Example = "AI 0.6, Energy 0.2, Water 0.2.")]
    public IReadOnlyDictionary<string, double> SectorCountShare { get; init; } = Empty;

    [Metric(MetricUnit.Share, Base = MetricBase.Value, Name = "Hot-sector share of value", NameZh = "热门行业金额占比",
        Definition = "Value share of the hot sector (parameter hot_sector).",
        DefinitionZh = "热门行业（参数hot_sector）的金额占比。",
        Meaning = "The crowd-out signal: `sector_value_share` of `parameters.hot_sector` (AI by default); 0 when the hot sector has no deal, undefined when the scope "
            + "has no disclosed value. 《硬科技重回资本焦点》 (2025) quotes AI at 57.87% of global venture value in 2025 Q1.",
        Example = "(10 + 5 + 30) / 100 = **0.45**.")]
    public double? HotSectorValueShare { get; init; }

    [Metric(MetricUnit.Amount, Name = "Strategic sectors' funding", NameZh = "战略性行业融资额",
        Definition = "Total disclosed amount in the strategic sectors (parameter strategic_sectors).",
        DefinitionZh = "能源、农业食品、水资源、医疗健康等战略性行业（参数strategic_sectors）的已披露金额之和。",
        Meaning = "Money reaching the sectors a policy names as strategic (Energy, AgriFood, Water and Health by default); 0 when none. Compare it with a year earlier.",
        Example = "Energy 15 + Water 40 = **55**.")]
    public double StrategicSectorsAmount { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Value, Name = "Region share of value", NameZh = "各地区金额占比",
        KeyedName = "share of value in {key}", KeyedNameZh = "{key}金额占比", KeyedBy = MetricKey.Region,
        Definition = "Share of value in each region.",
        DefinitionZh = "各地区已披露金额占全部已披露金额的比例。",
        Meaning = "A deal without a region counts under `Unknown`.",
        Example = "Beijing 0.15, Shanghai 0.45, Unknown 0.4.")]
    public IReadOnlyDictionary<string, double> RegionValueShare { get; init; } = Empty;

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Region share of deals", NameZh = "各地区事件占比",
        KeyedName = "share of deals in {key}", KeyedNameZh = "{key}事件占比", KeyedBy = MetricKey.Region,
        Definition = "Share of deals in each region.",
        DefinitionZh = "各地区融资事件数占全部事件的比例。",
        Meaning = "A deal without a region counts under `Unknown`.",
        Example = "Beijing 0.4, Shanghai 0.4, Unknown 0.2.")]
    public IReadOnlyDictionary<string, double> RegionCountShare { get; init; } = Empty;

    [Metric(MetricUnit.Name, UnitText = "region", Name = "Top region", NameZh = "首位地区",
        Definition = "The region with the most deals (never Unknown; ties by ordinal name).",
        DefinitionZh = "融资事件最多的地区（不含未知地区；并列时按名称排序）。",
        Meaning = "Where deal flow clusters.",
        Example = "Beijing and Shanghai tie at 2 deals and Beijing sorts first: **Beijing**.")]
    public string? TopRegion { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Top region's share of deals", NameZh = "首位地区事件占比",
        Definition = "The top region's share of deals.",
        DefinitionZh = "首位地区的融资事件数占比。",
        Meaning = "Its deal share of all deals in the scope, `Unknown` included. 《硬科技重回资本焦点》 (2025) reports Beijing with 37% of China's AI deals in the first eight months of 2024.",
        Example = "2 / 5 = **0.4**.")]
    public double? TopRegionCountShare { get; init; }

    [Metric(MetricUnit.Ratio, Name = "Location quotient", NameZh = "区位商",
        KeyedName = "location quotient of {key}", KeyedNameZh = "{key}区位商", KeyedBy = MetricKey.Region,
        Definition = "A region's deal share over its share of the baseline weights (GDP).",
        DefinitionZh = "地区事件占比与其基准占比（默认按GDP权重）之比，大于1表示相对集中。",
        Meaning = "`region_count_share[r] / baseline_share[r]`, the baseline being the region's share of the weights in `data/reference/region-baseline.csv`; listed for "
            + "the regions with a weight and at least one deal in the scope (a region without one has no quotient, read as `NaN`, not 0: its absence measures "
            + "no under-representation). Above 1 a region attracts more deals than its economic weight; regional economics reads above 1.25 as "
            + "specialisation and below 0.75 as under-representation.",
        Example = "with baselines Beijing 0.05 and Shanghai 0.05: Beijing 0.4 / 0.05 = **8**.")]
    public IReadOnlyDictionary<string, double> LocationQuotient { get; init; } = Empty;

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Local-fund home bias", NameZh = "地方基金本地偏好",
        Definition = "Of deals with a Government investor whose home region is known, the share in that investor's home region.",
        DefinitionZh = "有政府引导基金参与且其所在地已知的事件中，被投企业位于该基金所在地的比例。",
        Meaning = "How far local guidance funds stay at home; a high value means public money does not travel to where the best companies are.",
        Example = "no government investor in the example scope: **null**.")]
    public double? LocalFundHomeBias { get; init; }

    [Metric(MetricUnit.Count, UnitText = "investors", Name = "Number of active investors", NameZh = "活跃投资方数",
        Definition = "Number of distinct investors with at least one deal in the scope.",
        DefinitionZh = "统计范围内至少参与1笔融资的投资方数（去重）。",
        Meaning = "The base of every investor-type share: a share of a handful of investors says nothing of an ecosystem's investor mix.",
        Example = "deals by Tencent, Sequoia twice and one unlisted investor make 3; the example deals name no investor: **0**.")]
    public int ActiveInvestorCount { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Investors, Name = "Investor type share", NameZh = "投资方类型占比",
        KeyedName = "share of {key} investors among active investors", KeyedNameZh = "{key}占活跃投资方比例", KeyedBy = MetricKey.InvestorType,
        Definition = "Share of distinct active investors of each type.",
        DefinitionZh = "统计范围内活跃投资方（至少1笔）按类型的占比。",
        Meaning = "Distinct investors with a deal in the scope by type (`VC`, `PE`, `CVC`, `Government`, `Angel`, `Other`, `Unknown` for investors the directory does not list).",
        Example = "investors Tencent (CVC), Sequoia (VC) twice and one unlisted: CVC 1/3, VC 1/3, Unknown 1/3.")]
    public IReadOnlyDictionary<string, double> InvestorTypeShare { get; init; } = Empty;

    [Metric(MetricUnit.Count, UnitText = "investors", Name = "Number of investors with three or more deals", NameZh = "出手三次及以上的投资方数",
        Definition = "Number of distinct investors with at least 3 deals in the scope.",
        DefinitionZh = "统计范围内至少参与3笔融资的投资方数（去重）。",
        Meaning = "The base of the CVC share of active investors: a share of two or three investors says nothing of who the most active investors are. "
            + "《硬科技重回资本焦点》 (2025) takes its share over 38 such investors.",
        Example = "no investor has 3 deals in the example scope: **0**.")]
    public int RepeatInvestorCount { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Investors, Name = "CVC share of active investors", NameZh = "产业资本活跃占比",
        Definition = "Share of CVC investors among investors with at least 3 deals in the scope.",
        DefinitionZh = "至少参与3笔的投资方中，产业资本（CVC）的占比。",
        Meaning = "Industrial capital's weight among the most active investors; undefined when no investor has 3 deals. 《硬科技重回资本焦点》 (2025) counts 14 industrial "
            + "investors among the 38 with at least 3 AI deals in January–August 2024, over 35%.",
        Example = "no investor has 3 deals in the example scope: **null**.")]
    public double? CvcActiveShare { get; init; }

    [Metric(MetricUnit.Share, Base = MetricBase.Deals, Name = "Classified sector share", NameZh = "已归类行业事件占比",
        Definition = "Share of deals whose sector is one the sector taxonomy (or the configuration's hot_sector and strategic_sectors) knows.",
        DefinitionZh = "行业为行业分类表（或配置的热门行业、战略性行业）所知的融资事件占全部事件的比例。",
        Meaning = "How far the sector measures can be trusted: a deal without a sector, or whose label no alias maps (kept as written), is in no "
            + "taxonomy sector, so the hot sector's share and the strategic sectors' funding cannot see it. At 0 they measure nothing; map the labels "
            + "with a mapping file's `sectors:`.",
        Example = "AI, AI, Energy, AI, Water: 5 / 5 = **1**.")]
    public double? ClassifiedSectorShare { get; init; }

    private static readonly IReadOnlyDictionary<string, double> Empty = KeyedValueDictionary.Empty;

    /// <summary>The metrics of an empty scope: counts 0, every ratio null.</summary>
    public static MetricSet Zero { get; } = new();
}
