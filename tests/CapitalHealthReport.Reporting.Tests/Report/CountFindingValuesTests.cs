using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A finding on a count the rules read (the number of active investors, CH9007) states the count and its floor as whole
/// numbers, as the metrics JSON holds them: "7", not "7.00".
/// </summary>
public sealed class CountFindingValuesTests : IDisposable
{
    private readonly TempFolder _folder = new("count-finding-values");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Too_few_active_investors_are_counted_in_whole_numbers_in_both_languages()
    {
        var deals = Deals();

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var claim = Assert.Single(english.Model.Claims, static c => c.RuleId == "CH9007");
        Assert.Equal(ClaimUnit.Count, claim.Unit);
        Assert.Contains("7 investors made a deal in Q1 2025. That is below rule CH9007's floor of 20", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("Number of active investors 7 (floor 20) | Q1 2025 | CH9007 |", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("7.00", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("20.00", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("7.00", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("20.00", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Too_few_seed_rounds_with_an_amount_are_stated_as_a_count_of_rounds()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(static n => n < 3 ? "Seed" : n < 9 ? "C" : "A"));

        Assert.Contains("3 seed rounds disclosed an amount in Q1 2025. Rule CH9008", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Seed rounds with an amount was", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    /// <summary>30 disclosed Q1 2025 deals by seven funds, over three sectors and three regions.</summary>
    private string Deals() => Deals(static _ => "A");

    /// <summary>As <see cref="Deals()"/>, the nth deal at the stage <paramref name="stage"/> gives it.</summary>
    private string Deals(Func<int, string> stage)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        string[] sectors = ["AI", "Energy", "Health"];
        string[] regions = ["Beijing", "Shanghai", "Zhejiang"];
        for (var n = 0; n < 30; n++)
        {
            rows.Add($"R{n},2025-{1 + (n % 3):00}-{1 + (n % 27):00},Company {n},{sectors[n % 3]},{stage(n)},{(n + 1) * 1_000_000},CNY,{regions[n % 3]},Fund {n % 7}");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
