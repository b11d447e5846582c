using System.Globalization;
using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering;
using ScottPlot;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

public class ChartRenderingTests
{
    public static TheoryData<ChartKind> Kinds => new(Enum.GetValues<ChartKind>().Where(static k => k != ChartKind.TileMap));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_chart_kind_has_its_title_and_both_axis_labels(ChartKind kind)
    {
        var spec = Spec(kind) is { Kind: not ChartKind.Lorenz } s ? s with { Categories = ["North", "South", "East"] } : Spec(kind);
        using var plot = ChartRendering.CreatePlot(spec);
        plot.RenderInMemory(640, 360);

        Assert.Equal(spec.Title, plot.Axes.Title.Label.Text);
        var labels = new[] { plot.Axes.Bottom.Label.Text, plot.Axes.Left.Label.Text };
        Assert.Contains(spec.XLabel, labels);
        Assert.Contains(spec.YLabel, labels);
        Assert.NotEmpty(plot.GetPlottables());
    }

    [Fact]
    public void The_value_axis_title_is_written_upright_above_the_axis_in_every_language()
    {
        using var fonts = FontSet.Load(RenderingKit.FontsFolder);
        var typefaces = new ChartTypefaces(fonts.ChartTypeface(false), fonts.ChartTypeface(true));
        var spec = Spec(ChartKind.Bar) with { YLabel = "融资事件数（起）" };
        using var plot = ChartRendering.CreatePlot(spec, typefaces, "zh-CN");
        plot.RenderInMemory(480, 250);

        Assert.Equal(0, plot.Axes.Left.Label.Rotation);
        Assert.Equal(0, plot.Axes.Bottom.Label.Rotation);

        // Nothing on the left of the data area is wider than the tick labels: the title is not beside the axis.
        var dataLeft = plot.RenderManager.LastRender.DataRect.Left;
        using var font = new SkiaSharp.SKFont(typefaces.Regular, ChartRendering.TickSize);
        var widestTick = plot.Axes.Left.TickGenerator.Ticks.Max(t => font.MeasureText(t.Label));
        Assert.True(dataLeft < widestTick + 20, $"the data area starts {dataLeft:0} pt in, beyond ticks {widestTick:0} pt wide");
    }

    [Fact]
    public void Period_axes_read_in_two_tiers_and_need_no_axis_title()
    {
        var spec = Spec(ChartKind.Line);
        using var plot = ChartRendering.CreatePlot(spec);
        plot.RenderInMemory(640, 360);

        Assert.Equal(["Q4\n2024", "Q1\n2025", "Q2"], plot.Axes.Bottom.TickGenerator.Ticks.OrderBy(t => t.Position).Select(t => t.Label));
        Assert.Equal(string.Empty, plot.Axes.Bottom.Label.Text);
    }

    [Theory]
    [InlineData("en", 480f, "Q1\n2024|Q2|Q3|Q4|Q1\n2025")]
    [InlineData("zh-CN", 480f, "一季度\n2024年|二季度|三季度|四季度|一季度\n2025年")]
    [InlineData("zh-CN", 100f, "Q1\n2024年|Q2|Q3|Q4|Q1\n2025年")]
    public void Quarter_labels_name_the_quarter_and_the_year_once(string language, float width, string expected)
    {
        string[] quarters = ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1"];
        Assert.Equal(expected.Split('|'), ChartPeriodLabels.Format(quarters, language, width));
    }

    [Fact]
    public void Chinese_quarters_are_named_one_way_on_full_and_half_width_charts_of_one_report()
    {
        // Eight quarters fit 一季度 on a full-width axis but not on a half-width one: every chart then writes Q1, not some
        // charts one form and the others the other.
        string[] quarters = ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4"];

        var full = ChartPeriodLabels.Format(quarters, "zh-CN", ChartRendering.CategoryAxisWidth);
        var half = ChartPeriodLabels.Format(quarters, "zh-CN", ChartPeriodLabels.HalfAxisWidth);

        Assert.Equal(half.Select(static l => l.Split('\n')[0]), full.Select(static l => l.Split('\n')[0]));
        Assert.Equal("Q1", full[0].Split('\n')[0]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void A_half_width_series_opening_on_a_years_last_quarter_is_labelled_upright(string language)
    {
        // Q4 2011 and Q1 2012 side by side on a half-width axis: the years would touch, so the first is read from the second.
        string[] quarters = ["2011Q4", "2012Q1", "2012Q2", "2012Q3", "2012Q4", "2013Q1", "2013Q2", "2013Q3"];
        var width = ChartRendering.CategoryAxisWidth * 0.42f;
        var labels = ChartPeriodLabels.Format(quarters, language, width);

        var year = language == "en" ? "2012" : "2012年";
        Assert.Equal("Q4", labels[0]);
        Assert.Equal("Q1\n" + year, labels[1]);
        Assert.False(ChartRendering.SlantCategoryLabels(labels, width));

        // On a full-width axis both years have room.
        Assert.EndsWith("\n" + (language == "en" ? "2011" : "2011年"), ChartPeriodLabels.Format(quarters, language)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_wraps_between_words_and_keeps_a_period_on_one_line()
    {
        static float Width(string text) => text.Length * 6f;

        Assert.Equal("Deals by quarter", ChartTitles.Wrap("Deals by quarter", 200, Width));
        Assert.Equal("Figure 5: Top 10 AI companies by funding,\nQ2 2025", ChartTitles.Wrap("Figure 5: Top 10 AI companies by funding, Q2 2025", 42 * 6, Width));
        Assert.Equal("Figure 5: Top 10 AI\ncompanies by funding,\nQ2 2025", ChartTitles.Wrap("Figure 5: Top 10 AI companies by funding, Q2 2025", 21 * 6, Width));

        // Chinese breaks between characters, never before closing punctuation.
        var chinese = ChartTitles.Wrap("图4：人工智能融资的洛伦兹曲线（2025年第二季度）", 12 * 6, Width);
        Assert.All(chinese.Split('\n'), line => Assert.True(Width(line) <= 12 * 6, line));
        Assert.DoesNotContain("\n）", chinese, StringComparison.Ordinal);
        Assert.Equal("图4：人工智能融资的洛伦兹曲线（2025年第二季度）", chinese.Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_title_on_a_half_width_figure_wraps_inside_the_figure()
    {
        var spec = Spec(ChartKind.Bar) with { Title = "Figure 5: Top 10 AI companies by funding, Q2 2025, with a title much longer than the figure", Width = ChartWidth.Half };
        using var plot = ChartRendering.CreatePlot(spec);
        var (width, height) = ChartRendering.Size(spec);
        plot.RenderInMemory((int)width, (int)height);

        var lines = plot.Axes.Title.Label.Text.Split('\n');
        Assert.True(lines.Length > 1, "the title wraps");
        using var paint = Paint.NewDisposablePaint();
        Assert.All(lines, line => Assert.True(plot.Axes.Title.Label.Measure(line, paint).Width <= width, $"'{line}' is wider than the figure ({width} px)"));
        Assert.Equal(spec.Title, string.Join(' ', lines));
    }

    [Theory]
    [InlineData(2.5e9, false, 1e9, "bn EUR")]
    [InlineData(6e6, false, 1e6, "M EUR")]
    [InlineData(750e3, false, 1e3, "thousand EUR")]
    [InlineData(0, false, 1e9, "bn EUR")]
    [InlineData(3e8, true, 1e8, "亿欧元")]
    [InlineData(6e6, true, 1e4, "万欧元")]
    [InlineData(5e12, false, 1e12, "tn EUR")]
    [InlineData(5e12, true, 1e12, "万亿欧元")]
    public void Money_axes_read_in_the_unit_of_their_largest_value(double largest, bool chinese, double divisor, string unit)
    {
        Assert.Equal((divisor, unit), ChartBuilder.MoneyUnit([largest * 0.4, largest], "EUR", chinese));
    }

    [Theory]
    [InlineData(false, "EUR", 1e6, "M EUR")]
    [InlineData(true, "EUR", 1e8, "亿欧元")]
    [InlineData(false, "INR", 1e7, "crore INR")]
    public void A_money_axis_reads_in_the_unit_the_table_beside_it_reads_in(bool chinese, string currency, double divisor, string unit)
    {
        // 9 bn beside 409 M: the table column reads 9,000 M and 409 M (90.0亿 and 4.1亿; 900 and 41 crore), and so does the axis.
        Assert.Equal((divisor, unit), ChartBuilder.MoneyUnit([9e9, 4.09e8], currency, chinese));
    }

    [Fact]
    public void A_count_axis_has_ticks_only_at_whole_numbers()
    {
        Assert.Equal(ChartValueFormat.Count, ChartValueFormats.Parse("count", "deals"));
        var spec = Spec(ChartKind.Bar) with { ValueFormat = "count", Series = [new ChartSeries("Deals", [0, 1, 2])] };
        using var plot = ChartRendering.CreatePlot(spec);
        plot.RenderInMemory(320, 240);

        var ticks = plot.Axes.Left.TickGenerator.Ticks.Where(static t => t.IsMajor).Select(static t => t.Position).ToList();
        Assert.NotEmpty(ticks);
        Assert.All(ticks, position => Assert.Equal(Math.Round(position), position));
    }

    [Fact]
    public void Years_close_together_on_the_second_line_still_slant_the_labels()
    {
        Assert.True(ChartRendering.SlantCategoryLabels(["Q4\n2011", "Q1\n2012"], 20f));
        Assert.False(ChartRendering.SlantCategoryLabels(["Q4\n2011", "Q1\n2012"], 80f));
        Assert.False(ChartRendering.SlantCategoryLabels(["Q1\n2011", "Q2", "Q3", "Q4", "Q1\n2012"], 120f));
    }

    [Fact]
    public void Categories_that_are_not_periods_keep_their_labels()
    {
        Assert.Equal(["Seed", "A"], ChartPeriodLabels.Format(["Seed", "A"], "zh-CN"));
        Assert.False(ChartPeriodLabels.IsPeriodAxis(["2024Q1", "2024H1"]));
        Assert.False(ChartPeriodLabels.IsPeriodAxis(["2024H3"]));
        Assert.Equal(["上半年\n2024年", "下半年"], ChartPeriodLabels.Format(["2024H1", "2024H2"], "zh-CN"));
    }

    [Fact]
    public void Horizontal_bars_put_categories_on_the_vertical_axis_with_the_category_label()
    {
        var spec = Spec(ChartKind.HorizontalBar);
        using var plot = ChartRendering.CreatePlot(spec);
        plot.RenderInMemory(640, 360);

        Assert.Equal(spec.XLabel, plot.Axes.Left.Label.Text);
        Assert.Equal(spec.YLabel, plot.Axes.Bottom.Label.Text);
        Assert.Equal(spec.Categories, plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label));
    }

    [Fact]
    public void Category_ticks_are_the_categories_in_order()
    {
        var spec = Spec(ChartKind.Line) with { Categories = ["Seed", "Series A", "Series B"] };
        using var plot = ChartRendering.CreatePlot(spec);
        plot.RenderInMemory(640, 360);

        Assert.Equal(spec.Categories, plot.Axes.Bottom.TickGenerator.Ticks.OrderBy(t => t.Position).Select(t => t.Label));
    }

    [Fact]
    public void Lorenz_chart_draws_the_line_of_equality_and_the_shaded_area()
    {
        using var plot = ChartRendering.CreatePlot(RenderingKit.LorenzChart());

        var legend = plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).ToArray();
        Assert.Contains("Line of equality", legend);
        Assert.Contains("2025Q1", legend);
        Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Polygon>());
    }

    [Fact]
    public void Reference_lines_are_drawn_and_named_in_the_legend()
    {
        using var plot = ChartRendering.CreatePlot(RenderingKit.BarChart());

        var line = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.HorizontalLine>());
        Assert.Equal(100, line.Y);
        Assert.Contains("Target", plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText));
    }

    [Fact]
    public void Report_fonts_go_on_each_label_and_leave_ScottPlots_default_font_alone()
    {
        var defaultName = ScottPlot.Fonts.Default;
        var defaultStyle = ScottPlot.Fonts.DefaultFontStyle;
        using var fonts = FontSet.Load(RenderingKit.FontsFolder);
        var typefaces = new ChartTypefaces(fonts.ChartTypeface(false), fonts.ChartTypeface(true));

        using var plot = ChartRendering.CreatePlot(RenderingKit.LorenzChart(), typefaces);
        plot.RenderInMemory(640, 360);

        Assert.Same(typefaces.Bold, plot.Axes.Title.Label.Font);
        Assert.Same(typefaces.Regular, plot.Axes.Bottom.Label.Font);
        Assert.Same(typefaces.Regular, plot.Axes.Left.TickLabelStyle.Font);
        Assert.Equal(defaultName, ScottPlot.Fonts.Default);
        Assert.Same(defaultStyle, ScottPlot.Fonts.DefaultFontStyle);
    }

    [Fact]
    public void A_pdf_then_html_in_one_process_leave_ScottPlots_default_font_alone()
    {
        var defaultName = ScottPlot.Fonts.Default;
        var defaultStyle = ScottPlot.Fonts.DefaultFontStyle;
        const string Markdown = "```chart lorenz\n```\n";
        var options = RenderingKit.Options("en", RenderingKit.LorenzChart());

        _ = ReportRenderer.RenderPdf(Markdown, options);
        var html = ReportRenderer.RenderHtml(Markdown, options);

        Assert.Contains("Line of equality", html, StringComparison.Ordinal);
        Assert.Equal(defaultName, ScottPlot.Fonts.Default);
        Assert.Same(defaultStyle, ScottPlot.Fonts.DefaultFontStyle);
        using var fresh = new ScottPlot.Plot();
        Assert.Same(defaultStyle, fresh.Axes.Title.Label.Font);
    }

    [Fact]
    public void Tick_labels_do_not_depend_on_the_current_culture()
    {
        var spec = Spec(ChartKind.Line) with { ValueFormat = "percent", Series = [new ChartSeries("Share", [0.125, 0.25, 0.5])] };
        string[] Ticks(string culture)
        {
            var saved = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                using var plot = ChartRendering.CreatePlot(spec);
                plot.RenderInMemory(640, 360);
                return ChartRendering.DrawnText(plot).ToArray();
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }

        var invariant = Ticks("en-US");
        Assert.Equal(invariant, Ticks("de-DE"));
        Assert.Equal(invariant, Ticks("tr-TR"));
        Assert.Contains(invariant, t => t.EndsWith('%'));
    }

    [Theory]
    [InlineData("", "Quarter", "Deals (count)", "title")]
    [InlineData("Deals", " ", "Deals (count)", "x-axis label")]
    [InlineData("Deals", "Quarter", "", "y-axis label")]
    public void Rejects_charts_without_title_or_axis_labels(string title, string xLabel, string yLabel, string missing)
    {
        var spec = Spec(ChartKind.Bar) with { Title = title, XLabel = xLabel, YLabel = yLabel };

        var error = Assert.Throws<InputException>(() => ChartRendering.CreatePlot(spec));
        Assert.Contains("'bar'", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_series_whose_length_differs_from_the_categories()
    {
        var spec = Spec(ChartKind.Bar) with { Series = [new ChartSeries("AI", [1, 2])] };

        var error = Assert.Throws<InputException>(() => ChartRendering.CreatePlot(spec));
        Assert.Contains("2 values for 3 categories", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_lorenz_points_outside_zero_to_one()
    {
        var spec = RenderingKit.LorenzChart() with { Series = [new ChartSeries("x", [0, 1.5], [0, 1])] };

        Assert.Throws<InputException>(() => ChartRendering.CreatePlot(spec));
    }

    [Fact]
    public void Rejects_unknown_value_formats()
    {
        var error = Assert.Throws<InputException>(() => ChartRendering.CreatePlot(Spec(ChartKind.Bar) with { ValueFormat = "euros" }));
        Assert.Contains("euros", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.125, ChartValueFormat.Percent, "en", "12.5%")]
    [InlineData(1800, ChartValueFormat.Number, "en", "1,800")]
    [InlineData(-0.0, ChartValueFormat.Number, "en", "0")]
    [InlineData(1.2e9, ChartValueFormat.Money, "en", "1.2 bn")]
    [InlineData(3.5e8, ChartValueFormat.Money, "en", "350 M")]
    [InlineData(1.23e9, ChartValueFormat.Money, "zh-CN", "12.3亿")]
    [InlineData(5e7, ChartValueFormat.Money, "zh-CN", "5,000万")]
    [InlineData(5.9e12, ChartValueFormat.Money, "en", "5.9 tn")]
    [InlineData(5.86e12, ChartValueFormat.Money, "zh-CN", "5.86万亿")]
    public void Formats_tick_values_for_the_language(double value, ChartValueFormat format, string language, string expected) =>
        Assert.Equal(expected, ChartValueFormats.Format(value, format, language));

    private static ChartSpec Spec(ChartKind kind) => kind == ChartKind.Lorenz
        ? RenderingKit.LorenzChart()
        : new ChartSpec
        {
            Id = kind.ToString().ToLowerInvariant(),
            Kind = kind,
            Title = "Value by quarter",
            XLabel = "Quarter",
            YLabel = "Value (CNY bn)",
            ValueFormat = "money",
            Categories = ["2024Q4", "2025Q1", "2025Q2"],
            Series = [new ChartSeries("AI", [1.5e9, 2.5e9, null]), new ChartSeries("Energy", [0.5e9, 0.4e9, 0.3e9])],
        };
}
