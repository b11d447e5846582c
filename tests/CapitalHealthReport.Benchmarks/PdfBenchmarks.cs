using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CapitalHealthReport.Pdf;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The PDF targets of issue 5: a 20-page report with 5 charts and 10 tables (English ≤ 400 KB, Chinese ≤ 1.5 MB,
/// ≤ 0.3 s warm) and a 500-page table-heavy document (≥ 300 pages/s, ≤ 500 MB). Each run loads the fonts, lays
/// out and writes the PDF to memory. <see cref="PdfFigures.Run"/> prints the same figures without BenchmarkDotNet.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PdfBenchmarks
{
    [Benchmark]
    public long Report20PagesEnglish() => PdfFigures.Render(PdfBenchmarkDocuments.Report(chinese: false)).Bytes;

    [Benchmark]
    public long Report20PagesChinese() => PdfFigures.Render(PdfBenchmarkDocuments.Report(chinese: true)).Bytes;

    [Benchmark]
    public long TableHeavy500Pages() => PdfFigures.Render(PdfBenchmarkDocuments.TableHeavy(500)).Bytes;
}

/// <summary>Prints the PDF figures recorded in docs/benchmarks.md.</summary>
public static class PdfFigures
{
    public static (long Bytes, int Pages) Render(PdfDocumentModel model)
    {
        using var fonts = FontSet.Load(ProductPaths.Fonts);
        var document = PdfDocument.Layout(model, fonts);
        using var stream = new MemoryStream();
        document.WritePdf(stream);
        return (stream.Length, document.PageCount);
    }

    public static void Run(TextWriter output)
    {
        foreach (var chinese in new[] { false, true })
        {
            Render(PdfBenchmarkDocuments.Report(chinese)); // warm-up
            var best = double.MaxValue;
            (long Bytes, int Pages) result = default;
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                result = Render(PdfBenchmarkDocuments.Report(chinese));
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report {(chinese ? "zh-CN" : "en")}: {result.Pages} pages, {result.Bytes / 1024.0:F1} KB, best of 3 warm: {best:F3} s"));
        }

        foreach (var run in new[] { "cold", "warm" })
        {
            var timer = Stopwatch.StartNew();
            var heavy = Render(PdfBenchmarkDocuments.TableHeavy(500));
            var seconds = timer.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"table-heavy ({run}): {heavy.Pages} pages, {heavy.Bytes / 1024.0 / 1024.0:F2} MB, {seconds:F2} s, {heavy.Pages / seconds:F0} pages/s, peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB"));
        }
    }
}

/// <summary>Deterministic documents for the PDF figures.</summary>
public static class PdfBenchmarkDocuments
{
    private static readonly DateTimeOffset Date = new(2025, 6, 30, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] English =
    [
        "Venture deal count in artificial intelligence fell sixteen percent year on year while the total value held up,",
        "as capital concentrated in a small number of large language model companies.",
        "Local government guidance funds were the most active new investors outside their home regions,",
        "and corporate venture arms took a growing share of early rounds.",
    ];

    private static readonly string[] Chinese =
    [
        "二〇二五年第一季度，中国人工智能领域共发生融资事件351起，总金额超过200亿元，",
        "头部20%的初创企业获得了近80%的资金，资本集中度显著上升。",
        "地方政府引导基金在本地以外地区的投资明显增加，产业资本在早期轮次中的占比持续提高，",
        "半导体、能源、农业食品等战略性行业的融资金额同比下降。",
    ];

    /// <summary>About 20 A4 pages: contents, 10 sections each with text, a table and (every other one) a chart.</summary>
    public static PdfDocumentModel Report(bool chinese)
    {
        var sentences = chinese ? Chinese : English;
        var builder = new DocumentBuilder()
            .Metadata(new DocumentMetadata { Title = chinese ? "资本生态健康报告" : "Capital ecosystem health", Author = "CapitalHealthReport", Created = Date, Modified = Date })
            .Footer(new RunningText(Center: chinese ? "第 {page} 页，共 {pages} 页" : "Page {page} of {pages}"))
            .Cover(new Spacer(220f), new Heading(1, chinese ? "资本生态健康季度报告" : "Quarterly capital ecosystem health", "cover"))
            .TableOfContents(chinese ? "目录" : "Contents");
        for (var section = 1; section <= 10; section++)
        {
            var number = section.ToString(CultureInfo.InvariantCulture);
            builder.PageBreak().Heading(1, (chinese ? "第" + number + "节 市场概览" : "Section " + number + ": market overview"));
            for (var p = 0; p < 5; p++)
            {
                builder.Paragraph(string.Concat(Enumerable.Range(0, 6).Select(i => sentences[(i + p + section) % sentences.Length] + (chinese ? string.Empty : " "))), TextAlignment.Justify);
            }

            builder.Heading(2, chinese ? "按地区统计" : "By region").Add(Table(section, 18, chinese));
            if (section % 2 == 0)
            {
                builder.Add(new ChartBlock(Chart(section, chinese), 460f, 250f));
            }
        }

        return builder.Build();
    }

    /// <summary>About <paramref name="pages"/> pages of long tables under level-2 headings.</summary>
    public static PdfDocumentModel TableHeavy(int pages)
    {
        var builder = new DocumentBuilder().Metadata(new DocumentMetadata { Title = "Deals", Created = Date, Modified = Date });
        var tables = pages / 5;
        for (var t = 1; t <= tables; t++)
        {
            builder.Heading(2, "Deals table " + t.ToString(CultureInfo.InvariantCulture)).Add(Table(t, 182, chinese: false));
        }

        return builder.Build();
    }

    private static Table Table(int seed, int rows, bool chinese) => new(
        [TableColumn.Auto(), TableColumn.Relative(2f), TableColumn.Auto(TextAlignment.Right), TableColumn.Auto(TextAlignment.Right)],
        [chinese ? TableRow.Of("地区", "行业", "事件数", "金额（亿元）") : TableRow.Of("Region", "Sector", "Deals", "Value (bn CNY)")],
        Enumerable.Range(1, rows).Select(i => TableRow.Of(
            (chinese ? "地区 " : "Region ") + ((i * 7) + seed).ToString(CultureInfo.InvariantCulture),
            chinese ? "人工智能应用" : "AI applications",
            ((i * 37 % 400) + seed).ToString(CultureInfo.InvariantCulture),
            (((i * 53) % 1000) / 10.0).ToString("0.0", CultureInfo.InvariantCulture))).ToArray());

    private static ScottPlot.Plot Chart(int seed, bool chinese)
    {
        var plot = new ScottPlot.Plot();
        var xs = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        var ys = xs.Select(x => 100 + (((x * 37) + seed) % 60)).ToArray();
        plot.Add.Bars(xs, ys).LegendText = chinese ? "事件数" : "Deals";
        plot.Add.Scatter(xs, ys.Select(y => y * 0.7).ToArray()).LegendText = chinese ? "金额" : "Value";
        plot.Title(chinese ? "按季度统计的融资事件" : "Deals by quarter");
        plot.XLabel(chinese ? "季度" : "Quarter");
        plot.YLabel(chinese ? "事件数" : "Deals");
        plot.ShowLegend();
        return plot;
    }
}
