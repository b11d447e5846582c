using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Rounds of the same size: the report says how many share the top and names the earliest, rather than calling one of
/// them "the largest round".
/// </summary>
public sealed class TiedRoundsTests : IDisposable
{
    private readonly TempFolder _folder = new("tied");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Three_rounds_of_the_same_largest_size_are_said_to_share_the_top_in_both_languages()
    {
        var deals = Deals(tiedAtTop: 3);

        var english = SampleReportTests.Render(ReportLanguage.English, deals);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, deals);

        var round = Assert.Single(english.Model.Claims, static c => c.Kind == ClaimKind.Round);
        Assert.Equal(("Gamma Robotics", 3), (round.Round!.Company, round.Round.Tied));
        Assert.Contains("3 rounds of 80 M CNY each were the largest of Q1 2025, each 20.0% of all disclosed funding; the earliest was Gamma Robotics' Series B round", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The largest round of", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("有3笔融资并列最大，各8,000万元，各占全部已披露资金的20.0%；其中最早的是", chinese.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void One_round_larger_than_the_rest_is_the_largest_round()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals(tiedAtTop: 1));

        var round = english.Model.Claims.First(static c => c.Kind == ClaimKind.Round);
        Assert.Equal(1, round.Round!.Tied);
        Assert.Contains("The largest round of Q1 2025 was Gamma Robotics' 80 M CNY Series B round", english.Markdown, StringComparison.Ordinal);
    }

    /// <summary>Twelve Beijing and Shanghai deals of Q1 2025 worth 400 M CNY; the <paramref name="tiedAtTop"/> largest are 80 M CNY each.</summary>
    private string Deals(int tiedAtTop)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        string[] names = ["Gamma Robotics", "Delta Chips", "Epsilon Bio"];
        for (var i = 0; i < 3; i++)
        {
            var amount = i < tiedAtTop ? 80_000_000 : 60_000_000 - (i * 5_000_000);
            rows.Add($"T{i},2025-01-{10 + i:00},{names[i]},AI,B,{amount},CNY,{(i % 2 == 0 ? "Beijing" : "Shanghai")},Fund {i}");
        }

        // The rest make up the period's 400 M CNY.
        var rest = 400_000_000 - rows.Skip(1).Sum(static r => long.Parse(r.Split(',')[5], System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < 9; i++)
        {
            rows.Add($"S{i},2025-02-{10 + i:00},Seedling {i},Fintech,A,{(i < 8 ? rest / 9 : rest - (8 * (rest / 9)))},CNY,Shanghai,Fund {i + 3}");
        }

        var path = _folder.File($"tied-{tiedAtTop}.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
