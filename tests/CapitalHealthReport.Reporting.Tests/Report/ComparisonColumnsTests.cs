using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Data that begins in the report period, or a quarter before it: the tables show a comparison column only for a
/// period the data holds (not a column of dashes), and the methodology names only the comparisons the report makes.
/// </summary>
public sealed class ComparisonColumnsTests : IDisposable
{
    private readonly TempFolder _folder = new("comparison-columns");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_quarters_of_data_show_no_year_ago_column()
    {
        var deals = Deals(quarters: 2);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        Assert.Contains("| | Q1 2025 | vs Q4 2024 |\n", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Sector | Deals | Disclosed value | Share of value | Q4 2024 | Top-20% share |", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Q1 2024 |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("(2025-01-01 to 2025-03-31), compared with Q4 2024 (the previous period).", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("(a year earlier)", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| | 2025年第一季度 | 较2024年第四季度 |\n", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("的融资事件，并与2024年第四季度（上一期）比较。", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("上年同期）比较", chinese.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void One_quarter_of_data_shows_no_comparison_column()
    {
        var deals = Deals(quarters: 1);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        Assert.Contains("| | Q1 2025 |\n|---|---:|\n| Deals | 30 |\n", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Sector | Deals | Disclosed value | Share of value | Top-20% share |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("(2025-01-01 to 2025-03-31); the data holds no earlier period to compare them with.", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("(the previous period)", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| | 2025年第一季度 |\n|---|---:|\n", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("的融资事件；数据不含可供比较的更早期间。", chinese.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_with_a_year_of_history_keeps_both_comparison_columns()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);

        Assert.Contains("| | Q1 2025 | vs Q4 2024 | vs Q1 2024 |", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("compared with Q4 2024 (the previous period) and Q1 2024 (a year earlier).", english.Markdown, StringComparison.Ordinal);
    }

    /// <summary>30 deals a quarter, in each of its months, in the <paramref name="quarters"/> quarters up to Q1 2025.</summary>
    private string Deals(int quarters)
    {
        var starts = new[] { new DateOnly(2025, 1, 1), new DateOnly(2024, 10, 1), new DateOnly(2024, 7, 1), new DateOnly(2024, 4, 1) };
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var q = 0; q < quarters; q++)
        {
            for (var i = 0; i < 30; i++)
            {
                rows.Add($"C{q}-{i},{starts[q].AddMonths(i % 3).AddDays(i):yyyy-MM-dd},Company {i},{(i % 2 == 0 ? "AI" : "Health")},Series A,{(i + 1) * 1_000_000},USD,{(i % 3 == 0 ? "New York" : "California")},Sequoia Capital");
            }
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
