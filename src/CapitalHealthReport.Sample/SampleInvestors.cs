using CapitalHealthReport.Model;

namespace CapitalHealthReport.Sample;

/// <summary>
/// Which deals an investor of the calibrated core joins: AI or other sectors, a date range, optionally one
/// region and a set of stages, and how many such deals per sample.
/// </summary>
internal sealed record InvestorPick(bool Ai, DateOnly From, DateOnly To, string? Region, Stage[]? Stages, int Count);

/// <summary>A directory investor the sample uses: canonical name, aliases, type, home region and (for the core) its picks.</summary>
internal sealed record SampleInvestor(string Name, string[] Aliases, InvestorType Type, string? HomeRegion, InvestorPick[] Picks)
{
    /// <summary>Core investors are placed by plan; all others are drawn at random and kept under three AI deals in the window.</summary>
    public bool IsCore => Picks.Length > 0;
}

/// <summary>
/// The investors of the sample. The 38 core investors are the ones with at least three AI deals in
/// 2024-01-01..2024-08-31 (figure 6 of the article: 14 CVC, 13 VC, 7 Government, 4 PE); the local government funds
/// follow figure 7 of the article, Tencent's round mix figure 8 and Lenovo Capital's activity figure 14.
/// </summary>
internal static class SampleInvestors
{
    private static readonly DateOnly Y2023 = new(2023, 1, 1);
    private static readonly DateOnly Y2023End = new(2023, 12, 31);
    private static readonly DateOnly WindowStart = new(2024, 1, 1);
    private static readonly DateOnly WindowEnd = new(2024, 8, 31);
    private static readonly DateOnly LaterStart = new(2024, 9, 1);
    private static readonly DateOnly End = new(2025, 6, 30);

    public static readonly SampleInvestor[] All = Build();

    private static InvestorPick Window(int count, string? region = null, params Stage[] stages) =>
        new(true, WindowStart, WindowEnd, region, stages.Length == 0 ? null : stages, count);

    private static InvestorPick Later(int count, string? region = null, params Stage[] stages) =>
        new(true, LaterStart, End, region, stages.Length == 0 ? null : stages, count);

    private static InvestorPick Early(int count, string? region = null, params Stage[] stages) =>
        new(true, Y2023, Y2023End, region, stages.Length == 0 ? null : stages, count);

    private static InvestorPick OtherSectors(int count, string? region = null) => new(false, Y2023, End, region, null, count);

    private static InvestorPick[] Standard(int window, int early, int later, int other) =>
        [Window(window), Early(early), Later(later), OtherSectors(other)];

    private static SampleInvestor[] Build()
    {
        var lenovo = new List<InvestorPick> { Early(12), OtherSectors(8) };
        for (var q = 0; q < 6; q++)
        {
            var from = new DateOnly(2024, 1, 1).AddMonths(q * 3);
            lenovo.Add(new InvestorPick(true, from, from.AddMonths(3).AddDays(-1), null, null, 5));
        }

        SampleInvestor[] investors =
        [
            // Industrial (CVC): 14.
            new("腾讯投资", ["Tencent Investment", "腾讯", "Tencent"], InvestorType.CVC, "Guangdong",
            [
                Window(2, null, Stage.A), Window(2, null, Stage.B), Window(2, null, Stage.Strategic), Window(1, null, Stage.C),
                Early(5, null, Stage.A), Later(4, null, Stage.A), Early(1, null, Stage.Angel), Early(2, null, Stage.PreA), Later(1, null, Stage.PreA),
                Early(4, null, Stage.B), Later(4, null, Stage.B), Early(1, null, Stage.C), Later(2, null, Stage.C), Early(1, null, Stage.D), Later(1, null, Stage.D),
                Later(1, null, Stage.EPlus), Later(1, null, Stage.PreIPO), Early(4, null, Stage.Strategic), Later(5, null, Stage.Strategic),
                OtherSectors(10),
            ]),
            new("阿里巴巴", ["Alibaba", "阿里", "阿里云"], InvestorType.CVC, "Zhejiang", Standard(5, 6, 6, 8)),
            new("百度风投", ["Baidu Ventures", "百度"], InvestorType.CVC, "Beijing", Standard(4, 4, 4, 3)),
            new("京东", ["JD.com", "京东集团"], InvestorType.CVC, "Beijing", Standard(3, 2, 3, 6)),
            new("美团龙珠", ["Meituan Dragonball", "美团"], InvestorType.CVC, "Beijing", Standard(4, 3, 4, 5)),
            new("字节跳动", ["ByteDance"], InvestorType.CVC, "Beijing", Standard(3, 2, 3, 2)),
            new("联想创投", ["Lenovo Capital", "联想"], InvestorType.CVC, "Beijing", [.. lenovo]),
            new("海尔资本", ["Haier Capital"], InvestorType.CVC, "Shandong", Standard(3, 2, 2, 6)),
            new("讯飞创投", ["iFlytek Ventures", "科大讯飞"], InvestorType.CVC, "Anhui", Standard(3, 2, 3, 2)),
            new("商汤国香资本", ["SenseTime Guoxiang Capital", "商汤科技"], InvestorType.CVC, "Shanghai", Standard(3, 2, 2, 0)),
            new("智谱AI", ["Zhipu AI", "智谱"], InvestorType.CVC, "Beijing", Standard(3, 0, 3, 0)),
            new("小米长江产业基金", ["Xiaomi Changjiang Industry Fund", "小米"], InvestorType.CVC, "Hubei", Standard(3, 3, 3, 6)),
            new("华为哈勃投资", ["Huawei Hubble", "哈勃投资"], InvestorType.CVC, "Guangdong", Standard(3, 2, 3, 8)),
            new("蚂蚁集团", ["Ant Group"], InvestorType.CVC, "Zhejiang", Standard(3, 2, 2, 3)),

            // Venture capital: 13.
            new("蓝驰创投", ["BlueRun Ventures"], InvestorType.VC, "Beijing", Standard(4, 5, 4, 6)),
            new("红杉中国", ["HongShan", "Sequoia China", "红杉资本中国"], InvestorType.VC, "Beijing", Standard(6, 8, 6, 12)),
            new("启明创投", ["Qiming Venture Partners"], InvestorType.VC, "Shanghai", Standard(4, 5, 4, 8)),
            new("经纬创投", ["Matrix Partners China", "经纬中国"], InvestorType.VC, "Beijing", Standard(4, 5, 3, 8)),
            new("源码资本", ["Source Code Capital"], InvestorType.VC, "Beijing", Standard(3, 4, 3, 6)),
            new("IDG资本", ["IDG Capital"], InvestorType.VC, "Beijing", Standard(4, 5, 4, 8)),
            new("君联资本", ["Legend Capital"], InvestorType.VC, "Beijing", Standard(3, 4, 3, 8)),
            new("高榕资本", ["Gaorong Ventures", "高榕创投"], InvestorType.VC, "Beijing", Standard(3, 3, 3, 5)),
            new("五源资本", ["5Y Capital"], InvestorType.VC, "Beijing", Standard(3, 3, 3, 4)),
            new("金沙江创投", ["GSR Ventures"], InvestorType.VC, "Beijing", Standard(3, 3, 2, 4)),
            new("真格基金", ["ZhenFund"], InvestorType.VC, "Beijing", Standard(3, 4, 2, 4)),
            new("创新工场", ["Sinovation Ventures"], InvestorType.VC, "Beijing", Standard(3, 4, 2, 2)),
            new("北极光创投", ["Northern Light Venture Capital"], InvestorType.VC, "Beijing", Standard(3, 2, 2, 5)),

            // Local government funds: 7 (figure 7 of the article). Beijing funds: 4, 6 and 4 AI deals since 2024.
            new("中关村科技城", ["Zhongguancun Science City"], InvestorType.Government, "Beijing",
                [Window(3, "Beijing"), Later(1, "Beijing"), Early(2, "Beijing"), OtherSectors(2, "Beijing"), OtherSectors(1, "Tianjin")]),
            new("顺禧基金", ["Shunxi Fund"], InvestorType.Government, "Beijing",
                [Window(4, "Beijing"), Later(2, "Beijing"), Early(1, "Beijing"), OtherSectors(1, "Beijing")]),
            new("北京人工智能产业基金", ["Beijing AI Industry Fund", "北京市人工智能产业投资基金"], InvestorType.Government, "Beijing",
                [Window(3, "Beijing"), Later(1, "Beijing"), Early(2, "Beijing")]),
            new("中安资本", ["Zhongan Capital"], InvestorType.Government, "Anhui",
                [Window(3, "Anhui"), Later(2, "Anhui"), Later(1, "Shanghai"), Early(2, "Anhui"), OtherSectors(4, "Anhui")]),
            new("无锡金投", ["Wuxi Jintou", "Wuxi Financial Investment"], InvestorType.Government, "Jiangsu",
                [Window(3, "Jiangsu"), Later(2, "Jiangsu"), OtherSectors(3, "Jiangsu"), OtherSectors(1, "Zhejiang")]),
            new("苏高新创投", ["SND Ventures", "苏州高新创投"], InvestorType.Government, "Jiangsu",
                [Window(3, "Jiangsu"), Later(2, "Jiangsu"), OtherSectors(3, "Jiangsu")]),
            new("临港科创", ["Lingang Sci-Tech", "临港科创投"], InvestorType.Government, "Shanghai",
                [Window(4, "Shanghai"), Later(3, "Shanghai"), OtherSectors(2, "Shanghai"), OtherSectors(1, "Jiangsu")]),

            // Private equity: 4.
            new("高瓴", ["Hillhouse", "高瓴资本", "高瓴创投"], InvestorType.PE, "Beijing", Standard(3, 4, 3, 10)),
            new("中金资本", ["CICC Capital"], InvestorType.PE, "Beijing", Standard(3, 3, 3, 8)),
            new("中信产业基金", ["CITIC Private Equity"], InvestorType.PE, "Beijing", Standard(3, 3, 2, 8)),
            new("春华资本", ["Primavera Capital"], InvestorType.PE, "Beijing", Standard(3, 2, 2, 6)),

            // Other known investors, drawn at random (never three AI deals in the window).
            new("达晨财智", ["Fortune Capital"], InvestorType.VC, "Hunan", []),
            new("毅达资本", ["Addor Capital"], InvestorType.VC, "Jiangsu", []),
            new("元璟资本", ["Vision Knight Capital"], InvestorType.VC, "Zhejiang", []),
            new("险峰长青", ["K2VC"], InvestorType.VC, "Beijing", []),
            new("明势资本", ["Future Capital"], InvestorType.VC, "Beijing", []),
            new("九合创投", ["Unity Ventures"], InvestorType.VC, "Beijing", []),
            new("中科创星", ["CAS Star"], InvestorType.VC, "Shaanxi", []),
            new("松禾资本", ["Songhe Capital"], InvestorType.VC, "Guangdong", []),
            new("东方富海", ["Oriental Fortune Capital"], InvestorType.VC, "Guangdong", []),
            new("同创伟业", ["Cowin Capital"], InvestorType.VC, "Guangdong", []),
            new("线性资本", ["Linear Capital"], InvestorType.VC, "Shanghai", []),
            new("峰瑞资本", ["FreesFund"], InvestorType.VC, "Beijing", []),
            new("祥峰投资", ["Vertex Ventures China"], InvestorType.VC, "Shanghai", []),
            new("纪源资本", ["GGV Capital"], InvestorType.VC, "Shanghai", []),
            new("华登国际", ["Walden International"], InvestorType.VC, "Shanghai", []),
            new("深创投", ["Shenzhen Capital Group", "深圳市创新投资集团"], InvestorType.VC, "Guangdong", []),
            new("宁德时代", ["CATL"], InvestorType.CVC, "Fujian", []),
            new("蔚来资本", ["NIO Capital"], InvestorType.CVC, "Shanghai", []),
            new("比亚迪", ["BYD"], InvestorType.CVC, "Guangdong", []),
            new("美的资本", ["Midea Capital"], InvestorType.CVC, "Guangdong", []),
            new("中芯聚源", ["SMIC Juyuan"], InvestorType.CVC, "Shanghai", []),
            new("米哈游", ["miHoYo"], InvestorType.CVC, "Shanghai", []),
            new("快手", ["Kuaishou"], InvestorType.CVC, "Beijing", []),
            new("鼎晖投资", ["CDH Investments"], InvestorType.PE, "Beijing", []),
            new("弘毅投资", ["Hony Capital"], InvestorType.PE, "Beijing", []),
            new("厚朴投资", ["Hopu Investment"], InvestorType.PE, "Beijing", []),
            new("博裕资本", ["Boyu Capital"], InvestorType.PE, "Beijing", []),
            new("华平投资", ["Warburg Pincus"], InvestorType.PE, "Beijing", []),
            new("国家集成电路产业投资基金", ["China IC Fund", "大基金"], InvestorType.Government, "Beijing", []),
            new("国投创合", ["SDIC Venture Capital"], InvestorType.Government, "Beijing", []),
            new("国家中小企业发展基金", ["National SME Development Fund"], InvestorType.Government, "Beijing", []),
            new("合肥产投", ["Hefei Industry Investment"], InvestorType.Government, "Anhui", []),
            new("深圳天使母基金", ["Shenzhen Angel FoF"], InvestorType.Government, "Guangdong", []),
            new("上海科创基金", ["Shanghai STVC Fund"], InvestorType.Government, "Shanghai", []),
            new("杭州资本", ["Hangzhou Capital"], InvestorType.Government, "Zhejiang", []),
            new("苏州元禾控股", ["Oriza Holdings", "元禾控股"], InvestorType.Government, "Jiangsu", []),
            new("广州产投", ["Guangzhou Industrial Investment"], InvestorType.Government, "Guangdong", []),
            new("湖北高投", ["Hubei Hi-tech Investment"], InvestorType.Government, "Hubei", []),
            new("成都科创投", ["Chengdu Sci-Tech Venture"], InvestorType.Government, "Sichuan", []),
            new("英诺天使基金", ["Innoangel Fund"], InvestorType.Angel, "Beijing", []),
            new("奇绩创坛", ["MiraclePlus"], InvestorType.Angel, "Beijing", []),
            new("青松基金", ["Green Pine Capital"], InvestorType.Angel, "Beijing", []),
            new("联想之星", ["Legend Star"], InvestorType.Angel, "Beijing", []),
            new("泰有基金", ["Taiyou Fund"], InvestorType.Angel, "Beijing", []),
        ];
        return investors;
    }

    /// <summary>
    /// Name of the <paramref name="index"/>-th generated investor (firms outside the directory, as in real
    /// exports): a two- or three-character brand and a firm word, distinct for every index.
    /// </summary>
    public static string LongTailName(int index) =>
        SampleCompanies.Brand("恒远博盛鼎和信达晨泰嘉启德弘辰川岳石睿鑫隆昌瑞祥丰润银桂兰朗誉凯宏翔骏舜尚澄磐毓峻璞", index, ["资本", "创投", "投资", "基金", "创业投资", "股权投资"]);

    /// <summary>
    /// The investor directory as <c>data/reference/investors.csv</c> holds it (<c>name,aliases,type,home_region</c>,
    /// aliases separated by <c>|</c>, ordinal order by name, LF line ends).
    /// </summary>
    public static string DirectoryCsv()
    {
        var text = new System.Text.StringBuilder("name,aliases,type,home_region\n");
        foreach (var investor in All.OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            text.Append(investor.Name).Append(',')
                .Append(string.Join('|', investor.Aliases)).Append(',')
                .Append(investor.Type.ToString()).Append(',')
                .Append(investor.HomeRegion).Append('\n');
        }

        return text.ToString();
    }
}
