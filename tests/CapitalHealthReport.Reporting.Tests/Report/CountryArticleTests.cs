using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Regions that are countries whose English names take the article: the English report writes "the Netherlands" in its
/// sentences ("The Netherlands led", "France and the Netherlands tied", "the Netherlands' share"), its tables the name alone.
/// </summary>
public sealed class CountryArticleTests : IDisposable
{
    private readonly TempFolder _folder = new("country-article");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_leading_country_that_takes_the_article_starts_its_sentence_with_it()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals("2025", ("Netherlands", 12), ("Germany", 10), ("France", 8)));

        Assert.Contains("The Netherlands led with 40.0% of the deals in Q1 2025", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Netherlands |", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Countries_tied_for_the_most_deals_are_listed_with_their_articles()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals("2025", ("Netherlands", 10), ("France", 10), ("Germany", 8)));

        Assert.Contains("France and the Netherlands tied for the most deals in Q1 2025", english.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_possessive_of_a_country_that_takes_the_article_keeps_it()
    {
        // The Netherlands goes from leading with almost half of the deals to a quarter: the period's largest movement.
        var english = SampleReportTests.Render(
            ReportLanguage.English,
            Deals(("2024", "Netherlands", 14), ("2024", "Germany", 10), ("2024", "France", 6), ("2025", "Germany", 16), ("2025", "Netherlands", 8), ("2025", "France", 6)));

        Assert.Contains("**The Netherlands' share of deals fell to 26.7%, from 46.7% in Q4 2024.**", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("The Netherlands hosted 26.7% of the deals in Q1 2025, down 20.0 points from Q4 2024.", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Chinese_sentences_name_the_country_without_an_english_article()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals("2025", ("Netherlands", 12), ("Germany", 10), ("France", 8)));

        Assert.DoesNotContain("the Netherlands", chinese.Markdown, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Deals of one quarter (Q4 of 2024 or Q1 of 2025), so many in each country, spread over three sectors and two stages, of similar disclosed amounts.</summary>
    private string Deals(string year, params (string Region, int Count)[] regions) =>
        Deals(regions.Select(r => (year, r.Region, r.Count)).ToArray());

    private string Deals(params (string Year, string Region, int Count)[] groups)
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        string[] sectors = ["AI", "Energy", "Health"];
        var n = 0;
        foreach (var (year, region, count) in groups)
        {
            var firstMonth = year == "2024" ? 10 : 1;
            for (var i = 0; i < count; i++, n++)
            {
                rows.Add($"R{n},{year}-{firstMonth + (n % 3):00}-{1 + (n % 27):00},Company {n},{sectors[n % 3]},{(n % 3 == 0 ? "Seed" : "A")},{5 + (n % 4)}000000,EUR,{region},Fund {n % 7}");
            }
        }

        var path = _folder.File($"countries-{n}.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
