using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>A Chinese headline on the number of deals counts them with their measure word, 起, on both sides of the change.</summary>
public sealed class DealCountHeadlineTests : IDisposable
{
    private readonly TempFolder _folder = new("deal-count");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_rise_in_deals_reads_from_10_deals_to_40_deals_in_Chinese()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        string[] sectors = ["AI", "Energy", "Health"];
        string[] regions = ["Beijing", "Shanghai", "Zhejiang", "Guangdong"];
        for (var i = 0; i < 50; i++)
        {
            // The last deal on the quarter's last day: the data covers the whole quarter.
            var date = i < 10 ? new DateOnly(2025, 1, 5).AddDays(i * 8) : i == 49 ? new DateOnly(2025, 6, 30) : new DateOnly(2025, 4, 2).AddDays((i - 10) * 2);
            rows.Add($"N{i},{date:yyyy-MM-dd},Company {i},{sectors[i % 3]},{(i % 2 == 0 ? "A" : "Seed")},{(i % 7 + 1) * 1_000_000},CNY,{regions[i % 4]},Fund {i % 9}");
        }

        var path = _folder.File("rise.csv");
        File.WriteAllLines(path, rows);

        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, period: "2025Q2");

        Assert.Contains("融资事件数由2025年第一季度的10起升至40起", chinese.Markdown, StringComparison.Ordinal);
    }
}
