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
            return Figure(specs[0], context, sideBySide: false);
        }

        return new PdfModel.SideBySide(specs.Select(spec => (IReadOnlyList<PdfModel.Block>)[Figure(spec, context, sideBySide: true)]).ToArray(), SideBySideGap);
    }

    /// <summary>Width ÷ height of a chart: its spec's, else one suited to its kind (narrower columns get taller charts).</summary>
    public static float Aspect(ChartSpec spec, bool sideBySide)
    {
        if (spec.Aspect is { } aspect && double.IsFinite(aspect) && aspect > 0)
        {
            return (float)aspect;
        }

        return (spec.Kind, sideBySide) switch
        {
            (ChartKind.Lorenz, false) => 1.6f,
            (ChartKind.Lorenz, true) => 1.05f,
            (_, true) => 1.2f,
            _ => 2f,
        };
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

    private static PdfModel.KeepTogether Figure(ChartSpec spec, PdfContext context, bool sideBySide)
    {
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
