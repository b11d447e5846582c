using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// Points every text a ScottPlot chart draws at given typefaces, label by label: the title at the bold face, axis
/// labels, ticks, legend and labelled plottables (axis lines, text, annotations, callouts) at the regular face.
/// ScottPlot's process-wide font defaults (<c>Fonts.Default</c>, <c>Fonts.DefaultFontStyle</c>) are neither read nor
/// changed, so one chart's fonts never leak into the next chart, document or output format. A label that holds a
/// typeface ignores <c>Bold</c>, so the weight is chosen by the typeface alone.
/// </summary>
public static class ChartFonts
{
    /// <summary>The height of a chart outside its data area: title, value-axis ticks and label, padding.</summary>
    public const float ChromeHeight = 100f;

    /// <summary>Applies <paramref name="regular"/> and <paramref name="bold"/> to <paramref name="plot"/>; calling again swaps the faces.</summary>
    public static void Apply(Plot plot, SKTypeface regular, SKTypeface bold)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(regular);
        ArgumentNullException.ThrowIfNull(bold);

        SetTypeface(plot.Axes.Title.Label, bold, correctBaseline: true);
        foreach (var axis in plot.Axes.GetAxes())
        {
            SetTypeface(axis.Label, regular, correctBaseline: true);
            SetTypeface(axis.TickLabelStyle, regular, correctBaseline: true);
        }

        foreach (var plottable in plot.GetPlottables())
        {
            if (PlottableLabel(plottable) is { } label)
            {
                SetTypeface(label, regular);
            }
        }

        // Legend items are created anew on every render from the plottables, so their face is set as they are laid out.
        var legend = plot.Legend;
        legend.FontName = null;
        legend.SetBestFontOnEachRender = false;
        if (legend.Layout is TypefaceLegendLayout typed)
        {
            typed.Typeface = regular;
        }
        else
        {
            legend.Layout = new TypefaceLegendLayout(legend.Layout, regular);
        }
    }

    /// <summary>
    /// Every string the plot draws with the face <see cref="Apply"/> gives it (bold: the title only). Tick labels exist
    /// once the plot has been rendered (a render on <see cref="SKNoDrawCanvas"/> will do).
    /// </summary>
    public static IEnumerable<(string Text, bool Bold)> DrawnText(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        yield return (plot.Axes.Title.Label.Text, true);
        foreach (var axis in plot.Axes.GetAxes())
        {
            yield return (axis.Label.Text, false);
            foreach (var tick in axis.TickGenerator.Ticks)
            {
                yield return (tick.Label, false);
            }
        }

        foreach (var plottable in plot.GetPlottables())
        {
            if (PlottableLabel(plottable) is { } label)
            {
                yield return (label.Text, false);
            }
        }

        foreach (var item in plot.Legend.GetItems())
        {
            yield return (item.LabelText, false);
        }
    }

    /// <summary>
    /// The height in points a chart needs so that the category labels on its vertical axis (horizontal bars) do not
    /// crowd: room for the title, the value axis and its label, plus a row of at least 2.4 tick-label heights per
    /// category. Zero when the vertical axis holds values, not categories.
    /// </summary>
    public static float MinimumHeight(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (plot.Axes.Left.TickGenerator is not ScottPlot.TickGenerators.NumericManual manual)
        {
            return 0;
        }

        // A manual generator publishes its ticks only once regenerated for a range; every category lies in this one.
        using var paint = Paint.NewDisposablePaint();
        manual.Regenerate(new CoordinateRange(-1e9, 1e9), Edge.Left, new PixelLength(1000), paint, plot.Axes.Left.TickLabelStyle);
        var categories = manual.Ticks.Count(static t => t.IsMajor);
        var row = plot.Axes.Left.TickLabelStyle.FontSize * 2.4f;
        return ChromeHeight + (categories * row);
    }

    /// <summary>
    /// How far down a legend label must move so that its line box (ascent to descent) is centred where ScottPlot
    /// centres the label. ScottPlot 5.1 puts the baseline at the bottom of the label's line box less the face's
    /// bounding-box bottom (<see cref="SKFontMetrics.Bottom"/>) instead of its descent; for a face whose bounding box
    /// reaches far below its descent (Noto Sans CJK: 1.05 em against 0.29 em) the text then sits up to 0.76 em too
    /// high and the legend's clip cuts off its top.
    /// </summary>
    public static float LegendBaselineCorrection(SKTypeface typeface, float size)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        using var font = new SKFont(typeface, size);
        font.GetFontMetrics(out var metrics);
        return metrics.Bottom - metrics.Descent - (metrics.Leading / 2f);
    }

    private static LabelStyle? PlottableLabel(IPlottable plottable) => plottable switch
    {
        AxisLine line => line.LabelStyle,
        ScottPlot.Plottables.Text text => text.LabelStyle,
        Annotation annotation => annotation.LabelStyle,
        Callout callout => callout.LabelStyle,
        _ => null,
    };

    private static void SetTypeface(LabelStyle style, SKTypeface typeface, bool correctBaseline = false)
    {
        style.Font = typeface;
        style.FontName = typeface.FamilyName;
        style.Bold = false;
        style.Italic = false;
        if (correctBaseline)
        {
            // The same misplaced baseline as in the legend (see LegendBaselineCorrection): without this the title floats
            // above its box and bottom tick labels run into the tick marks. Slanted tick labels move along their own
            // "down". An axis label turned upright is left where ScottPlot puts it: moving it would push it into the
            // tick labels beside it.
            var shift = LegendBaselineCorrection(typeface, style.FontSize);
            var radians = style.Rotation * Math.PI / 180;
            var turnedUpright = Math.Abs(Math.Abs(style.Rotation) - 90) < 1;
            style.OffsetX = turnedUpright ? 0 : (float)(-Math.Sin(radians) * shift);
            style.OffsetY = turnedUpright ? 0 : (float)(Math.Cos(radians) * shift);
        }
    }

    /// <summary>
    /// Lays the legend out with another layout after giving each item the chart's face and the baseline correction, so
    /// that the legend is measured and drawn with one face, whatever ScottPlot's global default font is.
    /// </summary>
    private sealed class TypefaceLegendLayout(ILegendLayout inner, SKTypeface typeface) : ILegendLayout
    {
        public SKTypeface Typeface { get; set; } = typeface;

        public LegendLayout GetLayout(Legend legend, LegendItem[] items, PixelSize maxSize, Paint paint)
        {
            foreach (var item in items)
            {
                SetTypeface(item.LabelStyle, Typeface);
                item.LabelOffsetY = LegendBaselineCorrection(Typeface, item.LabelFontSize);
            }

            return inner.GetLayout(legend, items, maxSize, paint);
        }
    }
}
