using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A share or an amount compared with a period of a handful of deals moves by chance: such a move neither leads the
/// executive summary nor is told as one of a section's largest moves (the figures stay in the tables and beside the
/// comparisons that have enough deals). The number of deals is told whatever the base.
/// </summary>
public sealed class ThinComparisonHeadlineTests : IDisposable
{
    private readonly TempFolder _folder = new("thin-comparison");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_regions_share_that_fell_from_most_of_a_handful_of_deals_a_year_ago_stays_in_the_table_but_is_not_told_as_a_move()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        string[] regions = ["Beijing", "Shanghai", "Zhejiang", "Guangdong"];
        string[] sectors = ["AI", "Energy", "Health", "Consumer"];

        // Q3 2024: 10 deals (fewer than min_deals, 20), 8 of them in Hainan; Q2 and Q3 2025: 30 and 40 deals, none there.
        void Add(string prefix, DateOnly first, int count, Func<int, string> region)
        {
            for (var i = 0; i < count; i++)
            {
                var date = first.AddDays(i * 2);
                rows.Add($"{prefix}{i},{date:yyyy-MM-dd},{prefix} Company {i},{sectors[i % 4]},{(i % 2 == 0 ? "A" : "Seed")},{((i % 7) + 1) * 1_000_000},CNY,{region(i)},Fund {i % 9}");
            }
        }

        Add("Y", new DateOnly(2024, 7, 2), 10, i => i < 8 ? "Hainan" : regions[i % 4]);
        Add("P", new DateOnly(2025, 4, 2), 30, i => regions[i % 4]);
        Add("C", new DateOnly(2025, 7, 2), 40, i => regions[i % 4]);
        rows.Add("L0,2025-09-30,Last Company,AI,A,1000000,CNY,Beijing,Fund 1");
        var path = _folder.File("thin-year-ago.csv");
        File.WriteAllLines(path, rows);

        var english = SampleReportTests.Render(ReportLanguage.English, path, period: "2025Q3").Markdown;

        Assert.DoesNotContain("Hainan", SampleReportTests.Section(english, "# Executive summary"), StringComparison.Ordinal);
        var regionsSection = SampleReportTests.Section(english, "# Regions");
        Assert.DoesNotContain("Hainan had no deals", regionsSection, StringComparison.Ordinal);
        Assert.Contains("| Hainan | 0 | 0.0% |", regionsSection, StringComparison.Ordinal);
        Assert.Contains("**Deals rose to 41, from 10 in Q3 2024.**", english, StringComparison.Ordinal);
    }
}
