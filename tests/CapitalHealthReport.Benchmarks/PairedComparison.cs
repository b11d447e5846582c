using System.Diagnostics;
using System.Globalization;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The whole-process comparison with DuckDB, side by side in one run (<c>compare-duckdb EXE [PAIRS] [ROWS]</c>):
/// a published <c>capital-health metrics --series quarter --by sector --by region</c> and a DuckDB.NET process
/// (<see cref="DuckDbProcess"/>) computing the same concentration and stage metrics from the same CSV
/// (<see cref="EnglishExport"/>), run alternately, each pair in a new order. Prints wall time and peak resident
/// memory of each run, their medians, the ratios, and the load average before and after.
/// </summary>
internal static class PairedComparison
{
    public static void Run(TextWriter output, string executable, int pairs, int rows, string? bundledSample)
    {
        var csv = EnglishExport.File(rows);
        var fx = Path.Combine(Repository.Root, "data", "reference", "fx.csv");
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var folder = Directory.CreateTempSubdirectory("capitalhealth-compare-");
        var ours = new List<ChildRun.Figures>();
        var duck = new List<ChildRun.Figures>();
        var loadBefore = LoadAverage();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0}-row English-labelled export {csv} ({new FileInfo(csv).Length / 1048576.0:F0} MB); {pairs} pairs; loadavg {loadBefore}"));
        try
        {
            var oursArguments = new[] { "metrics", "--deals", csv, "--series", "quarter", "--by", "sector", "--by", "region", "-o", Path.Combine(folder.FullName, "metrics.json") };
            var duckArguments = new[] { "duckdb-metrics", csv, fx, Path.Combine(folder.FullName, "duckdb.csv") };
            for (var pair = 0; pair < pairs; pair++)
            {
                // Alternate which goes first, so that neither always runs on a cache the other warmed.
                if (pair % 2 == 0)
                {
                    ours.Add(ChildRun.Measure(self, executable, oursArguments));
                    duck.Add(ChildRun.Measure(self, self, duckArguments));
                }
                else
                {
                    duck.Add(ChildRun.Measure(self, self, duckArguments));
                    ours.Add(ChildRun.Measure(self, executable, oursArguments));
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pair {pair + 1}: capital-health {ours[^1].Wall:F3} s {ours[^1].PeakMb:F0} MB; duckdb {duck[^1].Wall:F3} s {duck[^1].PeakMb:F0} MB"));
            }

            output.WriteLine();
            output.WriteLine("| process | wall median (min–max) | CPU median | peak RSS median |");
            output.WriteLine("|---|---|---|---|");
            Row(output, "capital-health metrics", ours);
            Row(output, "DuckDB.NET, same metrics", duck);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| ratio capital-health / DuckDB | {Median(ours, f => f.Wall) / Median(duck, f => f.Wall):F2} | {Median(ours, f => f.Cpu) / Median(duck, f => f.Cpu):F2} | {Median(ours, f => f.PeakMb) / Median(duck, f => f.PeakMb):F2} |"));
            if (bundledSample is not null)
            {
                var sample = new List<ChildRun.Figures>();
                var sampleArguments = new[] { "metrics", "--deals", bundledSample, "--series", "quarter", "--by", "sector", "--by", "region", "-o", Path.Combine(folder.FullName, "sample.json") };
                for (var run = 0; run < pairs; run++)
                {
                    sample.Add(ChildRun.Measure(self, executable, sampleArguments));
                }

                Row(output, $"capital-health metrics, {Path.GetFileName(bundledSample)}", sample);
            }

            output.WriteLine();
            output.WriteLine($"loadavg before {loadBefore}; after {LoadAverage()}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Row(TextWriter output, string what, List<ChildRun.Figures> runs) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {Median(runs, f => f.Wall):F2} s ({runs.Min(f => f.Wall):F2}–{runs.Max(f => f.Wall):F2}) | {Median(runs, f => f.Cpu):F2} s | {Median(runs, f => f.PeakMb):F0} MB |"));

    private static double Median(List<ChildRun.Figures> runs, Func<ChildRun.Figures, double> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

/// <summary>
/// Measures one child process on its own: the benchmark starts itself as <c>measure-child EXE ARGS…</c>, which runs
/// EXE, waits for it and prints its wall time, CPU time and peak resident memory (from
/// <c>getrusage(RUSAGE_CHILDREN)</c>, which then covers that one child only).
/// </summary>
internal static class ChildRun
{
    public readonly record struct Figures(double Wall, double Cpu, double PeakMb);

    public static Figures Measure(string self, string executable, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("measure-child");
        start.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + self);
        var stderr = process.StandardError.ReadToEndAsync();
        var line = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} failed: {line} {stderr.Result}");
        }

        var parts = line.Split(' ');
        return new Figures(
            double.Parse(parts[0], CultureInfo.InvariantCulture),
            double.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>The <c>measure-child</c> side: runs the command, prints "wall cpu peakMB"; exit 0 when the command exited 0 or 1.</summary>
    public static int Child(string executable, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + executable);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode is not (0 or 1))
        {
            Console.WriteLine($"exit {process.ExitCode}: {stderr.Result}");
            return 1;
        }

        _ = stdout.Result;
        var (cpu, peakKb) = ProcessFigures.Children();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:F4} {cpu:F3} {peakKb / 1024.0:F1}"));
        return 0;
    }
}

/// <summary>The source checkout the benchmark runs from (the folder holding <c>CapitalHealthReport.sln</c>).</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CapitalHealthReport.sln")))
                {
                    return folder.FullName;
                }
            }

            return Directory.GetCurrentDirectory();
        }
    }
}
