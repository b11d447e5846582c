using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>The <c>report:</c> keys of <c>capitalhealth.yaml</c>: validated on load, and used by the cover, links and regional window.</summary>
public sealed class ReportConfigTests : IDisposable
{
    private readonly TempFolder _folder = new("report-config");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("report:\n  organization: X\n", 2, 3, "unknown key 'organization' under 'report'")]
    [InlineData("report:\n  help_base_url: docs/rules\n", 2, 18, "not an absolute http(s) URL")]
    [InlineData("report:\n  regional_window: Jan-Aug\n", 2, 20, "is not a period")]
    [InlineData("report:\n  logo: missing.png\n", 2, 9, "does not exist")]
    [InlineData("report:\n  logo: logo.gif\n", 2, 9, "not a PNG or JPEG")]
    [InlineData("report:\n  technical_appendix: maybe\n", 2, 23, "must be true or false")]
    [InlineData("report: [a, b]\n", 1, 9, "'report' must be a mapping")]
    public void Bad_report_keys_are_input_errors_with_their_position(string yaml, int line, int column, string message)
    {
        var ex = Assert.Throws<InputException>(() => AnalysisConfig.Parse(yaml, "capitalhealth.yaml", _folder.Path));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
    }

    [Fact]
    public void Report_keys_name_the_organisation_title_links_and_window_per_language()
    {
        var config = Write("""
            report:
              organisation: Municipal Investment Promotion Office
              organisation_zh-CN: 市投资促进局
              title: Capital Ecosystem Monitor
              help_base_url: https://example.org/capital-health/rules
              regional_window: 2024-01-01..2024-08-31
              technical_appendix: true
            """);
        var english = Render(config, ReportLanguage.English);
        var chinese = Render(config, ReportLanguage.Chinese);

        Assert.Equal("Municipal Investment Promotion Office", english.Model.Report.Organisation);
        Assert.Equal("市投资促进局", chinese.Model.Report.Organisation);
        Assert.Equal("Capital Ecosystem Monitor", chinese.Model.Report.Title);
        Assert.Equal("https://example.org/capital-health/rules/CH1001.md", english.Model.Rules.Single(static r => r.Id == "CH1001").Help);
        Assert.Contains("[Rule documentation](https://example.org/capital-health/rules/CH1001.md)", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("# Technical appendix: rule conditions as written", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("Metrics.TopQuintileShare", english.Markdown, StringComparison.Ordinal);

        // The window the configuration asks for is named where it is used, and only there.
        Assert.Equal("January–August 2024", english.Model.RegionalWindow!.Name);
        Assert.Contains("## AI by region, January–August 2024", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("Beijing 107 deals", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("北京107起", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(Model.Claims.ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void Without_report_keys_the_cover_has_defaults_and_no_help_links()
    {
        var english = Render(Write("parameters:\n  min_deals: 20\n"), ReportLanguage.English);
        Assert.Equal("Capital Ecosystem Health Report", english.Model.Report.Title);
        Assert.Equal("", english.Model.Report.Organisation);
        Assert.Equal("", english.Model.Report.HelpBaseUrl);
        Assert.DoesNotContain("](http", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("# Technical appendix", english.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configured_min_deals_decides_which_scopes_the_bundled_rules_judge()
    {
        // 15 deals, one of them nine tenths of the value: judged with min_deals 10, too thin with the default 20. The
        // bundled packs once pinned each rule to 20 deals while the report said the rules judged scopes from 10.
        var deals = _folder.File("fifteen.csv");
        File.WriteAllText(deals, "id,date,company,sector,stage,amount,currency,region,country\n" + string.Concat(Enumerable.Range(0, 15).Select(static i =>
            $"d{i},2025-02-{10 + (i % 10)},Co{i},AI,Seed,{(i == 0 ? 100_000_000 : 1_000_000)},USD,Texas,US\n")));
        RenderedReport Run(string yaml) => ReportPipeline.Render(new ReportRequest { DealsPath = deals, ConfigPath = Write(yaml), Period = "2025Q1", Language = ReportLanguage.English, Format = ReportFormat.Markdown });

        var judged = Run("parameters:\n  min_deals: 10\n");
        Assert.Contains(judged.Model.Findings, static f => f.Id == "CH1002" && f.Severity == "error");
        Assert.Contains("The rules judge the market only in scopes with at least 10 deals", judged.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("too thin to judge:", judged.Markdown, StringComparison.Ordinal);

        var thin = Run("parameters:\n  min_deals: 20\n");
        Assert.DoesNotContain(thin.Model.Findings, static f => f.Id == "CH1002");
        Assert.Contains("the rules need at least 20 deals to judge the market", thin.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_keys_hold_when_the_reporting_currency_is_taken_from_the_data()
    {
        // Dollar deals and a configuration without reporting_currency: the copy of the configuration made to report in
        // USD once dropped the report: keys, and the cover lost its organisation and title.
        var deals = _folder.File("usd.csv");
        File.WriteAllText(deals, "id,date,company,sector,stage,amount,currency,region\nd1,2025-02-10,Acme,AI,A,5000000,USD,California\n");
        var report = ReportPipeline.Render(new ReportRequest { DealsPath = deals, ConfigPath = Write("report:\n  organisation: Ministry of Testing\n  title: Capital Monitor\n"), Period = "2025Q1", Language = ReportLanguage.English, Format = ReportFormat.Markdown });

        Assert.Equal("USD", report.Model.Parameters.ReportingCurrency);
        Assert.Equal("Ministry of Testing", report.Model.Report.Organisation);
        Assert.Equal("Capital Monitor", report.Model.Report.Title);
    }

    [Fact]
    public void Hot_and_strategic_sectors_named_as_the_data_names_them_are_the_sectors_it_was_loaded_as()
    {
        // The sample writes sectors in Chinese; hot_sector: 人工智能 once matched no loaded deal (they are AI), and every
        // hot-sector figure went missing.
        var report = Render(Write("parameters:\n  hot_sector: 人工智能\n  strategic_sectors: [新能源, 医疗健康]\n"), ReportLanguage.English);

        Assert.Equal("AI", report.Model.Parameters.HotSector);
        Assert.Equal(["Energy", "Health"], report.Model.Parameters.StrategicSectors);
        Assert.Contains("| AI share of value |", report.Markdown, StringComparison.Ordinal);
        Assert.Contains("The hot sector is AI; the strategic sectors are Energy, Health.", report.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_logo_is_drawn_on_the_cover_of_the_pdf_and_the_html()
    {
        // A 1×1 PNG.
        File.WriteAllBytes(_folder.File("logo.png"), Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        var config = Write("report:\n  logo: logo.png\n");
        var report = Render(config, ReportLanguage.English);
        Assert.False(report.Options.Logo.IsEmpty);
        var html = CapitalHealthReport.Reporting.Rendering.ReportRenderer.RenderHtml(report.Markdown, report.Options);
        Assert.Contains("<img class=\"logo\" alt=\"\" style=\"max-width:10rem\" src=\"data:image/png;base64,iVBOR", html, StringComparison.Ordinal);
        var pdf = CapitalHealthReport.Reporting.Rendering.ReportRenderer.RenderPdf(report.Markdown, report.Options);
        Assert.True(pdf.PageCount > 1);
    }

    [Theory]
    [InlineData("2025", "Annual report · 2025", "2025年度报告")]
    [InlineData("2025H1", "Half-year monitor · H1 2025", "2025年上半年监测")]
    [InlineData("2025-02-01..2025-05-15", "Report · 1 February 2025 – 15 May 2025", "专题报告 · 2025年2月1日至2025年5月15日")]
    public void The_period_title_fits_the_period(string period, string english, string chinese)
    {
        Assert.Equal(english, SampleReportTests.Render(ReportLanguage.English, period: period).Model.Report.Subtitle);
        Assert.Equal(chinese, SampleReportTests.Render(ReportLanguage.Chinese, period: period).Model.Report.Subtitle);
    }

    private string Write(string yaml)
    {
        File.WriteAllText(_folder.File("logo.gif"), "GIF89a");
        var path = _folder.File("capitalhealth.yaml");
        File.WriteAllText(path, yaml.Replace("\r\n", "\n", StringComparison.Ordinal) + "\nrules: [" + Path.Combine(Testing.RepositoryPaths.Root, "rules") + "]\n");
        return path;
    }

    private static RenderedReport Render(string config, ReportLanguage language) => ReportPipeline.Render(new ReportRequest
    {
        ConfigPath = config,
        Period = "2025Q1",
        Language = language,
        Format = ReportFormat.Markdown,
    });
}
