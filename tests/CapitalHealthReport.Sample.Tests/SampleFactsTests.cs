using CapitalHealthReport.Model;
using static CapitalHealthReport.Sample.Tests.LoadedSample;

namespace CapitalHealthReport.Sample.Tests;

/// <summary>
/// The bundled sample meets every figure of the source article it is calibrated on (one test per figure, numbered as in <c>docs/sample.md</c>), computed independently
/// with LINQ over the deals the loader reads from <c>data/sample/deals.csv</c>.
/// </summary>
public sealed class SampleFactsTests
{
    private const decimal Bn = 1_000_000_000m;

    [Fact]
    public void Loads_every_row_without_rejections_or_unmapped_labels()
    {
        var stats = Result.Statistics;
        Assert.Equal(stats.RowsRead, stats.RowsLoaded);
        Assert.Equal(0, stats.RowsRejected);
        Assert.Empty(stats.UnmappedStages);
        Assert.Empty(stats.UnmappedSectors);
        Assert.Empty(stats.UnmappedRegions);
        Assert.True(Deals.Min(d => d.Date) >= new DateOnly(2023, 1, 1));
        Assert.True(Deals.Max(d => d.Date) <= new DateOnly(2025, 6, 30));
        Assert.All(Deals, d => Assert.NotEqual(Stage.Unknown, d.Stage));
        var undisclosed = Deals.Count(d => d.Amount is null) / (double)Deals.Count;
        Assert.InRange(undisclosed, 0.30, 0.45);
    }

    [Fact]
    public void Row01_AI_2025Q1_has_351_deals_worth_20_to_24_bn_cny()
    {
        var deals = Ai("2025Q1").ToList();
        Assert.Equal(351, deals.Count);
        Assert.InRange(TotalCny(deals), 20m * Bn, 24m * Bn);
    }

    [Fact]
    public void Row02_top_fifth_of_AI_companies_take_78_to_82_percent_in_2025Q1()
    {
        Assert.InRange(TopQuintileShare(Ai("2025Q1")), 0.78, 0.82);
    }

    [Fact]
    public void Row03_AI_2024_has_500_deals_worth_63_to_70_bn_and_2023_about_595()
    {
        Assert.Equal(500, Ai("2024").Count());
        Assert.InRange(TotalCny(Ai("2024")), 63m * Bn, 70m * Bn);
        Assert.InRange(Ai("2023").Count(), 590, 600);
    }

    [Fact]
    public void Row04_six_leading_LLM_companies_hold_25_to_28_bn_of_2024_AI_value()
    {
        string[] leaders = ["智谱AI", "百川智能", "月之暗面", "MiniMax", "阶跃星辰", "零一万物"];
        var value = TotalCny(Ai("2024").Where(d => leaders.Contains(d.Company)));
        Assert.InRange(value, 25m * Bn, 28m * Bn);
    }

    [Fact]
    public void Row05_AI_deals_in_the_first_eight_months_of_2024_by_region()
    {
        var deals = Ai("2024-01-01..2024-08-31").ToList();
        Assert.Equal(107, deals.Count(d => d.Region == "Beijing"));
        Assert.Equal(58, deals.Count(d => d.Region == "Guangdong"));
        Assert.Equal(46, deals.Count(d => d.Region == "Shanghai"));
        Assert.InRange(deals.Count, 287, 291);
    }

    [Fact]
    public void Row06_38_investors_have_three_AI_deals_in_the_window_by_type()
    {
        var active = AiDealsByInvestor("2024-01-01..2024-08-31").Where(p => p.Value >= 3).Select(p => p.Key).ToList();
        Assert.Equal(38, active.Count);
        var types = active.Select(name => Investor(name)?.Type).ToList();
        Assert.DoesNotContain(null, types);
        Assert.Equal(14, types.Count(t => t == InvestorType.CVC));
        Assert.Equal(13, types.Count(t => t == InvestorType.VC));
        Assert.Equal(7, types.Count(t => t == InvestorType.Government));
        Assert.Equal(4, types.Count(t => t == InvestorType.PE));
    }

    [Fact]
    public void Row07_seven_local_funds_are_active_in_AI_and_favour_their_home_region()
    {
        var expected = new Dictionary<string, string>
        {
            ["中关村科技城"] = "Beijing",
            ["中安资本"] = "Anhui",
            ["无锡金投"] = "Jiangsu",
            ["苏高新创投"] = "Jiangsu",
            ["顺禧基金"] = "Beijing",
            ["临港科创"] = "Shanghai",
            ["北京人工智能产业基金"] = "Beijing",
        };
        var since2024 = AiDealsByInvestor("2024-01-01..2025-06-30");
        var activeGovernment = since2024.Where(p => p.Value >= 3 && Investor(p.Key)?.Type == InvestorType.Government).Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), activeGovernment);
        foreach (var (fund, home) in expected)
        {
            Assert.Equal(home, Investor(fund)!.HomeRegion);
            var deals = Deals.Where(d => d.Investors.Contains(fund)).ToList();
            Assert.True(deals.Count(d => d.Region == home) >= 0.8 * deals.Count, $"{fund}: {deals.Count(d => d.Region == home)} of {deals.Count} deals at home");
        }

        Assert.Equal(4, since2024["中关村科技城"]);
        Assert.Equal(6, since2024["顺禧基金"]);
        Assert.Equal(4, since2024["北京人工智能产业基金"]);
    }

    [Fact]
    public void Row08_Tencent_AI_deals_are_a_quarter_A_rounds_and_rarely_angel()
    {
        var tencent = Deals.Where(d => IsAi(d) && d.Investors.Contains("腾讯投资")).ToList();
        Assert.True(tencent.Count >= 20, $"{tencent.Count} Tencent AI deals");
        Assert.InRange(tencent.Count(d => d.Stage == Stage.A) / (double)tencent.Count, 0.22, 0.28);
        Assert.InRange(tencent.Count(d => d.Stage == Stage.Angel) / (double)tencent.Count, 0.0, 0.03);
        Assert.Equal(InvestorType.CVC, Investor("Tencent Investment")!.Type);
    }

    [Fact]
    public void Row09_AI_round_medians_in_USD_2024_to_2025()
    {
        var recent = Deals.Where(d => IsAi(d) && d.Date.Year >= 2024 && d.Amount is not null).ToList();
        decimal MedianUsd(params Stage[] stages) => Median(recent.Where(d => stages.Contains(d.Stage)).Select(d => Usd(d)!.Value)) / 1_000_000m;
        Assert.InRange(MedianUsd(Stage.Seed), 12m, 18m);
        Assert.InRange(MedianUsd(Stage.A), 75m, 80m);
        Assert.InRange(MedianUsd(Stage.C, Stage.D), 250m, 300m);
    }

    [Fact]
    public void Row10_AI_takes_56_to_60_percent_of_value_in_2025Q1()
    {
        var share = TotalCny(Ai("2025Q1")) / TotalCny(All("2025Q1"));
        Assert.InRange(share, 0.56m, 0.60m);
    }

    [Fact]
    public void Row11_market_value_rises_and_deal_count_falls_from_2024Q1_to_2025Q1()
    {
        Assert.True(TotalCny(All("2025Q1")) > TotalCny(All("2024Q1")));
        Assert.True(All("2025Q1").Count() < All("2024Q1").Count());
    }

    [Fact]
    public void Row12_AI_count_share_rises_from_2023_to_2025H1()
    {
        double Share(string period) => Ai(period).Count() / (double)All(period).Count();
        Assert.True(Share("2023") < Share("2024"), $"{Share("2023")} vs {Share("2024")}");
        Assert.True(Share("2024") < Share("2025H1"), $"{Share("2024")} vs {Share("2025H1")}");
    }

    [Fact]
    public void Row13_strategic_sectors_amount_falls_year_on_year_in_2025()
    {
        string[] strategic = ["Energy", "AgriFood", "Water", "Health"];
        decimal Amount(string period) => TotalCny(All(period).Where(d => strategic.Contains(d.Sector)));
        Assert.True(Amount("2025Q1") < Amount("2024Q1"));
        Assert.True(Amount("2025Q2") < Amount("2024Q2"));
        Assert.True(Amount("2025H1") < Amount("2024H1"));
    }

    [Fact]
    public void Row14_Lenovo_Capital_has_three_AI_deals_in_every_quarter_from_2024()
    {
        Assert.Equal(InvestorType.CVC, Investor("Lenovo Capital")!.Type);
        foreach (var quarter in new[] { "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2" })
        {
            Assert.True(Ai(quarter).Count(d => d.Investors.Contains("联想创投")) >= 3, quarter);
        }
    }

    [Fact]
    public void Story_metrics_trip_the_rule_families()
    {
        foreach (var quarter in new[] { "2025Q1", "2025Q2" })
        {
            var deals = All(quarter).ToList();
            Assert.True(TopQuintileShare(deals) > 0.8, $"{quarter} top quintile {TopQuintileShare(deals)}");
            Assert.True(Hhi(deals) > 1000, $"{quarter} HHI {Hhi(deals)}");
            var known = deals.Where(d => d.Stage != Stage.Unknown && d.Amount is not null).ToList();
            var late = TotalCny(known.Where(d => Stages.IsLate(d.Stage))) / TotalCny(known);
            Assert.True(late > 0.6m, $"{quarter} late value share {late}");
        }

        double Early(string period) => All(period).Count(d => Stages.IsEarly(d.Stage)) / (double)All(period).Count();
        Assert.True(Early("2023") > Early("2024") && Early("2024") > Early("2025H1"));
        Assert.True(All("2025").Count(d => Stages.IsSeedOrAngel(d.Stage)) / (double)All("2025").Count() < 0.10);
        foreach (var period in new[] { "2023", "2024", "2025Q1", "2025Q2" })
        {
            Assert.True(Ai(period).Count(d => d.Region == "Beijing") / (double)Ai(period).Count() > 0.35, period);
        }
    }
}
