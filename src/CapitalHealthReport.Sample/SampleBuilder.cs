using CapitalHealthReport.Model;

namespace CapitalHealthReport.Sample;

/// <summary>One deal while the sample is being built: canonical facts plus calibration state.</summary>
internal sealed class PlannedDeal
{
    public DateOnly Date { get; set; }

    public int Sector { get; set; }

    public SectorGroup Group { get; set; }

    public Stage Stage { get; set; }

    public int Region { get; set; }

    public SampleCompany? Company { get; set; }

    public bool Disclosed { get; set; }

    /// <summary>Value the loader reads, in CNY (USD deals: converted at the year's rate).</summary>
    public decimal Cny { get; set; }

    /// <summary>The amount as written in US dollars, for USD-denominated deals.</summary>
    public decimal? Usd { get; set; }

    /// <summary>Vague text (<c>数千万人民币</c>, <c>近亿元</c>) that the loader reads as an estimate.</summary>
    public string? VagueText { get; set; }

    /// <summary>Amount drawn from the stage distribution before calibration.</summary>
    public double Draw { get; set; }

    /// <summary>Named deal with a fixed amount and investors.</summary>
    public bool Named { get; set; }

    /// <summary>Member of a pinned-median stratum; its amount is not scaled.</summary>
    public bool Frozen { get; set; }

    public bool Filler { get; set; }

    public List<string> Investors { get; } = [];

    public int Order { get; set; }

    public bool IsAi => Group == SectorGroup.AI;

    /// <summary>Quarter index from 2023Q1 (0) to 2025Q2 (9).</summary>
    public int Quarter => ((Date.Year - 2023) * 4) + ((Date.Month - 1) / 3);

    public bool InWindow => SamplePlan.Window.Contains(Date);
}

/// <summary>A named deal of the sample (the leading LLM companies' rounds).</summary>
internal sealed record NamedDeal(DateOnly Date, string Company, Stage Stage, decimal? Cny, decimal? Usd, string[] Investors);

/// <summary>
/// Builds one copy of the calibrated sample (about 4,300 deals) in memory: dates, sectors, stages and regions
/// by exact quotas, companies, amounts drawn from stage distributions and then calibrated (pinned medians,
/// value totals per quarter and sector group, AI top-quintile share), and investors by plan.
/// </summary>
internal sealed class SampleBuilder
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

    private void DrawAmounts()
    {
        foreach (var deal in _deals.Where(d => d.Disclosed && !d.Named))
        {
            var aiRecent = deal.IsAi && deal.Date.Year >= 2024;
            deal.Frozen = aiRecent && deal.Stage is Stage.Seed or Stage.A or Stage.C or Stage.D;
            deal.Draw = Quantile(SamplePlan.AmountKnots(deal.Stage, aiRecent), _rng.NextDouble());
            deal.Cny = Snap((decimal)deal.Draw);
            if (!deal.Frozen && deal.Stage is Stage.Angel or Stage.PreA or Stage.Strategic or Stage.B && deal.Draw is >= 2e7 and <= 1.2e8 && _rng.Chance(0.12))
            {
                var nearYi = deal.Draw > 7e7;
                deal.VagueText = nearYi ? "近亿元" : "数千万人民币";
                deal.Cny = nearYi ? 90_000_000m : 50_000_000m;
            }
        }
    }

    /// <summary>
    /// Pins the medians of figure 9 of the article: within each stratum the middle amount(s) become the pinned value and the
    /// amounts below and above keep a margin from it, so the median holds in USD at either year's rate.
    /// </summary>
    private void PinMedians()
    {
        foreach (var (stages, median) in SamplePlan.PinnedMedians)
        {
            var stratum = _deals.Where(d => d.Disclosed && d.IsAi && d.Date.Year >= 2024 && stages.Contains(d.Stage)).OrderBy(d => d.Cny).ThenBy(d => d.Order).ToList();
            var n = stratum.Count;
            if (n == 0)
            {
                continue;
            }

            var lowMiddle = (n - 1) / 2;
            var highMiddle = n / 2;
            for (var i = 0; i < n; i++)
            {
                var deal = stratum[i];
                if (deal.Named)
                {
                    continue;
                }

                if (i >= lowMiddle && i <= highMiddle)
                {
                    deal.Cny = median;
                }
                else if (i < lowMiddle && deal.Cny > median * 0.96m)
                {
                    deal.Cny = Snap(median * 0.96m);
                }
                else if (i > highMiddle && deal.Cny < median * 1.04m)
                {
                    deal.Cny = Snap(median * 1.04m);
                }
            }
        }
    }

    /// <summary>
    /// Brings the value of one quarter and sector group to its target: amounts that are neither named, pinned
    /// nor vague scale by one factor, and one late-stage filler round takes the rest. For AI in 2025Q1 the
    /// factor is chosen so that the top fifth of companies hold the target share.
    /// </summary>
    /// <returns>The value above target that the fixed amounts forced into this quarter, to be taken off the next quarter of the year.</returns>
    private decimal CalibrateCell(int quarter, SectorGroup group, decimal carried)
    {
        var target = (decimal)(SamplePlan.ValueTargetBn[(int)group][quarter] * 1e9) - carried;
        var cell = _deals.Where(d => d.Disclosed && d.Group == group && d.Quarter == quarter).ToList();
        var late = group == SectorGroup.AI ? new[] { Stage.EPlus, Stage.PreIPO } : new[] { Stage.C, Stage.D, Stage.EPlus, Stage.PreIPO };
        var free = cell.Where(d => !d.Named && !d.Frozen && d.VagueText is null).ToList();
        var fillers = free.Where(d => late.Contains(d.Stage))
            .OrderBy(d => Preference(d.Sector)).ThenByDescending(d => d.Draw).ThenBy(d => d.Order).Take(1).ToList();
        if (fillers.Count == 0)
        {
            fillers = free.Where(d => d.Stage is Stage.B or Stage.C or Stage.D).OrderByDescending(d => d.Draw).ThenBy(d => d.Order).Take(1).ToList();
        }

        if (fillers.Count == 0)
        {
            fillers = free.OrderByDescending(d => d.Draw).ThenBy(d => d.Order).Take(1).ToList();
        }

        if (fillers.Count == 0)
        {
            // Nothing free to calibrate with (possible only in a tiny cell): leave the drawn amounts.
            return 0m;
        }

        fillers[0].Filler = true;

        var adjustable = free.Where(d => !d.Filler).ToList();
        var fixedSum = cell.Where(d => d.Named || d.Frozen || d.VagueText is not null).Sum(d => d.Cny);
        var drawSum = (decimal)adjustable.Sum(d => d.Draw);
        var minimumFill = 3m * Yi;
        var maxScale = drawSum <= 0 ? 1.0 : (double)((target - fixedSum - minimumFill) / drawSum);
        var topQuintile = SamplePlan.TopQuintileTarget(group, quarter);
        var excess = 0m;
        if (maxScale <= 0.05)
        {
            // The named and pinned rounds alone exceed the target: keep the free amounts small, give the filler its
            // minimum and take the excess off the next quarter of the year.
            maxScale = 0.05;
            var needed = fixedSum + minimumFill + (0.05m * drawSum);
            excess = needed - target;
            target = needed;
            topQuintile = null;
        }

        var scale = Math.Min(1.0, maxScale);
        if (SamplePlan.FillerShare(group, quarter) is { } fillerShare && drawSum > 0)
        {
            scale = Math.Clamp((double)(((target * (decimal)(1 - fillerShare)) - fixedSum) / drawSum), 0.05, maxScale);
        }

        if (topQuintile is { } targetShare)
        {
            var lo = 0.02;
            var hi = maxScale;
            for (var i = 0; i < 32; i++)
            {
                var mid = (lo + hi) / 2;
                Apply(mid);
                if (TopQuintileShare(cell) > targetShare)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            scale = (lo + hi) / 2;
        }

        Apply(scale);
        return excess;

        void Apply(double s)
        {
            foreach (var deal in adjustable)
            {
                deal.Cny = Snap((decimal)(deal.Draw * s));
            }

            var rest = target - fixedSum - adjustable.Sum(d => d.Cny);
            fillers[0].Cny = Snap(rest);
        }
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

    /// <summary>About one in ten larger AI rounds that no median pins is written in US dollars, as exports do.</summary>
    private void PriceSomeInDollars()
    {
        foreach (var deal in _deals.Where(d => d.IsAi && d.Disclosed && !d.Named && !d.Frozen && d.VagueText is null && d.Cny >= 2m * Yi))
        {
            if (deal.Stage is Stage.B or Stage.EPlus or Stage.PreIPO or Stage.Strategic && _rng.Chance(0.1))
            {
                var rate = SamplePlan.CnyPerUsd(deal.Date.Year);
                deal.Usd = Math.Max(1_000_000m, Math.Round(deal.Cny / rate / 1_000_000m, MidpointRounding.AwayFromZero) * 1_000_000m);
                deal.Cny = deal.Usd.Value * rate;
            }
        }
    }

    private static int Preference(int sector)
    {
        var index = Array.IndexOf(SamplePlan.FillerSectorPreference, SamplePlan.Sectors[sector].Name);
        return index < 0 ? SamplePlan.FillerSectorPreference.Length : index;
    }

    private static double TopQuintileShare(IEnumerable<PlannedDeal> deals)
    {
        var totals = deals.GroupBy(d => d.Company!.Id).Select(g => g.Sum(d => d.Cny)).OrderByDescending(x => x).ToList();
        var top = (int)Math.Ceiling(0.2 * totals.Count);
        var sum = totals.Sum();
        return sum == 0 ? 0 : (double)(totals.Take(top).Sum() / sum);
    }

    /// <summary>Rounds to what an export writes: 2 decimals of 亿 from 1亿, whole 百万 from 1000万, whole 十万 below.</summary>
    public static decimal Snap(decimal cny)
    {
        var grain = cny >= Yi ? 1_000_000m : cny >= 10_000_000m ? 1_000_000m : 100_000m;
        var snapped = Math.Round(cny / grain, MidpointRounding.AwayFromZero) * grain;
        return Math.Max(snapped, 100_000m);
    }

    private static double Quantile((double P, double Cny)[] knots, double u)
    {
        for (var i = 1; i < knots.Length; i++)
        {
            if (u <= knots[i].P)
            {
                var (p0, x0) = knots[i - 1];
                var (p1, x1) = knots[i];
                var t = (u - p0) / (p1 - p0);
                return Math.Exp(Math.Log(x0) + (t * (Math.Log(x1) - Math.Log(x0))));
            }
        }

        return knots[^1].Cny;
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
