using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

public sealed class ConcentrationTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Computes_hhi_cr4_quintile_and_gini_for_four_companies_by_hand()
    {
        // Totals 10, 20, 30, 40 (company "b" has two deals): shares 0.1..0.4.
        var engine = Engine(
        [
            Deal("2025-01-05", "a", 10m),
            Deal("2025-01-06", "b", 5m),
            Deal("2025-02-06", "b", 15m),
            Deal("2025-02-07", "c", 30m),
            Deal("2025-03-07", "d", 40m),
        ]);

        var m = engine.Compute(Q("2025Q1"));

        Assert.Equal(5, m.DealCount);
        Assert.Equal(4, m.CompanyCount);
        Assert.Equal(100d, m.TotalAmount);
        Assert.Equal(3000d, m.Hhi!.Value, Tolerance);
        Assert.Equal(1d, m.Cr4!.Value, Tolerance);
        Assert.Equal(0.4, m.TopQuintileShare!.Value, Tolerance); // ⌈0.2·4⌉ = 1 company
        Assert.Equal(0.25, m.Gini!.Value, Tolerance); // (−3·10 − 1·20 + 1·30 + 3·40) / (4·100)
    }

    [Fact]
    public void One_company_is_fully_concentrated_with_zero_gini()
    {
        var m = Engine([Deal("2025-01-05", "solo", 7m), Deal("2025-02-05", "Solo ", 3m)]).Compute(Q("2025Q1"));

        Assert.Equal(1, m.CompanyCount);
        Assert.Equal(10000d, m.Hhi!.Value, Tolerance);
        Assert.Equal(1d, m.Cr4!.Value, Tolerance);
        Assert.Equal(1d, m.TopQuintileShare!.Value, Tolerance);
        Assert.Equal(0d, m.Gini!.Value, Tolerance);
    }

    [Fact]
    public void All_equal_amounts_give_the_lowest_concentration()
    {
        var m = Engine(Enumerable.Range(0, 5).Select(i => Deal("2025-02-01", "c" + i, 10m))).Compute(Q("2025Q1"));

        Assert.Equal(2000d, m.Hhi!.Value, Tolerance); // 5 · 20²
        Assert.Equal(0.8, m.Cr4!.Value, Tolerance);
        Assert.Equal(0.2, m.TopQuintileShare!.Value, Tolerance);
        Assert.Equal(0d, m.Gini!.Value, Tolerance);
    }

    [Fact]
    public void All_undisclosed_amounts_leave_value_metrics_undefined_but_count_deals_and_companies()
    {
        var m = Engine([Deal("2025-01-05", "a", null), Deal("2025-01-06", "b", null), Deal("2025-01-07", "b", null)]).Compute(Q("2025Q1"));

        Assert.Equal(3, m.DealCount);
        Assert.Equal(2, m.CompanyCount);
        Assert.Equal(0d, m.TotalAmount);
        Assert.Equal(0d, m.DisclosedShare);
        Assert.Null(m.Hhi);
        Assert.Null(m.Cr4);
        Assert.Null(m.TopQuintileShare);
        Assert.Null(m.Gini);
        Assert.Null(m.MegaRoundShare);
        Assert.Null(m.HotSectorValueShare);
        Assert.Null(m.LateValueShare);
        Assert.Empty(m.StageValueShare);
        Assert.Empty(m.MedianAmount);
        Assert.Equal(1d, m.StageCountShare["A"]);
    }

    [Fact]
    public void An_empty_scope_has_zero_counts_and_no_ratios()
    {
        var m = Engine([Deal("2025-01-05", "a", 10m)]).Compute(Q("2024Q3"));

        Assert.Equal(0, m.DealCount);
        Assert.Equal(0, m.CompanyCount);
        Assert.Null(m.DisclosedShare);
        Assert.Null(m.Hhi);
        Assert.Null(m.TopRegion);
        Assert.Null(m.EarlyCountShare);
        Assert.Empty(m.RegionCountShare);
    }

    [Fact]
    public void Top_companies_break_ties_by_key_in_ordinal_order()
    {
        var engine = Engine(
        [
            Deal("2025-01-05", "Zeta", 30m),
            Deal("2025-01-05", "alpha", 30m),
            Deal("2025-01-05", "Beta", 30m),
            Deal("2025-01-06", "Gamma", 10m),
            Deal("2025-01-07", "Gamma", null),
        ]);

        var top = engine.TopCompanies(Q("2025Q1"), 3);

        Assert.Equal(["alpha", "beta", "zeta"], top.Select(t => t.Key));
        Assert.Equal(30m, top[0].Amount);
        Assert.Equal(0.3, top[0].Share, Tolerance);
        var all = engine.TopCompanies(Q("2025Q1"), 10);
        Assert.Equal(2, all[^1].Deals);
        Assert.Equal("Gamma", all[^1].Name);
    }

    [Fact]
    public void Lorenz_curve_runs_from_origin_through_each_company_smallest_first()
    {
        var engine = Engine([Deal("2025-01-05", "a", 10m), Deal("2025-01-05", "b", 20m), Deal("2025-01-05", "c", 30m), Deal("2025-01-05", "d", 40m)]);

        var points = engine.Lorenz(Q("2025Q1"));

        Assert.Equal([0, 0.25, 0.5, 0.75, 1], points.Select(p => p.CompanyShare));
        Assert.Equal([0, 0.1, 0.3, 0.6, 1], points.Select(p => Math.Round(p.ValueShare, 12)));
        Assert.Empty(engine.Lorenz(Q("2024Q1")));
    }

    [Fact]
    public void Mega_rounds_compare_the_usd_equivalent_with_the_threshold()
    {
        // 7 CNY per USD: 700 M CNY is exactly 100 M USD (mega); 699,999,999 CNY is not; 150 M USD is.
        var engine = Engine(
        [
            Deal("2025-01-05", "a", 700_000_000m),
            Deal("2025-01-06", "b", 699_999_999m),
            Deal("2025-01-07", "c", 150_000_000m, currency: "USD"),
            Deal("2025-01-08", "d", 1m),
        ]);

        var m = engine.Compute(Q("2025Q1"));

        var total = 700_000_000m + 699_999_999m + (150_000_000m * 7m) + 1m;
        Assert.Equal((double)total, m.TotalAmount);
        Assert.Equal((double)((700_000_000m + 1_050_000_000m) / total), m.MegaRoundShare);
    }

    [Fact]
    public void Amounts_convert_to_the_reporting_currency()
    {
        var usd = Engine([Deal("2025-01-05", "a", 70m), Deal("2025-01-05", "b", 9m, currency: "EUR")], MetricParameters.Default with { ReportingCurrency = "USD" })
            .Compute(Q("2025Q1"));

        Assert.Equal(20d, usd.TotalAmount, Tolerance); // 70 CNY = 10 USD; 9 EUR = 10 USD
        Assert.Equal(5000d, usd.Hhi!.Value, 1e-9); // two equal totals: 2 · 50²
    }

    [Fact]
    public void An_unknown_currency_is_reported_with_the_deal_location()
    {
        var ex = Assert.Throws<InputException>(() => Engine([Deal("2025-01-05", "a", 70m, currency: "XYZ")]));

        Assert.Equal("fixture.csv", ex.File);
        Assert.NotNull(ex.Line);
        Assert.Contains("XYZ", ex.Message, StringComparison.Ordinal);
    }
}
