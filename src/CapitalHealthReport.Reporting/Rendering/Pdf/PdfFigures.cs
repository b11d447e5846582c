using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Charts;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PdfModel = CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Reporting.Rendering.Pdf;

/// <summary>
/// Figures in the PDF, at the sizes the chart layout gives each kind (<see cref="ChartRendering.Size"/>): a full-width
/// chart spans the text width, a half-width chart half of it less the gutter, and the height follows from the kind and
/// the data (or from the spec's aspect). Each figure is kept on one page with its caption; several charts named by one
/// fence sit side by side, each drawn as a half-width chart.
/// </summary>
internal static class PdfFigures
{
    /// <summary>Gap between side-by-side figures, in points: the chart layout's gutter, so two half-width charts fill the text width.</summary>
    public const float SideBySideGap = ChartRendering.Gutter;

    /// <summary>The block for one fence's charts: one figure, or a row of half-width figures.</summary>
    public static PdfModel.Block Place(IReadOnlyList<ChartSpec> specs, PdfContext context)
    {
        if (specs.Count == 1)
        {
            return Figure(specs[0], context);
        }

        return new PdfModel.SideBySide(specs.Select(spec => (IReadOnlyList<PdfModel.Block>)[Figure(spec with { Width = ChartWidth.Half }, context)]).ToArray(), SideBySideGap);
    }

    /// <summary>True for a fence that places one half-width chart (two such fences in a row sit side by side).</summary>
    public static bool IsHalfWidth(IReadOnlyList<ChartSpec> specs) =>
        specs.Count == 1 && IsHalfWidth(specs[0]);

    /// <summary>Two half-width figures as one side-by-side row.</summary>
    public static PdfModel.SideBySide Pair(PdfModel.Block left, PdfModel.Block right) => new([[left], [right]], SideBySideGap);

    /// <summary>
    /// Width ÷ height of a chart: its spec's aspect, else the proportions the chart layout gives its kind, width and
    /// data (<see cref="ChartRendering.Size"/>) at the PDF's text width.
    /// </summary>
    public static float Aspect(ChartSpec spec)
    {
        if (spec.Aspect is { } aspect && double.IsFinite(aspect) && aspect > 0)
        {
            return (float)aspect;
        }

        var (width, height) = ChartRendering.Size(spec, PdfContext.ChartWidth);
        return height > 0 ? width / height : 2f;
    }

    /// <summary>True when the paragraph comes right before a table or a chart fence: it introduces or captions it.</summary>
    public static bool IntroducesFigureOrTable(ParagraphBlock block)
    {
        if (block.Parent is not { } parent)
        {
            return false;
        }

        var index = parent.IndexOf(block);
        var next = index >= 0 && index + 1 < parent.Count ? parent[index + 1] : null;
        return next is Table || (next is FencedCodeBlock fence && string.Equals(fence.Info, "chart", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when the paragraph leads into the list right after it: a bold heading of its own ("**What the figures
    /// assume.**") or a sentence ending in a colon ("The most severe:"). It never ends a page without the list's start.
    /// </summary>
    public static bool LeadsIntoList(ParagraphBlock block)
    {
        if (block.Parent is not { } parent || parent.IndexOf(block) is var index && (index < 0 || index + 1 >= parent.Count || parent[index + 1] is not ListBlock))
        {
            return false;
        }

        if (block.Inline?.FirstChild is EmphasisInline { DelimiterCount: 2, NextSibling: null })
        {
            return true;
        }

        var last = block.Inline?.LastChild;
        while (last is ContainerInline { LastChild: { } inner })
        {
            last = inner;
        }

        return last is LiteralInline literal && literal.Content.ToString().TrimEnd() is var text && (text.EndsWith(':') || text.EndsWith('：'));
    }

    /// <summary>
    /// True when the paragraph comes right after a table and introduces neither another table nor a list: it is the
    /// table's note (its source line), which stays with the table's last rows. A chart after it has its own caption.
    /// </summary>
    public static bool IsTableNote(ParagraphBlock block)
    {
        if (block.Parent is not { } parent)
        {
            return false;
        }

        var index = parent.IndexOf(block);
        var next = index + 1 < parent.Count ? parent[index + 1] : null;
        return index > 0 && parent[index - 1] is Table && next is not Table && next is not ListBlock;
    }

    private static bool IsHalfWidth(ChartSpec spec) => spec.Width == ChartWidth.Half && spec.Kind != ChartKind.TileMap;

    private static PdfModel.Block Figure(ChartSpec spec, PdfContext context)
    {
        if (!spec.HasData)
        {
            return new PdfModel.Paragraph([new TextRun(ChartRendering.NothingToDrawSentence(spec, context.Language), context.Body)], context.BodyAlignment);
        }

        // The layout engine applies the document's (subset) chart fonts to the plot itself. A half-width chart is as wide
        // as the chart layout makes it, alone or in a side-by-side column (which is as wide); any other takes its column.
        var plot = ChartRendering.CreatePlot(spec, null, context.Language);
        var width = IsHalfWidth(spec) ? ChartRendering.Size(spec, PdfContext.ChartWidth).Width : 0f;
        var blocks = new List<PdfModel.Block> { new PdfModel.ChartBlock(plot, width, 0f) { Aspect = Aspect(spec) } };
        if (!string.IsNullOrWhiteSpace(spec.Caption))
        {
            var caption = context.Body with { Size = context.Body.Size * 0.9f, Color = context.Theme.MutedColor, Italic = true };
            blocks.Add(new PdfModel.Paragraph([new TextRun(spec.Caption, caption)], TextAlignment.Center));
        }

        return new PdfModel.KeepTogether(blocks);
    }
}
