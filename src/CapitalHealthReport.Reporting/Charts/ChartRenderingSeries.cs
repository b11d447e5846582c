using ScottPlot;
using ScottPlot.Plottables;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>The data of a chart: bars, lines, Lorenz curves, reference lines, category ticks and value limits.</summary>
public static partial class ChartRendering
{
    private const string ReferenceLineColor = "#B00020";
    private const string EqualityLineColor = "#555555";

    private static readonly double[] EqualityLine = [0.0, 1.0];

    /// <summary>Both axes of a Lorenz curve run over shares from 0 to 100%.</summary>
    private static readonly IReadOnlyList<double> LorenzTicks = ValueAxisTicks.Choose(0, 1, ChartValueFormat.Percent);

    /// <summary>
    /// True when the category labels of a vertical chart would not fit side by side in a plot
    /// <paramref name="plotWidth"/> points wide (with a gap of half a label between neighbours), so they are drawn slanted.
    /// Two-tier period labels (<see cref="ChartPeriodLabels"/>) are judged line by line: every category has a first
    /// line, but only the first period of a year has the year under it, so years crowd only where two come close.
    /// </summary>
    public static bool SlantCategoryLabels(IReadOnlyList<string> categories, float plotWidth = CategoryAxisWidth)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count == 0)
        {
            return false;
        }

        var perCategory = plotWidth / categories.Count;
        if (categories.Max(static c => EstimatedWidth(c.Split('\n')[0])) * 1.5 > perCategory)
        {
            return true;
        }

        var previous = -1;
        for (var c = 0; c < categories.Count; c++)
        {
            if (!categories[c].Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            if (previous >= 0 && LinesCrowd(SecondLine(categories[previous]), SecondLine(categories[c]), (c - previous) * perCategory))
            {
                return true;
            }

            previous = c;
        }

        return false;
    }

    /// <summary>True when two labels on one line, their centres <paramref name="distance"/> points apart, leave less than half a label between them.</summary>
    internal static bool LinesCrowd(string left, string right, double distance) =>
        (EstimatedWidth(left) + EstimatedWidth(right)) / 2 * 1.5 > distance;

    private static string SecondLine(string label) => label[(label.IndexOf('\n', StringComparison.Ordinal) + 1)..];

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

    private static void AddBars(Plot plot, ChartSpec spec, bool stacked, bool horizontal, string language)
    {
        var seriesCount = spec.Series.Count;
        var groupWidth = horizontal ? 0.76 : 0.7;
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
                    Size = barWidth * (stacked || seriesCount == 1 ? 1 : 0.9),
                    FillColor = color,
                    LineWidth = stacked ? 0.6f : 0,
                    LineColor = Colors.White,
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Name;
            plottable.Color = color;
            plottable.Horizontal = horizontal;
        }

        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        SetCategoryTicks(categoryAxis, spec, horizontal, language);
        if (horizontal)
        {
            plot.Grid.YAxisStyle.IsVisible = false;
        }
        else
        {
            plot.Grid.XAxisStyle.IsVisible = false;
        }
    }

    private static void AddLines(Plot plot, ChartSpec spec, string language)
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
                    line.LineWidth = 1.8f;
                    line.LinePattern = pattern;
                    line.MarkerSize = 4;
                    line.MarkerShape = s % 2 == 0 ? MarkerShape.FilledCircle : MarkerShape.FilledSquare;
                    line.LegendText = legendGiven ? string.Empty : series.Name;
                    legendGiven = true;
                    xs.Clear();
                    ys.Clear();
                }
            }
        }

        SetCategoryTicks(plot.Axes.Bottom, spec, horizontal: false, language);
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
            if (points.Count == 0 || points[0].X > 0 || points[0].Y > 0)
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
                area.FillColor = color.WithAlpha(0.16);
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
        equality.LineWidth = 1f;
        equality.LinePattern = LinePattern.Dashed;
        equality.MarkerSize = 0;
        equality.LegendText = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "绝对平均线" : "Line of equality";

        plot.Axes.Bottom.TickGenerator = new ValueAxisTickGenerator(LorenzTicks, v => ChartValueFormats.Format(v, ChartValueFormat.Percent, language));
        plot.Axes.SetLimits(0, 1, 0, 1);
    }

    private static void AddReferenceLines(Plot plot, ChartSpec spec, ChartValueFormat format, string language)
    {
        foreach (var reference in spec.ReferenceLines)
        {
            var color = Color.FromHex(ReferenceLineColor);
            AxisLine line = spec.Kind == ChartKind.HorizontalBar
                ? plot.Add.VerticalLine(reference.Value, 1.2f, color, LinePattern.Dashed)
                : plot.Add.HorizontalLine(reference.Value, 1.2f, color, LinePattern.Dashed);
            var label = string.IsNullOrWhiteSpace(reference.Label)
                ? ChartValueFormats.Format(reference.Value, format, language)
                : reference.Label;

            // The label goes in the legend rather than on the line: legend text is drawn in the document's
            // fonts by every renderer, while a line's own label keeps ScottPlot's default font.
            line.LegendText = label;
        }
    }

    /// <summary>
    /// Sets the value axis from the data rather than leaving it to autoscaling: it always holds zero and every reference
    /// line, and runs from the lowest to the highest of the ticks <see cref="ValueAxisTicks"/> chooses, so the largest
    /// value sits under the last labelled tick and shares stop at 100%. Returns those ticks.
    /// </summary>
    private static IReadOnlyList<double> SetValueLimits(Plot plot, ChartSpec spec, ChartValueFormat format)
    {
        if (spec.Kind == ChartKind.Lorenz)
        {
            return LorenzTicks;
        }

        var values = spec.Kind == ChartKind.StackedBar
            ? StackTotals(spec)
            : spec.Series.SelectMany(static s => s.Values).Where(static v => v is not null).Select(static v => v!.Value).ToList();
        values.AddRange(spec.ReferenceLines.Select(static r => r.Value));
        var ticks = ValueAxisTicks.Choose(Math.Min(0, values.Min()), Math.Max(0, values.Max()), format);
        var low = ticks[0];
        var high = ticks[^1];
        var categoryLow = -0.6;
        var categoryHigh = spec.Categories.Count - 0.4;
        if (spec.Kind == ChartKind.HorizontalBar)
        {
            plot.Axes.SetLimits(low, high, categoryLow, categoryHigh);
        }
        else
        {
            plot.Axes.SetLimits(categoryLow, categoryHigh, low, high);
        }

        return ticks;
    }

    private static List<double> StackTotals(ChartSpec spec)
    {
        var totals = new List<double>();
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            totals.Add(spec.Series.Sum(s => s.Values[c] is > 0 and var v ? v : 0));
            totals.Add(spec.Series.Sum(s => s.Values[c] is < 0 and var v ? v : 0));
        }

        return totals;
    }

    private static double CategoryPosition(int index, int count, bool horizontal) =>
        horizontal ? count - 1 - index : index;

    private static void SetCategoryTicks(IAxis axis, ChartSpec spec, bool horizontal, string language)
    {
        var categories = spec.Categories;
        var labels = horizontal
            ? categories
            : ChartPeriodLabels.Format(categories, language, spec.Width == ChartWidth.Half ? ChartPeriodLabels.HalfAxisWidth : CategoryAxisWidth);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var c = 0; c < categories.Count; c++)
        {
            ticks.AddMajor(CategoryPosition(c, categories.Count, horizontal), labels[c]);
        }

        axis.TickGenerator = ticks;
        var plotWidth = spec.Width == ChartWidth.Half ? CategoryAxisWidth * 0.42f : CategoryAxisWidth;
        if (!horizontal && SlantCategoryLabels(labels, plotWidth))
        {
            // Slanted labels end under their tick and read upwards; the axis grows to hold the slant.
            axis.TickLabelStyle.Rotation = -CategorySlant;
            axis.TickLabelStyle.Alignment = Alignment.MiddleRight;
            var widest = labels.Max(EstimatedWidth);
            axis.MinimumSize = (float)((widest * Math.Sin(CategorySlant * Math.PI / 180)) + (TickSize * 2) + (AxisLabelSize * 2));
        }
    }
}
