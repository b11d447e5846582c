using System.Globalization;
using System.Text;
using CapitalHealthReport.Model;
using CsCheck;

namespace CapitalHealthReport.Metrics.Tests;

public sealed class PropertyTests
{
    private static readonly string[] Sectors = ["AI", "Energy", "Water", "Consumer"];
    private static readonly string?[] Regions = ["Beijing", "Shanghai", "Guangdong", null];
    private static readonly string[] InvestorPool = ["Tencent", "Sequoia", "Hillhouse", "Beijing AI Fund", "Unlisted"];

    /// <summary>company, day of 2025Q1 (0–89), stage, sector·region, amount (0 = undisclosed), investors bit mask.</summary>
    private static readonly Gen<(int Company, int Day, int Stage, int Place, long Amount, int Investors)> GenRow =
        Gen.Select(Gen.Int[0, 12], Gen.Int[0, 89], Gen.Int[0, 14], Gen.Int[0, 15], Gen.OneOf(Gen.Const(0L), Gen.Long[1, 5_000_000_000L]), Gen.Int[0, 31]);

    private static readonly Gen<(int Company, int Day, int Stage, int Place, long Amount, int Investors)[]> GenRows = GenRow.Array[1, 60];

    private static List<Deal> ToDeals((int Company, int Day, int Stage, int Place, long Amount, int Investors)[] rows, decimal scale = 1m) =>
        rows.Select((r, i) => new Deal
        {
            Id = "p" + i.ToString("D3", CultureInfo.InvariantCulture),
            Date = new DateOnly(2025, 1, 1).AddDays(r.Day),
            Company = "Company " + r.Company.ToString(CultureInfo.InvariantCulture),
            CompanyKey = "company " + r.Company.ToString(CultureInfo.InvariantCulture),
            Stage = (Stage)r.Stage,
            Sector = Sectors[r.Place % 4],
            Region = Regions[r.Place / 4],
            Amount = r.Amount == 0 ? null : r.Amount * scale,
            Investors = InvestorPool.Where((_, k) => (r.Investors & (1 << k)) != 0).ToArray(),
        }).ToList();

    private static string Json(MetricsEngine engine, bool parallel)
    {
        var period = Period.Parse("2025Q1");
        string[] by = ["sector", "region", "stage", "investor_type"];
        IReadOnlyList<ScopeMetrics> scopes;
        if (parallel)
        {
            scopes = engine.ComputeScopes(period, by);
        }
        else
        {
            var list = new List<ScopeMetrics> { engine.ComputeWithComparisons(new Scope(period)) };
            foreach (var dimension in by)
            {
                list.AddRange(engine.SliceValues(period, dimension).Select(v => engine.ComputeWithComparisons(new Scope(period, new Slice(dimension, v)))));
            }

            scopes = list;
        }

        using var stream = new MemoryStream();
        MetricsJson.Write(stream, new MetricsDocument("CNY", "2025Q1", null, [], scopes));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Shares_and_indices_stay_within_their_ranges()
    {
        GenRows.Sample(rows =>
        {
            var m = Fixtures.Engine(ToDeals(rows)).Compute(Fixtures.Q("2025Q1"));
            var n = rows.Where(r => r.Amount > 0).Select(r => r.Company).Distinct().Count();
            foreach (var share in new[] { m.DisclosedShare, m.Cr4, m.TopQuintileShare, m.MegaRoundShare, m.EarlyCountShare, m.SeedAngelCountShare, m.LateValueShare, m.HotSectorValueShare, m.TopRegionCountShare, m.LocalFundHomeBias, m.CvcActiveShare })
            {
                Assert.InRange(share ?? 0.5, 0d, 1d + 1e-12);
            }

            foreach (var keyed in new[] { m.StageCountShare, m.StageValueShare, m.SectorCountShare, m.SectorValueShare, m.RegionCountShare, m.RegionValueShare, m.InvestorTypeShare })
            {
                Assert.All(keyed.Values, v => Assert.InRange(v, 0d, 1d + 1e-12));
                if (keyed.Count > 0)
                {
                    Assert.Equal(1d, keyed.Values.Sum(), 1e-9);
                }
            }

            if (n > 0)
            {
                Assert.InRange(m.Hhi!.Value, (1e4 / n) - 1e-6, 1e4 + 1e-6);
                Assert.InRange(m.Gini!.Value, 0d, 1d - 1e-15);
                Assert.True(m.TopQuintileShare >= 0.2 - 1e-12, $"top quintile {m.TopQuintileShare}");
                if (n <= 20)
                {
                    Assert.True(m.Cr4 >= m.TopQuintileShare - 1e-12, "with at most 20 companies the top quintile is within the top four");
                }
            }
            else
            {
                Assert.Null(m.Hhi);
                Assert.Null(m.Gini);
            }
        });
    }

    [Fact]
    public void Results_do_not_depend_on_row_order_or_threads()
    {
        GenRows.Select(Gen.Int).Sample(t =>
        {
            var (rows, seed) = t;
            var deals = ToDeals(rows);
            var shuffled = deals.ToList();
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
            var expected = Json(Fixtures.Engine(deals), parallel: false);
            Assert.Equal(expected, Json(Fixtures.Engine(shuffled), parallel: true));
        }, iter: 40);
    }

    [Fact]
    public void Scaling_every_amount_leaves_shares_and_concentration_unchanged()
    {
        GenRows.Sample(rows =>
        {
            var a = Fixtures.Engine(ToDeals(rows)).Compute(Fixtures.Q("2025Q1"));
            var b = Fixtures.Engine(ToDeals(rows, 1000m)).Compute(Fixtures.Q("2025Q1"));
            Close(a.Hhi, b.Hhi);
            Close(a.Gini, b.Gini);
            Close(a.Cr4, b.Cr4);
            Close(a.TopQuintileShare, b.TopQuintileShare);
            Close(a.HotSectorValueShare, b.HotSectorValueShare);
            Close(a.LateValueShare, b.LateValueShare);
            Close(a.LateToSeedMedianRatio, b.LateToSeedMedianRatio);
            Assert.Equal(a.TopRegion, b.TopRegion);
        });
    }

    private static void Close(double? a, double? b)
    {
        Assert.Equal(a.HasValue, b.HasValue);
        if (a is { } x && b is { } y)
        {
            Assert.True(Math.Abs(x - y) <= 1e-12 * Math.Max(1, Math.Abs(x)), $"{x.ToString("R", CultureInfo.InvariantCulture)} != {y.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }
}
