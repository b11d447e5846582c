using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// An export by country with no region column (a European one: France, Germany, the Netherlands): its countries are the
/// deals' regions, so the report's regional section and the regional-bias rules read them, the report says so, and it
/// calls them countries (Countries, Country, 国家分布, 国家) where a report on provinces says regions.
/// </summary>
public sealed class CountryColumnRegionsTests : IDisposable
{
    private readonly TempFolder _folder = new("country-regions");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_country_column_without_a_region_column_gives_the_regions_the_report_and_rules_read()
    {
        var path = Europe("country");
        var english = SampleReportTests.Render(ReportLanguage.English, path);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path);

        var countries = SampleReportTests.Section(english.Markdown, "# Countries");
        Assert.DoesNotContain("names a region", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Germany | 16 |", countries, StringComparison.Ordinal);
        Assert.Contains("| the Netherlands |", countries.Replace("| Netherlands |", "| the Netherlands |", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(english.Model.Findings, static f => f.Id == "CH4002");
        Assert.Contains("europe.csv has no region column: the country column 'country' is read as the deals' regions", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("europe.csv没有地区列：以国家列“country”作为交易的地区", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void The_English_report_of_a_country_export_speaks_of_countries()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Europe("country"));
        var markdown = english.Markdown;
        var countries = SampleReportTests.Section(markdown, "# Countries");

        Assert.True(english.Model.Places.Countries);
        Assert.DoesNotContain("\n# Regions\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| # | Company | Sector | Country | Stage | Amount | Share of value |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Table 7: Deals and value by country, Q1 2025**", countries, StringComparison.Ordinal);
        Assert.Contains("| Country | Deals | Share of deals | Share of value |", countries, StringComparison.Ordinal);
        Assert.Contains("lists none of these countries.", countries, StringComparison.Ordinal);
        Assert.Contains("Germany led with 53.3% of the deals in Q1 2025", countries, StringComparison.Ordinal);
        Assert.Contains("No country of Q1 2025 has a baseline weight", countries, StringComparison.Ordinal);
        Assert.Equal("Countries by share of deals and value, Q1 2025", Assert.Single(english.Model.Charts, static c => c.Id == "regions").Title);
        Assert.Equal("Country", Assert.Single(english.Model.Charts, static c => c.Id == "regions").XLabel);

        // The rules' words: the finding's title and deciding value, and the methodology's rule table and measures.
        var finding = Assert.Single(english.Model.Findings, static f => f.Id == "CH4002");
        Assert.Equal("One country takes a large share of all deals", finding.Title);
        Assert.StartsWith("Top country's share of deals 53.3%", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("| CH4003 | A country's share of a sector's deals far exceeds its economic weight |", markdown, StringComparison.Ordinal);
        Assert.Contains("Informational when the top country's share of deals is above 35%", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("top region", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data/reference/region-baseline.csv", markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void The_Chinese_report_of_a_country_export_speaks_of_countries()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Europe("country"));
        var markdown = chinese.Markdown;
        var countries = SampleReportTests.Section(markdown, "# 国家分布");

        Assert.DoesNotContain("\n# 区域分布\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 排名 | 企业 | 行业 | 国家 | 轮次 | 金额 | 占本期披露金额 |", markdown, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度各国事件与金额", countries, StringComparison.Ordinal);
        Assert.Contains("| 国家 | 事件数 | 事件占比 | 金额占比 |", countries, StringComparison.Ordinal);
        Assert.Contains("| 德国 | 16 |", countries, StringComparison.Ordinal);
        Assert.Contains("德国的融资事件最多，占53.3%", countries, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度的各国均无基准权重", countries, StringComparison.Ordinal);
        Assert.Contains("地区基准权重（GDP）中没有这些国家", countries, StringComparison.Ordinal);
        Assert.Equal("主要国家的融资事件与金额占比（2025年第一季度）", Assert.Single(chinese.Model.Charts, static c => c.Id == "regions").Title);
        Assert.Equal("单一国家占据全部融资事件的较大份额", Assert.Single(chinese.Model.Findings, static f => f.Id == "CH4002").Title);
        Assert.Contains("首位国家事件占比", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("首位地区", markdown, StringComparison.Ordinal);
        Assert.Contains("国家分布", chinese.Model.Report.Keywords, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void The_contents_and_bookmarks_of_a_country_export_name_the_countries_section()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Europe("country"));
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Europe("country"));

        var englishOutline = PdfStructure.Outline(ReportRenderer.RenderPdf(english.Markdown, english.Options).Pdf).Select(static e => e.Title).ToList();
        var chineseOutline = PdfStructure.Outline(ReportRenderer.RenderPdf(chinese.Markdown, chinese.Options).Pdf).Select(static e => e.Title).ToList();

        Assert.Contains("Countries", englishOutline);
        Assert.DoesNotContain("Regions", englishOutline);
        Assert.Contains("国家分布", chineseOutline);
        Assert.DoesNotContain("区域分布", chineseOutline);
    }

    [Fact]
    public void A_region_column_whose_every_value_is_a_country_is_read_as_countries()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Europe("region", germany: "Deutschland"));
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Europe("region", germany: "Deutschland"));

        Assert.True(english.Model.Places.Countries);
        Assert.Contains("| Germany | 16 |", SampleReportTests.Section(english.Markdown, "# Countries"), StringComparison.Ordinal);
        Assert.Contains("| 德国 | 16 |", SampleReportTests.Section(chinese.Markdown, "# 国家分布"), StringComparison.Ordinal);
        Assert.DoesNotContain("“Deutschland”", english.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_column_of_states_that_share_a_country_name_keeps_the_region_words()
    {
        // Georgia is a US state in the region directory as well as a country: a file of states is a file of regions.
        var path = _folder.File("states.csv");
        File.WriteAllLines(path, new[] { "date,company,sector,stage,amount,currency,region,investors" }
            .Concat(Enumerable.Range(0, 24).Select(static i => $"2025-{1 + (i % 3):00}-{1 + i:00},Company {i},AI,Seed,{1 + (i % 4)}000000,USD,{(i % 2 == 0 ? "Georgia" : "Texas")},Fund {i % 5}")));

        var english = SampleReportTests.Render(ReportLanguage.English, path);

        Assert.False(english.Model.Places.Countries);
        Assert.Contains("| Region | Deals |", SampleReportTests.Section(english.Markdown, "# Regions"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_column_of_countries_reads_AR_and_CO_as_Argentina_and_Colombia()
    {
        // AR and CO are Arkansas's and Colorado's codes too: among Brazil they are countries, named in either language.
        var path = Places("latin-america.csv", [("AR", 12), ("Brazil", 10), ("CO", 8)]);
        var english = SampleReportTests.Render(ReportLanguage.English, path);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path);

        Assert.True(english.Model.Places.Countries);
        var countries = SampleReportTests.Section(english.Markdown, "# Countries");
        Assert.Contains("| Argentina | 12 |", countries, StringComparison.Ordinal);
        Assert.Contains("| Colombia | 8 |", countries, StringComparison.Ordinal);
        var zh = SampleReportTests.Section(chinese.Markdown, "# 国家分布");
        Assert.Contains("| 阿根廷 | 12 |", zh, StringComparison.Ordinal);
        Assert.Contains("| 哥伦比亚 | 8 |", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("Arkansas", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void A_region_column_of_states_reads_AR_and_CO_as_Arkansas_and_Colorado()
    {
        var path = Places("states-by-code.csv", [("AR", 12), ("Texas", 10), ("CO", 8)]);
        var english = SampleReportTests.Render(ReportLanguage.English, path);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path);

        Assert.False(english.Model.Places.Countries);
        var regions = SampleReportTests.Section(english.Markdown, "# Regions");
        Assert.Contains("| Arkansas | 12 |", regions, StringComparison.Ordinal);
        Assert.Contains("| Colorado | 8 |", regions, StringComparison.Ordinal);
        Assert.Contains("| 阿肯色州 | 12 |", SampleReportTests.Section(chinese.Markdown, "# 区域分布"), StringComparison.Ordinal);
        Assert.DoesNotContain("Argentina", english.Markdown, StringComparison.Ordinal);
    }

    /// <summary>An export of Q1 2025 in US dollars whose region column names <paramref name="places"/>, each on as many deals as given.</summary>
    private string Places(string name, (string Place, int Count)[] places)
    {
        var path = _folder.File(name);
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        var n = 0;
        foreach (var (place, count) in places)
        {
            for (var i = 0; i < count; i++, n++)
            {
                rows.Add($"P{n},2025-{1 + (n % 3):00}-{1 + (n % 27):00},Company {n},{(n % 2 == 0 ? "AI" : "Energy")},{(n % 3 == 0 ? "Seed" : "A")},{5 + (n % 4)}000000,USD,{place},Fund {n % 7}");
            }
        }

        File.WriteAllLines(path, rows);
        return path;
    }

    /// <summary>A European export of Q1 2025: 16 deals in Germany, 8 in France, 6 in the Netherlands, their place in <paramref name="column"/>.</summary>
    private string Europe(string column, string germany = "Germany")
    {
        var path = _folder.File(column == "country" ? "europe.csv" : $"europe-by-{column}.csv");
        var rows = new List<string> { $"id,date,company,sector,stage,amount,currency,{column},investors" };
        (string Country, int Count)[] countries = [(germany, 16), ("France", 8), ("Netherlands", 6)];
        var n = 0;
        foreach (var (country, count) in countries)
        {
            for (var i = 0; i < count; i++, n++)
            {
                rows.Add($"E{n},2025-{1 + (n % 3):00}-{1 + (n % 27):00},Company {n},{(n % 2 == 0 ? "AI" : "Energy")},{(n % 3 == 0 ? "Seed" : "A")},{5 + (n % 4)}000000,EUR,{country},Fund {n % 7}");
            }
        }

        File.WriteAllLines(path, rows);
        return path;
    }
}
