using CapitalHealthReport.Model;

namespace CapitalHealthReport.Sample;

/// <summary>Sector groups the sample calibrates value totals for.</summary>
internal enum SectorGroup
{
    AI,

    /// <summary>Energy, AgriFood, Water, Health: the strategic sectors of the crowd-out story.</summary>
    Strategic,
    Other,
}

/// <summary>A sample sector: canonical name, the labels exports use for it, its group and company-name endings.</summary>
internal sealed record SampleSector(string Name, string[] Labels, SectorGroup Group, double NonAiWeight, string[] NameEndings);

/// <summary>A sample region: canonical name, the labels exports use, and its weights among AI and other deals.</summary>
internal sealed record SampleRegion(string Name, string[] Labels, double AiWeight, double OtherWeight);

/// <summary>
/// The calibration plan of the bundled sample: deal counts per month, stage mixes, regions, value
/// targets per quarter and sector group. Each number is chosen so that the figures of
/// figures of the source article (numbered in <c>docs/sample.md</c>) hold on the loaded data (see <c>docs/sample.md</c>).
/// </summary>
internal static class SamplePlan
{
    public static readonly DateOnly Start = new(2023, 1, 1);

    public static readonly DateOnly End = new(2025, 6, 30);

    /// <summary>First eight months of 2024: the window of the article's figures 5 and 6.</summary>
    public static readonly Period Window = Period.Range(new DateOnly(2024, 1, 1), new DateOnly(2024, 8, 31));

    public const int Quarters = 10;

    /// <summary>AI deals per month, 2023-01 .. 2025-06 (2023: 595; 2024: 500 with 289 in Jan–Aug; 2025Q1: 351).</summary>
    public static readonly int[] AiPerMonth =
    [
        46, 44, 52, 50, 51, 50, 49, 50, 48, 51, 50, 54,
        42, 38, 50, 31, 32, 32, 32, 32, 50, 50, 54, 57,
        105, 110, 136, 80, 85, 95,
    ];

    /// <summary>Deals in the other sectors per quarter, 2023Q1 .. 2025Q2 (falling, with a peak in 2024Q1).</summary>
    public static readonly int[] OtherPerQuarter = [335, 335, 330, 324, 360, 230, 200, 190, 120, 130];

    /// <summary>Value targets per quarter in CNY billions: AI, strategic sectors, other sectors.</summary>
    public static readonly double[][] ValueTargetBn =
    [
        [18.0, 17.5, 17.5, 17.0, 22.0, 14.5, 15.0, 15.0, 22.0, 19.0],
        [5.5, 5.3, 5.2, 5.0, 4.6, 4.7, 4.4, 4.2, 3.2, 3.4],
        [11.0, 10.5, 10.0, 9.5, 8.4, 8.0, 7.5, 7.5, 12.73, 10.0],
    ];

    /// <summary>
    /// Target top-quintile share of company totals for a quarter and sector group, or null: AI in 2025Q1
    /// (figure 2 of the article) and 2025Q2.
    /// </summary>
    public static double? TopQuintileTarget(SectorGroup group, int quarter) =>
        group == SectorGroup.AI && quarter >= 8 ? 0.80 : null;

    /// <summary>
    /// Share of a quarter's value that its single largest round takes, or null to leave the drawn amounts as they
    /// are: in 2025 one mega-round dominates the other sectors, which keeps company concentration (HHI) high.
    /// </summary>
    public static double? FillerShare(SectorGroup group, int quarter) =>
        group == SectorGroup.Other && quarter >= 8 ? 0.9 : null;

    /// <summary>Sectors whose rounds take the remainder of a calibrated quarter, preferred in this order.</summary>
    public static readonly string[] FillerSectorPreference = ["AI", "Semiconductors", "AdvancedManufacturing", "Energy", "Health"];

    public static readonly SampleSector[] Sectors =
    [
        new("AI", ["人工智能", "人工智能", "AI"], SectorGroup.AI, 0, ["智能", "科技", "机器人", "智算"]),
        new("Semiconductors", ["半导体", "半导体", "Semiconductors"], SectorGroup.Other, 0.16, ["半导体", "微电子", "芯片", "集成电路"]),
        new("Energy", ["能源", "新能源", "Energy"], SectorGroup.Strategic, 0.12, ["能源", "储能", "氢能", "光伏"]),
        new("AgriFood", ["农业食品", "农业食品", "AgriFood"], SectorGroup.Strategic, 0.06, ["农业", "食品", "种业", "农科"]),
        new("Water", ["水资源", "水资源", "Water"], SectorGroup.Strategic, 0.03, ["水务", "环境", "水处理", "净水"]),
        new("Health", ["医疗健康", "医疗健康", "Health"], SectorGroup.Strategic, 0.20, ["医疗", "生物", "医药", "健康"]),
        new("EnterpriseSoftware", ["企业服务", "企业服务", "EnterpriseSoftware"], SectorGroup.Other, 0.14, ["软件", "云", "数据", "信息"]),
        new("Consumer", ["消费", "消费", "Consumer"], SectorGroup.Other, 0.12, ["电商", "品牌", "生活", "茶饮"]),
        new("AdvancedManufacturing", ["先进制造", "先进制造", "AdvancedManufacturing"], SectorGroup.Other, 0.17, ["精密", "智造", "装备", "材料"]),
    ];

    public static readonly string[] AiSubsectors = ["LLM", "Embodied AI", "AIGC", "AI Chips", "AI Applications"];

    public static readonly double[] AiSubsectorWeights = [0.10, 0.18, 0.20, 0.15, 0.37];

    public static readonly SampleRegion[] Regions =
    [
        new("Beijing", ["北京", "北京市", "Beijing"], 0.37, 0.12),
        new("Guangdong", ["广东", "广东省", "Guangdong"], 0.20, 0.19),
        new("Shanghai", ["上海", "上海市", "Shanghai"], 0.16, 0.13),
        new("Zhejiang", ["浙江", "浙江省", "Zhejiang"], 0.08, 0.13),
        new("Jiangsu", ["江苏", "江苏省", "Jiangsu"], 0.07, 0.16),
        new("Anhui", ["安徽", "安徽省", "Anhui"], 0.025, 0.04),
        new("Sichuan", ["四川", "四川省", "Sichuan"], 0.02, 0.04),
        new("Hubei", ["湖北", "湖北省", "Hubei"], 0.02, 0.04),
        new("Shaanxi", ["陕西", "陕西省", "Shaanxi"], 0.015, 0.02),
        new("Shandong", ["山东", "山东省", "Shandong"], 0.01, 0.04),
        new("Hunan", ["湖南", "湖南省", "Hunan"], 0.01, 0.02),
        new("Tianjin", ["天津", "天津市", "Tianjin"], 0.01, 0.02),
        new("Fujian", ["福建", "福建省", "Fujian"], 0.005, 0.02),
        new("Chongqing", ["重庆", "重庆市", "Chongqing"], 0.005, 0.01),
        new("Henan", ["河南", "河南省", "Henan"], 0.0, 0.01),
        new("Liaoning", ["辽宁", "辽宁省", "Liaoning"], 0.0, 0.01),
    ];

    /// <summary>AI deals in the window by region: Beijing 107, Guangdong 58, Shanghai 46 (figure 5 of the article).</summary>
    public static readonly (string Region, int Count)[] WindowAiRegionCounts = [("Beijing", 107), ("Guangdong", 58), ("Shanghai", 46)];

    /// <summary>The stages the sample uses, in the order of the mix arrays below.</summary>
    public static readonly Stage[] StageOrder =
        [Stage.Angel, Stage.Seed, Stage.PreA, Stage.A, Stage.B, Stage.C, Stage.D, Stage.EPlus, Stage.PreIPO, Stage.Strategic];

    /// <summary>Stage mix (percent) per year (2023, 2024, 2025) for AI and for the other sectors: early stages fade.</summary>
    public static readonly double[][] AiStageMix =
    [
        [7, 7, 24, 14, 15, 5, 2, 1.5, 1, 23.5],
        [4, 4, 24, 8, 16, 5, 2, 2, 1, 34],
        [3, 3.5, 21, 7.5, 17, 5, 2, 2.5, 1.5, 37],
    ];

    public static readonly double[][] OtherStageMix =
    [
        [7, 6, 17, 20, 17, 8, 4, 2, 3, 16],
        [5, 5, 15, 18, 17, 9, 4, 3, 3, 21],
        [3, 4, 13, 16, 18, 10, 5, 3, 4, 24],
    ];

    /// <summary>Share of deals with a disclosed amount per stage; AI 2024–2025 A, C and D rounds are rarely disclosed.</summary>
    public static readonly double[] DisclosedRate = [0.72, 0.55, 0.72, 0.62, 0.6, 0.5, 0.5, 0.55, 0.55, 0.6];

    public static readonly double[] AiRecentDisclosedRate = [0.7, 0.45, 0.75, 0.2, 0.6, 0.15, 0.15, 0.5, 0.5, 0.62];

    /// <summary>Amount quantile knots (probability, CNY) per stage: piecewise log-linear distributions.</summary>
    public static (double P, double Cny)[] AmountKnots(Stage stage, bool aiRecent) => (stage, aiRecent) switch
    {
        (Stage.Angel, _) => [(0, 2e6), (0.5, 1e7), (0.9, 3e7), (1, 5e7)],
        (Stage.Seed, true) => [(0, 2e7), (0.4, 8e7), (0.5, 1e8), (0.6, 1.2e8), (0.9, 2.5e8), (1, 4e8)],
        (Stage.Seed, false) => [(0, 5e6), (0.5, 2e7), (0.9, 6e7), (1, 1e8)],
        (Stage.PreA, _) => [(0, 1e7), (0.5, 4e7), (0.9, 1e8), (1, 2e8)],
        (Stage.A, true) => [(0, 8e7), (0.3, 3e8), (0.5, 5.5e8), (0.7, 6.5e8), (0.95, 9e8), (1, 1.2e9)],
        (Stage.A, false) => [(0, 2e7), (0.5, 1e8), (0.9, 3e8), (1, 6e8)],
        (Stage.B, _) => [(0, 3e7), (0.5, 1e8), (0.9, 3e8), (1, 6e8)],
        (Stage.C, true) or (Stage.D, true) => [(0, 3e8), (0.3, 1e9), (0.5, 2e9), (0.7, 2.4e9), (0.95, 3.2e9), (1, 4e9)],
        (Stage.C, false) => [(0, 1.5e8), (0.5, 4e8), (0.9, 1e9), (1, 2e9)],
        (Stage.D, false) => [(0, 2e8), (0.5, 6e8), (0.9, 1.5e9), (1, 3e9)],
        (Stage.EPlus, _) => [(0, 3e8), (0.5, 8e8), (0.9, 2e9), (1, 4e9)],
        (Stage.PreIPO, _) => [(0, 2e8), (0.5, 6e8), (0.9, 1.5e9), (1, 3e9)],
        _ => [(0, 5e6), (0.5, 2e7), (0.9, 1.2e8), (1, 3e8)],
    };

    /// <summary>
    /// Medians the sample pins for AI deals of 2024–2025 (figure 9 of the article), in CNY: Seed 1亿 (≈ 14 M USD),
    /// A 5.5亿 (≈ 76 M USD), C and D together 20亿 (≈ 278 M USD).
    /// </summary>
    public static readonly (Stage[] Stages, decimal MedianCny)[] PinnedMedians =
    [
        ([Stage.Seed], 100_000_000m),
        ([Stage.A], 550_000_000m),
        ([Stage.C, Stage.D], 2_000_000_000m),
    ];

    /// <summary>Yearly average CNY per USD used to price the few USD-denominated deals (matches data/reference/fx.csv).</summary>
    public static decimal CnyPerUsd(int year) => year switch
    {
        <= 2023 => 7.084m,
        2024 => 7.189m,
        _ => 7.18m,
    };

    public static int QuarterIndex(DateOnly date) => ((date.Year - 2023) * 4) + ((date.Month - 1) / 3);

    public static int MonthIndex(DateOnly date) => ((date.Year - 2023) * 12) + date.Month - 1;

    public static int YearIndex(DateOnly date) => Math.Clamp(date.Year - 2023, 0, 2);
}
