using CapitalHealthReport.Pdf.Elements;
using CapitalHealthReport.Pdf.Model;
using ScottPlot;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Tests.Output;

/// <summary>
/// Chart text in the PDF: every string is drawn with the face it was recorded for (title bold, the rest regular), so
/// nothing falls back to the <c>.notdef</c> box; legend labels sit inside their box; and charts leave ScottPlot's
/// process-wide font defaults as they found them.
/// </summary>
public sealed class ChartTextTests
{
    private const float Dpi = 144f;

    // Letters that appear nowhere else in the chart: the title's (L o n z 洛伦兹曲线) are drawn only with the bold face, the
    // legend's (Æ Ø q l i y 基尼系数) only with the regular face; the axis labels are "Quarter" and "Share".
    private const string Title = "Lorenz 洛伦兹曲线";
    private const string LatinLegend = "ÆØ quality";
    private const string ChineseLegend = "基尼系数";

    [Fact]
    public void Title_and_legend_are_extracted_exactly_and_no_glyph_is_missing()
    {
        var document = PdfTestKit.Layout(ChartDocument(LatinLegend, ChineseLegend));
        var text = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(document))[0];

        Assert.Empty(document.MissingGlyphs);
        Assert.Contains("Lorenz", text, StringComparison.Ordinal);
        Assert.Contains(LatinLegend, text, StringComparison.Ordinal);
        var compact = PdfTestKit.Compact(text);
        Assert.Contains("洛伦兹曲线", compact, StringComparison.Ordinal);
        Assert.Contains(ChineseLegend, compact, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Theory]
    [InlineData(LatinLegend)]
    [InlineData(ChineseLegend)]
    [InlineData("AI")]
    public void Legend_text_lies_inside_the_legend_box_with_its_padding(string label)
    {
        var plot = LegendPlot("Deals", label);
        var document = PdfTestKit.Layout(SampleDocuments.Base().Add(new ChartBlock(plot, 420f, 260f)).Build());
        using var page = SKBitmap.Decode(document.RenderPagePng(0, Dpi));

        var box = Bounds(page, new SKRectI(0, 0, page.Width, page.Height), IsOutline);
        Assert.False(box.IsEmpty, "the legend outline was not found");

        // Ink of the labels inside the box (the symbols are coloured, the text black); the outline itself is left out.
        var border = 3;
        var inside = new SKRectI(box.Left + border, box.Top + border, box.Right - border, box.Bottom - border);
        var ink = Bounds(page, inside, IsText);
        Assert.False(ink.IsEmpty, "no legend text was drawn inside the legend box");

        // ScottPlot pads the legend by 5 points above and below and clips there; text cut by that clip touches it.
        var scale = Dpi / 72f;
        var padding = 5f * scale;
        var top = ink.Top - box.Top;
        var bottom = box.Bottom - ink.Bottom;
        Assert.True(top > padding, $"legend text starts {top} px below the box top, within its {padding} px padding: it is drawn too high");
        Assert.True(bottom > padding, $"legend text ends {bottom} px above the box bottom, within its {padding} px padding: it is drawn too low");
        Assert.True(Math.Abs(top - bottom) < 4f * scale, $"legend text is off centre: {top} px above, {bottom} px below");
    }

    [Fact]
    public void Rendering_a_chart_leaves_ScottPlots_global_fonts_alone()
    {
        var defaultName = ScottPlot.Fonts.Default;
        var defaultStyle = ScottPlot.Fonts.DefaultFontStyle;

        var document = PdfTestKit.Layout(ChartDocument(LatinLegend, ChineseLegend));
        _ = PdfTestKit.PdfBytes(document);

        Assert.Equal(defaultName, ScottPlot.Fonts.Default);
        Assert.Same(defaultStyle, ScottPlot.Fonts.DefaultFontStyle);
        using var fresh = new Plot();
        Assert.Same(defaultStyle, fresh.Axes.Title.Label.Font);
    }

    [Fact]
    public void Apply_gives_the_title_the_bold_face_and_every_other_label_the_regular_face()
    {
        using var fonts = PdfTestKit.Fonts();
        var regular = fonts.ChartTypeface(bold: false);
        var bold = fonts.ChartTypeface(bold: true);
        using var plot = LegendPlot(LatinLegend, ChineseLegend);
        plot.Axes.Title.Label.Bold = true;

        ChartFonts.Apply(plot, regular, bold);

        Assert.Same(bold, plot.Axes.Title.Label.Font);
        Assert.All(plot.Axes.GetAxes(), axis =>
        {
            Assert.Same(regular, axis.Label.Font);
            Assert.Same(regular, axis.TickLabelStyle.Font);
        });
        var legend = plot.Legend.GetItems();
        using (var paint = ScottPlot.Paint.NewDisposablePaint())
        {
            _ = plot.Legend.Layout.GetLayout(plot.Legend, legend, new PixelSize(400, 300), paint);
        }

        Assert.All(legend, item => Assert.Same(regular, item.LabelStyle.Font));

        var drawn = ChartFonts.DrawnText(plot).Where(t => !string.IsNullOrEmpty(t.Text)).ToArray();
        Assert.Equal(new[] { (Title, true) }, drawn.Where(t => t.Bold).ToArray());
        Assert.Contains((LatinLegend, false), drawn);
        Assert.Contains((ChineseLegend, false), drawn);
    }

    [Fact]
    public void Baseline_correction_is_the_gap_between_the_bounding_box_bottom_and_the_descent()
    {
        using var fonts = PdfTestKit.Fonts();
        var cjk = fonts.ChartTypeface(bold: false);
        using var font = new SKFont(cjk, 9f);
        font.GetFontMetrics(out var metrics);

        var correction = ChartFonts.LegendBaselineCorrection(cjk, 9f);

        // Noto Sans CJK's bounding box reaches 1.05 em below the baseline, its descent 0.29 em.
        Assert.InRange(correction, 6f, 7.5f);
        Assert.Equal(metrics.Bottom - metrics.Descent, correction, 3);
    }

    private static PdfDocumentModel ChartDocument(params string[] legend) =>
        SampleDocuments.Base().Heading(2, "Chart").Add(new ChartBlock(LegendPlot(legend), 420f, 260f)).Build();

    private static Plot LegendPlot(params string[] legend)
    {
        var plot = new Plot();
        string[] colors = ["#0072B2", "#E69F00", "#009E73"];
        for (var i = 0; i < legend.Length; i++)
        {
            var line = plot.Add.ScatterLine(new double[] { 0, 1, 2 }, new double[] { i, i + 1, i + 0.5 }, ScottPlot.Color.FromHex(colors[i % colors.Length]));
            line.LegendText = legend[i];
            line.MarkerSize = 0;
        }

        plot.Title(Title, 13);
        plot.XLabel("Quarter");
        plot.YLabel("Share");
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 9;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = ScottPlot.Color.FromHex("#FF0000");
        return plot;
    }

    private static bool IsOutline(SKColor c) => c.Red > 200 && c.Green < 90 && c.Blue < 90;

    private static bool IsText(SKColor c) => Math.Max(c.Red, Math.Max(c.Green, c.Blue)) < 110;

    private static SKRectI Bounds(SKBitmap bitmap, SKRectI area, Func<SKColor, bool> match)
    {
        int left = int.MaxValue, top = int.MaxValue, right = int.MinValue, bottom = int.MinValue;
        for (var y = Math.Max(0, area.Top); y < Math.Min(bitmap.Height, area.Bottom); y++)
        {
            for (var x = Math.Max(0, area.Left); x < Math.Min(bitmap.Width, area.Right); x++)
            {
                if (match(bitmap.GetPixel(x, y)))
                {
                    left = Math.Min(left, x);
                    top = Math.Min(top, y);
                    right = Math.Max(right, x + 1);
                    bottom = Math.Max(bottom, y + 1);
                }
            }
        }

        return left == int.MaxValue ? SKRectI.Empty : new SKRectI(left, top, right, bottom);
    }
}
