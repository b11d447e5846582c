using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// The first page's list of the most severe findings names, for a rule that fires on several scopes, the scope furthest
/// past its threshold: the one the executive summary leads with, not the first in table order.
/// </summary>
public sealed class TopFindingsTests : IDisposable
{
    private readonly TempFolder _folder = new("top-findings");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_rule_firing_on_two_sectors_is_listed_with_the_sector_furthest_past_its_threshold()
    {
        // Two sectors whose top fifth of companies take 86% and 95% of the sector's capital: both past rule CH1004's
        // 80% level; the list once took Alpha, first by name, while the summary led with Beta.
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        var listed = Assert.Single(english.Model.TopFindings, static f => f.Id == "CH1004");
        Assert.Equal("2025Q1/sector=Beta", listed.Scope);
        var stated = english.Model.Claims.Where(static c => c.Kind == ClaimKind.Finding && c.RuleId == "CH1004").MaxBy(static c => c.Score);
        Assert.Equal("2025Q1/sector=Beta", stated!.ScopeLabel);
    }

    /// <summary>25 Q1 2025 deals in each of Alpha and Beta, one company each; five take most of each sector's capital.</summary>
    private string Deals()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        foreach (var (sector, top, rest) in new[] { ("Alpha", 17_200_000, 700_000), ("Beta", 19_000_000, 250_000) })
        {
            for (var i = 0; i < 25; i++)
            {
                rows.Add($"{sector}{i},2025-{1 + (i % 3):00}-{1 + i:00},{sector} Co {i},{sector},A,{(i < 5 ? top : rest)},CNY,{(i % 2 == 0 ? "Beijing" : "Shanghai")},Fund {i % 6}");
            }
        }

        var path = _folder.File("two-sectors.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
