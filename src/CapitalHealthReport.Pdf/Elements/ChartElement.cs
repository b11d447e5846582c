using System.Collections.Concurrent;
using System.Globalization;
using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Text;
using ScottPlot;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// A ScottPlot chart drawn as vectors in the document's fonts. During layout the plot is rendered once on a
/// canvas that draws nothing, so that ScottPlot settles its layout and every string it will draw (titles, axis
/// labels, tick labels, legend) is recorded for font subsetting; on the page it renders exactly once.
/// Plots are rendered one at a time: ScottPlot keeps font state in static members.
/// </summary>
internal sealed class ChartElement : AtomicElement
{
    /// <summary>Characters a chart may draw beyond its recorded strings (number formats).</summary>
    public const string BaselineCharacters = "0123456789.,-\u2212+%E: ";

    private static readonly Lock RenderLock = new();
    private readonly Plot _plot;
    private SKTypeface? _appliedFace;
    private bool _recorded;

    public ChartElement(Plot plot, float width, float height)
        : base(width, height)
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

        lock (RenderLock)
        {
            ApplyFonts(fonts);
            DryRender();
            // ScottPlot may draw any label in either weight (a set font ignores Bold), so record both.
            foreach (var bold in new[] { false, true })
            {
                fonts.RecordText(BaselineCharacters, bold);
                foreach (var text in DrawnStrings())
                {
                    fonts.RecordText(text, bold);
                }
            }
        }

        _recorded = true;
    }

    protected override void DrawContent(RenderContext context, SKCanvas canvas, SKRect rect)
    {
        lock (RenderLock)
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

        var name = ChartFontResolver.Register(regular, fonts.ChartTypeface(true));
        _plot.Font.Set(name);
        _plot.Legend.FontName = name;
        _plot.Axes.Title.Label.FontName = name;
        _plot.Axes.Title.Label.Bold = true;
        _appliedFace = regular;
        return true;
    }

    private IEnumerable<string> DrawnStrings()
    {
        yield return _plot.Axes.Title.Label.Text;
        foreach (var axis in _plot.Axes.GetAxes())
        {
            yield return axis.Label.Text;
            foreach (var tick in axis.TickGenerator.Ticks)
            {
                yield return tick.Label;
            }
        }

        foreach (var item in _plot.GetPlottables().SelectMany(plottable => plottable.LegendItems).Concat(_plot.Legend.ManualItems))
        {
            yield return item.LabelText;
        }
    }

    /// <summary>
    /// Resolves the unique font names this engine gives ScottPlot to the document's typefaces. ScottPlot caches
    /// typefaces by name for the life of the process, so each face gets a new name and is kept alive.
    /// </summary>
    private sealed class ChartFontResolver : IFontResolver
    {
        private static readonly ConcurrentDictionary<string, (SKTypeface Regular, SKTypeface Bold)> Faces = new(StringComparer.Ordinal);
        private static readonly ChartFontResolver Instance = new();
        private static int _counter;
        private static int _installed;

        public static string Register(SKTypeface regular, SKTypeface bold)
        {
            if (Interlocked.Exchange(ref _installed, 1) == 0)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, Instance);
            }

            var name = "chr-chart-" + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
            Faces[name] = (regular, bold);
            return name;
        }

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            Faces.TryGetValue(fontName, out var faces) ? (bold ? faces.Bold : faces.Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
