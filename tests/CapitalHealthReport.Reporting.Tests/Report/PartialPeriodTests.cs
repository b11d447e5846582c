using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A quarter reported before it ends (the cut-off falls inside it): the report says so first, and compares none of
/// its counts or amounts with whole quarters, which would read a fortnight's deals as a collapse of the market.
/// </summary>
public sealed class PartialPeriodTests : IDisposable
{
    private readonly TempFolder _folder = new("partial");

    private static readonly Lazy<(RenderedReport English, RenderedReport Chinese)> Reports = new(() =>
        (Render(ReportLanguage.English), Render(ReportLanguage.Chinese)));

    [Fact]
    public void The_summary_leads_with_how_much_of_the_quarter_the_data_covers()
    {
        var (english, chinese) = Reports.Value;

        var first = english.Model.Headlines[0];
        Assert.Equal((ClaimKind.NoData, "partial", new DateOnly(2025, 4, 15)), (first.Kind, first.Missing, first.Through));
        Assert.Contains("1. **Only part of Q2 2025 is covered.** The data counts deals up to 2025-04-15, 15 of the 91 days of Q2 2025", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("数据截至2025-04-15，仅涵盖2025年第二季度91天中的15天", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("(2025-04-01 to 2025-04-15, the data's cut-off; the period ends 2025-06-30)", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [Fact]
    public void Counts_and_amounts_are_not_compared_with_whole_quarters_but_shares_are()
    {
        var (english, _) = Reports.Value;

        var volumes = english.Model.Claims.Where(static c => c.Unit is ClaimUnit.Count or ClaimUnit.Amount && c.Scope.Period.Label == "2025Q2").ToList();
        Assert.NotEmpty(volumes);
        Assert.All(volumes, static c => Assert.Equal((null, null), (c.Previous, c.YearAgo)));
        Assert.Contains(english.Model.Claims, static c => c.Unit == ClaimUnit.Share && c.Previous is not null);
        Assert.DoesNotContain(english.Model.Claims, static c => c.Kind == ClaimKind.Movement && c.Unit is ClaimUnit.Count or ClaimUnit.Amount);

        var deals = english.Model.KeyFigures[0];
        Assert.Equal(("Deals", "—", "—"), (deals.Name, deals.VersusPrevious, deals.VersusYearAgo));
        Assert.DoesNotContain("down 89%", english.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_quarter_is_compared_as_before()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);

        Assert.DoesNotContain(english.Model.Claims, static c => c.Missing == "partial");
        Assert.False(english.Model.Period.Partial);
        Assert.Equal(english.Model.Period.End, english.Model.Period.Through);
        Assert.NotEqual("—", english.Model.KeyFigures[0].VersusPrevious);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// Without --cutoff the cut-off is the last deal's date: a quarter whose last deal falls a few days before its end
    /// is whole (an export made after it), one whose deals stop weeks before is not.
    /// </summary>
    [Theory]
    [InlineData("2025-06-24", false)]
    [InlineData("2025-05-20", true)]
    public void A_cutoff_taken_from_the_last_deal_makes_a_part_quarter_only_when_much_of_the_quarter_follows_it(string last, bool partial)
    {
        var end = DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        for (var i = 0; i < 60; i++)
        {
            var date = i < 30 ? new DateOnly(2025, 1, 1).AddDays(i * 3) : new DateOnly(2025, 4, 1).AddDays((i - 30) * (end.DayNumber - new DateOnly(2025, 4, 1).DayNumber) / 29);
            rows.Add($"P{i},{date:yyyy-MM-dd},Company {i},AI,A,{(i + 1) * 1_000_000},CNY,Beijing,Fund {i % 5}");
        }

        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, rows);

        var english = SampleReportTests.Render(ReportLanguage.English, path, period: "2025Q2");

        Assert.Equal(partial, english.Model.Period.Partial);
        Assert.Equal(partial, english.Model.Claims.Any(static c => c.Missing == "partial"));
        Assert.Equal(last, english.Model.Report.Cutoff);
    }

    private static RenderedReport Render(ReportLanguage language) =>
        ReportPipeline.Render(new ReportRequest
        {
            ConfigPath = Path.Combine(Testing.RepositoryPaths.Root, "capitalhealth.yaml"),
            Period = "2025Q2",
            Cutoff = new DateOnly(2025, 4, 15),
            Language = language,
            Format = ReportFormat.Markdown,
        });
}
