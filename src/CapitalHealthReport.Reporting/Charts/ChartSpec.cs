namespace CapitalHealthReport.Reporting.Charts;

/// <summary>The kinds of chart a report template can place.</summary>
public enum ChartKind
{
    /// <summary>Vertical bars per category; several series are grouped side by side.</summary>
    Bar,

    /// <summary>Vertical bars per category; series stacked (shares or amounts).</summary>
    StackedBar,

    /// <summary>Horizontal bars per category (rankings: regions, sectors).</summary>
    HorizontalBar,

    /// <summary>Lines over categories (time series).</summary>
    Line,

    /// <summary>A Lorenz curve (x and y in 0–1) with the line of equality.</summary>
    Lorenz,

    /// <summary>
    /// A tile-grid map: one square per region, laid out to echo geography, coloured by the first series' value (a share,
    /// 0–1). The categories are canonical region names; the grid (Chinese provinces or US states) is chosen from them.
    /// </summary>
    TileMap,
}

/// <summary>How much of the text width a chart takes.</summary>
public enum ChartWidth
{
    /// <summary>The full text width.</summary>
    Full,

    /// <summary>Half the text width, so that two charts can sit side by side.</summary>
    Half,
}

/// <summary>
/// A chart as data: what a template places with a fenced block (<c>```chart lorenz</c>). The report
/// model builds these from metrics; the renderers turn them into ScottPlot plots (vector in PDF,
/// SVG in HTML). Titles and labels are already in the report's language and include units.
/// </summary>
public sealed record ChartSpec
{
    /// <summary>The name templates use (<c>lorenz</c>, <c>market_overview</c>, …).</summary>
    public required string Id { get; init; }

    public required ChartKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>
    /// Label of the category axis (x for Lorenz), e.g. "Quarter" or "Region". For <see cref="ChartKind.HorizontalBar"/> it
    /// names the vertical axis, where the categories are.
    /// </summary>
    public required string XLabel { get; init; }

    /// <summary>Label of the value axis including the unit, e.g. "Deals (count)"; the horizontal axis of horizontal bars.</summary>
    public required string YLabel { get; init; }

    /// <summary>Category labels along the category axis (empty for <see cref="ChartKind.Lorenz"/>).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<ChartSeries> Series { get; init; } = [];

    /// <summary>Horizontal reference lines (e.g. the HHI 1,800 threshold).</summary>
    public IReadOnlyList<ReferenceLine> ReferenceLines { get; init; } = [];

    /// <summary>Format of value-axis ticks: <c>number</c>, <c>count</c> (whole numbers), <c>percent</c> (values are fractions), <c>money</c>.</summary>
    public string ValueFormat { get; init; } = "number";

    /// <summary>A one-line caption under the chart (source, notes); optional.</summary>
    public string? Caption { get; init; }

    /// <summary>Width ÷ height in the PDF, where the chart takes the full text width; null: chosen by <see cref="Kind"/>.</summary>
    public double? Aspect { get; init; }

    /// <summary>The full text width (default) or half of it, for two charts side by side. The height follows from the kind and the data.</summary>
    public ChartWidth Width { get; init; } = ChartWidth.Full;

    /// <summary>
    /// Why the chart has nothing to draw (no values, all zero, no region on the map), or null when it can be drawn.
    /// A report places a sentence instead of an empty chart; a template can ask with <c>has_data</c>.
    /// </summary>
    public string? NothingToDraw => ChartRendering.NothingToDraw(this);

    /// <summary>True when the chart has something to draw (see <see cref="NothingToDraw"/>).</summary>
    public bool HasData => NothingToDraw is null;

    /// <summary>
    /// True for a bar or line chart with a value at one category only (one quarter, one company, one stage), or a stacked
    /// bar of one category in one colour: a single bar or point compares nothing, and the table or sentence beside it says
    /// all it would.
    /// </summary>
    public bool SinglePoint => Kind switch
    {
        ChartKind.Bar or ChartKind.HorizontalBar or ChartKind.Line => Valued(static v => v is not null) < 2,
        // A stacked bar of one category in one colour is one bar at its whole: it shows a mix only with two parts.
        ChartKind.StackedBar => Valued(static v => v is not null) < 2 && Series.Count(static s => s.Values.Any(static v => v is > 0)) < 2,
        _ => false,
    };

    /// <summary>How many categories have a value that passes <paramref name="valued"/> in some series.</summary>
    private int Valued(Func<double?, bool> valued) =>
        Enumerable.Range(0, Categories.Count).Count(i => Series.Any(s => i < s.Values.Count && valued(s.Values[i])));
}

/// <summary>One series: a name for the legend and one value per category (or x/y pairs for Lorenz). Null values are gaps.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<double>? X = null);

/// <summary>A horizontal line at <paramref name="Value"/> with a label.</summary>
public sealed record ReferenceLine(double Value, string Label);
