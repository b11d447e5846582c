using System.Globalization;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using UglyToad.PdfPig;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// The provenance table prints the input file's SHA-256, which changes with any change to the file (the same deals in
/// another row order): the hash is set in fixed-width type, so every page lays out the same whatever its digits.
/// </summary>
public sealed class ProvenanceLayoutTests
{
    public static TheoryData<ReportLanguage> Languages => new(ReportLanguage.English, ReportLanguage.Chinese);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_page_lays_out_the_same_whatever_the_digits_of_the_input_hash(ReportLanguage language)
    {
        var report = SampleReportTests.Render(language);
        var hash = report.Model.Provenance.Sha256;
        Assert.Contains(hash, report.Markdown, StringComparison.Ordinal);

        // A narrow and a wide hex digit of the body face, all through the hash in place of the real one.
        var narrow = Layout(report.Markdown.Replace(hash, new string('f', 64), StringComparison.Ordinal), report.Options);
        var wide = Layout(report.Markdown.Replace(hash, new string('d', 64), StringComparison.Ordinal), report.Options);

        Assert.Equal(narrow.Count, wide.Count);
        for (var page = 0; page < narrow.Count; page++)
        {
            Assert.True(narrow[page].SequenceEqual(wide[page]), $"page {page + 1} lays out differently:\n" + string.Join("\n", narrow[page].Except(wide[page]).Take(8)));
        }
    }

    // Each page's words with where they sit, the hash's digits left out.
    private static List<List<string>> Layout(string markdown, RenderOptions options)
    {
        using var document = PdfDocument.Open(ReportRenderer.RenderPdf(markdown, options).Pdf);
        return document.GetPages()
            .Select(page => page.GetWords()
                .Select(w => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(w.Text.Length == 64 && w.Text.Distinct().Count() == 1 ? "<hash>" : w.Text)} {w.BoundingBox.Left:0.0} {w.BoundingBox.Right:0.0} {w.BoundingBox.Bottom:0.0}"))
                .ToList())
            .ToList();
    }
}
