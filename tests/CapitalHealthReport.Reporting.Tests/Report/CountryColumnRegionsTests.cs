using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// An export by country with no region column (a European one: France, Germany, the Netherlands): its countries are the
/// deals' regions, so the report's regional section and the regional-bias rules read them, and the report says so.
/// </summary>
public sealed class CountryColumnRegionsTests : IDisposable
{
    private readonly TempFolder _folder = new("country-regions");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_country_column_without_a_region_column_gives_the_regions_the_report_and_rules_read()
    {
        var path = _folder.File("europe.csv");
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,country,investors" };
        (string Country, int Count)[] countries = [("Germany", 16), ("France", 8), ("Netherlands", 6)];
        var n = 0;
        foreach (var (country, count) in countries)
        {
            for (var i = 0; i < count; i++, n++)
            {
                rows.Add($"E{n},2025-{1 + (n % 3):00}-{1 + (n % 27):00},Company {n},{(n % 2 == 0 ? "AI" : "Energy")},{(n % 3 == 0 ? "Seed" : "A")},{5 + (n % 4)}000000,EUR,{country},Fund {n % 7}");
            }
        }

        File.WriteAllLines(path, rows);
        var english = SampleReportTests.Render(ReportLanguage.English, path);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path);

        var regions = SampleReportTests.Section(english.Markdown, "# Regions");
        Assert.DoesNotContain("names a region", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Germany | 16 |", regions, StringComparison.Ordinal);
        Assert.Contains("| the Netherlands |", regions.Replace("| Netherlands |", "| the Netherlands |", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(english.Model.Findings, static f => f.Id == "CH4002");
        Assert.Contains("europe.csv has no region column: the country column 'country' is read as the deals' regions", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("europe.csv没有地区列：以国家列“country”作为交易的地区", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }
}
