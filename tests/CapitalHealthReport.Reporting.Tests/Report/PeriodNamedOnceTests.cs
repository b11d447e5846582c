using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A Chinese sentence opens with its period once: a measure the phrasebook has no sentence of its own for (the number of
/// active investors) reads "2025年第一季度，活跃投资方数为7", not "2025年第一季度，2025年第一季度的活跃投资方数为7".
/// </summary>
public sealed partial class PeriodNamedOnceTests : IDisposable
{
    private readonly TempFolder _folder = new("period-once");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_measure_without_its_own_sentence_names_the_period_once()
    {
        // Seven funds make every deal: fewer active investors than CH9007's floor, so the report states their number.
        var path = _folder.File("deals.csv");
        File.WriteAllLines(path, new[] { "id,date,company,sector,stage,amount,currency,country,investors" }
            .Concat(Enumerable.Range(0, 30).Select(static n => $"E{n},2025-{1 + (n % 3):00}-{1 + (n % 27):00},Company {n},{(n % 2 == 0 ? "AI" : "Energy")},{(n % 3 == 0 ? "Seed" : "A")},{5 + (n % 4)}000000,EUR,Germany,Fund {n % 7}")));

        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path);

        Assert.Contains("2025年第一季度，活跃投资方数为7", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(RepeatedPeriod(), chinese.Markdown);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    [GeneratedRegex(@"(\d{4}年第.季度)，\1的", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedPeriod();
}
