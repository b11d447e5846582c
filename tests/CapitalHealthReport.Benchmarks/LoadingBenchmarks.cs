using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Sample;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The loading target: a <c>sample --rows N</c> CSV (100k, 1M, 2M rows) read, parsed, mapped and
/// validated into a <see cref="CapitalHealthReport.Model.DealSet"/>. The files are generated once into the
/// temp folder and reused across runs. Runs in process (one warm-up, three measured loads per size) so that a
/// run takes minutes, not the time of a separate build.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LoadingConfig))]
public class LoadingBenchmarks
{
    private string _path = "";
    private ReferenceData _reference = null!;

    [Params(100_000, 1_000_000, 2_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reference = ReferenceData.Default;
        _path = SampleFile(Rows);
    }

    [Benchmark]
    public int LoadCsv() => DealLoader.Load(new LoadOptions { DealsPath = _path }, _reference).Deals.Count;

    /// <summary>The generated sample with <paramref name="rows"/> rows (seed 42), written on first use.</summary>
    public static string SampleFile(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"capitalhealth-sample-{rows}.csv");
        if (!File.Exists(path))
        {
            var partial = path + ".partial";
            SampleGenerator.Generate(new SampleOptions { Rows = rows, Seed = 42 }).WriteFile(partial);
            File.Move(partial, path, overwrite: true);
        }

        return path;
    }
}

/// <summary>One short in-process job for the loading benchmarks.</summary>
public sealed class LoadingConfig : ManualConfig
{
    public LoadingConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
