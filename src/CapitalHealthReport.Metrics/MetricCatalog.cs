namespace CapitalHealthReport.Metrics;

/// <summary>What kind of value a metric holds.</summary>
public enum MetricKind
{
    /// <summary>A whole number (always defined).</summary>
    Count,

    /// <summary>A number; null when undefined for the scope.</summary>
    Number,

    /// <summary>A name (e.g. <c>top_region</c>); null when undefined.</summary>
    Text,

    /// <summary>One number per key (stage, sector, region, investor type), keys in ordinal order.</summary>
    Keyed,
}

/// <summary>What a metric's numbers measure, for formatting them and for the thresholds rules put on them.</summary>
public enum MetricUnit
{
    /// <summary>A whole number of deals, companies or investors.</summary>
    Count,

    /// <summary>An amount in the reporting currency.</summary>
    Amount,

    /// <summary>A fraction 0–1 (written as a percentage; its changes in percentage points).</summary>
    Share,

    /// <summary>An index on its own scale (HHI 0–10,000, Gini 0–1).</summary>
    Index,

    /// <summary>A ratio of two quantities (location quotient, late-to-seed median ratio).</summary>
    Ratio,

    /// <summary>A name, not a number (<c>top_region</c>).</summary>
    Name,
}

/// <summary>
/// One metric of the catalog: its snake_case JSON/CSV/template name, the PascalCase name rule expressions
/// use, unit, one-sentence definition, and whether it is a share (fraction 0–1; deltas in percentage points).
/// </summary>
public sealed class MetricDescriptor
{
    private readonly Func<MetricSet, object?> _read;

    internal MetricDescriptor(string jsonName, string displayName, string displayNameZh, MetricUnit unitKind, string propertyName, MetricKind kind, string unit, bool isShare, string definition, Func<MetricSet, object?> read)
    {
        JsonName = jsonName;
        DisplayName = displayName;
        DisplayNameZh = displayNameZh;
        UnitKind = unitKind;
        PropertyName = propertyName;
        Kind = kind;
        Unit = unit;
        IsShare = isShare;
        Definition = definition;
        _read = read;
    }

    public string JsonName { get; }

    public string PropertyName { get; }

    /// <summary>The metric's name for readers, in English: <c>Top-quintile share</c>, <c>HHI</c>.</summary>
    public string DisplayName { get; }

    /// <summary>The metric's name for readers, in Chinese: <c>头部20%企业份额</c>.</summary>
    public string DisplayNameZh { get; }

    /// <summary>
    /// For a keyed metric, its name for one key with <c>{key}</c> where the key goes (<c>share of deals in {key}</c>);
    /// null for other metrics.
    /// </summary>
    public string? KeyedName { get; init; }

    /// <summary>The Chinese <see cref="KeyedName"/> (<c>{key}事件占比</c>).</summary>
    public string? KeyedNameZh { get; init; }

    /// <summary>What the numbers measure (count, amount, share, index, ratio, name).</summary>
    public MetricUnit UnitKind { get; }

    public MetricKind Kind { get; }

    /// <summary>Unit as the documentation states it (<c>deals</c>, <c>share</c>, <c>reporting currency</c>, …).</summary>
    public string Unit { get; }

    /// <summary>True for fractions 0–1, whose deltas are written in percentage points.</summary>
    public bool IsShare { get; }

    public bool IsKeyed => Kind == MetricKind.Keyed;

    public string Definition { get; }

    /// <summary>The metric's value in a set: <see cref="int"/>, <see cref="double"/>, <see cref="string"/>, a keyed dictionary, or null.</summary>
    public object? GetValue(MetricSet metrics) => _read(metrics);

    /// <summary>The value of a count or number metric; null for undefined values and for text or keyed metrics.</summary>
    public double? GetNumber(MetricSet metrics) => _read(metrics) switch
    {
        int i => i,
        double d => d,
        _ => null,
    };

    /// <summary>The values of a keyed metric (empty when undefined); empty for other kinds.</summary>
    public IReadOnlyDictionary<string, double> GetKeyed(MetricSet metrics) =>
        _read(metrics) as IReadOnlyDictionary<string, double> ?? MetricSet.Zero.StageCountShare;

    /// <summary>current − comparison (×100, percentage points, for shares); null when either is undefined or the metric is text or keyed.</summary>
    public double? Delta(MetricSet current, MetricSet comparison) =>
        Kind is MetricKind.Count or MetricKind.Number && GetNumber(current) is { } a && GetNumber(comparison) is { } b ? Scale(a - b) : null;

    /// <summary>Per-key deltas of a keyed metric over the union of keys; null for a key missing on either side.</summary>
    public IReadOnlyDictionary<string, double?> KeyedDelta(MetricSet current, MetricSet comparison)
    {
        var a = GetKeyed(current);
        var b = GetKeyed(comparison);
        var result = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var key in a.Keys.Concat(b.Keys))
        {
            result[key] = a.TryGetValue(key, out var x) && b.TryGetValue(key, out var y) ? Scale(x - y) : null;
        }

        return result;
    }

    public override string ToString() => JsonName;

    private double Scale(double difference) => IsShare ? difference * 100d : difference;
}

/// <summary>The metric catalog of DESIGN.md, in documentation order: names, units and definitions.</summary>
public static class MetricCatalog
{
    private const string Share = "share (0–1)";
    private const string Money = "reporting currency";

    public static IReadOnlyList<MetricDescriptor> All { get; } =
    [
        new("deal_count", "Number of deals", "融资事件数", MetricUnit.Count, nameof(MetricSet.DealCount), MetricKind.Count, "deals", false,
            "Number of deals in the scope, disclosed or not.", m => m.DealCount),
        new("company_count", "Number of companies", "获投企业数", MetricUnit.Count, nameof(MetricSet.CompanyCount), MetricKind.Count, "companies", false,
            "Number of distinct companies with at least one deal in the scope.", m => m.CompanyCount),
        new("total_amount", "Disclosed value", "披露融资总额", MetricUnit.Amount, nameof(MetricSet.TotalAmount), MetricKind.Number, Money, false,
            "Sum of the disclosed amounts, converted at each deal year's average rate.", m => m.TotalAmount),
        new("disclosed_share", "Disclosed share", "金额披露率", MetricUnit.Share, nameof(MetricSet.DisclosedShare), MetricKind.Number, Share, true,
            "Share of deals whose amount is disclosed.", m => m.DisclosedShare),
        new("hhi", "HHI", "赫芬达尔-赫希曼指数（HHI）", MetricUnit.Index, nameof(MetricSet.Hhi), MetricKind.Number, "index (0–10,000)", false,
            "Herfindahl–Hirschman index of company totals: Σ(100·sᵢ)² over companies with a disclosed amount.", m => m.Hhi),
        new("cr4", "CR4", "前四集中度（CR4）", MetricUnit.Share, nameof(MetricSet.Cr4), MetricKind.Number, Share, true,
            "Share of value taken by the four companies with the largest totals.", m => m.Cr4),
        new("top_quintile_share", "Top-quintile share", "头部20%企业份额", MetricUnit.Share, nameof(MetricSet.TopQuintileShare), MetricKind.Number, Share, true,
            "Share of value taken by the largest ⌈0.2·n⌉ company totals.", m => m.TopQuintileShare),
        new("gini", "Gini coefficient", "基尼系数", MetricUnit.Index, nameof(MetricSet.Gini), MetricKind.Number, "index (0–1)", false,
            "Gini coefficient of company totals, G = Σ(2i − n − 1)·x₍ᵢ₎ / (n·Σx) with x ascending (uncorrected).", m => m.Gini),
        new("mega_round_share", "Mega-round share", "超大额融资占比", MetricUnit.Share, nameof(MetricSet.MegaRoundShare), MetricKind.Number, Share, true,
            "Share of value in single deals of at least 100 M USD-equivalent.", m => m.MegaRoundShare),
        new("stage_count_share", "Stage share of deals", "各轮次事件占比", MetricUnit.Share, nameof(MetricSet.StageCountShare), MetricKind.Keyed, Share, true,
            "Share of deals in each canonical stage.", m => m.StageCountShare)
        {
            KeyedName = "share of deals in {key} rounds",
            KeyedNameZh = "{key}轮事件占比",
        },
        new("stage_value_share", "Stage share of value", "各轮次金额占比", MetricUnit.Share, nameof(MetricSet.StageValueShare), MetricKind.Keyed, Share, true,
            "Share of value in each canonical stage.", m => m.StageValueShare)
        {
            KeyedName = "share of value in {key} rounds",
            KeyedNameZh = "{key}轮金额占比",
        },
        new("early_count_share", "Early-stage share of deals", "早期轮次占比", MetricUnit.Share, nameof(MetricSet.EarlyCountShare), MetricKind.Number, Share, true,
            "Deals in Angel, Seed, PreA or A over deals whose stage is known.", m => m.EarlyCountShare),
        new("seed_angel_count_share", "Seed and angel share of deals", "种子及天使轮占比", MetricUnit.Share, nameof(MetricSet.SeedAngelCountShare), MetricKind.Number, Share, true,
            "Deals in Angel or Seed over deals whose stage is known.", m => m.SeedAngelCountShare),
        new("late_value_share", "Late-stage share of value", "后期轮次金额占比", MetricUnit.Share, nameof(MetricSet.LateValueShare), MetricKind.Number, Share, true,
            "Value in C, D, EPlus or PreIPO over the value of deals whose stage is known.", m => m.LateValueShare),
        new("median_amount", "Median round size", "单笔融资中位数", MetricUnit.Amount, nameof(MetricSet.MedianAmount), MetricKind.Keyed, Money, false,
            "Median disclosed amount per stage (mean of the two middle values for an even count).", m => m.MedianAmount)
        {
            KeyedName = "median {key} round",
            KeyedNameZh = "{key}轮融资中位数",
        },
        new("late_to_seed_median_ratio", "Late-to-seed median ratio", "后期与种子轮中位数之比", MetricUnit.Ratio, nameof(MetricSet.LateToSeedMedianRatio), MetricKind.Number, "ratio", false,
            "Median of late-stage (C, D, EPlus, PreIPO) amounts over the median Seed amount.", m => m.LateToSeedMedianRatio),
        new("sector_value_share", "Sector share of value", "各行业金额占比", MetricUnit.Share, nameof(MetricSet.SectorValueShare), MetricKind.Keyed, Share, true,
            "Share of value in each sector.", m => m.SectorValueShare)
        {
            KeyedName = "share of value in {key}",
            KeyedNameZh = "{key}金额占比",
        },
        new("sector_count_share", "Sector share of deals", "各行业事件占比", MetricUnit.Share, nameof(MetricSet.SectorCountShare), MetricKind.Keyed, Share, true,
            "Share of deals in each sector.", m => m.SectorCountShare)
        {
            KeyedName = "share of deals in {key}",
            KeyedNameZh = "{key}事件占比",
        },
        new("hot_sector_value_share", "Hot-sector share of value", "热门行业金额占比", MetricUnit.Share, nameof(MetricSet.HotSectorValueShare), MetricKind.Number, Share, true,
            "Value share of the hot sector (parameter hot_sector).", m => m.HotSectorValueShare),
        new("strategic_sectors_amount", "Strategic sectors' funding", "战略性行业融资额", MetricUnit.Amount, nameof(MetricSet.StrategicSectorsAmount), MetricKind.Number, Money, false,
            "Total disclosed amount in the strategic sectors (parameter strategic_sectors).", m => m.StrategicSectorsAmount),
        new("region_value_share", "Region share of value", "各地区金额占比", MetricUnit.Share, nameof(MetricSet.RegionValueShare), MetricKind.Keyed, Share, true,
            "Share of value in each region.", m => m.RegionValueShare)
        {
            KeyedName = "share of value in {key}",
            KeyedNameZh = "{key}金额占比",
        },
        new("region_count_share", "Region share of deals", "各地区事件占比", MetricUnit.Share, nameof(MetricSet.RegionCountShare), MetricKind.Keyed, Share, true,
            "Share of deals in each region.", m => m.RegionCountShare)
        {
            KeyedName = "share of deals in {key}",
            KeyedNameZh = "{key}事件占比",
        },
        new("top_region", "Top region", "首位地区", MetricUnit.Name, nameof(MetricSet.TopRegion), MetricKind.Text, "region", false,
            "The region with the most deals (never Unknown; ties by ordinal name).", m => m.TopRegion),
        new("top_region_count_share", "Top region's share of deals", "首位地区事件占比", MetricUnit.Share, nameof(MetricSet.TopRegionCountShare), MetricKind.Number, Share, true,
            "The top region's share of deals.", m => m.TopRegionCountShare),
        new("location_quotient", "Location quotient", "区位商", MetricUnit.Ratio, nameof(MetricSet.LocationQuotient), MetricKind.Keyed, "ratio", false,
            "A region's deal share over its share of the baseline weights (GDP).", m => m.LocationQuotient)
        {
            KeyedName = "location quotient of {key}",
            KeyedNameZh = "{key}区位商",
        },
        new("local_fund_home_bias", "Local-fund home bias", "地方基金本地偏好", MetricUnit.Share, nameof(MetricSet.LocalFundHomeBias), MetricKind.Number, Share, true,
            "Of deals with a Government investor whose home region is known, the share in that investor's home region.", m => m.LocalFundHomeBias),
        new("investor_type_share", "Investor type share", "投资方类型占比", MetricUnit.Share, nameof(MetricSet.InvestorTypeShare), MetricKind.Keyed, Share, true,
            "Share of distinct active investors of each type.", m => m.InvestorTypeShare)
        {
            KeyedName = "share of {key} investors among active investors",
            KeyedNameZh = "{key}类投资方占活跃投资方比例",
        },
        new("cvc_active_share", "CVC share of active investors", "产业资本活跃占比", MetricUnit.Share, nameof(MetricSet.CvcActiveShare), MetricKind.Number, Share, true,
            "Share of CVC investors among investors with at least 3 deals in the scope.", m => m.CvcActiveShare),
    ];

    /// <summary>The descriptor with this JSON (snake_case) or property (PascalCase) name; null when there is none.</summary>
    public static MetricDescriptor? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.JsonName, name, StringComparison.Ordinal) || string.Equals(d.PropertyName, name, StringComparison.Ordinal));
}
