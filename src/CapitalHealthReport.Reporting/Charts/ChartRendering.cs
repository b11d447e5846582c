using System.Globalization;
using CapitalHealthReport.Pdf.Elements;
using ScottPlot;
using ScottPlot.Plottables;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Turns a <see cref="ChartSpec"/> into a ScottPlot <see cref="Plot"/>: the same plot is drawn as vectors
/// into the PDF and exported as SVG for HTML. Every chart gets its title, both axis labels (with units),
/// culture-independent tick labels, a legend when there is more than one series, and a palette that stays
/// distinguishable in greyscale print and for colour-blind readers (Okabe–Ito).
/// </summary>
public static class ChartRendering
{
    /// <summary>Series colours in order (Okabe–Ito, yellow last because it prints faintly).</summary>
    public static readonly IReadOnlyList<string> Palette =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#555555", "#F0E442"];

    /// <summary>Title size in plot units (points in the PDF).</summary>
    public const float TitleSize = 13;

    /// <summary>Axis label size.</summary>
    public const float AxisLabelSize = 10.5f;

    /// <summary>Tick label and legend size.</summary>
    public const float TickSize = 9;

    /// <summary>The width in points available to the category axis of a chart in the PDF (the chart less its value axis).</summary>
    public const float CategoryAxisWidth = 400;

    /// <summary>Degrees by which crowded category labels are slanted.</summary>
    public const float CategorySlant = 35;

    private const string ReferenceLineColor = "#B00020";
    private const string EqualityLineColor = "#555555";

    private static readonly double[] EqualityLine = [0.0, 1.0];

    /// <summary>
    /// Checks that a chart can be drawn: a title and both axis labels, values that match the categories, and
    /// x/y pairs in 0–1 for a Lorenz curve.
    /// </summary>
    /// <exception cref="InputException">What is wrong, naming the chart.</exception>
    public static void Validate(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var id = spec.Id;
        RequireText(id, "title", spec.Title);
        RequireText(id, "x-axis label", spec.XLabel);
        RequireText(id, "y-axis label", spec.YLabel);
        _ = ChartValueFormats.Parse(spec.ValueFormat, id);
        if (spec.Series.Count == 0)
        {
            throw Invalid(id, "has no series to draw", "Give the chart at least one series.");
        }

        foreach (var series in spec.Series)
        {
            foreach (var value in series.Values)
            {
                if (value is { } v && !double.IsFinite(v))
                {
                    throw Invalid(id, $"series '{series.Name}' has a value that is not a finite number", "Use null for a missing value.");
                }
            }

            if (spec.Kind == ChartKind.Lorenz)
            {
                if (series.X is null || series.X.Count != series.Values.Count)
                {
                    throw Invalid(id, $"Lorenz series '{series.Name}' needs one x value per y value", "Give X the cumulative share of companies (0–1).");
                }

                if (series.X.Any(x => !double.IsFinite(x) || x < 0 || x > 1)
                    || series.Values.Any(y => y is not { } v || !double.IsFinite(v) || v < -1e-9 || v > 1 + 1e-9))
                {
                    throw Invalid(id, $"Lorenz series '{series.Name}' has points outside 0–1 or missing values", "Lorenz points are cumulative shares between 0 and 1.");
                }
            }
            else if (series.Values.Count != spec.Categories.Count)
            {
                throw Invalid(
                    id,
                    $"series '{series.Name}' has {series.Values.Count.ToString(CultureInfo.InvariantCulture)} values for {spec.Categories.Count.ToString(CultureInfo.InvariantCulture)} categories",
                    "Give one value (or null) per category.");
            }
        }

        foreach (var line in spec.ReferenceLines)
        {
            if (!double.IsFinite(line.Value))
            {
                throw Invalid(id, $"reference line '{line.Label}' has a value that is not a finite number", "Give reference lines a finite value.");
            }
        }
    }

    /// <summary>
    /// Builds the plot for <paramref name="spec"/>. With <paramref name="typefaces"/> all text uses the report's
    /// fonts; without, ScottPlot's default font (only for previews and tests). Ticks are formatted for
    /// <paramref name="language"/> (<c>en</c>, <c>zh-CN</c>) without reference to the current culture.
    /// Not thread-safe with other plots being built or drawn (ScottPlot keeps font state in statics).
    /// </summary>
    /// <exception cref="InputException">The spec is not drawable (see <see cref="Validate"/>).</exception>
    public static Plot CreatePlot(ChartSpec spec, ChartTypefaces? typefaces = null, string language = "en")
    {
        Validate(spec);
        var format = ChartValueFormats.Parse(spec.ValueFormat, spec.Id);
        var plot = new Plot();
        try
        {
            plot.Add.Palette = new ScottPlot.Palettes.Custom(Palette.ToArray(), "Report");
            switch (spec.Kind)
            {
                case ChartKind.Bar:
                    AddBars(plot, spec, stacked: false, horizontal: false);
                    break;
                case ChartKind.StackedBar:
                    AddBars(plot, spec, stacked: true, horizontal: false);
                    break;
                case ChartKind.HorizontalBar:
                    AddBars(plot, spec, stacked: false, horizontal: true);
                    break;
                case ChartKind.Line:
                    AddLines(plot, spec);
                    break;
                case ChartKind.Lorenz:
                    AddLorenz(plot, spec, language);
                    break;
                default:
                    throw Invalid(spec.Id, $"has an unknown kind '{spec.Kind}'", "Use Bar, StackedBar, HorizontalBar, Line or Lorenz.");
            }

            AddReferenceLines(plot, spec, format, language);
            Label(plot, spec, format, language);
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

    private static void AddBars(Plot plot, ChartSpec spec, bool stacked, bool horizontal)
    {
        var seriesCount = spec.Series.Count;
        var groupWidth = 0.8;
        var barWidth = stacked || seriesCount == 1 ? groupWidth : groupWidth / seriesCount;
        var stackBase = new double[spec.Categories.Count];
        var stackNegativeBase = new double[spec.Categories.Count];
        for (var s = 0; s < seriesCount; s++)
        {
            var series = spec.Series[s];
            var color = Color.FromHex(Palette[s % Palette.Count]);
            var bars = new List<Bar>();
            for (var c = 0; c < series.Values.Count; c++)
            {
                if (series.Values[c] is not { } value)
                {
                    continue;
                }

                var position = CategoryPosition(c, spec.Categories.Count, horizontal);
                double valueBase = 0;
                if (stacked)
                {
                    var bases = value >= 0 ? stackBase : stackNegativeBase;
                    valueBase = bases[c];
                    bases[c] += value;
                    value = bases[c];
                }
                else if (seriesCount > 1)
                {
                    // Series read in order along the reading direction: left to right, or top to bottom.
                    var offset = (s - ((seriesCount - 1) / 2.0)) * barWidth;
                    position += horizontal ? -offset : offset;
                }

                bars.Add(new Bar
                {
                    Position = position,
                    Value = value,
                    ValueBase = valueBase,
                    Size = barWidth * 0.92,
                    FillColor = color,
                    LineWidth = 0,
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Name;
            plottable.Color = color;
            plottable.Horizontal = horizontal;
        }

        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        SetCategoryTicks(categoryAxis, spec.Categories, horizontal);
        if (horizontal)
        {
            plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.05, top: 0.05);
            plot.Grid.YAxisStyle.IsVisible = false;
        }
        else
        {
            plot.Axes.Margins(left: 0.05, right: 0.05, bottom: 0, top: 0.1);
            plot.Grid.XAxisStyle.IsVisible = false;
        }
    }

    private static void AddLines(Plot plot, ChartSpec spec)
    {
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var color = Color.FromHex(Palette[s % Palette.Count]);
            var pattern = s % 2 == 0 ? LinePattern.Solid : LinePattern.Dashed;
            var legendGiven = false;

            // A null value is a gap: draw each run of present values as its own line, one legend entry per series.
            var xs = new List<double>();
            var ys = new List<double>();
            for (var c = 0; c <= series.Values.Count; c++)
            {
                if (c < series.Values.Count && series.Values[c] is { } value)
                {
                    xs.Add(c);
                    ys.Add(value);
                    continue;
                }

                if (xs.Count > 0)
                {
                    var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
                    line.LineWidth = 2;
                    line.LinePattern = pattern;
                    line.MarkerSize = 5;
                    line.MarkerShape = MarkerShape.FilledCircle;
                    line.LegendText = legendGiven ? string.Empty : series.Name;
                    legendGiven = true;
                    xs.Clear();
                    ys.Clear();
                }
            }
        }

        SetCategoryTicks(plot.Axes.Bottom, spec.Categories, horizontal: false);
        plot.Axes.Margins(left: 0.05, right: 0.05, bottom: 0.1, top: 0.1);
        plot.Grid.XAxisStyle.IsVisible = false;
    }

    private static void AddLorenz(Plot plot, ChartSpec spec, string language)
    {
        var first = true;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var color = Color.FromHex(Palette[s % Palette.Count]);
            var points = new List<Coordinates>();
            for (var i = 0; i < series.Values.Count; i++)
            {
                points.Add(new Coordinates(series.X![i], series.Values[i]!.Value));
            }

            points.Sort((a, b) => a.X.CompareTo(b.X));
            if (points[0].X > 0 || points[0].Y > 0)
            {
                points.Insert(0, new Coordinates(0, 0));
            }

            if (points[^1].X < 1 || points[^1].Y < 1)
            {
                points.Add(new Coordinates(1, 1));
            }

            if (first)
            {
                // The area between the line of equality and the curve: the Gini coefficient is twice this area.
                var area = plot.Add.Polygon(points.ToArray());
                area.FillColor = color.WithAlpha(0.18);
                area.LineWidth = 0;
                area.LegendText = string.Empty;
                first = false;
            }

            var curve = plot.Add.ScatterLine(points.ToArray(), color);
            curve.LineWidth = 2;
            curve.MarkerSize = 0;
            curve.LegendText = series.Name;
        }

        var equality = plot.Add.ScatterLine(EqualityLine, EqualityLine, Color.FromHex(EqualityLineColor));
        equality.LineWidth = 1.2f;
        equality.LinePattern = LinePattern.Dashed;
        equality.MarkerSize = 0;
        equality.LegendText = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "绝对平均线" : "Line of equality";

        var tickFormat = (double v) => ChartValueFormats.Format(v, ChartValueFormat.Percent, language);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = tickFormat };
        plot.Axes.SetLimits(0, 1, 0, 1);
    }

    private static void AddReferenceLines(Plot plot, ChartSpec spec, ChartValueFormat format, string language)
    {
        foreach (var reference in spec.ReferenceLines)
        {
            var color = Color.FromHex(ReferenceLineColor);
            AxisLine line = spec.Kind == ChartKind.HorizontalBar
                ? plot.Add.VerticalLine(reference.Value, 1.5f, color, LinePattern.Dashed)
                : plot.Add.HorizontalLine(reference.Value, 1.5f, color, LinePattern.Dashed);
            var label = string.IsNullOrWhiteSpace(reference.Label)
                ? ChartValueFormats.Format(reference.Value, format, language)
                : reference.Label;

            // The label goes in the legend rather than on the line: legend text is drawn in the document's
            // fonts by every renderer, while a line's own label keeps ScottPlot's default font.
            line.LegendText = label;
        }
    }

    private static void Label(Plot plot, ChartSpec spec, ChartValueFormat format, string language)
    {
        // XLabel names the category axis and YLabel the value axis, whichever way the bars run.
        plot.Title(spec.Title, TitleSize);
        var horizontal = spec.Kind == ChartKind.HorizontalBar;
        plot.XLabel(horizontal ? spec.YLabel : spec.XLabel, AxisLabelSize);
        plot.YLabel(horizontal ? spec.XLabel : spec.YLabel, AxisLabelSize);
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;

        var valueAxis = spec.Kind == ChartKind.HorizontalBar ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        valueAxis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = value => ChartValueFormats.Format(value, spec.Kind == ChartKind.Lorenz ? ChartValueFormat.Percent : format, language),
        };
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickSize;
        }

        var legendNeeded = spec.Series.Count > 1 || spec.Kind == ChartKind.Lorenz || spec.ReferenceLines.Count > 0;
        if (legendNeeded)
        {
            if (LegendCorner(spec.Kind) is { } corner)
            {
                // A corner the data leaves empty: no band of white between the axis label and a legend below it.
                plot.ShowLegend(corner);
                plot.Legend.Orientation = Orientation.Vertical;
                plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.9);
            }
            else
            {
                plot.ShowLegend(Edge.Bottom);
                plot.Legend.Orientation = Orientation.Horizontal;
                plot.Legend.TightHorizontalWrapping = true;

                // ScottPlot's default margin leaves a wide band of white between the axis label and the legend.
                plot.Legend.Margin = new PixelPadding(0, 0, 2, 2);
            }

            plot.Legend.FontSize = TickSize;
            plot.Legend.ShadowColor = Colors.Transparent;
            plot.Legend.OutlineColor = Color.FromHex("#BBBBBB");
        }
        else
        {
            plot.HideLegend();
        }
    }

    private static void ApplyFonts(Plot plot, ChartTypefaces? typefaces)
    {
        if (typefaces is not null)
        {
            // Each label holds its typeface (the title the bold one); ScottPlot's process-wide default font is left alone.
            ChartFonts.Apply(plot, typefaces.Regular, typefaces.Bold);
        }
    }

    /// <summary>
    /// True when the category labels of a vertical chart would not fit side by side in a plot
    /// <paramref name="plotWidth"/> points wide (with a gap of half a label between neighbours), so they are drawn slanted.
    /// </summary>
    public static bool SlantCategoryLabels(IReadOnlyList<string> categories, float plotWidth = CategoryAxisWidth)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count == 0)
        {
            return false;
        }

        var widest = categories.Max(EstimatedWidth);
        return widest * 1.5 * categories.Count > plotWidth;
    }

    /// <summary>Approximate width in points of <paramref name="text"/> at <see cref="TickSize"/>: a full em per ideograph, about half an em per Latin character.</summary>
    public static double EstimatedWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += rune.Value >= 0x2E80 ? 1.0 : rune.Value == ' ' ? 0.26 : 0.58;
        }

        return ems * TickSize;
    }

    // Where the legend goes for a kind: a corner the data leaves empty, or null for a band under the chart.
    // Lorenz curves sag below the diagonal, so the upper left is empty; ranked horizontal bars shrink downwards.
    private static Alignment? LegendCorner(ChartKind kind) => kind switch
    {
        ChartKind.Lorenz => Alignment.UpperLeft,
        ChartKind.HorizontalBar => Alignment.LowerRight,
        _ => null,
    };

    private static double CategoryPosition(int index, int count, bool horizontal) =>
        horizontal ? count - 1 - index : index;

    private static void SetCategoryTicks(IAxis axis, IReadOnlyList<string> categories, bool horizontal)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var c = 0; c < categories.Count; c++)
        {
            ticks.AddMajor(CategoryPosition(c, categories.Count, horizontal), categories[c]);
        }

        axis.TickGenerator = ticks;
        if (!horizontal && SlantCategoryLabels(categories))
        {
            // Slanted labels end under their tick and read upwards; the axis grows to hold the slant.
            axis.TickLabelStyle.Rotation = -CategorySlant;
            axis.TickLabelStyle.Alignment = Alignment.MiddleRight;
            var widest = categories.Max(EstimatedWidth);
            axis.MinimumSize = (float)((widest * Math.Sin(CategorySlant * Math.PI / 180)) + (TickSize * 2) + (AxisLabelSize * 2));
        }
    }

    private static void RequireText(string id, string what, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(id, $"has no {what}", "Every chart needs a title and both axis labels with units, e.g. \"Value (CNY bn)\".");
        }
    }

    private static InputException Invalid(string id, string problem, string hint) =>
        new($"Chart '{id}' {problem}.", null, hint: hint);
}
