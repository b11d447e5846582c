using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Pdf.Tests.Visual;

/// <summary>
/// Golden-image tests: page 1 of each sample drawn at 48 dpi and compared with
/// <c>Expectations/Images/&lt;kind&gt;.png</c>. A mismatch writes <c>&lt;kind&gt;.received.png</c> beside it;
/// <c>CAPITALHEALTH_ACCEPT=1</c> writes missing or changed expectations instead of failing.
/// </summary>
public sealed class PageImageTests
{
    private const float Dpi = 48f;

    public static TheoryData<string> Kinds => [.. SampleDocuments.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void First_page_matches_the_committed_image(string kind)
    {
        var actual = PdfTestKit.Layout(SampleDocuments.Build(kind)).RenderPagePng(0, Dpi);
        var folder = Path.Combine(RepositoryPaths.TestProject("CapitalHealthReport.Pdf.Tests"), "Expectations", "Images");
        var expectedPath = Path.Combine(folder, kind + ".png");
        var receivedPath = Path.Combine(folder, kind + ".received.png");
        var accept = Environment.GetEnvironmentVariable("CAPITALHEALTH_ACCEPT") == "1";

        if (!File.Exists(expectedPath))
        {
            if (accept)
            {
                File.WriteAllBytes(expectedPath, actual);
                File.Delete(receivedPath);
                return;
            }

            File.WriteAllBytes(receivedPath, actual);
            Assert.Fail($"No expected image {expectedPath}; wrote {receivedPath}. Review it and run with CAPITALHEALTH_ACCEPT=1 to accept.");
        }

        var (same, detail) = ImageComparison.Compare(File.ReadAllBytes(expectedPath), actual);
        if (same)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllBytes(expectedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllBytes(receivedPath, actual);
        Assert.Fail($"{kind}: page image differs from {expectedPath}: {detail}. Wrote {receivedPath}.");
    }

    [Fact]
    public void Comparison_detects_a_changed_page()
    {
        var document = PdfTestKit.Layout(SampleDocuments.Build("callouts"));
        var page = document.RenderPagePng(0, Dpi);
        var other = PdfTestKit.Layout(SampleDocuments.Build("text")).RenderPagePng(0, Dpi);

        Assert.True(ImageComparison.Compare(page, page).Same);
        Assert.False(ImageComparison.Compare(page, other).Same);
    }
}
