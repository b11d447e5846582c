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

namespace CapitalHealthReport.Reporting.Rendering;

/// <summary>A rendered PDF: its bytes, page count, and the characters no bundled font could draw (warnings for the user).</summary>
public sealed record RenderResult(byte[] Pdf, int PageCount, IReadOnlyList<MissingGlyph> MissingGlyphs)
{
    /// <summary>How full each page is and which pages end a chapter, from the layout (see <see cref="PageFill.Underfilled"/>).</summary>
    public IReadOnlyList<PageFill> PageFills { get; init; } = [];
}

/// <summary>
/// Renders report Markdown (the dialect in <c>docs/rendering.md</c>) to PDF or to one self-contained HTML file.
/// Both outputs come from one parse, so they carry the same content. Output depends only on the Markdown and
/// the options: no clock, no machine culture or time zone. Reports may be rendered on several threads at once: each
/// rendering has its own fonts and plots, and every chart label is given its typeface explicitly, so ScottPlot's
/// process-wide font defaults and typeface cache are never written (see <see cref="CapitalHealthReport.Pdf.Elements.ChartFonts"/>).
/// </summary>
public static class ReportRenderer
{
    /// <summary>Renders the PDF in memory.</summary>
    /// <exception cref="InputException">The Markdown, a chart, the options or the fonts are invalid (with file, line and column when known).</exception>
    public static RenderResult RenderPdf(string markdown, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = ReportMarkdown.Parse(markdown, options.SourceName);
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

    /// <summary>
    /// Draws pages of the PDF as PNG images with the same drawing code as the PDF (for documentation and previews):
    /// the 1-based page numbers <paramref name="choosePages"/> picks, given the document's headings and page count.
    /// </summary>
    /// <exception cref="InputException">As <see cref="RenderPdf"/>.</exception>
    public static IReadOnlyList<(int Page, byte[] Png)> RenderPageImages(
        string markdown,
        RenderOptions options,
        Func<IReadOnlyList<PlacedHeading>, int, IEnumerable<int>> choosePages,
        float dpi = 72f)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(choosePages);
        var source = ReportMarkdown.Parse(markdown, options.SourceName);
        var model = PdfReportBuilder.Build(source, options);
        using var fonts = LoadFonts(options.FontsFolder);
        var document = PdfDocument.Layout(model, fonts);
        return choosePages(document.Headings, document.PageCount)
            .Where(page => page >= 1 && page <= document.PageCount)
            .Select(page => (page, document.RenderPagePng(page - 1, dpi)))
            .ToList();
    }

    /// <summary>
    /// Renders the PDF and writes it to <paramref name="path"/> atomically (a temporary file in the target folder,
    /// then a rename): on any failure nothing is written and an existing file is untouched.
    /// </summary>
    /// <exception cref="InputException">As <see cref="RenderPdf"/>, or the target folder cannot be written.</exception>
    public static RenderResult WritePdf(string markdown, RenderOptions options, string path)
    {
        var result = RenderPdf(markdown, options);
        AtomicFile.WriteAllBytes(path, result.Pdf);
        return result;
    }

    /// <summary>
    /// Renders one self-contained HTML5 file: inline CSS, the report's fonts embedded as subset WOFF2, charts as inline
    /// SVG in the report's fonts, no scripts and no external resources, all text escaped, <c>lang</c> from
    /// <see cref="RenderOptions.Language"/>. Links to files (relative paths) and to anchors the page lacks are shown as
    /// text, so that no link in the page is broken.
    /// </summary>
    /// <exception cref="InputException">The Markdown, a chart, the options or the fonts are invalid.</exception>
    public static string RenderHtml(string markdown, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = ReportMarkdown.Parse(markdown, options.SourceName);
        using var fonts = LoadFonts(options.FontsFolder);
        var typefaces = new ChartTypefaces(fonts.ChartTypeface(false), fonts.ChartTypeface(true));
        return HtmlReportWriter.Write(source, options.Language, options.Charts, typefaces, options.Metadata, options.Logo);
    }

    private static InputException MissingGlyphsError(IReadOnlyList<MissingGlyph> missing, string sourceName) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"No bundled font can draw {missing.Count} character(s) of the report: {string.Join("; ", MissingGlyphScripts.Describe(missing))}."),
            sourceName,
            hint: SettingText.Of(
                $"The bundled fonts draw Latin, Greek, Cyrillic, Chinese and Japanese. Write such names in one of those scripts in the data, write the report with {Settings.HtmlFormat} (a browser draws them with its own fonts), or pass {Settings.AllowMissingGlyphs} to write the PDF with a box in their place."));

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
