using System.Globalization;
using System.Text;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>The location-quotient column of the region table: a region's quotient where it has deals, none where it has not.</summary>
public sealed class LocationQuotientReportTests : IDisposable
{
    private readonly TempFolder _folder = new("lq");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_region_with_no_deal_in_the_period_has_a_dash_for_its_location_quotient()
    {
        // Shanghai had deals in Q4 2024 and none in Q1 2025: its row stays in the table to show the fall, and its quotient
        // once read 0.00 there, as if its deal share had been measured against its weight.
        var path = _folder.File("deals.csv");
        File.WriteAllText(path, Deals(), new UTF8Encoding(false));
        var english = ReportPipeline.Render(Request(path, ReportLanguage.English)).Markdown;
        var chinese = ReportPipeline.Render(Request(path, ReportLanguage.Chinese)).Markdown;

        Assert.Contains("| Beijing | 12 | 50.0% | 48.0% | 14.29 |\n", english, StringComparison.Ordinal);
        Assert.Contains("| Shanghai | 0 | 0.0% | 0.0% | — |\n", english, StringComparison.Ordinal);
        Assert.Contains("| 上海 | 0 | 0.0% | 0.0% | — |\n", chinese, StringComparison.Ordinal);
    }

    /// <summary>24 deals in Q1 2025 in Beijing, Guangdong and Zhejiang; 8 in Q4 2024 in Shanghai and Beijing.</summary>
    private static string Deals()
    {
        var csv = new StringBuilder("date,company,sector,stage,amount,currency,region\n");
        string[] regions = ["Beijing", "Guangdong", "Beijing", "Zhejiang"];
        string[] sectors = ["AI", "Energy", "Health"];
        string[] stages = ["A", "B", "Seed", "C"];
        for (var i = 0; i < 24; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"2025-0{1 + (i % 3)}-{10 + (i % 15):00},Co{i},{sectors[i % 3]},{stages[i % 4]},{(i + 1) * 1000}万,CNY,{regions[i % 4]}\n");
        }

        for (var i = 0; i < 8; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"2024-1{i % 3}-{10 + i:00},Old{i},AI,A,{(i + 1) * 500}万,CNY,{(i % 2 == 0 ? "Shanghai" : "Beijing")}\n");
        }

        return csv.ToString();
    }

    private static ReportRequest Request(string path, ReportLanguage language) => new()
    {
        DealsPath = path,
        Period = "2025Q1",
        Language = language,
        Format = ReportFormat.Markdown,
        ConfigPath = Path.Combine(RepositoryPaths.Root, "capitalhealth.yaml"),
    };
}
