using CapitalHealthReport.Reporting;
using CapitalHealthReport.Reporting.Rendering;

namespace CapitalHealthReport.Cli.Tests.Determinism;

public sealed class ScratchProbeTests
{
    [Fact]
    public void Probe()
    {
        var r = ReportPipeline.Render(new ReportRequest { ConfigPath = OutputSet.ConfigPath });
        var h1 = ReportRenderer.RenderHtml(r.Markdown, r.Options);
        var h2 = ReportRenderer.RenderHtml(r.Markdown, r.Options);
        var p1 = ReportRenderer.RenderPdf(r.Markdown, r.Options).Pdf;
        var h3 = ReportRenderer.RenderHtml(r.Markdown, r.Options);
        var p2 = ReportRenderer.RenderPdf(r.Markdown, r.Options).Pdf;
        File.WriteAllText("/tmp/snaprun/h1.html", h1);
        File.WriteAllText("/tmp/snaprun/h2.html", h2);
        File.WriteAllText("/tmp/snaprun/h3.html", h3);
        File.WriteAllBytes("/tmp/snaprun/p1.pdf", p1);
        File.WriteAllBytes("/tmp/snaprun/p2.pdf", p2);
    }
}
