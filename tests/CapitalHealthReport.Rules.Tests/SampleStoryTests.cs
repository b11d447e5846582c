using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Rules.Tests;

public class SampleStoryTests
{
    private static readonly Lazy<AnalysisResult> Result = new(() =>
    {
        var config = AnalysisConfig.Default;
        var load = DealLoader.Load(new LoadOptions(), ReferenceData.Default);
        var engine = new MetricsEngine(load.Deals, ReferenceData.Default, config.Parameters);
        return new Analyzer(Fixtures.DefaultCatalog, config).Run(engine, Period.Quarter(2025, 1), load.Issues);
    });

    [Fact]
    public void The_bundled_sample_reports_a_concentration_error_for_2025Q1()
    {
        var finding = Assert.Single(Result.Value.Diagnostics, d => d.Id == "CH1001");
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.True(finding.Evidence["top_quintile_share"] > 0.8);
        Assert.Equal(1, Result.Value.ExitCode(warnAsError: false));
    }

    [Fact]
    public void The_bundled_sample_reports_the_hot_sector_warning()
    {
        var finding = Assert.Single(Result.Value.Diagnostics, d => d.Id == "CH3001");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.InRange(finding.Evidence["hot_sector_value_share"]!.Value, 0.5, 0.6);
    }

    [Fact]
    public void The_bundled_sample_reports_Beijing_regional_bias_in_AI()
    {
        var finding = Assert.Single(Result.Value.Diagnostics, d => d.Id == "CH4001" && d.Location == "2025Q1/sector=AI");
        Assert.StartsWith("Beijing had", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Evidence["top_region_count_share"] > 0.35);
    }

    [Fact]
    public void The_bundled_sample_reports_seed_starvation()
    {
        var finding = Assert.Single(Result.Value.Diagnostics, d => d.Id == "CH2001");
        Assert.True(finding.Severity <= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void The_sample_analysis_is_deterministic_in_json_and_sarif()
    {
        var again = new Lazy<AnalysisResult>(() =>
        {
            var load = DealLoader.Load(new LoadOptions(), ReferenceData.Default);
            var engine = new MetricsEngine(load.Deals, ReferenceData.Default, MetricParameters.Default);
            return new Analyzer(Fixtures.DefaultCatalog, AnalysisConfig.Default).Run(engine, Period.Quarter(2025, 1), load.Issues);
        }).Value;
        Assert.Equal(DiagnosticsJson.Write(Result.Value), DiagnosticsJson.Write(again));
        Assert.Equal(SarifWriter.Write(Result.Value, Fixtures.DefaultCatalog), SarifWriter.Write(again, Fixtures.DefaultCatalog));
    }
}
