using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// An export whose sectors are labels the sector taxonomy does not know (Widgets, Gadgets): the report says the hot
/// sector's share and the strategic sectors' funding cannot be measured and names the labels, instead of saying there
/// were no AI deals or that the strategic sectors raised nothing, and CH3003 does not judge it; an export where only
/// some labels are unknown keeps its sector figures and findings.
/// </summary>
public sealed class UnclassifiedSectorsTests : IDisposable
{
    private readonly TempFolder _folder = new("unclassified-sectors");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(30)]
    [InlineData(10)]
    public void Data_whose_every_sector_is_unknown_to_the_taxonomy_says_the_sector_measures_cannot_be_measured(int perQuarter)
    {
        var deals = Deals(["Widgets", "Gadgets", "Consumer Stuff", "Doohickeys"], perQuarter);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var sectors = SampleReportTests.Section(english.Markdown, "# Sectors");
        Assert.Contains(
            "No deal in Q1 2025 has a sector the sector taxonomy knows (its sectors are written Consumer Stuff, Doohickeys, Gadgets and 1 more), so AI's share and the strategic sectors' funding cannot be measured. Mapping the labels onto the taxonomy's sectors under sectors: in a mapping file makes them measurable.",
            sectors,
            StringComparison.Ordinal);
        Assert.DoesNotContain("no AI deals", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("strategic sectors (", sectors, StringComparison.Ordinal);
        Assert.Contains("| Widgets |", sectors, StringComparison.Ordinal);
        Assert.DoesNotContain(english.Model.Findings, static f => f.Id == "CH3003");
        var chineseSectors = SampleReportTests.Section(chinese.Markdown, "# 行业分布");
        Assert.Contains(
            "2025年第一季度融资事件的行业（Consumer Stuff、Doohickeys、Gadgets等4个）均不在行业分类表中，无法衡量人工智能占比和战略性行业的融资额；在映射文件的sectors:中将其对应到分类表的行业即可衡量。",
            chineseSectors,
            StringComparison.Ordinal);
        Assert.DoesNotContain("没有人工智能", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Data_where_only_some_sectors_are_unknown_keeps_its_sector_figures_and_findings()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(["Widgets", "AI", "Gadgets"], 30));

        var sectors = SampleReportTests.Section(english.Markdown, "# Sectors");
        Assert.DoesNotContain("sector taxonomy knows", sectors, StringComparison.Ordinal);
        Assert.Contains("The strategic sectors (Energy, Agri-food, Water, Health) raised no disclosed funding in Q1 2025", sectors, StringComparison.Ordinal);
        Assert.Contains(english.Model.Sectors, static s => s.Key == "Widgets");
        Assert.Contains(english.Model.Findings, static f => f.Id == "CH3003");
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    /// <summary><paramref name="perQuarter"/> deals in each of Q4 2024 and Q1 2025, their sectors taken in turn from <paramref name="sectors"/>.</summary>
    private string Deals(string[] sectors, int perQuarter)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 2 * perQuarter; i++)
        {
            var date = i < perQuarter ? $"2024-{10 + (i % 3)}-{1 + (i % 27):00}" : $"2025-{1 + (i % 3):00}-{1 + (i % 27):00}";
            var stage = (i % 4) switch { 0 => "Seed", 1 => "Series A", 2 => "Series B", _ => "Series C" };
            var amount = ((i + 1) * 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add($"U{i},{date},Company {i % 24},{sectors[i % sectors.Length]},{stage},{amount},USD,{(i % 3 == 0 ? "New York" : "California")},Sequoia Capital");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
