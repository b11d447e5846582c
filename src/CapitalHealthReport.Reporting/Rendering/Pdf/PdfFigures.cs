using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Charts;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PdfModel = CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Reporting.Rendering.Pdf;

/// <summary>
/// Figures in the PDF: a chart at the full text width with the height its kind suits (or its spec's aspect), kept on one
/// page with its caption; several charts named by one fence side by side.
/// </summary>
internal static class PdfFigures
{
    /// <summary>Gap between side-by-side figures, in points.</summary>
    public const float SideBySideGap = 16f;

    /// <summary>The block for one fence's charts: one figure, or a row of figures.</summary>
    public static PdfModel.Block Place(IReadOnlyList<ChartSpec> specs, PdfContext context)
    {
        if (specs.Count == 1)
        {
            return Figure(specs[0], context, sideBySide: specs[0].Width == ChartWidth.Half);
        }

        return new PdfModel.SideBySide(specs.Select(spec => (IReadOnlyList<PdfModel.Block>)[Figure(spec, context, sideBySide: true)]).ToArray(), SideBySideGap);
    }

    /// <summary>True for a fence that places one half-width chart (two such fences in a row sit side by side).</summary>
    public static bool IsHalfWidth(IReadOnlyList<ChartSpec> specs) =>
        specs.Count == 1 && specs[0].Width == ChartWidth.Half && specs[0].Kind != ChartKind.TileMap;

    /// <summary>Two half-width figures as one side-by-side row.</summary>
    public static PdfModel.SideBySide Pair(PdfModel.Block left, PdfModel.Block right) => new([[left], [right]], SideBySideGap);

    /// <summary>
    /// Width ÷ height of a chart: its spec's aspect, else the proportions the chart layout gives its kind and data
    /// (<see cref="ChartRendering.Size"/>) at the full text width or in a half-width column.
    /// </summary>
    public static float Aspect(ChartSpec spec, bool sideBySide)
    {
        if (spec.Aspect is { } aspect && double.IsFinite(aspect) && aspect > 0)
        {
            return (float)aspect;
        }

        var (width, height) = ChartRendering.Size(sideBySide ? spec with { Width = ChartWidth.Half } : spec, PdfContext.ChartWidth);
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

    private static PdfModel.Block Figure(ChartSpec spec, PdfContext context, bool sideBySide)
    {
        if (!spec.HasData)
        {
            return new PdfModel.Paragraph([new TextRun(ChartRendering.NothingToDrawSentence(spec, context.Language), context.Body)], context.BodyAlignment);
        }

        // The layout engine applies the document's (subset) chart fonts to the plot itself.
        var plot = ChartRendering.CreatePlot(spec, null, context.Language);
        var blocks = new List<PdfModel.Block> { PdfModel.ChartBlock.FullWidth(plot, Aspect(spec, sideBySide)) };
        if (!string.IsNullOrWhiteSpace(spec.Caption))
        {
            var caption = context.Body with { Size = context.Body.Size * 0.9f, Color = context.Theme.MutedColor, Italic = true };
            blocks.Add(new PdfModel.Paragraph([new TextRun(spec.Caption, caption)], TextAlignment.Center));
        }

        return new PdfModel.KeepTogether(blocks);
    }
}
