using System.Globalization;
using CapitalHealthReport.Model;
using CsCheck;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

/// <summary>
/// Company totals are ranked by value only for the metrics, and by value then key for the top-companies list;
/// company numbers follow the order companies first appear in, not their keys.
/// </summary>
public sealed class CompanyRankingTests
{
    private static readonly Gen<(int Company, int Day, int Stage, long Amount)[]> GenRows =
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, 89], Gen.Int[0, 14], Gen.OneOf(Gen.Const(0L), Gen.Long[1, 20], Gen.Long[1, 5_000_000_000L]))
            .Array[1, 400];

    private static List<Deal> ToDeals((int Company, int Day, int Stage, long Amount)[] rows) =>
        rows.Select((r, i) => new Deal
        {
            Id = "r" + i.ToString("D4", CultureInfo.InvariantCulture),
            Date = new DateOnly(2025, 1, 1).AddDays(r.Day),
            Company = "Company " + (40 - r.Company).ToString(CultureInfo.InvariantCulture),
            CompanyKey = "company " + (40 - r.Company).ToString(CultureInfo.InvariantCulture),
            Stage = (Stage)r.Stage,
            Sector = "AI",
            Region = "Beijing",
            Amount = r.Amount == 0 ? null : r.Amount,
        }).ToList();

    [Fact]
    public void Top_companies_break_equal_totals_by_key_even_when_the_larger_key_appears_first()
    {
        // "Zeta" has the first deal, so it is numbered before "Alpha" and "Mu"; all three total 30.
        var engine = Engine(
        [
            Deal("2025-01-02", "Zeta", 30m),
            Deal("2025-01-03", "Mu", 10m),
            Deal("2025-01-04", "Big", 50m),
            Deal("2025-01-05", "Alpha", 30m),
            Deal("2025-02-05", "Mu", 20m),
        ]);

        var two = engine.TopCompanies(Q("2025Q1"), 2);
        var all = engine.TopCompanies(Q("2025Q1"), 10);

        Assert.Equal(["big", "alpha"], two.Select(c => c.Key));
        Assert.Equal(["big", "alpha", "mu", "zeta"], all.Select(c => c.Key));
        Assert.Equal([50m, 30m, 30m, 30m], all.Select(c => c.Amount));
        Assert.Equal(2, all[2].Deals);
        Assert.Empty(engine.TopCompanies(Q("2025Q1"), 0));
    }

    [Fact]
    public void Top_companies_are_the_largest_totals_with_ties_in_key_order()
    {
        GenRows.Select(Gen.Int[1, 12]).Sample(t =>
        {
            var (rows, count) = t;
            var deals = ToDeals(rows);
            var expected = deals
                .Where(d => d.Amount is not null)
                .GroupBy(d => d.CompanyKey, StringComparer.Ordinal)
                .Select(g => (Key: g.Key, Total: g.Sum(d => d.Amount!.Value)))
                .OrderByDescending(c => c.Total)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(count)
                .ToList();

            var top = Engine(deals).TopCompanies(Q("2025Q1"), count);

            Assert.Equal(expected.Select(c => c.Key), top.Select(c => c.Key));
            Assert.Equal(expected.Select(c => c.Total), top.Select(c => c.Amount));
        });
    }

    [Fact]
    public void Concentration_medians_and_lorenz_equal_a_direct_computation_over_sorted_totals()
    {
        GenRows.Sample(rows =>
        {
            var deals = ToDeals(rows);
            var engine = Engine(deals);
            var m = engine.Compute(Q("2025Q1"));
            var disclosed = deals.Where(d => d.Amount is not null).ToList();

            // Company totals in cents, largest first, as the metric definitions read them.
            var totals = disclosed
                .GroupBy(d => d.CompanyKey, StringComparer.Ordinal)
                .Select(g => g.Sum(d => (long)(d.Amount!.Value * 100)))
                .OrderDescending()
                .ToList();
            var total = totals.Sum();
            if (total == 0)
            {
                Assert.Null(m.Hhi);
                Assert.Empty(engine.Lorenz(Q("2025Q1")));
                return;
            }

            var n = totals.Count;
            double sum = 0, compensation = 0;
            Int128 giniSum = 0;
            for (var j = 0; j < n; j++)
            {
                var share = 100d * totals[j] / total;
                var value = share * share;
                var next = sum + value;
                compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - next) + value : (value - next) + sum;
                sum = next;
                giniSum += (Int128)(n - 1 - (2 * j)) * totals[j];
            }

            Assert.Equal(sum + compensation, m.Hhi);
            Assert.Equal((double)((decimal)totals.Take(4).Sum() / total), m.Cr4);
            Assert.Equal((double)((decimal)totals.Take((n + 4) / 5).Sum() / total), m.TopQuintileShare);
            Assert.Equal((double)((decimal)giniSum / ((decimal)n * total)), m.Gini);

            var lorenz = engine.Lorenz(Q("2025Q1"));
            Assert.Equal(n + 1, lorenz.Count);
            var ascending = totals.AsEnumerable().Reverse().ToList();
            for (var k = 1; k < n; k++)
            {
                Assert.Equal((double)((decimal)ascending.Take(k).Sum() / total), lorenz[k].ValueShare);
            }

            foreach (var stage in Stages.All)
            {
                var amounts = disclosed.Where(d => d.Stage == stage).Select(d => (long)(d.Amount!.Value * 100)).Order().ToList();
                Assert.Equal(amounts.Count > 0, m.MedianAmount.TryGetValue(Stages.Name(stage), out var median));
                if (amounts.Count > 0)
                {
                    var middle = amounts.Count / 2;
                    var expected = amounts.Count % 2 == 1 ? amounts[middle] : ((decimal)amounts[middle - 1] + amounts[middle]) / 2m;
                    Assert.Equal((double)(expected / 100m), median);
                }
            }
        }, iter: 300);
    }
}
