using CapitalHealthReport.Pdf.Elements;
using ScottPlot;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Turns a <see cref="ChartSpec"/> into a ScottPlot <see cref="Plot"/>: the same plot is drawn as vectors into the PDF
/// and exported as SVG for HTML. Charts are styled as in a published monitor: the title left-aligned at the top, the
/// legend under it (never over the data), the value axis's title written horizontally above the axis (so Chinese is
/// never turned on its side), light horizontal grid lines, culture-independent ticks, period axes in two tiers
/// (quarter, then the year at its first quarter), and a palette that stays distinguishable in greyscale print and for
/// colour-blind readers (Okabe–Ito). A chart with nothing to draw is not drawn (<see cref="NothingToDraw"/>).
/// </summary>
public static partial class ChartRendering
{
    /// <summary>Series colours in order (Okabe–Ito, yellow last because it prints faintly).</summary>
    public static readonly IReadOnlyList<string> Palette =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#555555", "#F0E442"];

    /// <summary>Title size in points.</summary>
    public const float TitleSize = 10.5f;

    /// <summary>Axis title size.</summary>
    public const float AxisLabelSize = 8.5f;

    /// <summary>Tick label and legend size: the smallest text on the page, still readable in print.</summary>
    public const float TickSize = 8f;

    /// <summary>The text width of the PDF in points (A4 with the report's margins): what a full-width chart spans.</summary>
    public const float TextWidth = 480f;

    /// <summary>Space between two half-width charts side by side, in points.</summary>
    public const float Gutter = 14f;

    /// <summary>The width in points available to the category axis of a full-width chart (the chart less its value axis).</summary>
    public const float CategoryAxisWidth = 430f;

    /// <summary>Degrees by which crowded category labels are slanted.</summary>
    public const float CategorySlant = 35;

    private const string TextColor = "#222222";
    private const string MutedColor = "#555555";
    private const string AxisColor = "#888888";
    private const string GridColor = "#E3E3E3";

    /// <summary>
    /// The size in points a chart is drawn at for a text <paramref name="textWidth"/> wide: the full width or half of it
    /// (<see cref="ChartSpec.Width"/>), and a height suited to the data: time series wide, rankings tall enough for their
    /// labels, Lorenz curves square-ish, maps as their grid.
    /// </summary>
    public static (float Width, float Height) Size(ChartSpec spec, float textWidth = TextWidth)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var half = spec.Width == ChartWidth.Half && spec.Kind != ChartKind.TileMap;
        var width = half ? (textWidth - Gutter) / 2 : textWidth;
        var legendRows = half && LegendEntries(spec) > 2 ? 2 : 1;
        var header = HeaderHeight + (LegendOnTop(spec) ? legendRows * (TickSize * 1.9f) : 0);
        float height = spec.Kind switch
        {
            ChartKind.HorizontalBar => Math.Max(header + 34, ChartFonts.ChromeHeight) + (Math.Max(spec.Categories.Count, 2) * (TickSize * (spec.Series.Count > 1 ? 3f : 2.4f))),
            ChartKind.Lorenz => half ? width + 20 : 0.62f * width,
            ChartKind.TileMap => TileMapRendering.Height(spec, width),
            _ => header + (half ? 0.62f * width : 0.42f * width) + 30,
        };
        return (MathF.Round(width), MathF.Round(height));
    }

    /// <summary>
    /// Builds the plot for <paramref name="spec"/>. With <paramref name="typefaces"/> all text uses the report's
    /// fonts; without, ScottPlot's default font (only for previews and tests). Ticks are formatted for
    /// <paramref name="language"/> (<c>en</c>, <c>zh-CN</c>) without reference to the current culture.
    /// Not thread-safe with other plots being built or drawn (ScottPlot keeps font state in statics).
    /// </summary>
    /// <exception cref="InputException">The spec is not drawable (see <see cref="Validate"/> and <see cref="NothingToDraw"/>).</exception>
    public static Plot CreatePlot(ChartSpec spec, ChartTypefaces? typefaces = null, string language = "en")
    {
        Validate(spec);
        if (NothingToDraw(spec) is { } nothing)
        {
            throw Invalid(spec.Id, "has nothing to draw: " + nothing, "Check HasData before placing the chart; the report says so in a sentence instead.");
        }

        var format = ChartValueFormats.Parse(spec.ValueFormat, spec.Id);
        var plot = new Plot();
        try
        {
            var panels = ChartPanels.Install(plot);
            plot.Add.Palette = new ScottPlot.Palettes.Custom(Palette.ToArray(), "Report");
            switch (spec.Kind)
            {
                case ChartKind.Bar:
                    AddBars(plot, spec, stacked: false, horizontal: false, language);
                    break;
                case ChartKind.StackedBar:
                    AddBars(plot, spec, stacked: true, horizontal: false, language);
                    break;
                case ChartKind.HorizontalBar:
                    AddBars(plot, spec, stacked: false, horizontal: true, language);
                    break;
                case ChartKind.Line:
                    AddLines(plot, spec, language);
                    break;
                case ChartKind.Lorenz:
                    AddLorenz(plot, spec, language);
                    break;
                case ChartKind.TileMap:
                    TileMapRendering.Draw(plot, spec, language);
                    break;
                default:
                    throw Invalid(spec.Id, $"has an unknown kind '{spec.Kind}'", "Use Bar, StackedBar, HorizontalBar, Line, Lorenz or TileMap.");
            }

            if (spec.Kind != ChartKind.TileMap)
            {
                AddReferenceLines(plot, spec, format, language);
                var ticks = SetValueLimits(plot, spec, format);
                Label(plot, spec, format, ticks, language);
            }

            plot.Axes.Title.Label.Text = spec.Title;
            plot.Axes.Title.Label.FontSize = TitleSize;

            Style(plot, spec, panels);
            ApplyFonts(plot, typefaces);
            return plot;
        }
        catch
        {
            plot.Dispose();
            throw;
        }
    }

    /// <summary>Every string the plot will draw (title, labels, ticks, legend, reference lines); call after a first render so ticks exist.</summary>
    public static IReadOnlyList<string> DrawnText(Plot plot) =>
        ChartFonts.DrawnText(plot).Select(t => t.Text).Where(t => !string.IsNullOrEmpty(t)).ToList();

    private static void Label(Plot plot, ChartSpec spec, ChartValueFormat format, IReadOnlyList<double> ticks, string language)
    {
        // XLabel names the category axis and YLabel the value axis, whichever way the bars run. The left axis's title is
        // drawn upright above the axis (ChartPanels); a period axis needs no title, its ticks say what they are.
        var horizontal = spec.Kind == ChartKind.HorizontalBar;
        var bottomTitle = horizontal ? spec.YLabel : spec.XLabel;
        if (!horizontal && spec.Kind != ChartKind.Lorenz && ChartPeriodLabels.IsPeriodAxis(spec.Categories))
        {
            bottomTitle = string.Empty;
        }

        plot.Axes.Bottom.Label.Text = bottomTitle;
        plot.Axes.Left.Label.Text = horizontal ? spec.XLabel : spec.YLabel;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Color.FromHex(MutedColor);
        }

        plot.Axes.Left.Label.Rotation = 0;
        plot.Axes.Title.Label.Bold = true;

        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        var tickFormat = spec.Kind == ChartKind.Lorenz ? ChartValueFormat.Percent : format;
        valueAxis.TickGenerator = new ValueAxisTickGenerator(ticks, value => ChartValueFormats.Format(value, tickFormat, language));
    }

    private static void Style(Plot plot, ChartSpec spec, ChartPanels panels)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = Color.FromHex(TextColor);
            axis.MajorTickStyle.Color = Color.FromHex(AxisColor);
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = Color.FromHex(AxisColor);
            axis.FrameLineStyle.Width = 0.8f;
        }

        // Only the axes that carry values keep a line; the top and right frame go, as in print, and the top axis takes
        // no room between the axis title and the data.
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Color.FromHex(GridColor);
        plot.Grid.MajorLineWidth = 0.7f;
        plot.Axes.Title.Label.ForeColor = Color.FromHex(TextColor);

        if (spec.Kind == ChartKind.TileMap)
        {
            plot.HideGrid();
            foreach (var axis in plot.Axes.GetAxes())
            {
                axis.IsVisible = false;
            }

            plot.HideLegend();
            return;
        }

        if (LegendEntries(spec) <= 1)
        {
            plot.HideLegend();
            return;
        }

        panels.ShowLegend(plot, spec.Kind == ChartKind.Lorenz && spec.Width == ChartWidth.Full ? Edge.Right : Edge.Top);
        plot.Legend.FontSize = TickSize;
        plot.Legend.FontColor = Color.FromHex(TextColor);
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.Transparent;
        plot.Legend.Padding = new PixelPadding(0, 0, 0, 0);
        plot.Legend.Margin = new PixelPadding(0, 0, 0, 0);
        plot.Legend.SymbolWidth = 16;
        plot.Legend.InterItemPadding = new PixelPadding(3, 10, 2, 2);
        plot.Legend.TightHorizontalWrapping = true;
    }

    private static void ApplyFonts(Plot plot, ChartTypefaces? typefaces)
    {
        if (typefaces is not null)
        {
            // Each label holds its typeface (the title the bold one); ScottPlot's process-wide default font is left alone.
            ChartFonts.Apply(plot, typefaces.Regular, typefaces.Bold);
        }
    }

    /// <summary>How many entries the legend has: one per named series, plus the line of equality and reference lines.</summary>
    private static int LegendEntries(ChartSpec spec) => spec.Kind switch
    {
        ChartKind.TileMap => 0,
        ChartKind.Lorenz => spec.Series.Count + 1,
        _ => spec.Series.Count + spec.ReferenceLines.Count,
    };

    private static bool LegendOnTop(ChartSpec spec) =>
        LegendEntries(spec) > 1 && !(spec.Kind == ChartKind.Lorenz && spec.Width == ChartWidth.Full);

    // The title line and the value axis's title line above the data.
    private static float HeaderHeight => (TitleSize * 1.8f) + (AxisLabelSize * 1.9f);
}
