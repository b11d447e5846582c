using System.Globalization;
using CapitalHealthReport.IO;
using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Output;
using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf;

/// <summary>
/// A laid-out document: paginated (page numbers of headings known and stable), fonts subset, ready to write as
/// PDF or to draw any page as PNG. Not thread-safe; draw one document at a time per <see cref="FontSet"/>.
/// </summary>
public sealed class PdfDocument
{
    /// <summary>Headings of these levels (chapters and sections) become the PDF's outline (bookmarks).</summary>
    public const int OutlineLevels = 2;

    /// <summary>Layout passes stop when page count and heading pages repeat, or after this many passes.</summary>
    public const int MaxLayoutPasses = 6;

    private const int MaxPages = 100_000;

    private readonly PdfDocumentModel _model;
    private readonly FontSet _fonts;
    private readonly ColumnElement? _cover;
    private readonly ColumnElement _content;
    private readonly Dictionary<string, TextBlock> _runningTexts = new(StringComparer.Ordinal);
    private readonly TextStyle _runningStyle;
    private readonly bool _readsPreviousPass;
    private int _coverPages;

    private PdfDocument(PdfDocumentModel model, FontSet fonts)
    {
        _model = model;
        _fonts = fonts;
        var contentWidth = model.PageSize.Width - model.Margins.Left - model.Margins.Right;
        var factory = new ElementFactory(fonts, model.Theme, model.Cover.Concat(model.Content), contentWidth);
        _cover = model.Cover.Count > 0 ? factory.Column(model.Cover) : null;
        _content = factory.Column(model.Content);
        _readsPreviousPass = factory.ReadsPreviousPass;
        _runningStyle = TextStyle.Default with { Size = model.Theme.RunningTextSize, Color = model.Theme.MutedColor, LineHeight = 1.2f };
        foreach (var chart in factory.Charts)
        {
            chart.Prepare(fonts);
        }
    }

    public PdfDocumentModel Model => _model;

    public int PageCount { get; private set; }

    /// <summary>Headings in document order with the page each starts on.</summary>
    public IReadOnlyList<PlacedHeading> Headings { get; private set; } = [];

    /// <summary>How full each page is and which pages end a chapter, from the final layout (cover pages included).</summary>
    public IReadOnlyList<PageFill> Pages { get; private set; } = [];

    /// <summary>How many layout passes it took for page numbers to settle.</summary>
    public int LayoutPasses { get; private set; }

    /// <summary>Characters no font could draw, with where they occur.</summary>
    public IReadOnlyList<MissingGlyph> MissingGlyphs => _fonts.MissingGlyphs;

    /// <summary>
    /// Lays out the model: paginates until the table of contents and "page X of Y" are stable, then prepares the
    /// font subsets. The <paramref name="fonts"/> belong to this document from now on. A document without a table
    /// of contents needs one pass: nothing else that moves content depends on page numbers.
    /// </summary>
    public static PdfDocument Layout(PdfDocumentModel model, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fonts);
        if (fonts.IsPreparedForPdf)
        {
            throw new ArgumentException("The font set was already prepared for another document; load a new FontSet per document.", nameof(fonts));
        }

        var document = new PdfDocument(model, fonts);
        IReadOnlyList<PlacedHeading> headings = [];
        var pages = 0;
        for (var pass = 1; pass <= MaxLayoutPasses; pass++)
        {
            var context = new RenderContext(fonts, headings, pages);
            var count = document.RunPass(context, _ => null, _ => { }, int.MaxValue);
            document.LayoutPasses = pass;
            document.Pages = context.PageFills();
            var stable = (count == pages && context.Headings.SequenceEqual(headings)) || !document._readsPreviousPass;
            headings = context.Headings.ToArray();
            pages = count;
            if (stable)
            {
                break;
            }
        }

        document.PageCount = pages;
        document.Headings = headings;
        document.ShapeRunningTexts();
        fonts.PrepareForPdf();
        return document;
    }

    /// <summary>Writes the PDF to a stream.</summary>
    public void WritePdf(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var wstream = new SKManagedWStream(buffer, false))
        {
            using var pdf = SKDocument.CreatePdf(wstream, PdfMetadata(_model.Metadata));
            var size = _model.PageSize;
            var context = new RenderContext(_fonts, Headings, PageCount);
            RunPass(context, _ => pdf.BeginPage(size.Width, size.Height), _ => pdf.EndPage(), int.MaxValue);
            pdf.Close();
            wstream.Flush();
        }

        var bytes = buffer.ToArray();
        PdfDates.NormalizeOffsets(bytes);
        var outline = Headings
            .Where(h => h.Level <= OutlineLevels && h.PageNumber > _coverPages)
            .Select(h => new OutlineEntry(h.Level, h.Text, h.Anchor))
            .ToArray();
        output.Write(PdfArchive.Finish(bytes, _model.Metadata, Producer(_model.Metadata), outline));
        output.Flush();
    }

    /// <summary>
    /// Writes the PDF atomically: into a temporary file in the target folder, then renamed over the target.
    /// On any failure the target is untouched and the temporary file removed.
    /// </summary>
    public void WritePdf(string path) => AtomicFile.Write(path, WritePdf);

    /// <summary>Draws one page (0-based) with the same drawing code as the PDF, as a PNG at <paramref name="dpi"/>.</summary>
    public byte[] RenderPagePng(int pageIndex, float dpi = 72f)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pageIndex, PageCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dpi);
        var scale = dpi / 72f;
        var size = _model.PageSize;
        var info = new SKImageInfo((int)Math.Ceiling(size.Width * scale), (int)Math.Ceiling(size.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Could not create a raster surface for the page image.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        var context = new RenderContext(_fonts, Headings, PageCount);
        RunPass(context, page => page == pageIndex + 1 ? canvas : null, _ => { }, pageIndex + 1);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    // The running header and footer of every content page with the final page numbers and headings, shaped before
    // the fonts are subset (a single layout pass only ever saw "?" for the page count).
    private void ShapeRunningTexts()
    {
        var context = new RenderContext(_fonts, Headings, PageCount);
        for (var page = _coverPages + 1; page <= PageCount; page++)
        {
            context.PageNumber = page;
            DrawRunningText(context, page);
        }
    }

    // One pass over the document: pages are opened with `begin` (a canvas, or null to only paginate) and closed
    // with `end`. Returns the number of pages.
    private int RunPass(RenderContext context, Func<int, SKCanvas?> begin, Action<int> end, int lastPage)
    {
        _cover?.Reset();
        _content.Reset();
        var page = 0;
        if (_cover is not null)
        {
            page = Flow(_cover, context, begin, end, page, lastPage, runningText: false);
            _coverPages = page;
        }

        return page >= lastPage ? page : Flow(_content, context, begin, end, page, lastPage, runningText: true);
    }

    private int Flow(ColumnElement column, RenderContext context, Func<int, SKCanvas?> begin, Action<int> end, int page, int lastPage, bool runningText)
    {
        var size = _model.PageSize;
        var margins = _model.Margins;
        var area = new SKRect(margins.Left, margins.Top, size.Width - margins.Right, size.Height - margins.Bottom);
        var space = new Space(area.Width, area.Height, true, area.Height);
        var stalled = 0;
        while (true)
        {
            page++;
            if (page > MaxPages)
            {
                throw new InvalidOperationException($"The document exceeds {MaxPages} pages; its content does not fit the page size.");
            }

            var plan = column.Measure(space);
            context.PageNumber = page;
            context.Canvas = begin(page);
            if (runningText)
            {
                DrawRunningText(context, page);
            }

            column.Draw(context, new SKRect(area.Left, area.Top, area.Right, area.Top + Math.Max(0f, plan.Height)), space);
            context.PageHeights.Add((page, Math.Max(0f, plan.Height), area.Height, !runningText));
            context.Canvas = null;
            end(page);
            if (plan.IsFull || page >= lastPage)
            {
                return page;
            }

            stalled = plan.Height > 0f ? 0 : stalled + 1;
            if (stalled > 2)
            {
                throw new InvalidOperationException($"Layout made no progress on page {page}: an element does not fit an empty page.");
            }
        }
    }

    private void DrawRunningText(RenderContext context, int page)
    {
        var size = _model.PageSize;
        var margins = _model.Margins;
        var width = size.Width - margins.Left - margins.Right;
        DrawRunningLine(context, _model.Header, page, margins.Top / 2f, width);
        DrawRunningLine(context, _model.Footer, page, size.Height - (margins.Bottom / 2f), width);
    }

    private void DrawRunningLine(RenderContext context, RunningText text, int page, float centerY, float width)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var parts = new (string? Template, TextAlignment Alignment)[] { (text.Left, TextAlignment.Left), (text.Center, TextAlignment.Center), (text.Right, TextAlignment.Right) };
        foreach (var (template, alignment) in parts)
        {
            if (string.IsNullOrEmpty(template))
            {
                continue;
            }

            var value = Expand(template, context, page);
            if (value.Length == 0)
            {
                continue;
            }

            if (!_runningTexts.TryGetValue(value, out var block))
            {
                block = _fonts.Shape([new TextRun(value, _runningStyle)]);
                _runningTexts[value] = block;
            }

            var lines = block.BreakLines(width);
            if (context.Canvas is { } canvas && lines.Count > 0)
            {
                var line = lines[0];
                line.Draw(canvas, _model.Margins.Left, centerY - (line.Height / 2f), width, alignment);
            }
        }
    }

    private string Expand(string template, RenderContext context, int page)
    {
        // As books set a section's running head: the first section that begins on the page, else the one it continues.
        var section = (context.PreviousHeadings.FirstOrDefault(h => h.Level == 1 && h.PageNumber == page)
            ?? context.PreviousHeadings.LastOrDefault(h => h.Level == 1 && h.PageNumber < page))?.Text ?? string.Empty;
        var pages = context.PreviousPageCount > 0 ? context.PreviousPageCount.ToString(CultureInfo.InvariantCulture) : "?";
        return template
            .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pages}", pages, StringComparison.Ordinal)
            .Replace("{section}", section, StringComparison.Ordinal)
            .Replace("{title}", _model.Metadata.Title ?? string.Empty, StringComparison.Ordinal)
            .Trim();
    }

    private static string Producer(DocumentMetadata metadata) => metadata.Producer ?? "CapitalHealthReport";

    private static SKDocumentPdfMetadata PdfMetadata(DocumentMetadata metadata) => new()
    {
        Title = metadata.Title,
        Author = metadata.Author,
        Subject = metadata.Subject,
        Keywords = metadata.Keywords,
        Creator = metadata.Creator,
        Producer = Producer(metadata),
        Creation = metadata.Created?.UtcDateTime,
        Modified = metadata.Modified?.UtcDateTime,
        RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
        EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        PdfA = true,
    };
}
