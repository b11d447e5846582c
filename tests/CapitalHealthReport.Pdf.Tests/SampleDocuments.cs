using System.Globalization;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Tests;

/// <summary>Small documents, one per element kind, shared by the visual, extraction and determinism tests.</summary>
internal static class SampleDocuments
{
    public const string ChineseParagraph = "二〇二五年第一季度，中国人工智能领域共发生融资事件351起，总金额超过200亿元。头部20%的初创企业获得了近80%的资金（集中度显著上升）。";

    public static IReadOnlyList<string> Kinds { get; } = ["text", "lists", "callouts", "table", "image", "chart", "toc", "cover", "chinese"];

    public static PdfDocumentModel Build(string kind) => kind switch
    {
        "text" => Base().Heading(1, "Executive summary").Add(new Paragraph(
            [
                new TextRun("Deal count fell ", TextStyle.Default),
                new TextRun("16%", TextStyle.Default with { Bold = true }),
                new TextRun(" year on year while value held up; see ", TextStyle.Default),
                new TextRun("the methodology", TextStyle.Default with { Color = new SKColor(0x1E, 0x6F, 0xD9), Underline = true, Link = "https://example.org/method" }),
                new TextRun(" and ", TextStyle.Default),
                new TextRun("metric_id", TextStyle.Default with { Code = true }),
                new TextRun(". " + PdfTestKit.Lorem(80), TextStyle.Default with { Italic = true }),
            ], TextAlignment.Justify))
            .Heading(2, "Centred").Paragraph(PdfTestKit.Lorem(30, 2), TextAlignment.Center)
            .Heading(3, "Right").Paragraph(PdfTestKit.Lorem(30, 3), TextAlignment.Right)
            .Add(new HorizontalRule()).Heading(4, "Level four").Paragraph(PdfTestKit.Lorem(50, 4)).Build(),
        "lists" => Base().Heading(2, "Lists")
            .Add(new ListBlock(false, [[Paragraph.Of("Beijing leads with 107 deals.")], [Paragraph.Of("Guangdong follows."), new ListBlock(false, [[Paragraph.Of("Shenzhen")], [Paragraph.Of("Guangzhou")]])], [Paragraph.Of(PdfTestKit.Lorem(30))]]))
            .Add(new ListBlock(true, [[Paragraph.Of("First")], [Paragraph.Of("Second")], [Paragraph.Of("Third " + PdfTestKit.Lorem(20))]], Start: 1))
            .Add(new Quote([Paragraph.Of("Capital follows capability. " + PdfTestKit.Lorem(20))])).Build(),
        "callouts" => Base()
            .Add(new Callout(CalloutKind.Info, "Info", [Paragraph.Of(PdfTestKit.Lorem(25))]))
            .Add(new Callout(CalloutKind.Warning, "Warning", [Paragraph.Of(PdfTestKit.Lorem(25, 1))]))
            .Add(new Callout(CalloutKind.Error, "Error", [Paragraph.Of(PdfTestKit.Lorem(25, 2))]))
            .Add(new Callout(CalloutKind.Note, null, [Paragraph.Of(PdfTestKit.Lorem(25, 3))])).Build(),
        "table" => Base().Heading(2, "Deals by region").Add(DealsTable(70)).Build(),
        "image" => Base().Heading(2, "Image").Add(new ImageBlock(SamplePng(), 300f, "sample.png")).Paragraph("Below the image.").Build(),
        "chart" => Base().Heading(2, "Chart").Add(new ChartBlock(SampleChart("Deals by quarter"), 420f, 260f)).Paragraph("Below the chart.").Build(),
        "toc" => TocDocument(),
        "cover" => Base().Cover(new Spacer(200f), new Heading(1, "Capital Ecosystem Health", "cover-title"), Paragraph.Of("2025 Q1")).Heading(1, "Summary").Paragraph(PdfTestKit.Lorem(40)).Build(),
        "chinese" => Base().Footer(new RunningText(Center: "第 {page} 页，共 {pages} 页")).Heading(1, "资本生态健康报告").Add(Paragraph.Of(ChineseParagraph, null, TextAlignment.Justify))
            .Add(new Table([TableColumn.Auto(), TableColumn.Auto(TextAlignment.Right)], [TableRow.Of("地区", "事件数")], [TableRow.Of("北京", "107"), TableRow.Of("广东", "58"), TableRow.Of("上海", "46")]))
            .Add(new ChartBlock(SampleChart("按季度统计的融资事件"), 400f, 240f)).Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown sample."),
    };

    public static DocumentBuilder Base() => new DocumentBuilder().Metadata(PdfTestKit.Metadata());

    public static Table DealsTable(int rows) => new(
        [TableColumn.Auto(), TableColumn.Relative(2f), TableColumn.Auto(TextAlignment.Right), TableColumn.Auto(TextAlignment.Right)],
        [TableRow.Of("Region", "Sector", "Deals", "Value (bn CNY)")],
        Enumerable.Range(1, rows).Select(i => TableRow.Of(
            "Region " + i.ToString(CultureInfo.InvariantCulture),
            i % 7 == 0 ? PdfTestKit.Lorem(18, i) : "AI applications",
            (i * 3).ToString(CultureInfo.InvariantCulture),
            (i * 1.25).ToString("0.00", CultureInfo.InvariantCulture))).ToArray());

    public static PdfDocumentModel TocDocument()
    {
        var builder = Base().TableOfContents("Contents");
        for (var chapter = 1; chapter <= 5; chapter++)
        {
            builder.PageBreak().Heading(1, "Chapter " + chapter.ToString(CultureInfo.InvariantCulture), "chapter-" + chapter.ToString(CultureInfo.InvariantCulture));
            for (var section = 1; section <= 3; section++)
            {
                builder.Heading(2, $"Section {chapter}.{section}").Paragraph(PdfTestKit.Lorem(180 * chapter, section));
            }
        }

        return builder.Build();
    }

    public static ScottPlot.Plot SampleChart(string title)
    {
        var plot = new ScottPlot.Plot();
        double[] xs = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] ys = [120, 135, 128, 150, 161, 149, 170, 182];
        var bars = plot.Add.Bars(xs, ys);
        bars.LegendText = "Deals";
        var line = plot.Add.Scatter(xs, ys.Select(y => y * 0.8).ToArray());
        line.LegendText = "Value";
        plot.Title(title);
        plot.XLabel("Quarter");
        plot.YLabel("Count");
        plot.ShowLegend();
        return plot;
    }

    public static byte[] SamplePng()
    {
        var info = new SKImageInfo(120, 60);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(new SKColor(0xE8, 0xF1, 0xFC));
        using var paint = new SKPaint { Color = new SKColor(0x1E, 0x6F, 0xD9), IsAntialias = false };
        surface.Canvas.DrawRect(new SKRect(10, 10, 60, 50), paint);
        paint.Color = new SKColor(0xD9, 0x8E, 0x04);
        surface.Canvas.DrawCircle(90, 30, 20, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
