using System.Globalization;
using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Reports on thin data: a single deal, a half-year without deals in the hot sector and every amount disclosed, and
/// deals none of which disclose an amount. Each fact is said once, no chart draws a single bar or point, and no table
/// holds a column of dashes.
/// </summary>
public sealed partial class ThinDataReportTests : IDisposable
{
    private readonly TempFolder _folder = new("thin-data");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_single_deal_is_named_once_in_its_headline()
    {
        var path = OneDeal();
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025Q2");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025Q2");

        var round = Assert.Single(english.Model.Headlines, static c => c.Kind == ClaimKind.Round);
        Assert.Equal("A single round", round.Headline);
        Assert.Equal("The only round of Q2 2025 was Solo Robotics' 12 M USD Series A round in AI (California).", round.Text);
        Assert.DoesNotContain("Solo Robotics raised", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The largest round", english.Markdown, StringComparison.Ordinal);

        var chineseRound = Assert.Single(chinese.Model.Headlines, static c => c.Kind == ClaimKind.Round);
        Assert.Equal("本期仅一笔融资", chineseRound.Headline);
        Assert.Equal("2025年第二季度唯一的一笔融资是人工智能企业Solo Robotics（加利福尼亚州）的A轮融资，金额1,200万美元。", chineseRound.Text);
        Assert.DoesNotContain("最大的一笔融资", chinese.Markdown, StringComparison.Ordinal);

        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void One_company_with_every_disclosed_round_is_headlined_as_taking_all_the_funding()
    {
        var path = Write("one-company.csv", [
            "2025-04-14,Solo Robotics,AI,Series A,12000000,USD,California,Sequoia Capital",
            "2025-05-20,Solo Robotics,AI,Series B,30000000,USD,California,Sequoia Capital",
        ]);
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025Q2");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025Q2");

        var round = Assert.Single(english.Model.Headlines, static c => c.Kind == ClaimKind.Round);
        Assert.Equal("All disclosed funding went to Solo Robotics", round.Headline);
        Assert.StartsWith("The largest round of Q2 2025 was Solo Robotics' 30 M USD Series B round", round.Text, StringComparison.Ordinal);
        Assert.Equal("已披露资金全部流向Solo Robotics", Assert.Single(chinese.Model.Headlines, static c => c.Kind == ClaimKind.Round).Headline);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_round_among_undisclosed_deals_is_the_only_one_with_a_disclosed_amount()
    {
        var path = Write("one-disclosed.csv", [
            "2025-04-14,Solo Robotics,AI,Series A,12000000,USD,California,Sequoia Capital",
            "2025-05-20,Other Robotics,AI,Seed,undisclosed,USD,California,Sequoia Capital",
        ]);
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025Q2");

        var round = Assert.Single(english.Model.Headlines, static c => c.Kind == ClaimKind.Round);
        Assert.Equal("A single round with a disclosed amount", round.Headline);
        Assert.StartsWith("The only round of Q2 2025 with a disclosed amount was Solo Robotics'", round.Text, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void A_single_deal_gets_no_chart_of_one_bar_or_one_point()
    {
        var path = OneDeal();
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            var report = SampleReportTests.Render(language, path, "2025Q2");
            foreach (var id in new[] { "market_overview", "market_value", "hhi", "top_companies", "stage_mix", "median_round", "hot_sector_share" })
            {
                Assert.DoesNotContain(report.Model.Charts, c => c.Id == id);
                Assert.DoesNotContain("```chart " + id + "\n", report.Markdown, StringComparison.Ordinal);
            }
        }

        // The company, its median round and its quarter stay in the tables.
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025Q2").Markdown;
        Assert.Contains("| 1 | Solo Robotics | 12 M USD | 100.0% | 1 |", english, StringComparison.Ordinal);
        Assert.Contains("| Series A | 100.0% | 100.0% | 12 M USD |", english, StringComparison.Ordinal);
        Assert.Contains("| Q2 2025 | 1 | 12 M USD | 10,000 |", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_quarter_loses_its_quarter_charts_and_the_figures_left_are_numbered_from_1()
    {
        var path = Write("one-quarter.csv", [
            "2025-04-14,Solo Robotics,AI,Seed,2000000,USD,California,Sequoia Capital",
            "2025-05-20,Duo Robotics,AI,Series B,30000000,USD,California,Sequoia Capital",
            "2025-06-02,Trio Robotics,AI,Series C,50000000,USD,California,Sequoia Capital",
        ]);
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            var report = SampleReportTests.Render(language, path, "2025Q2");
            var placed = ChartFence().Matches(report.Markdown).Select(static m => m.Groups[1].Value).ToList();

            Assert.Equal(["lorenz", "top_companies", "stage_mix", "median_round"], placed);
            for (var i = 0; i < placed.Count; i++)
            {
                Assert.StartsWith(Charts.FigureNumbers.Label(i + 1, language), report.Options.Charts[placed[i]].Title, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Charts_of_several_quarters_are_kept()
    {
        var path = Write("two-quarters.csv", [
            "2025-02-14,Solo Robotics,AI,Series A,12000000,USD,California,Sequoia Capital",
            "2025-05-20,Duo Robotics,AI,Seed,3000000,USD,California,Sequoia Capital",
        ]);
        var report = SampleReportTests.Render(ReportLanguage.English, path, "2025Q2");

        Assert.Contains(report.Model.Charts, static c => c.Id == "market_overview");
        Assert.Contains(report.Model.Charts, static c => c.Id == "hhi");
    }

    [Fact]
    public void No_hot_sector_deals_is_said_once_in_the_sectors_section()
    {
        var path = European();
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025H1");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025H1");

        Assert.Single(Occurrences(english.Markdown, "There were no AI deals in H1 2025."));
        Assert.Contains("There were no AI deals in H1 2025.", SampleReportTests.Section(english.Markdown, "# Sectors"), StringComparison.Ordinal);
        Assert.Single(Occurrences(chinese.Markdown, "2025年上半年没有人工智能融资事件"));
    }

    [Fact]
    public void A_finding_on_a_figure_the_data_lacks_shows_no_dash_for_its_value()
    {
        var path = European();
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025H1");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025H1");

        var yearAgo = Assert.Single(english.Model.Findings, static f => f.Id == "CH9004");
        Assert.Equal("", yearAgo.Summary);
        Assert.Contains("| ○ Informational | No year-earlier data to compare with | H1 2025 | CH9004 |", english.Markdown, StringComparison.Ordinal);
        Assert.Equal("", Assert.Single(chinese.Model.Findings, static f => f.Id == "CH9004").Summary);
    }

    [Fact]
    public void Data_in_which_every_deal_discloses_an_amount_says_so()
    {
        var path = European();
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025H1");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025H1");

        Assert.Contains("Every loaded deal discloses an amount.", english.Model.DataQuality.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0 loaded deals", english.Model.DataQuality.Text, StringComparison.Ordinal);
        Assert.Contains("已载入的事件均披露了金额。", chinese.Model.DataQuality.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0起", chinese.Model.DataQuality.Text, StringComparison.Ordinal);
        Assert.Contains("| Input SHA-256 | `", english.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sector_table_without_any_disclosed_amount_has_no_value_columns()
    {
        var path = Undisclosed();
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025H1");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025H1");

        var sectors = SampleReportTests.Section(english.Markdown, "# Sectors");
        Assert.Contains("| Sector | Deals |\n", sectors, StringComparison.Ordinal);
        Assert.Contains("| AI | 20 |\n", sectors, StringComparison.Ordinal);
        Assert.DoesNotContain("Disclosed value", sectors, StringComparison.Ordinal);
        Assert.Contains("No deal in the table discloses an amount, so no value columns are shown.", sectors, StringComparison.Ordinal);

        // Over two quarters the hot sector's share is drawn, of deals only, and its title says so.
        Assert.Equal("AI's share of all deals", english.Model.Charts.Single(static c => c.Id == "hot_sector_share").Title);
        Assert.Equal("人工智能占全部融资事件的比重", chinese.Model.Charts.Single(static c => c.Id == "hot_sector_share").Title);

        var chineseSectors = SampleReportTests.Section(chinese.Markdown, "# 行业分布");
        Assert.Contains("| 行业 | 事件数 |\n", chineseSectors, StringComparison.Ordinal);
        Assert.DoesNotContain("披露金额 |", chineseSectors, StringComparison.Ordinal);
        Assert.Contains("表中事件均未披露金额，故不列金额各列。", chineseSectors, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_without_value_columns_are_not_titled_as_holding_values()
    {
        var path = Undisclosed();
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025H1").Markdown;
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025H1").Markdown;

        Assert.DoesNotContain("Deals and value by", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Deals and disclosed value by", english, StringComparison.Ordinal);
        Assert.Contains("Deals by sector, ", english, StringComparison.Ordinal);
        Assert.Contains("Deals by region, ", english, StringComparison.Ordinal);
        Assert.DoesNotContain("事件与金额", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("融资事件与披露金额", chinese, StringComparison.Ordinal);
        Assert.Contains("各行业事件", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sector_table_of_a_quarter_without_disclosed_amounts_keeps_the_previous_quarter_s_shares_of_value()
    {
        // Q1 2025 discloses every amount, Q2 2025 none: the table drops Q2's own value columns, not Q1's shares.
        var path = Write("q2-undisclosed.csv", Enumerable.Range(0, 40).Select(static i => string.Create(CultureInfo.InvariantCulture,
            $"2025-{1 + (i % 6):00}-{1 + (i % 27):00},Co {i},{(i % 2 == 0 ? "AI" : "Energy")},Seed,{(i % 6 < 3 ? (1 + (i % 4)) * 1_000_000 + "" : "undisclosed")},USD,California,Fund {i % 5}")));
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025Q2");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025Q2");

        var sectors = SampleReportTests.Section(english.Markdown, "# Sectors");
        Assert.Contains("| Sector | Deals | Q1 2025 |\n", sectors, StringComparison.Ordinal);
        Assert.Matches(@"\| AI \| \d+ \| \d+\.\d% \|\n", sectors);
        Assert.DoesNotContain("Disclosed value", sectors, StringComparison.Ordinal);
        Assert.DoesNotContain("Top-20% share", sectors, StringComparison.Ordinal);
        Assert.Contains("No deal of Q2 2025 in the table discloses an amount, so only earlier periods' shares of value are shown.", sectors, StringComparison.Ordinal);

        var chineseSectors = SampleReportTests.Section(chinese.Markdown, "# 行业分布");
        Assert.Contains("| 行业 | 事件数 | 2025年第一季度 |\n", chineseSectors, StringComparison.Ordinal);
        Assert.Contains("表中2025年第二季度的事件均未披露金额，故仅列往期金额占比。", chineseSectors, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarter_stage_and_region_tables_without_any_disclosed_amount_have_no_value_columns()
    {
        var path = Undisclosed();
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025H1").Markdown;
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025H1").Markdown;
        const string Note = "No deal in the table discloses an amount, so no value columns are shown.";
        const string ChineseNote = "表中事件均未披露金额，故不列金额各列。";

        var market = SampleReportTests.Section(english, "# Market overview");
        Assert.Contains("| Quarter | Deals |\n|---|---:|\n| Q1 2025 | 21 |\n| Q2 2025 | 19 |\n", market, StringComparison.Ordinal);
        Assert.Contains(Note, market, StringComparison.Ordinal);
        var stages = SampleReportTests.Section(english, "# Stage structure");
        Assert.Contains("| Stage | Share of deals |\n|---|---:|\n| Seed | 100.0% |\n", stages, StringComparison.Ordinal);
        Assert.Contains(Note, stages, StringComparison.Ordinal);
        var regions = SampleReportTests.Section(english, "# Regions");
        Assert.Contains("| Region | Deals | Share of deals | Location quotient |\n|---|---:|---:|---:|\n| California | 40 | 100.0% | 7.05 |\n", regions, StringComparison.Ordinal);
        Assert.Contains(Note, regions, StringComparison.Ordinal);

        Assert.Contains("| 季度 | 事件数 |\n|---|---:|\n", SampleReportTests.Section(chinese, "# 市场概况"), StringComparison.Ordinal);
        Assert.Contains("| 轮次 | 事件占比 |\n|---|---:|\n", SampleReportTests.Section(chinese, "# 轮次结构"), StringComparison.Ordinal);
        Assert.Contains("| 地区 | 事件数 | 事件占比 | 区位商 |\n", SampleReportTests.Section(chinese, "# 区域分布"), StringComparison.Ordinal);
        Assert.Equal(4, Occurrences(chinese, ChineseNote).Count);

        // No table row of either report holds a dash for a value nothing discloses.
        foreach (var markdown in new[] { english, chinese })
        {
            Assert.DoesNotContain(markdown.Split('\n'), static line => line.StartsWith('|') && line.Contains("| — |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Quarter_stage_and_region_tables_with_a_disclosed_amount_keep_their_value_columns()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, European(), "2025H1").Markdown;

        Assert.Contains("| Quarter | Deals | Disclosed value | HHI |", english, StringComparison.Ordinal);
        Assert.Contains("| Stage | Share of deals | Share of value | Median round |", english, StringComparison.Ordinal);
        Assert.Contains("| Country | Deals | Share of deals | Share of value |", english, StringComparison.Ordinal);
        Assert.DoesNotContain("No deal in the table discloses an amount", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sector_table_with_a_disclosed_amount_keeps_its_value_columns()
    {
        var sectors = SampleReportTests.Section(SampleReportTests.Render(ReportLanguage.English, European(), "2025H1").Markdown, "# Sectors");

        Assert.Contains("| Sector | Deals | Disclosed value | Share of value |", sectors, StringComparison.Ordinal);
        Assert.Contains("A top-20% share is shown only for sectors", sectors, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^```chart (\S+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ChartFence();

    private static List<int> Occurrences(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }

    /// <summary>40 AI and energy seed deals in California over H1 2025, none of which discloses an amount.</summary>
    private string Undisclosed() => Write("undisclosed.csv", Enumerable.Range(0, 40).Select(static i => string.Create(CultureInfo.InvariantCulture,
        $"2025-{1 + (i % 6):00}-{1 + (i % 27):00},Co {i},{(i % 2 == 0 ? "AI" : "Energy")},Seed,undisclosed,USD,California,Fund {i % 5}")));

    private string OneDeal() => Write("one.csv", ["2025-05-14,Solo Robotics,AI,Series A,12000000,USD,California,Sequoia Capital"]);

    /// <summary>25 euro deals of H1 2025 in energy, health and agri-food (one deal), every amount disclosed, no AI.</summary>
    private string European() => Write("eu.csv", Enumerable.Range(0, 25).Select(static i => string.Create(CultureInfo.InvariantCulture,
        $"2025-{1 + (i % 6):00}-{1 + (i % 25):00},Firma {i:00} GmbH,{(i == 7 ? "AgriFood" : i % 3 == 0 ? "Health" : "Energy")},{(i % 4) switch { 0 => "Seed", 1 => "Series A", 2 => "Series B", _ => "Series C" }},{(i + 3) * 1_700_000},EUR,{(i % 3) switch { 0 => "Germany", 1 => "France", _ => "Netherlands" }},Fonds {i % 5}")));

    private string Write(string name, IEnumerable<string> rows)
    {
        var path = _folder.File(name);
        File.WriteAllLines(path, new[] { "date,company,sector,stage,amount,currency,region,investors" }.Concat(rows));
        return path;
    }
}
