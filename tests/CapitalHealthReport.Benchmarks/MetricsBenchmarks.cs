using System.Globalization;
using BenchmarkDotNet.Attributes;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The metrics target: every metric for every quarter of a 1,000,000-deal dataset, unsliced, by
/// sector and by region (<c>metrics --series quarter --by sector --by region</c>), after loading. Includes
/// building the engine's columns from the loaded deals.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class MetricsBenchmarks
{
    private DealSet _deals = DealSet.Empty;
    private ReferenceData _reference = null!;

    [Params(1_000_000)]
    public int Deals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reference = ReferenceData.Default;
        _deals = new DealSet(SyntheticDeals.Create(Deals, seed: 42));
    }

    [Benchmark]
    public int SeriesQuarterBySectorAndRegion()
    {
        var engine = new MetricsEngine(_deals, _reference, MetricParameters.Default);
        return engine.ComputeScopes(engine.Series(PeriodKind.Quarter), ["sector", "region"]).Count;
    }
}

/// <summary>
/// A synthetic deal set with the sample's shape (2023Q1–2025Q2, nine sectors, 31 provinces, skewed company
/// sizes, 25% undisclosed amounts, one to three investors), for timing at any size.
/// </summary>
public static class SyntheticDeals
{
    private static readonly string[] Sectors = ["AI", "Semiconductors", "Energy", "AgriFood", "Water", "Health", "Enterprise Software", "Consumer", "Advanced Manufacturing"];
    private static readonly double[] SectorWeights = [0.3, 0.1, 0.1, 0.06, 0.04, 0.12, 0.12, 0.08, 0.08];

    private static readonly string[] Regions =
    [
        "Beijing", "Shanghai", "Guangdong", "Zhejiang", "Jiangsu", "Sichuan", "Hubei", "Shaanxi", "Anhui", "Shandong", "Fujian",
        "Tianjin", "Chongqing", "Hunan", "Henan", "Hebei", "Liaoning", "Jilin", "Heilongjiang", "Jiangxi", "Guangxi", "Yunnan",
        "Guizhou", "Shanxi", "Inner Mongolia", "Gansu", "Qinghai", "Ningxia", "Xinjiang", "Tibet", "Hainan",
    ];

    private static readonly Stage[] StageChoices = [Stage.Angel, Stage.Seed, Stage.PreA, Stage.A, Stage.B, Stage.C, Stage.D, Stage.EPlus, Stage.PreIPO, Stage.Strategic, Stage.Unknown];
    private static readonly double[] StageWeights = [0.05, 0.08, 0.1, 0.25, 0.16, 0.09, 0.05, 0.03, 0.02, 0.12, 0.05];

    public static List<Deal> Create(int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2023, 1, 1).DayNumber;
        var days = new DateOnly(2025, 6, 30).DayNumber - start + 1;
        var companies = Math.Max(1, count / 4);
        var investors = Enumerable.Range(0, Math.Max(50, count / 200)).Select(i => "Investor " + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var deals = new List<Deal>(count);
        for (var i = 0; i < count; i++)
        {
            // Zipf-like company popularity: a few companies raise often and large.
            var company = (int)(companies * Math.Pow(random.NextDouble(), 2.5));
            var stage = StageChoices[Pick(random, StageWeights)];
            var scale = 1 + ((int)stage * 0.8);
            var amount = random.NextDouble() < 0.25 ? (decimal?)null : Math.Round((decimal)(Math.Exp(random.NextDouble() * 4) * scale * 1_000_000 * (1 + (100.0 / (company + 10)))), 2);
            var investorCount = 1 + random.Next(3);
            var names = new string[investorCount];
            for (var k = 0; k < investorCount; k++)
            {
                names[k] = investors[(int)(investors.Length * Math.Pow(random.NextDouble(), 2))];
            }

            var name = "Company " + company.ToString(CultureInfo.InvariantCulture);
            deals.Add(new Deal
            {
                Id = "s" + i.ToString(CultureInfo.InvariantCulture),
                Date = DateOnly.FromDayNumber(start + random.Next(days)),
                Company = name,
                CompanyKey = name.ToLowerInvariant(),
                Sector = Sectors[Pick(random, SectorWeights)],
                Region = random.NextDouble() < 0.02 ? null : Regions[(int)(Regions.Length * Math.Pow(random.NextDouble(), 2))],
                Stage = stage,
                Amount = amount,
                Currency = random.NextDouble() < 0.1 ? "USD" : "CNY",
                Investors = names,
            });
        }

        return deals;
    }

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
