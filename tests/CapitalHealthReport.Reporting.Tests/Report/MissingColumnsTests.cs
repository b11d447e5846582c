using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// An export without a region, sector, investor or stage column: the report says the data names none of them, instead of
/// blaming the baseline or the investor directory or judging the absent dimension, and shows no table or chart whose one
/// row or one colour is Unknown, also in a period too thin to judge.
/// </summary>
public sealed class MissingColumnsTests : IDisposable
{
    private static readonly string[] AllColumns = ["id", "date", "company", "sector", "stage", "amount", "currency", "region", "investors"];

    private readonly TempFolder _folder = new("missing-columns");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Data_without_regions_says_no_deal_names_a_region_and_shows_no_region_table()
    {
        var deals = Deals("region");

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var regions = SampleReportTests.Section(english.Markdown, "# Regions");
        Assert.Contains("No deal in Q1 2025 names a region, so the regional mix, location quotients and local-fund home bias cannot be measured.", regions, StringComparison.Ordinal);
        Assert.DoesNotContain("baseline", regions, StringComparison.Ordinal);
        Assert.DoesNotContain("of a known type", regions, StringComparison.Ordinal);
        Assert.DoesNotContain("| Unknown |", regions, StringComparison.Ordinal);
        Assert.Empty(english.Model.Regions);
        Assert.Contains("2025年第一季度的融资事件均未注明地区，无法衡量地区分布、区位商和地方基金的本地偏好。", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("基准权重", SampleReportTests.Section(chinese.Markdown, "# 区域分布"), StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_period_too_thin_to_judge_without_regions_says_no_deal_names_a_region_instead_of_promising_figures()
    {
        // An export by country alone, ten deals a quarter: no regional figure follows the section's first sentence.
        var deals = Deals("region", perQuarter: 10);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var regions = SampleReportTests.Section(english.Markdown, "# Regions");
        Assert.Contains("No deal in Q1 2025 names a region, so the regional mix, location quotients and local-fund home bias cannot be measured.", regions, StringComparison.Ordinal);
        Assert.DoesNotContain("the figures below", regions, StringComparison.Ordinal);
        Assert.Contains("too thin to judge", SampleReportTests.Section(english.Markdown, "# Stage structure"), StringComparison.Ordinal);
        Assert.Contains("2025年第一季度的融资事件均未注明地区，无法衡量地区分布、区位商和地方基金的本地偏好。", SampleReportTests.Section(chinese.Markdown, "# 区域分布"), StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Data_without_investors_says_no_deal_names_an_investor()
    {
        var deals = Deals("investors");

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        Assert.Contains("No deal in Q1 2025 names an investor, so the investor mix cannot be measured.", SampleReportTests.Section(english.Markdown, "# Investors"), StringComparison.Ordinal);
        Assert.Contains("No deal in Q1 2025 names an investor, so local-fund home bias cannot be measured.", SampleReportTests.Section(english.Markdown, "# Regions"), StringComparison.Ordinal);
        Assert.DoesNotContain("of a known type", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度的融资事件均未注明投资方，无法衡量投资方结构。", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度的融资事件均未注明投资方，无法衡量地方基金的本地偏好。", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("均无已知类型", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Data_without_stages_shows_no_stage_table_and_no_stage_mix_chart()
    {
        var deals = Deals("stage");

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var stages = SampleReportTests.Section(english.Markdown, "# Stage structure");
        Assert.Contains("No deal in Q1 2025 has a known stage, so the stage mix cannot be measured.", stages, StringComparison.Ordinal);
        Assert.DoesNotContain("| Unknown |", stages, StringComparison.Ordinal);
        Assert.DoesNotContain("chart stage_mix", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(english.Model.Stages);
        Assert.DoesNotContain(english.Model.Charts, static c => c.Id == "stage_mix");
        Assert.DoesNotContain("| 未知 |", SampleReportTests.Section(chinese.Markdown, "# 轮次结构"), StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_period_too_thin_to_judge_without_stages_says_no_deal_has_a_known_stage_instead_of_promising_figures()
    {
        var deals = Deals("stage", perQuarter: 10);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var stages = SampleReportTests.Section(english.Markdown, "# Stage structure");
        Assert.Contains("No deal in Q1 2025 has a known stage, so the stage mix cannot be measured.", stages, StringComparison.Ordinal);
        Assert.DoesNotContain("the figures below", stages, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度没有轮次已知的融资事件，无法衡量轮次结构。", SampleReportTests.Section(chinese.Markdown, "# 轮次结构"), StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_period_too_thin_to_judge_without_investors_says_no_deal_names_an_investor_instead_of_promising_figures()
    {
        var deals = Deals("investors", perQuarter: 10);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var investors = SampleReportTests.Section(english.Markdown, "# Investors");
        Assert.Contains("No deal in Q1 2025 names an investor, so the investor mix cannot be measured.", investors, StringComparison.Ordinal);
        Assert.DoesNotContain("the figures below", investors, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度的融资事件均未注明投资方，无法衡量投资方结构。", SampleReportTests.Section(chinese.Markdown, "# 投资方结构"), StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(10)]
    public void Data_without_investors_does_not_count_investors_with_three_or_more_deals(int perQuarter)
    {
        var deals = Deals("investors", perQuarter);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        Assert.DoesNotContain("No investor made three or more deals", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("没有投资方参与3起及以上融资", chinese.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_with_investors_none_of_whom_made_three_deals_still_says_so()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(perQuarter: 4));

        Assert.Contains("No investor made three or more deals in Q1 2025.", english.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(10)]
    public void Data_without_sectors_says_no_deal_names_a_sector_and_judges_no_sector(int perQuarter)
    {
        var deals = Deals("sector", perQuarter);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var sectors = SampleReportTests.Section(english.Markdown, "# Sectors");
        Assert.Contains("No deal in Q1 2025 names a sector, so the sector mix, AI's share and the strategic sectors' funding cannot be measured.", sectors, StringComparison.Ordinal);
        Assert.DoesNotContain("the figures below", sectors, StringComparison.Ordinal);
        Assert.DoesNotContain("strategic sectors (", sectors, StringComparison.Ordinal);
        Assert.DoesNotContain("no AI deals", sectors, StringComparison.Ordinal);
        Assert.DoesNotContain("| Unknown |", sectors, StringComparison.Ordinal);
        Assert.Empty(english.Model.Sectors);
        Assert.DoesNotContain(english.Model.Findings, static f => f.Id == "CH3003");
        var chineseSectors = SampleReportTests.Section(chinese.Markdown, "# 行业分布");
        Assert.Contains("2025年第一季度的融资事件均未注明行业，无法衡量行业分布、人工智能占比和战略性行业的融资额。", chineseSectors, StringComparison.Ordinal);
        Assert.DoesNotContain("| 未知 |", chineseSectors, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Theory]
    [InlineData("sector", "Sector", "行业")]
    [InlineData("region", "Region", "地区")]
    [InlineData("stage", "Stage", "轮次")]
    public void The_largest_rounds_table_has_no_column_for_a_dimension_no_deal_names(string without, string english, string chinese)
    {
        var deals = Deals(without);

        var englishReport = SampleReportTests.Render(ReportLanguage.English, deals);
        var chineseReport = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var englishHeader = HeaderOf(englishReport.Markdown, "| # | Company |");
        var chineseHeader = HeaderOf(chineseReport.Markdown, "| 排名 | 企业 |");
        Assert.DoesNotContain($"| {english} |", englishHeader, StringComparison.Ordinal);
        Assert.DoesNotContain($"| {chinese} |", chineseHeader, StringComparison.Ordinal);
        Assert.Equal(englishHeader.Count(static ch => ch == '|'), SampleReportTests.Section(englishReport.Markdown, "# Concentration").Split('\n').First(static l => l.StartsWith("| 1 |", StringComparison.Ordinal)).Count(static ch => ch == '|'));
        Assert.DoesNotContain("| Unknown |", SampleReportTests.Section(englishReport.Markdown, "# Concentration"), StringComparison.Ordinal);
    }

    [Fact]
    public void Data_with_every_column_keeps_its_region_stage_and_investor_figures()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        Assert.Contains(english.Model.Regions, static r => r.Key == "California");
        Assert.Contains(english.Model.Stages, static s => s.Key == "A");
        Assert.Contains(english.Model.Charts, static c => c.Id == "stage_mix");
        Assert.Contains(english.Model.Sectors, static s => s.Key == "AI");
        Assert.Contains("| # | Company | Sector | Region | Stage | Amount | Share of value |", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("No deal in Q1 2025 names a sector", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("names a region", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("names an investor", english.Markdown, StringComparison.Ordinal);
    }

    /// <summary>The header line of the table whose header begins with <paramref name="start"/>.</summary>
    private static string HeaderOf(string markdown, string start) =>
        markdown.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal) && !l.Contains("Disclosed funding", StringComparison.Ordinal) && !l.Contains("披露融资额", StringComparison.Ordinal));

    /// <summary><paramref name="perQuarter"/> deals in each of Q4 2024 and Q1 2025 with every column but <paramref name="without"/>.</summary>
    private string Deals(string? without = null, int perQuarter = 30)
    {
        var columns = AllColumns.Where(c => c != without).ToList();
        var rows = new List<string> { string.Join(',', columns) };
        for (var i = 0; i < 2 * perQuarter; i++)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["id"] = $"U{i}",
                ["date"] = i < perQuarter ? $"2024-{10 + (i % 3)}-{1 + (i % 27):00}" : $"2025-{1 + (i % 3):00}-{1 + (i % 27):00}",
                ["company"] = $"Company {i % 24}",
                ["sector"] = (i % 3) switch { 0 => "AI", 1 => "Health", _ => "Fintech" },
                ["stage"] = (i % 4) switch { 0 => "Seed", 1 => "Series A", 2 => "Series B", _ => "Series C" },
                ["amount"] = ((i + 1) * 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["currency"] = "USD",
                ["region"] = i % 3 == 0 ? "New York" : "California",
                ["investors"] = i % 2 == 0 ? "Sequoia Capital;Accel" : "Benchmark",
            };
            rows.Add(string.Join(',', columns.Select(c => values[c])));
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
