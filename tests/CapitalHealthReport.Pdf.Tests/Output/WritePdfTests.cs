using CapitalHealthReport.Pdf.Model;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace CapitalHealthReport.Pdf.Tests.Output;

public sealed class WritePdfTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chr-pdf-write-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_the_file_and_leaves_no_temporary_file()
    {
        var target = Path.Combine(_folder, "report.pdf");
        File.WriteAllText(target, "old");

        PdfTestKit.Layout(SampleDocuments.Build("text")).WritePdf(target);

        Assert.StartsWith("%PDF-", File.ReadAllText(target)[..8], StringComparison.Ordinal);
        Assert.Equal(["report.pdf"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Failure_leaves_the_target_untouched_and_removes_the_temporary_file()
    {
        // The target is a folder: refused before anything is written.
        var target = Path.Combine(_folder, "report.pdf");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "kept");

        Assert.Throws<InputException>(() => PdfTestKit.Layout(SampleDocuments.Build("text")).WritePdf(target));

        Assert.Equal("kept", File.ReadAllText(Path.Combine(target, "keep.txt")));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Missing_output_folder_is_reported_as_an_input_error()
    {
        var target = Path.Combine(_folder, "no-such-folder", "report.pdf");

        var error = Assert.Throws<InputException>(() => PdfTestKit.Layout(SampleDocuments.Build("text")).WritePdf(target));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(target, error.File);
    }

    [Fact]
    public void Metadata_comes_from_the_caller()
    {
        var bytes = PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Build("text")));

        using var pdf = PigDocument.Open(bytes);
        var info = pdf.Information;
        Assert.Equal("Capital health test", info.Title);
        Assert.Equal("Test author", info.Author);
        Assert.Equal("Layout engine tests", info.Subject);
        Assert.Equal("pdf, layout", info.Keywords);
        Assert.Equal("CapitalHealthReport tests", info.Creator);
        Assert.StartsWith("D:20250630000000", info.CreationDate, StringComparison.Ordinal);
        Assert.StartsWith("D:20250630000000", info.ModifiedDate, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_become_uri_annotations()
    {
        var bytes = PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Build("text")));

        using var pdf = PigDocument.Open(bytes);
        var links = pdf.GetPage(1).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.NotEmpty(links);
    }

    [Fact]
    public void Unreadable_image_is_reported_with_its_source()
    {
        var model = SampleDocuments.Base().Add(new ImageBlock(new byte[] { 1, 2, 3, 4 }, 100f, "logo.png")).Build();

        var error = Assert.Throws<InputException>(() => PdfTestKit.Layout(model));

        Assert.Equal("logo.png", error.File);
        Assert.Contains("PNG or JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_image_has_the_size_asked_for()
    {
        var png = PdfTestKit.Layout(SampleDocuments.Build("text")).RenderPagePng(0, 36f);

        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(298, bitmap.Width);
        Assert.Equal(421, bitmap.Height);
    }
}
