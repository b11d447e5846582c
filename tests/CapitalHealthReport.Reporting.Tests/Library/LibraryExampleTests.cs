using System.Globalization;
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
    public void The_example_writes_an_html_report_of_an_export_with_an_own_rule_pack_and_template()
    {
        var deals = Write("export.csv", string.Join('\n', ["funded_on,startup,round,raised_cny,industry,province,backers",
            .. Enumerable.Range(0, 80).Select(static i => string.Create(CultureInfo.InvariantCulture,
                $"2025-{1 + (i % 3):00}-{1 + (i % 27):00},Startup {i % 30},{Rounds[i % 4]},{(i % 9 + 1) * 1_000_000},{(i % 5 == 0 ? "Energy" : "AI")},{Provinces[i % 4]},Fund {i % 7}")),
            "2025-03-31,Startup 3,Series A,2000000,AI,Beijing,Fund 1", ""]));
        var mapping = Write("export.mapping.yaml", "currency: CNY\ncolumns:\n  date: funded_on\n  company: startup\n  stage: round\n  amount: raised_cny\n  sector: industry\n  region: province\n  investors: backers\n");
        var pack = Write("city.yaml", """
            category: Concentration
            rules:
              - id: CH1901
                title: AI deals pass ten in the city
                severity: warning
                scope: period
                min_deals: 1
                threshold: { metric: deal_count, above: { warning: 10 } }
                message: "{{ metrics.deal_count | num }} deals in {{ scope }}"
                description: Counts the deals of the period.

            """);
        var template = Write("city.sbn.md", "# City brief, {{ period.name }}\n\n{{~ for f in findings ~}}\n- {{ f.id }}: {{ f.title }}\n{{~ end ~}}\n");
        var output = Path.Combine(_folder, "brief.html");

        var written = LibraryExample.WriteCustomReport(deals, mapping, pack, template, output);

        Assert.Equal(output, written.OutputPath);
        var html = File.ReadAllText(output);
        Assert.Contains("City brief, Q1 2025", html, StringComparison.Ordinal);
        Assert.Contains("CH1901: AI deals pass ten in the city", html, StringComparison.Ordinal);
        var bundled = written.Model.Findings.Select(static f => f.Id).Where(static id => id != "CH1901").ToList();
        Assert.NotEmpty(bundled);
        Assert.All(bundled, id => Assert.Contains(id, html, StringComparison.Ordinal));
        Assert.DoesNotContain("Energy", html, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void The_readme_and_the_package_readme_show_the_examples_verbatim()
    {
        var source = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "tests", "CapitalHealthReport.Reporting.Tests", "Library", "LibraryExample.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var readme = ReadText("README.md");
        var examples = Examples(source).ToList();

        Assert.Equal(2, examples.Count);
        Assert.All(examples, example => Assert.Contains(example, readme, StringComparison.Ordinal));
        Assert.Contains(examples[1], ReadText("build/package/README.md"), StringComparison.Ordinal);
    }

    private static readonly string[] Rounds = ["Seed", "Series A", "Series B", "Series C"];

    private static readonly string[] Provinces = ["Beijing", "Shanghai", "Guangdong", "Zhejiang"];

    /// <summary>The text between each <c>// example:start</c> and <c>// example:end</c>, without the method body's indent.</summary>
    private static IEnumerable<string> Examples(string source)
    {
        const string Start = "// example:start\n";
        for (var start = source.IndexOf(Start, StringComparison.Ordinal); start >= 0; start = source.IndexOf(Start, start, StringComparison.Ordinal))
        {
            start += Start.Length;
            var end = source.IndexOf("        // example:end", start, StringComparison.Ordinal);
            var lines = source[start..end].Split('\n').Select(static l => l.Length >= 8 ? l[8..] : l.TrimStart());
            yield return string.Join('\n', lines).Trim();
        }
    }

    private static string ReadText(string relative) =>
        File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, relative)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
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
