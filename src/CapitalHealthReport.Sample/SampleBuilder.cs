using CapitalHealthReport.Model;

namespace CapitalHealthReport.Sample;

/// <summary>
/// Builds one copy of the calibrated sample (about 4,300 deals) in memory: dates, sectors, stages and regions
/// by exact quotas, companies, amounts drawn from stage distributions and then calibrated (pinned medians,
/// value totals per quarter and sector group, AI top-quintile share: <c>SampleBuilder.Amounts.cs</c>), and investors
/// by plan.
/// </summary>
internal sealed partial class SampleBuilder
{
    private const decimal Yi = 100_000_000m;

    /// <summary>2024 rounds of the six leading LLM companies: 26.5 bn CNY in all (figure 4 of the article), plus earlier and later rounds.</summary>
    private static readonly NamedDeal[] NamedDeals =
    [
        new(new DateOnly(2023, 6, 14), "MiniMax", Stage.B, null, 2.5m * Yi, ["腾讯投资", "高瓴"]),
        new(new DateOnly(2023, 10, 17), "百川智能", Stage.A, null, 3m * Yi, ["阿里巴巴", "腾讯投资", "小米长江产业基金"]),
        new(new DateOnly(2023, 10, 20), "智谱AI", Stage.B, 25m * Yi, null, ["美团龙珠", "蚂蚁集团", "阿里巴巴", "腾讯投资"]),
        new(new DateOnly(2024, 2, 19), "月之暗面", Stage.B, null, 10m * Yi, ["红杉中国", "美团龙珠", "阿里巴巴"]),
        new(new DateOnly(2024, 3, 5), "MiniMax", Stage.B, null, 6m * Yi, ["阿里巴巴", "红杉中国", "高瓴"]),
        new(new DateOnly(2024, 6, 12), "智谱AI", Stage.C, 30m * Yi, null, ["中关村科技城", "君联资本", "启明创投"]),
        new(new DateOnly(2024, 7, 25), "百川智能", Stage.A, 50m * Yi, null, ["阿里巴巴", "腾讯投资", "北京人工智能产业基金"]),
        new(new DateOnly(2024, 8, 21), "零一万物", Stage.Strategic, null, 2.5m * Yi, ["阿里巴巴", "创新工场"]),
        new(new DateOnly(2024, 12, 10), "智谱AI", Stage.D, 30m * Yi, null, ["高瓴", "中金资本", "顺禧基金"]),
        new(new DateOnly(2024, 12, 23), "阶跃星辰", Stage.B, null, 3m * Yi, ["腾讯投资", "启明创投", "临港科创"]),
        new(new DateOnly(2025, 3, 3), "智谱AI", Stage.Strategic, 10m * Yi, null, ["中金资本"]),
    ];

    /// <summary>Month indexes of the AI allocation units: 2023 quarters, 2024 Jan–Aug (the window), 2024 Sep–Dec, 2025 quarters.</summary>
    private static readonly int[][] AiUnits =
    [
        [0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11],
        [12, 13, 14, 15, 16, 17, 18, 19], [20, 21, 22, 23],
        [24, 25, 26], [27, 28, 29],
    ];

    private readonly Pcg32 _rng;
    private readonly int _copy;
    private readonly List<PlannedDeal> _deals = [];
    private readonly Dictionary<(int Sector, int Region, int Tier), List<SampleCompany>> _pools = [];
    private readonly Dictionary<string, SampleCompany> _named = new(StringComparer.Ordinal);
    private int _companies;

    public SampleBuilder(int seed, int copy)
    {
        _rng = new Pcg32(unchecked((ulong)seed), (ulong)copy + 1);
        _copy = copy;
    }

    /// <summary>Builds the copy and returns its deals in date order.</summary>
    public IReadOnlyList<PlannedDeal> Build()
    {
        CreateNamedDeals();
        CreateAiDeals();
        CreateOtherDeals();
        AssignDisclosure();
        foreach (var deal in _deals.OrderBy(d => d.Date).ThenBy(d => d.Order))
        {
            deal.Company ??= PickCompany(deal);
        }

        DrawAmounts();
        PinMedians();
        var carry = new decimal[3];
        for (var q = 0; q < SamplePlan.Quarters; q++)
        {
            if (q % 4 == 0)
            {
                Array.Clear(carry);
            }

            foreach (var group in Enum.GetValues<SectorGroup>())
            {
                carry[(int)group] = CalibrateCell(q, group, carry[(int)group]);
            }
        }

        PriceSomeInDollars();
        if (_copy == 0)
        {
            NameLargestRounds();
        }

        new InvestorAssigner(_rng, _copy).Assign(_deals);
        return [.. _deals.OrderBy(d => d.Date).ThenBy(d => d.Order)];
    }

    private PlannedDeal Add(DateOnly date, int sector, Stage stage, int region)
    {
        var deal = new PlannedDeal
        {
            Date = date,
            Sector = sector,
            Group = SamplePlan.Sectors[sector].Group,
            Stage = stage,
            Region = region,
            Order = _deals.Count,
        };
        _deals.Add(deal);
        return deal;
    }

    private static int RegionIndex(string name) => Array.FindIndex(SamplePlan.Regions, r => r.Name == name);

    private void CreateNamedDeals()
    {
        foreach (var named in NamedDeals)
        {
            if (!_named.TryGetValue(named.Company, out var company))
            {
                var known = SampleCompanies.LeadingLlm.First(k => k.Name == named.Company);
                company = new SampleCompany(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CHS-LLM{_named.Count + 1}"), known.Name, 0, known.Subsector, RegionIndex(known.Region));
                _named[named.Company] = company;
            }

            var deal = Add(named.Date, 0, named.Stage, company.Region);
            deal.Company = company;
            deal.Named = true;
            deal.Disclosed = true;
            deal.Usd = named.Usd;
            deal.Cny = named.Cny ?? (named.Usd!.Value * SamplePlan.CnyPerUsd(named.Date.Year));
            deal.Investors.AddRange(named.Investors);
        }
    }

    /// <summary>AI deals: quotas per allocation unit (2023 quarters, the 2024 window, 2024 Sep–Dec, 2025 quarters).</summary>
    private void CreateAiDeals()
    {
        foreach (var months in AiUnits)
        {
            var dates = new List<DateOnly>();
            foreach (var m in months)
            {
                var named = _deals.Count(d => d.Named && SamplePlan.MonthIndex(d.Date) == m);
                for (var i = 0; i < SamplePlan.AiPerMonth[m] - named; i++)
                {
                    dates.Add(RandomDay(m));
                }
            }

            var first = MonthStart(months[0]);
            var last = MonthStart(months[^1]).AddMonths(1).AddDays(-1);
            var namedInUnit = _deals.Where(d => d.Named && d.Date >= first && d.Date <= last).ToList();
            var isWindow = months[0] == 12;
            var regions = AiRegionQuota(dates.Count, namedInUnit, isWindow);
            var stages = StageQuota(dates.Count, SamplePlan.AiStageMix[SamplePlan.YearIndex(first)]);
            _rng.Shuffle(regions);
            _rng.Shuffle(stages);
            for (var i = 0; i < dates.Count; i++)
            {
                Add(dates[i], 0, stages[i], regions[i]);
            }
        }
    }

    private static List<int> AiRegionQuota(int count, List<PlannedDeal> named, bool window)
    {
        var regions = SamplePlan.Regions;
        var fixedCounts = new int[regions.Length];
        var free = count;
        if (window)
        {
            foreach (var (name, target) in SamplePlan.WindowAiRegionCounts)
            {
                var index = RegionIndex(name);
                fixedCounts[index] = target - named.Count(d => d.Region == index);
                free -= fixedCounts[index];
            }
        }

        var weights = regions.Select((r, i) => window && SamplePlan.WindowAiRegionCounts.Any(w => w.Region == r.Name) ? 0 : r.AiWeight).ToArray();
        var counts = LargestRemainder(free, weights);
        var list = new List<int>(count);
        for (var i = 0; i < regions.Length; i++)
        {
            list.AddRange(Enumerable.Repeat(i, counts[i] + fixedCounts[i]));
        }

        return list;
    }

    private static List<Stage> StageQuota(int count, double[] mix)
    {
        var counts = LargestRemainder(count, mix);
        var list = new List<Stage>(count);
        for (var i = 0; i < counts.Length; i++)
        {
            list.AddRange(Enumerable.Repeat(SamplePlan.StageOrder[i], counts[i]));
        }

        return list;
    }

    private void CreateOtherDeals()
    {
        var sectorWeights = SamplePlan.Sectors.Select(s => s.NonAiWeight).ToArray();
        var regionWeights = SamplePlan.Regions.Select(r => r.OtherWeight).ToArray();
        for (var q = 0; q < SamplePlan.Quarters; q++)
        {
            var count = SamplePlan.OtherPerQuarter[q];
            var year = 2023 + (q / 4);
            var perMonth = LargestRemainder(count, [1, 1, 1]);
            var dates = new List<DateOnly>();
            for (var k = 0; k < 3; k++)
            {
                for (var i = 0; i < perMonth[k]; i++)
                {
                    dates.Add(RandomDay((q * 3) + k));
                }
            }

            var sectors = Expand(LargestRemainder(count, sectorWeights));
            var regions = Expand(LargestRemainder(count, regionWeights));
            var stages = StageQuota(count, SamplePlan.OtherStageMix[year - 2023]);
            _rng.Shuffle(sectors);
            _rng.Shuffle(regions);
            _rng.Shuffle(stages);
            for (var i = 0; i < count; i++)
            {
                Add(dates[i], sectors[i], stages[i], regions[i]);
            }
        }
    }

    private static List<int> Expand(int[] counts)
    {
        var list = new List<int>();
        for (var i = 0; i < counts.Length; i++)
        {
            list.AddRange(Enumerable.Repeat(i, counts[i]));
        }

        return list;
    }

    /// <summary>Disclosed flags by exact share per quarter, sector group and stage.</summary>
    private void AssignDisclosure()
    {
        foreach (var cell in _deals.Where(d => !d.Named).GroupBy(d => (SamplePlan.QuarterIndex(d.Date), d.Group, d.Stage)))
        {
            var deals = cell.ToList();
            var stageIndex = Array.IndexOf(SamplePlan.StageOrder, cell.Key.Stage);
            var recentAi = cell.Key.Group == SectorGroup.AI && cell.Key.Item1 >= 4;
            var rate = (recentAi ? SamplePlan.AiRecentDisclosedRate : SamplePlan.DisclosedRate)[stageIndex];
            var disclosed = (int)Math.Round(deals.Count * rate, MidpointRounding.AwayFromZero);
            _rng.Shuffle(deals);
            for (var i = 0; i < deals.Count; i++)
            {
                deals[i].Disclosed = i < disclosed;
            }
        }
    }

    private SampleCompany PickCompany(PlannedDeal deal)
    {
        var tier = Stages.GroupOf(deal.Stage) switch
        {
            StageGroup.Early => 0,
            StageGroup.Late => 2,
            _ => 1,
        };
        var key = (deal.Sector, deal.Region, tier);
        if (!_pools.TryGetValue(key, out var pool))
        {
            pool = [];
            _pools[key] = pool;
        }

        if (pool.Count > 0 && !_rng.Chance(tier == 0 ? 0.8 : 0.55))
        {
            return pool[_rng.Next(pool.Count)];
        }

        var sector = SamplePlan.Sectors[deal.Sector];
        var region = SamplePlan.Regions[deal.Region];
        var id = _copy == 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CHS{_companies + 1:D5}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CHS{_copy}-{_companies + 1:D5}");
        var index = (_copy * 20_000) + _companies;
        var subsector = deal.Sector == 0 ? SamplePlan.AiSubsectors[_rng.Pick(SamplePlan.AiSubsectorWeights)] : "";
        var company = new SampleCompany(id, SampleCompanies.GeneratedName(index, sector), deal.Sector, subsector, deal.Region);
        _companies++;
        pool.Add(company);
        return company;
    }

    /// <summary>The first copy names the companies of its filler rounds, largest first, after well-known companies of the same sector and region.</summary>
    private void NameLargestRounds()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var filler in _deals.Where(d => d.Filler).OrderByDescending(d => d.Cny).ThenBy(d => d.Order))
        {
            var company = filler.Company!;
            var sector = SamplePlan.Sectors[company.Sector].Name;
            var region = SamplePlan.Regions[company.Region].Name;
            var known = SampleCompanies.KnownAi.FirstOrDefault(k => k.Sector == sector && k.Region == region && !used.Contains(k.Name));
            if (known is null || company.Id.StartsWith("CHS-LLM", StringComparison.Ordinal))
            {
                continue;
            }

            used.Add(known.Name);
            var renamed = company with { Name = known.Name, Subsector = known.Subsector.Length > 0 ? known.Subsector : company.Subsector };
            foreach (var deal in _deals.Where(d => ReferenceEquals(d.Company, company)))
            {
                deal.Company = renamed;
            }
        }
    }

    private static int Preference(int sector)
    {
        var index = Array.IndexOf(SamplePlan.FillerSectorPreference, SamplePlan.Sectors[sector].Name);
        return index < 0 ? SamplePlan.FillerSectorPreference.Length : index;
    }

    private DateOnly RandomDay(int monthIndex)
    {
        var start = MonthStart(monthIndex);
        return start.AddDays(_rng.Next(DateTime.DaysInMonth(start.Year, start.Month)));
    }

    private static DateOnly MonthStart(int monthIndex) => SamplePlan.Start.AddMonths(monthIndex);

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="weights"/> (largest remainder, ties to the lower index).</summary>
    public static int[] LargestRemainder(int total, IReadOnlyList<double> weights)
    {
        var counts = new int[weights.Count];
        var sum = weights.Sum();
        if (total <= 0 || sum <= 0)
        {
            return counts;
        }

        var remainders = new double[weights.Count];
        var assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * weights[i] / sum;
            counts[i] = (int)Math.Floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }

        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(total - assigned))
        {
            counts[i]++;
        }

        return counts;
    }
}
