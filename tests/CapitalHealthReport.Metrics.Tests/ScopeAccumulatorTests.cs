using System.Globalization;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

public sealed class ScopeAccumulatorTests
{
    [Fact]
    public void Counts_every_investor_and_company_when_a_scope_meets_thousands_of_them()
    {
        // 3,000 deals: investor "Fund i" joins deals i and i + 1,500; "Sequoia" joins every tenth deal.
        var deals = Enumerable.Range(0, 3000).Select(i =>
        {
            var date = new DateOnly(2025, 1, 1).AddDays(i % 90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var investors = i % 10 == 0 ? new[] { "Fund " + (i % 1500), "Sequoia" } : ["Fund " + (i % 1500)];
            return Deal(date, "c" + (i % 2000), i % 3 == 0 ? null : 10m, investors: investors);
        }).ToList();
        var engine = Engine(deals);

        var m = engine.Compute(Q("2025Q1"));
        var active = engine.ActiveInvestors(Q("2025Q1"), 2);

        Assert.Equal(3000, m.DealCount);
        Assert.Equal(2000, m.CompanyCount);
        Assert.Equal(1501, active.Count);
        Assert.Equal(("Sequoia", 300), (active[0].Name, active[0].Deals));
        Assert.All(active.Skip(1), a => Assert.Equal(2, a.Deals));
        Assert.Equal(1500d / 1501, m.InvestorTypeShare["Unknown"], 1e-12);
        Assert.Equal(1d / 1501, m.InvestorTypeShare["VC"], 1e-12);
    }

    [Fact]
    public void Reused_accumulators_start_every_scope_afresh()
    {
        var engine = Engine(
        [
            Deal("2025-01-05", "a", 10m, investors: ["Sequoia"]),
            Deal("2025-04-05", "a", null, investors: ["Tencent"]),
            Deal("2025-04-06", "b", 5m, investors: ["Sequoia"]),
        ]);

        for (var round = 0; round < 3; round++)
        {
            var q1 = engine.ActiveInvestors(Q("2025Q1"), 1);
            var q2 = engine.TopCompanies(Q("2025Q2"), 5);

            Assert.Equal(["Sequoia"], q1.Select(i => i.Name));
            Assert.Equal(["b"], q2.Select(c => c.Key));
            Assert.Equal(1, q2[0].Deals);
        }

        var m = engine.Compute(Q("2025Q2"));
        Assert.Equal(2, m.CompanyCount);
        Assert.Equal(10000d, m.Hhi);
    }
}
