using UglyToad.PdfPig;

namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>The README's library example runs as written and writes a PDF report from deals in memory.</summary>
public sealed class LibraryExampleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chr-library-" + Guid.NewGuid().ToString("N")[..12]);

    public LibraryExampleTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void The_example_writes_a_pdf_report_from_deals_in_memory()
    {
        var output = Path.Combine(_folder, "report-2025Q1.pdf");
        LibraryExample.WriteReport(output);

        Assert.Equal([output], Directory.GetFiles(_folder));
        using var pdf = PdfDocument.Open(output);
        Assert.True(pdf.NumberOfPages >= 5, $"{pdf.NumberOfPages} pages");
        var text = string.Concat(pdf.GetPages().Select(static p => p.Text));
        Assert.Contains("2025", text, StringComparison.Ordinal);
        Assert.Contains("deals", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_shows_the_example_verbatim()
    {
        var source = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "tests", "CapitalHealthReport.Reporting.Tests", "Library", "LibraryExample.cs"));
        var start = source.IndexOf("// example:start\n", StringComparison.Ordinal) + "// example:start\n".Length;
        var end = source.IndexOf("        // example:end", StringComparison.Ordinal);
        var lines = source[start..end].Split('\n').Select(static l => l.Length >= 8 ? l[8..] : l.TrimStart());
        var example = string.Join('\n', lines).Trim();
        var readme = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(example, readme, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
