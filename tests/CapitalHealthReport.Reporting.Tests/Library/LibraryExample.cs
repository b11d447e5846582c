using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>
/// The library examples of the README, verbatim between their markers: a PDF report from deals held in memory, and an
/// HTML report of an export through its mapping, with an own rule pack beside the bundled ones and an own template.
/// </summary>
public static class LibraryExample
{
    public static void WriteReport(string outputPath)
    {
        // example:start
        string[] sectors = ["AI", "Semiconductors", "Energy", "Health"];
        string[] regions = ["Beijing", "Shanghai", "Guangdong", "Zhejiang"];
        Stage[] stages = [Stage.Seed, Stage.A, Stage.B, Stage.C, Stage.D];
        var deals = Enumerable.Range(0, 240).Select(i => new Deal
        {
            Id = $"D{i:000}",
            Date = new DateOnly(2024, 1, 1).AddDays(i * 2),
            Company = $"Company {i % 60}",
            CompanyKey = $"company-{i % 60}",
            Sector = sectors[i % sectors.Length],
            Region = regions[i / 3 % regions.Length],
            Stage = stages[i % stages.Length],
            Amount = (i % 7 + 1) * 10_000_000m,
            Currency = "CNY",
            Investors = [$"Fund {i % 12}"],
        });

        var analysis = Analysis.Run(new AnalysisOptions
        {
            Deals = DealSource.FromDeals(deals),
            Period = Period.Parse("2025Q1"),
        });
        foreach (var finding in analysis.Findings.Diagnostics.Where(d => d.IsActive))
        {
            Console.WriteLine($"{finding.Id} {finding.Severity}: {finding.Message}");
        }

        var report = ReportPipeline.Render(analysis, new ReportOptions { Language = ReportLanguage.English });
        File.WriteAllBytes(outputPath, report.ToPdf().Pdf);
        // example:end
    }

    public static ReportResult WriteCustomReport(string dealsPath, string mappingPath, string rulePackPath, string templatePath, string outputPath)
    {
        // example:start
        var analysis = Analysis.Run(new AnalysisOptions
        {
            Deals = DealSource.FromFile(dealsPath, mappingPath),
            Config = AnalysisConfig.Default.WithRulePaths([RuleCatalog.BundledPacks, rulePackPath]),
            Where = [new Filter("sector", "AI")],
        });
        var byRegion = analysis.Metrics(["region"]);
        Console.WriteLine($"{analysis.Period}: {byRegion.Scopes.Count} scopes, {analysis.Findings.Diagnostics.Count} findings");

        var written = ReportPipeline.Run(analysis, new ReportOptions
        {
            TemplatePath = templatePath,
            Format = ReportFormat.Html,
            OutputPath = outputPath,
        });
        // example:end
        return written;
    }
}
