using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// The summary's headline on the period's largest round leads with a company's period total; the sentence under it
/// adds what the headline does not say (the round's stage and rank, the company's other rounds, or whose round was
/// the largest) instead of restating the headline's figures.
/// </summary>
public sealed class RoundHeadlineTests : IDisposable
{
    private readonly TempFolder _folder = new("round-headline");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_company_whose_total_is_the_largest_round_is_headlined_by_it_and_the_sentence_gives_the_round()
    {
        var path = Write("one-round.csv", [
            "2025-04-14,Alpha Robotics,AI,Series C,50000000,USD,California,Sequoia Capital",
            "2025-05-20,Beta Robotics,AI,Series A,10000000,USD,California,Sequoia Capital",
            "2025-06-02,Gamma Power,Energy,Seed,8000000,USD,Beijing,Hillhouse",
        ]);

        var (english, chinese) = Largest(path);

        Assert.Equal("Alpha Robotics raised 50 M USD, 73.5% of the period's disclosed funding", english.Headline);
        Assert.Equal("Its Series C round in AI (California) was the largest of Q2 2025.", english.Summary);
        Assert.Equal("Alpha Robotics融资5,000万美元，占本期已披露资金的73.5%", chinese.Headline);
        Assert.Equal("这笔C轮融资是2025年第二季度最大的一笔融资，融资方为加利福尼亚州的人工智能企业。", chinese.Summary);
    }

    [Fact]
    public void A_company_with_several_rounds_is_headlined_by_its_total_and_the_sentence_gives_its_largest_round()
    {
        var path = Write("two-rounds.csv", [
            "2025-04-14,Alpha Robotics,AI,Series B,30000000,USD,California,Sequoia Capital",
            "2025-06-10,Alpha Robotics,AI,Series C,20000000,USD,California,Sequoia Capital",
            "2025-05-20,Beta Robotics,AI,Series A,10000000,USD,California,Sequoia Capital",
            "2025-06-02,Gamma Power,Energy,Seed,8000000,USD,Beijing,Hillhouse",
        ]);

        var (english, chinese) = Largest(path);

        Assert.Equal("Alpha Robotics raised 50 M USD, 73.5% of the period's disclosed funding", english.Headline);
        Assert.Equal("It raised that in 2 rounds; the larger, a 30 M USD Series B round in AI (California), was the largest of Q2 2025.", english.Summary);
        Assert.Equal("Alpha Robotics共融资5,000万美元，占本期已披露资金的73.5%", chinese.Headline);
        Assert.Equal("上述资金来自2笔融资，其中较大的一笔为B轮融资，金额3,000万美元，是2025年第二季度最大的一笔融资，融资方为加利福尼亚州的人工智能企业。", chinese.Summary);
    }

    [Fact]
    public void A_best_funded_company_without_the_largest_round_is_headlined_and_the_sentence_names_whose_round_that_was()
    {
        var path = Write("other-largest.csv", [
            "2025-04-14,Alpha Robotics,AI,Series B,30000000,USD,California,Sequoia Capital",
            "2025-06-10,Alpha Robotics,AI,Series C,25000000,USD,California,Sequoia Capital",
            "2025-05-20,Delta Grid,Energy,Series C,40000000,USD,Beijing,Hillhouse",
            "2025-06-02,Gamma Power,Energy,Seed,5000000,USD,Beijing,Hillhouse",
        ]);

        var (english, chinese) = Largest(path);

        Assert.Equal("Alpha Robotics raised 55 M USD, 55.0% of the period's disclosed funding", english.Headline);
        Assert.Equal("It raised that in 2 rounds; the largest single round of Q2 2025 was another company's: Delta Grid's 40 M USD Series C round in Energy (Beijing), 40.0% of all disclosed funding.", english.Summary);
        Assert.Equal("Alpha Robotics共融资5,500万美元，占本期已披露资金的55.0%", chinese.Headline);
        Assert.Equal("上述资金来自2笔融资；2025年第二季度单笔最大的融资则是能源企业Delta Grid（北京）的C轮融资，金额4,000万美元，占全部已披露资金的40.0%。", chinese.Summary);
    }

    /// <summary>The largest-round claim of Q2 2025 in English and Chinese: a headline, shown with its summary, and every claim checked.</summary>
    private static (Claim English, Claim Chinese) Largest(string path)
    {
        var english = SampleReportTests.Render(ReportLanguage.English, path, "2025Q2");
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, path, "2025Q2");
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));

        var englishRound = Assert.Single(english.Model.Headlines, static c => c.Kind == ClaimKind.Round);
        var chineseRound = Assert.Single(chinese.Model.Headlines, static c => c.Kind == ClaimKind.Round);
        Assert.Contains($"**{englishRound.Headline}.** {englishRound.Summary}\n", english.Markdown, StringComparison.Ordinal);
        Assert.Contains($"**{chineseRound.Headline}**。{chineseRound.Summary}\n", chinese.Markdown, StringComparison.Ordinal);

        // The section keeps the whole sentence: there is no headline before it to lean on.
        Assert.StartsWith("The largest round of Q2 2025 was ", englishRound.Text, StringComparison.Ordinal);
        Assert.Contains(englishRound.Text, SampleReportTests.Section(english.Markdown, "# Concentration"), StringComparison.Ordinal);
        return (englishRound, chineseRound);
    }

    private string Write(string name, IEnumerable<string> rows)
    {
        var path = _folder.File(name);
        File.WriteAllLines(path, new[] { "date,company,sector,stage,amount,currency,region,investors" }.Concat(rows));
        return path;
    }
}
