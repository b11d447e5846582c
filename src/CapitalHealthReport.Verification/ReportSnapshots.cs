using CapitalHealthReport.Reporting;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;

namespace CapitalHealthReport.Verification;

/// <summary>The snapshot outputs of one report, rendered in memory: what <c>report --verify</c> compares.</summary>
/// <param name="Outputs">The Markdown (<c>md</c>), the PDF's page text (<c>txt</c>), the PDF (<c>pdf</c>), and HTML when asked for.</param>
/// <param name="Pdf">The rendered PDF (page count, missing glyphs).</param>
public sealed record ReportSnapshotSet(IReadOnlyList<SnapshotOutput> Outputs, RenderResult Pdf);

/// <summary>Renders a report into its snapshot outputs and names them (<c>report-&lt;period&gt;.&lt;lang&gt;</c>).</summary>
public static class ReportSnapshots
{
    /// <summary>The default snapshot name of a report: <c>report-2025Q1.en</c>, <c>report-2024-01-01_2024-08-31.zh-CN</c>.</summary>
    public static string DefaultName(string periodLabel, ReportLanguage language) =>
        $"report-{SafeName(periodLabel)}.{ReportLanguages.Tag(language)}";

    /// <summary>
    /// The snapshot name for a run: the file name of <paramref name="outputPath"/> without its extension when one is
    /// given, else <see cref="DefaultName"/>.
    /// </summary>
    public static string NameFor(string? outputPath, string periodLabel, ReportLanguage language) =>
        outputPath is null ? DefaultName(periodLabel, language) : NameFromOutput(outputPath);

    /// <summary>The snapshot name an <c>--output</c> path gives with <c>--verify</c>: its file name without the extension.</summary>
    /// <exception cref="InputException">The path gives no usable name (<c>.pdf</c>, <c>-</c>, an empty path).</exception>
    public static string NameFromOutput(string outputPath)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        var name = Path.GetFileNameWithoutExtension(outputPath.Trim());
        if (string.IsNullOrWhiteSpace(name) || name is "-" or "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new InputException(
                $"--output '{outputPath}' gives no snapshot name with --verify (the name is the output's file name without its extension).",
                null,
                hint: "Give a name such as --output report-2025Q1.pdf, or leave --output out to use the default name.");
        }

        return name;
    }

    /// <summary>Renders <paramref name="report"/> to Markdown, PDF and the PDF's page text (and HTML when <paramref name="includeHtml"/>), in memory.</summary>
    public static ReportSnapshotSet Render(RenderedReport report, string name, bool includeHtml)
    {
        ArgumentNullException.ThrowIfNull(report);
        var pdf = ReportRenderer.RenderPdf(report.Markdown, report.Options);
        var outputs = new List<SnapshotOutput>
        {
            SnapshotOutput.Text(name, "md", report.Markdown),
            SnapshotOutput.Text(name, "txt", PdfPages.Document(PdfPages.Read(pdf.Pdf)), showDiff: false),
            SnapshotOutput.Pdf(name, pdf.Pdf),
        };
        if (includeHtml)
        {
            outputs.Add(SnapshotOutput.Text(name, "html", ReportRenderer.RenderHtml(report.Markdown, report.Options), showDiff: false));
        }

        return new ReportSnapshotSet(outputs, pdf);
    }

    /// <summary>A period label as a file-name part: characters a file name cannot hold and dots become <c>_</c>.</summary>
    public static string SafeName(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var invalid = Path.GetInvalidFileNameChars();
        var chars = label.Select(c => invalid.Contains(c) || c == '.' || c == '\\' || c == ':' ? '_' : c).ToArray();
        var text = new string(chars);
        while (text.Contains("__", StringComparison.Ordinal))
        {
            text = text.Replace("__", "_", StringComparison.Ordinal);
        }

        return text;
    }
}
