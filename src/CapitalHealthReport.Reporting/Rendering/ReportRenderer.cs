using System.Globalization;
using CapitalHealthReport.IO;
using CapitalHealthReport.Pdf;
using CapitalHealthReport.Pdf.Fonts;
using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering.Html;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using CapitalHealthReport.Reporting.Rendering.Pdf;
using CapitalHealthReport.Reporting.Verification;

namespace CapitalHealthReport.Reporting.Rendering;

/// <summary>A rendered PDF: its bytes, page count, and the characters no bundled font could draw (warnings for the user).</summary>
public sealed record RenderResult(byte[] Pdf, int PageCount, IReadOnlyList<MissingGlyph> MissingGlyphs)
{
    /// <summary>How full each page is and which pages end a chapter, from the layout (see <see cref="PageFill.Underfilled"/>).</summary>
    public IReadOnlyList<PageFill> PageFills { get; init; } = [];

    private readonly Lazy<IReadOnlyList<PdfPage>> _pages = new(() => PdfPages.Read(Pdf));

    /// <summary>The pages read back from <see cref="Pdf"/> (text line by line and a content hash), extracted on first use.</summary>
    public IReadOnlyList<PdfPage> Pages => _pages.Value;

    /// <summary>The text of each page, extracted from <see cref="Pdf"/> on first use.</summary>
    public IReadOnlyList<string> PageTexts => Pages.Select(static p => p.Text).ToArray();
}

/// <summary>
/// Renders report Markdown (the dialect in <c>docs/rendering.md</c>) to PDF or to one self-contained HTML file.
/// Both outputs come from one parse, so they carry the same content. Output depends only on the Markdown and
/// the options: no clock, no machine culture or time zone. Not thread-safe with other chart rendering
/// (ScottPlot keeps font state in statics); render one report at a time.
/// </summary>
public static class ReportRenderer
{
    private static readonly Lock Gate = new();

    /// <summary>Renders the PDF in memory.</summary>
    /// <exception cref="InputException">The Markdown, a chart, the options or the fonts are invalid (with file, line and column when known).</exception>
    public static RenderResult RenderPdf(string markdown, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = ReportMarkdown.Parse(markdown, options.SourceName);
        lock (Gate)
        {
            var model = PdfReportBuilder.Build(source, options);
            using var fonts = LoadFonts(options.FontsFolder);
            var document = PdfDocument.Layout(model, fonts);
            if (document.MissingGlyphs.Count > 0 && !options.AllowMissingGlyphs)
            {
                throw MissingGlyphsError(document.MissingGlyphs, options.SourceName);
            }

            using var stream = new MemoryStream();
            document.WritePdf(stream);
            return new RenderResult(stream.ToArray(), document.PageCount, document.MissingGlyphs.ToArray()) { PageFills = document.Pages };
        }
    }

    /// <summary>
    /// Renders the PDF and writes it to <paramref name="path"/> atomically (a temporary file in the target folder,
    /// then a rename): on any failure nothing is written and an existing file is untouched.
    /// </summary>
    /// <exception cref="InputException">As <see cref="RenderPdf"/>, or the target folder cannot be written.</exception>
    public static RenderResult WritePdf(string markdown, RenderOptions options, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var result = RenderPdf(markdown, options);
        AtomicFile.WriteAllBytes(path, result.Pdf);
        return result;
    }

    /// <summary>
    /// Renders one self-contained HTML5 file: inline CSS, charts as inline SVG in the report's fonts, no scripts and
    /// no external resources, all text escaped, <c>lang</c> from <see cref="RenderOptions.Language"/>.
    /// </summary>
    /// <exception cref="InputException">The Markdown, a chart, the options or the fonts are invalid.</exception>
    public static string RenderHtml(string markdown, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = ReportMarkdown.Parse(markdown, options.SourceName);
        lock (Gate)
        {
            using var fonts = LoadFonts(options.FontsFolder);
            var typefaces = new ChartTypefaces(fonts.ChartTypeface(false), fonts.ChartTypeface(true));
            return HtmlReportWriter.Write(source, options.Language, options.Charts, typefaces, options.Metadata);
        }
    }

    private static InputException MissingGlyphsError(IReadOnlyList<MissingGlyph> missing, string sourceName)
    {
        const int Listed = 5;
        var listed = missing.Take(Listed).Select(static g =>
            $"{g.CodePointLabel} '{char.ConvertFromUtf32(g.CodePoint)}' in \"{g.Context}\"");
        var more = missing.Count > Listed ? string.Create(CultureInfo.InvariantCulture, $" and {missing.Count - Listed} more") : string.Empty;
        return new InputException(
            string.Create(CultureInfo.InvariantCulture, $"No bundled font can draw {missing.Count} character(s) of the report: {string.Join("; ", listed)}{more}."),
            sourceName,
            hint: "Check the data for stray characters, or pass --allow-missing-glyphs to write the report with a box in their place.");
    }

    private static FontSet LoadFonts(string? folder)
    {
        try
        {
            return folder is null ? FontSet.LoadBundled() : FontSet.Load(folder);
        }
        catch (FontFileException e)
        {
            throw new InputException(
                "The report's fonts could not be loaded: " + e.Message,
                folder,
                hint: "Reinstall the tool, or name a folder that holds every bundled font file.",
                innerException: e);
        }
    }
}
