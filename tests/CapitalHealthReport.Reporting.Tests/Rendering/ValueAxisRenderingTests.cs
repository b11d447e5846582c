using CapitalHealthReport.Reporting.Charts;
using ScottPlot;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>
/// Charts label their value axis with the ticks <see cref="ValueAxisTicks"/> chooses, in the chart's format and
/// language, and the axis ends at the last labelled tick, so no bar rises above it.
/// </summary>
public sealed class ValueAxisRenderingTests
{
    [Fact]
    public void Bars_up_to_855_million_ringgit_read_0_to_1000_by_200()
    {
        var spec = Spec(ChartKind.Bar, "number", [420, 855, 610]);

        var (labels, low, high) = ValueAxis(spec, "en", horizontal: false);

        Assert.Equal(["0", "200", "400", "600", "800", "1,000"], labels);
        Assert.Equal((0, 1000), (low, high));
    }

    [Fact]
    public void Deal_counts_up_to_3_read_0_1_2_3()
    {
        var spec = Spec(ChartKind.Line, "count", [1, 3, 2]);

        var (labels, low, high) = ValueAxis(spec, "en", horizontal: false);

        Assert.Equal(["0", "1", "2", "3"], labels);
        Assert.Equal((0, 3), (low, high));
    }

    [Fact]
    public void Amounts_up_to_1_2_trillion_read_in_the_compact_unit_of_each_language()
    {
        var spec = Spec(ChartKind.Bar, "money", [0.7e12, 1.2e12, 0.9e12]);

        Assert.Equal(["0", "200 bn", "400 bn", "600 bn", "800 bn", "1 tn", "1.2 tn"], ValueAxis(spec, "en", horizontal: false).Labels);
        Assert.Equal(["0", "2,000亿", "4,000亿", "6,000亿", "8,000亿", "1万亿", "1.2万亿"], ValueAxis(spec, "zh-CN", horizontal: false).Labels);
    }

    [Fact]
    public void Ranked_shares_run_along_the_bottom_to_100_percent()
    {
        var spec = Spec(ChartKind.HorizontalBar, "percent", [0.86, 0.05, 0.03]);

        var (labels, low, high) = ValueAxis(spec, "zh-CN", horizontal: true);

        Assert.Equal(["0%", "20%", "40%", "60%", "80%", "100%"], labels);
        Assert.Equal((0, 1), (low, high));
    }

    [Fact]
    public void Negative_changes_get_ticks_below_zero()
    {
        var spec = Spec(ChartKind.Bar, "number", [-120, 80, 35]);

        var (labels, low, high) = ValueAxis(spec, "en", horizontal: false);

        Assert.Equal(["-150", "-100", "-50", "0", "50", "100"], labels);
        Assert.Equal((-150, 100), (low, high));
    }

    [Fact]
    public void A_stacked_bar_axis_covers_the_tallest_stack()
    {
        var spec = Spec(ChartKind.StackedBar, "number", [1.2, 2.3, 0.4]) with
        {
            Series = [new ChartSeries("Energy", [1.2, 2.3, 0.4]), new ChartSeries("Health", [3.1, 2.9, 0.2])],
        };

        var (labels, _, high) = ValueAxis(spec, "en", horizontal: false);

        Assert.Equal(["0", "1", "2", "3", "4", "5", "6"], labels);
        Assert.Equal(6, high);
    }

    private static (string[] Labels, double Low, double High) ValueAxis(ChartSpec spec, string language, bool horizontal)
    {
        using var plot = ChartRendering.CreatePlot(spec, language: language);
        plot.RenderInMemory(480, 240);
        var axis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        var labels = axis.TickGenerator.Ticks.Where(static t => t.IsMajor).OrderBy(static t => t.Position).Select(static t => t.Label).ToArray();
        return (labels, axis.Range.Min, axis.Range.Max);
    }

    private static ChartSpec Spec(ChartKind kind, string format, double?[] values) => new()
    {
        Id = "value",
        Kind = kind,
        Title = "Disclosed value by quarter",
        XLabel = "Quarter",
        YLabel = "Disclosed value (M MYR)",
        ValueFormat = format,
        Categories = ["2024Q4", "2025Q1", "2025Q2"],
        Series = [new ChartSeries("Value", values)],
    };
}
