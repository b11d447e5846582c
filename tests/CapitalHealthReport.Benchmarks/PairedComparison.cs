using System.Globalization;

using static CapitalHealthReport.Benchmarks.ChildRun;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The whole-process comparison with DuckDB, side by side in one run (<c>compare-duckdb PUBLISHED [PAIRS] [ROWS]
/// [CSV]</c>, PUBLISHED the folder of <c>dotnet publish src/CapitalHealthReport.Cli</c> or the executable in it): a published <c>capital-health metrics --series quarter --by sector --by region</c> and a DuckDB.NET process
/// (<see cref="DuckDbProcess"/>) computing the same concentration and stage metrics from the same CSV
/// (<see cref="EnglishExport"/>), each in its own child process, run alternately, each pair in a new order. Prints
/// wall time and peak resident memory of each run, their medians, the ratios, whether both computed the same
/// figures (<see cref="ResultAgreement"/>), and the load average before and after.
/// </summary>
internal static class PairedComparison
{
    public static void Run(TextWriter output, string published, int pairs, int rows, string? bundledSample)
    {
        var executable = ChildRun.Executable(published);
        var csv = EnglishExport.File(rows, companies: (int)Math.Max(1, rows * 3L / 10));
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
            output.WriteLine();
            output.WriteLine("Same figures: " + ResultAgreement.Compare(Path.Combine(folder.FullName, "metrics.json"), Path.Combine(folder.FullName, "duckdb.csv")));
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
