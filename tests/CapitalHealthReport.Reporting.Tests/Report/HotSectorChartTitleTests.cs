using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>The hot-sector chart's title puts the sector in the English possessive: "AI's", but "Semiconductors'".</summary>
public sealed class HotSectorChartTitleTests : IDisposable
{
    private readonly TempFolder _folder = new("hot-sector-chart");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_hot_sector_whose_name_ends_in_s_takes_the_apostrophe_alone()
    {
        var config = _folder.File("capitalhealth.yaml");
        File.WriteAllText(config, "parameters:\n  hot_sector: Semiconductors\n");

        var english = ReportPipeline.Render(new ReportRequest { ConfigPath = config, Period = "2025Q1", Language = ReportLanguage.English, Format = ReportFormat.Markdown });

        Assert.Equal("Semiconductors' share of all funding", english.Model.Charts.Single(static c => c.Id == "hot_sector_share").Title);
    }
}
