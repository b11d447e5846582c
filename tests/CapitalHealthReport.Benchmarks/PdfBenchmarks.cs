using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CapitalHealthReport.Pdf;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The PDF targets: a 20-page report with 5 charts and 10 tables (English ≤ 400 KB, Chinese ≤ 1.5 MB,
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

/// <summary>
/// Prints the PDF figures recorded in docs/benchmarks.md: <c>dotnet run -c Release --project tests/CapitalHealthReport.Benchmarks -- pdf-figures [repetitions]</c>.
/// Each figure is the best and the median of several warm runs (the machine is shared), with the time split into loading
/// the fonts, laying out (passes, shaping, subsetting) and writing the PDF.
/// </summary>
public static class PdfFigures
{
    public static (long Bytes, int Pages) Render(PdfDocumentModel model) => RenderTimed(model).Result;

    public static void Run(TextWriter output, int repetitions = 5, string? outputFolder = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repetitions);
        if (outputFolder is not null)
        {
            // The documents measured, for inspection (pdffonts, pdftotext, content streams).
            foreach (var (name, model) in new[] { ("report-en", PdfBenchmarkDocuments.Report(false)), ("report-zh", PdfBenchmarkDocuments.Report(true)), ("table-heavy", PdfBenchmarkDocuments.TableHeavy(500)) })
            {
                using var fonts = FontSet.LoadBundled();
                PdfDocument.Layout(model, fonts).WritePdf(Path.Combine(outputFolder, name + ".pdf"));
            }
        }

        foreach (var chinese in new[] { false, true })
        {
            Render(PdfBenchmarkDocuments.Report(chinese)); // warm-up
            var runs = Enumerable.Range(0, repetitions).Select(_ => RenderTimed(PdfBenchmarkDocuments.Report(chinese))).ToArray();
            var result = runs[0].Result;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report {(chinese ? "zh-CN" : "en")}: {result.Pages} pages, {result.Bytes / 1024.0:F1} KB, warm {Summary(runs)}"));
        }

        var cold = RenderTimed(PdfBenchmarkDocuments.TableHeavy(500));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"table-heavy (cold): {cold.Result.Pages} pages, {cold.Result.Bytes / 1024.0 / 1024.0:F2} MB, {cold.Total:F2} s, {cold.Result.Pages / cold.Total:F0} pages/s"));
        var heavy = Enumerable.Range(0, repetitions).Select(_ => RenderTimed(PdfBenchmarkDocuments.TableHeavy(500))).ToArray();
        var pages = heavy[0].Result.Pages;
        var best = heavy.Min(r => r.Total);
        var median = Median(heavy.Select(r => r.Total));
        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"table-heavy (warm): {pages} pages, {heavy[0].Result.Bytes / 1024.0 / 1024.0:F2} MB, {Summary(heavy)}; {pages / best:F0} pages/s best, {pages / median:F0} pages/s median; peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB"));
    }

    private static Timing RenderTimed(PdfDocumentModel model)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu0 = ThreadCpuSeconds();
        var watch = Stopwatch.StartNew();
        using var fonts = FontSet.LoadBundled();
        var document = PdfDocument.Layout(model, fonts);
        var layout = watch.Elapsed.TotalSeconds;
        var cpu1 = ThreadCpuSeconds();
        using var stream = new MemoryStream();
        document.WritePdf(stream);
        var total = watch.Elapsed.TotalSeconds;
        var cpu2 = ThreadCpuSeconds();
        return new Timing((stream.Length, document.PageCount), layout, total - layout, total, cpu1 - cpu0, cpu2 - cpu1, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0);
    }

    private static string Summary(Timing[] runs) => string.Create(
        CultureInfo.InvariantCulture,
        $"best {runs.Min(r => r.Total):F3} s, median {Median(runs.Select(r => r.Total)):F3} s of {runs.Length} (median: fonts + layout {Median(runs.Select(r => r.Layout)):F3} s, write {Median(runs.Select(r => r.Write)):F3} s; thread CPU best: layout {runs.Min(r => r.LayoutCpu):F3} s, write {runs.Min(r => r.WriteCpu):F3} s; {runs[^1].AllocatedMb:F0} MB allocated)");

    // CPU time of the calling thread: steadier than wall time on a machine shared with other builds.
    private static double ThreadCpuSeconds()
    {
        const int ClockThreadCpuTime = 3;
        return OperatingSystem.IsLinux() && NativeMethods.clock_gettime(ClockThreadCpuTime, out var time) == 0 ? time.Seconds + (time.Nanoseconds / 1e9) : double.NaN;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>One measured render: wall times (fonts loaded and laid out, PDF written), the thread's CPU time for each, allocations.</summary>
internal readonly record struct Timing((long Bytes, int Pages) Result, double Layout, double Write, double Total, double LayoutCpu, double WriteCpu, double AllocatedMb);

internal static class NativeMethods
{
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
#pragma warning disable SA1300, IDE1006 // the C name
    internal static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SA1300, IDE1006

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    internal struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
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
