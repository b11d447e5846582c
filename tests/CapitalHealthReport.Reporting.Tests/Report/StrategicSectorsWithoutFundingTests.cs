using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Data in which the strategic sectors raised nothing disclosed (US software and consumer deals only): the report says
/// they raised no disclosed funding, not "0 USD … unchanged", and the claim checker accepts the words.
/// </summary>
public sealed class StrategicSectorsWithoutFundingTests : IDisposable
{
    private readonly TempFolder _folder = new("no-strategic");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void English_says_the_strategic_sectors_raised_no_disclosed_funding()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        Assert.Contains("The strategic sectors (", english.Markdown, StringComparison.Ordinal);
        Assert.Contains(") raised no disclosed funding in Q1 2025", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("raised 0 USD", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Chinese_says_the_strategic_sectors_raised_no_disclosed_funding()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals());

        Assert.Contains("等战略性行业没有已披露金额的融资", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("等战略性行业合计融资0", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    /// <summary>30 deals in each of Q4 2024 and Q1 2025, enterprise software and consumer, in California and New York.</summary>
    private string Deals()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 60; i++)
        {
            var date = i < 30 ? $"2024-{10 + (i % 3)}-{1 + (i % 27):00}" : $"2025-{1 + (i % 3):00}-{1 + (i % 27):00}";
            var sector = i % 2 == 0 ? "Enterprise Software" : "Consumer";
            var region = i % 3 == 0 ? "New York" : "California";
            rows.Add($"S{i},{date},Company {i},{sector},Series A,{(1 + (i % 5)) * 1_000_000},USD,{region},Sequoia Capital");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
