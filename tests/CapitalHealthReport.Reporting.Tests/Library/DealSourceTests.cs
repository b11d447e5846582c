using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>Deals read from a file, from a stream and from deal objects in memory give the same analysis.</summary>
public sealed class DealSourceTests
{
    private static readonly string SamplePath = Path.Combine(Testing.RepositoryPaths.Root, "data", "sample", "deals.csv");

    [Fact]
    public void A_stream_and_deals_in_memory_give_the_findings_of_the_file()
    {
        var period = CapitalHealthReport.Model.Period.Parse("2025Q1");
        var fromFile = Analysis.Run(new AnalysisOptions { Deals = DealSource.FromFile(SamplePath), Period = period });
        using var stream = File.OpenRead(SamplePath);
        var fromStream = Analysis.Run(new AnalysisOptions { Deals = DealSource.FromStream(stream, "deals.csv"), Period = period });
        var fromDeals = Analysis.Run(new AnalysisOptions { Deals = DealSource.FromDeals(fromFile.Load.Deals.Deals), Period = period });

        Assert.Equal(fromFile.Load.Sha256, fromStream.Load.Sha256);
        foreach (var other in new[] { fromStream, fromDeals })
        {
            Assert.Equal(fromFile.Findings.Diagnostics.Select(Describe), other.Findings.Diagnostics.Select(Describe));
            Assert.Equal(fromFile.AsOf, other.AsOf);
            Assert.Equal(fromFile.Parameters.ReportingCurrency, other.Parameters.ReportingCurrency);
        }
    }

    [Fact]
    public void The_bundled_sample_needs_no_file_and_defaults_to_its_last_complete_quarter()
    {
        var analysis = Analysis.Run(new AnalysisOptions());
        Assert.Equal("2025Q2", analysis.Period.Label);
        Assert.Equal(new DateOnly(2025, 6, 30), analysis.Cutoff);
        Assert.Equal(new DateOnly(2025, 6, 30), analysis.AsOf);
        Assert.Equal(4_260, analysis.Load.Statistics.RowsLoaded);
    }

    [Theory]
    [InlineData(ReportLanguage.English, ReportFormat.Pdf, "report-2025Q1.pdf")]
    [InlineData(ReportLanguage.Chinese, ReportFormat.Pdf, "report-2025Q1.zh-CN.pdf")]
    [InlineData(ReportLanguage.Chinese, ReportFormat.Markdown, "report-2025Q1.zh-CN.md")]
    [InlineData(ReportLanguage.English, ReportFormat.Html, "report-2025Q1.html")]
    public void Default_file_names_carry_the_language_of_the_edition(ReportLanguage language, ReportFormat format, string expected)
    {
        Assert.Equal(expected, ReportPipeline.DefaultFileName(CapitalHealthReport.Model.Period.Parse("2025Q1"), language, format));
    }

    [Fact]
    public void A_deal_in_memory_with_a_null_where_the_model_allows_none_is_named_by_its_position_and_id()
    {
        var deals = Enumerable.Range(0, 3).Select(static i => new CapitalHealthReport.Model.Deal
        {
            Id = "D" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Date = new DateOnly(2025, 1, 10),
            Company = "Acme",
            CompanyKey = "acme",
            Investors = i == 2 ? null! : [],
        });

        var error = Assert.Throws<ArgumentException>(() => Analysis.Run(new AnalysisOptions { Deals = DealSource.FromDeals(deals) }).Period);

        Assert.Equal("deals", error.ParamName);
        Assert.StartsWith("The deal at position 2 ('D2') has a null Investors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_deal_in_memory_is_named_by_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() => Analysis.Run(new AnalysisOptions { Deals = DealSource.FromDeals([null!]) }).Period);

        Assert.StartsWith("The deal at position 0 is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_deals_in_memory_is_an_input_error_as_a_file_without_rows_is()
    {
        var error = Assert.Throws<InputException>(() => Analysis.Run(new AnalysisOptions { Deals = DealSource.FromDeals([], "crm-export") }).Period);

        Assert.Equal("crm-export", error.File);
        Assert.Contains("holds no deals. Give at least one deal.", error.Message, StringComparison.Ordinal);
    }

    private static string Describe(Rules.Diagnostic d) => $"{d.Id} {d.Severity} {d.Location} {d.Message} {d.Suppressed is not null}";
}
