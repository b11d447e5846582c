using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering;
using ScottPlot;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>Charts sized and laid out for reading: sizes per kind, legends outside the data, sane value axes, no empty charts.</summary>
public sealed class ChartLayoutTests
{
    [Fact]
    public void Time_series_are_wide_rankings_grow_with_their_labels_and_lorenz_curves_are_square_ish()
    {
        var series = ChartRendering.Size(Quarterly());
        Assert.Equal(ChartRendering.TextWidth, series.Width);
        Assert.InRange(series.Width / series.Height, 1.6, 2.4);

        var few = ChartRendering.Size(Ranking(3));
        var many = ChartRendering.Size(Ranking(12));
        Assert.True(many.Height > few.Height + (9 * ChartRendering.TickSize * 2), $"12 rows ({many.Height}) against 3 ({few.Height})");

        var lorenz = ChartRendering.Size(RenderingKit.LorenzChart());
        Assert.InRange(lorenz.Width / lorenz.Height, 1.2, 1.8);
    }

    [Fact]
    public void Two_half_width_charts_and_their_gutter_fill_the_text_width()
    {
        var half = ChartRendering.Size(Quarterly() with { Width = ChartWidth.Half });
        Assert.Equal(ChartRendering.TextWidth, (2 * half.Width) + ChartRendering.Gutter, 1);
        Assert.True(half.Height > half.Width * 0.6, "a half-width chart keeps a readable height");
    }

    [Theory]
    [InlineData(ChartKind.Line)]
    [InlineData(ChartKind.Bar)]
    [InlineData(ChartKind.HorizontalBar)]
    public void Legends_sit_outside_the_data_area(ChartKind kind)
    {
        var spec = Quarterly() with { Kind = kind, ValueFormat = "percent", Series = [new("Share of value", [0.5, 0.55, 0.58]), new("Share of deals", [0.3, 0.31, 0.75])] };
        using var plot = ChartRendering.CreatePlot(spec);
        var (width, height) = ChartRendering.Size(spec);
        plot.RenderInMemory((int)width, (int)height);

        Assert.False(plot.Legend.IsVisible, "no legend is drawn inside the data area");
        var panel = Assert.Single(plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>());
        Assert.Equal(Edge.Top, panel.Edge);
        Assert.True(plot.Legend.LastRenderSize.Height > 0);
    }

    [Fact]
    public void A_full_width_lorenz_curve_keeps_its_legend_to_the_right_of_the_square()
    {
        using var plot = ChartRendering.CreatePlot(RenderingKit.LorenzChart());
        Assert.Equal(Edge.Right, Assert.Single(plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>()).Edge);
    }

    [Fact]
    public void Share_axes_hold_zero_and_stop_at_one_hundred_percent()
    {
        var spec = Quarterly() with { Kind = ChartKind.Line, ValueFormat = "percent", Series = [new("Share", [0.0004, 0.0, 0.001])] };
        using var plot = ChartRendering.CreatePlot(spec);
        plot.RenderInMemory(480, 250);
        var limits = plot.Axes.GetLimits();
        Assert.Equal(0, limits.Bottom);
        Assert.InRange(limits.Top, 0.001, 0.0012);

        var stacked = Quarterly() with { Kind = ChartKind.StackedBar, ValueFormat = "percent", Series = [new("A", [0.5, 0.6, 0.7]), new("B", [0.5, 0.4, 0.3])] };
        using var full = ChartRendering.CreatePlot(stacked);
        full.RenderInMemory(480, 250);
        Assert.Equal(1, full.Axes.GetLimits().Top, 6);
    }

    [Fact]
    public void Reference_lines_stay_in_view()
    {
        var spec = Quarterly() with { Kind = ChartKind.Line, Series = [new("HHI", [400, 500, 450])], ReferenceLines = [new ReferenceLine(1_800, "1,800")] };
        using var plot = ChartRendering.CreatePlot(spec);
        plot.RenderInMemory(480, 250);
        Assert.True(plot.Axes.GetLimits().Top > 1_800);
    }

    public static TheoryData<string, ChartSpec> EmptyCharts => new()
    {
        { "there are no values", Quarterly() with { Series = [new("Deals", [null, null, null])] } },
        { "every value is zero", Quarterly() with { Series = [new("Deals", [0, 0, null])] } },
        { "there are no values", Quarterly() with { Categories = [], Series = [new("Deals", [])] } },
        { "fewer than two companies have a disclosed amount", RenderingKit.LorenzChart() with { Series = [new("AI", [1.0], [1.0])] } },
        { "no region is on a map", new ChartSpec { Id = "map", Kind = ChartKind.TileMap, Title = "Share of deals by region", XLabel = string.Empty, YLabel = "Share of deals (%)", Categories = ["Bavaria", "Saxony"], Series = [new("Share", [0.6, 0.4])] } },
    };

    [Theory]
    [MemberData(nameof(EmptyCharts))]
    public void A_chart_with_nothing_to_draw_says_why_and_is_not_drawn(string reason, ChartSpec spec)
    {
        Assert.Equal(reason, spec.NothingToDraw);
        Assert.False(spec.HasData);
        var error = Assert.Throws<InputException>(() => ChartRendering.CreatePlot(spec));
        Assert.Contains("nothing to draw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_places_a_sentence_where_a_chart_has_nothing_to_draw()
    {
        var empty = Quarterly() with { Id = "empty", Series = [new("Deals", [0, 0, 0])] };
        const string Markdown = "# Market\n\n```chart empty\n```\n";
        var html = ReportRenderer.RenderHtml(Markdown, RenderingKit.Options("en", empty));
        Assert.Contains("No chart of Deals by quarter: every value is zero.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);

        var pdf = ReportRenderer.RenderPdf(Markdown, RenderingKit.Options("en", empty));
        Assert.Contains("every value is zero", string.Join(" ", RenderingKit.PageTexts(pdf.Pdf)), StringComparison.Ordinal);

        var chinese = ReportRenderer.RenderHtml(Markdown, RenderingKit.Options("zh-CN", empty with { Title = "各季度融资事件数" }));
        Assert.Contains("“各季度融资事件数”无图可绘：各项数值均为零。", chinese, StringComparison.Ordinal);
    }

    private static ChartSpec Quarterly() => new()
    {
        Id = "deals",
        Kind = ChartKind.Bar,
        Title = "Deals by quarter",
        XLabel = "Quarter",
        YLabel = "Deals (count)",
        Categories = ["2024Q4", "2025Q1", "2025Q2"],
        Series = [new ChartSeries("Deals", [120, 140, 90])],
    };

    private static ChartSpec Ranking(int rows) => new()
    {
        Id = "ranking",
        Kind = ChartKind.HorizontalBar,
        Title = "Top companies",
        XLabel = "Company",
        YLabel = "Funding (CNY bn)",
        Categories = Enumerable.Range(1, rows).Select(static i => "Company " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        Series = [new ChartSeries("Funding", Enumerable.Range(1, rows).Select(static i => (double?)(100 - i)).ToList())],
    };
}
