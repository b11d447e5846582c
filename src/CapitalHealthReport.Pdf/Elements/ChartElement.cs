using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Text;
using ScottPlot;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// A ScottPlot chart drawn as vectors in the document's fonts. During layout the plot is rendered once on a
/// canvas that draws nothing, so that ScottPlot settles its layout and every string it will draw (titles, axis
/// labels, tick labels, legend) is recorded for font subsetting; on the page it renders exactly once.
/// Every label is given its typeface explicitly (<see cref="ChartFonts"/>); ScottPlot's global font defaults are left alone.
/// A plot belongs to one element of one document; its renders are serialised by the element, and documents render
/// in parallel (ScottPlot's static font defaults are never written and its typeface cache is thread-safe).
/// </summary>
internal sealed class ChartElement : AtomicElement
{
    /// <summary>Characters a chart may draw beyond its recorded strings (number formats).</summary>
    public const string BaselineCharacters = "0123456789.,-\u2212+%E: ";

    private readonly Lock _renderLock = new();
    private readonly Plot _plot;
    private SKTypeface? _appliedFace;
    private bool _recorded;

    /// <summary>A chart <paramref name="width"/> wide and <paramref name="height"/> tall, or taller when its categories need the room (<see cref="ChartFonts.MinimumHeight"/>).</summary>
    public ChartElement(Plot plot, float width, float height)
        : base(width, Math.Max(height, ChartFonts.MinimumHeight(plot)))
    {
        _plot = plot;
    }

    /// <summary>Applies the document's chart faces, renders the plot on a no-draw canvas and records its strings (once).</summary>
    public void Prepare(FontSet fonts)
    {
        if (_recorded)
        {
            return;
        }

        lock (_renderLock)
        {
            ApplyFonts(fonts);
            DryRender();

            // Each string is recorded for the face that draws it: the title for the bold face, all else for the regular.
            fonts.RecordText(BaselineCharacters, bold: false);
            foreach (var (text, bold) in ChartFonts.DrawnText(_plot))
            {
                if (!string.IsNullOrEmpty(text))
                {
                    fonts.RecordText(text, bold);
                }
            }
        }

        _recorded = true;
    }

    protected override void DrawContent(RenderContext context, SKCanvas canvas, SKRect rect)
    {
        lock (_renderLock)
        {
            if (ApplyFonts(context.Fonts))
            {
                // New faces (the subsets): let ScottPlot settle its layout again before the one real render.
                DryRender();
            }

            var width = (int)Math.Round(NaturalWidth);
            var height = (int)Math.Round(NaturalHeight);
            canvas.Save();
            try
            {
                canvas.Translate(rect.Left, rect.Top);
                canvas.Scale(rect.Width / width, rect.Height / height);
                canvas.ClipRect(new SKRect(0, 0, width, height));
                _plot.Render(canvas, width, height);
            }
            finally
            {
                canvas.Restore();
            }
        }
    }

    private void DryRender()
    {
        var width = (int)Math.Round(NaturalWidth);
        var height = (int)Math.Round(NaturalHeight);
        using var canvas = new SKNoDrawCanvas(Math.Max(1, width), Math.Max(1, height));
        canvas.Save();
        _plot.Render(canvas, Math.Max(1, width), Math.Max(1, height));
        canvas.Restore();
    }

    // Points the plot's text at the document's chart faces; true when the faces changed.
    private bool ApplyFonts(FontSet fonts)
    {
        var regular = fonts.ChartTypeface(false);
        if (ReferenceEquals(regular, _appliedFace))
        {
            return false;
        }

        ChartFonts.Apply(_plot, regular, fonts.ChartTypeface(true));
        _appliedFace = regular;
        return true;
    }
}
