using System.Diagnostics;
using System.Globalization;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// Stopwatch figures for the loading and metrics targets without BenchmarkDotNet's overhead: several
/// repetitions, best and median, process CPU time and peak working set, and the load average when known.
/// <c>dotnet run -c Release --project tests/CapitalHealthReport.Benchmarks -- loading-figures 1000000 5</c>,
/// <c>… -- metrics-figures 5</c>.
/// </summary>
public static class QuickFigures
{
    public static void Loading(TextWriter output, int rows, int repetitions)
    {
        var path = LoadingBenchmarks.SampleFile(rows);
        var reference = ReferenceData.Default;
        var count = DealLoader.Load(new LoadOptions { DealsPath = path }, reference).Deals.Count; // warm-up (JIT)
        var times = Repeat(repetitions, () => count = DealLoader.Load(new LoadOptions { DealsPath = path }, reference).Deals.Count);
        Print(output, $"load {rows:N0} rows ({count:N0} deals)", times);
    }

    public static void Metrics(TextWriter output, int deals, int repetitions, bool duckDb)
    {
        var reference = ReferenceData.Default;
        var set = new DealSet(SyntheticDeals.Create(deals, seed: 42));
        var scopes = 0;
        void Run()
        {
            var engine = new MetricsEngine(set, reference, MetricParameters.Default);
            scopes = engine.ComputeScopes(engine.Series(PeriodKind.Quarter), ["sector", "region"]).Count;
        }

        Run(); // warm-up (JIT)
        Print(output, $"metrics {deals:N0} deals, series quarter by sector and region ({scopes} scopes)", Repeat(repetitions, Run));
        Print(output, "  of which building the columns (engine constructor)", Repeat(repetitions, () => _ = new MetricsEngine(set, reference, MetricParameters.Default)));
        if (!duckDb)
        {
            return;
        }

        var duck = new DuckDbComparison { Deals = deals };
        duck.Setup();
        try
        {
            duck.ConcentrationAndStageMetrics();
            Print(output, "duckdb concentration + stage metrics, same scopes", Repeat(repetitions, () => duck.ConcentrationAndStageMetrics()));
        }
        finally
        {
            duck.Cleanup();
        }
    }

    private static (List<double> Wall, List<double> Cpu) Repeat(int repetitions, Action action)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalSeconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        return (times, cpu);
    }

    private static void Print(TextWriter output, string what, (List<double> Wall, List<double> Cpu) runs)
    {
        var (times, cpu) = runs;
        times.Sort();
        cpu.Sort();
        using var process = Process.GetCurrentProcess();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: wall best {times[0]:F3} s, median {times[times.Count / 2]:F3} s, worst {times[^1]:F3} s ({times.Count} runs); CPU per run best {cpu[0]:F2} s, median {cpu[cpu.Count / 2]:F2} s; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB; loadavg {load}"));
    }
}
