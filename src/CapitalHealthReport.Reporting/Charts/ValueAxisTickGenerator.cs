using ScottPlot;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Puts the ticks chosen by <see cref="ValueAxisTicks"/> on a ScottPlot axis, each labelled in the chart's value format
/// and language. Unlike ScottPlot's automatic generator it does not thin the ticks by the room on the axis, so the
/// scale a reader sees is the one chosen from the data.
/// </summary>
internal sealed class ValueAxisTickGenerator(IReadOnlyList<double> values, Func<double, string> label) : ITickGenerator
{
    private readonly Tick[] _all = values.Select(v => Tick.Major(v, label(v))).ToArray();

    /// <summary>The ticks that fall in the range last drawn.</summary>
    public Tick[] Ticks { get; set; } = [];

    /// <summary>Not used: the number of ticks is set by the data, within 4–7.</summary>
    public int MaxTickCount { get; set; } = ValueAxisTicks.MaxTicks;

    /// <summary>The chosen ticks inside <paramref name="range"/> (all of them when the axis's limits are the first and last tick).</summary>
    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        var tolerance = Math.Abs(range.Max - range.Min) * 1e-9;
        Ticks = _all.Where(t => t.Position >= range.Min - tolerance && t.Position <= range.Max + tolerance).ToArray();
    }
}
