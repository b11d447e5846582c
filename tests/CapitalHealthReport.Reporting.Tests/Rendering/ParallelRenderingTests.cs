using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Reporting.Tests.Report;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>Reports render on several threads at once (no process-wide lock) and come out byte for byte as when rendered alone.</summary>
public sealed class ParallelRenderingTests
{
    [Fact]
    public void Reports_rendered_at_once_on_several_threads_equal_the_one_rendered_alone()
    {
        var english = SampleReportTests.Render(ReportLanguage.English);
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese);
        var alone = (Pdf: ReportRenderer.RenderPdf(english.Markdown, english.Options).Pdf, Html: ReportRenderer.RenderHtml(chinese.Markdown, chinese.Options));

        var pdfs = new byte[3][];
        var htmls = new string[3];
        Parallel.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
        {
            if (i % 2 == 0)
            {
                pdfs[i / 2] = ReportRenderer.RenderPdf(english.Markdown, english.Options).Pdf;
            }
            else
            {
                htmls[i / 2] = ReportRenderer.RenderHtml(chinese.Markdown, chinese.Options);
            }
        });

        Assert.All(pdfs, pdf => Assert.Equal(alone.Pdf, pdf));
        Assert.All(htmls, html => Assert.Equal(alone.Html, html));
    }
}
