using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Fuzz;

/// <summary>
/// The fuzzed entry points. Each takes raw bytes and runs one parser the way the command line does. An
/// <see cref="InputException"/> is the expected answer to bad input and is swallowed; any other exception escapes
/// and is recorded by the fuzzer as a crash.
/// </summary>
public static class FuzzTargets
{
    private static readonly string Scratch = Path.Combine(Path.GetTempPath(), "chr-fuzz-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The target names, as the first command-line argument takes them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["config", "csv", "jsonl", "mapping", "rules"];

    public static Action<byte[]> Get(string name) => name switch
    {
        "csv" => bytes => Deals(bytes, ".csv"),
        "jsonl" => bytes => Deals(bytes, ".jsonl"),
        "mapping" => Mapping,
        "config" => Config,
        "rules" => RulePack,
        _ => throw new ArgumentException($"unknown target '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Runs <paramref name="target"/>, treating input errors as a normal outcome.</summary>
    public static void Guarded(Action<byte[]> target, byte[] bytes)
    {
        try
        {
            target(bytes);
        }
        catch (InputException)
        {
        }
    }

    private static void Deals(byte[] bytes, string extension)
    {
        var path = ScratchFile("deals" + extension, bytes);
        var result = DealLoader.Load(new LoadOptions { DealsPath = path, AllowEmpty = true }, ReferenceData.Default);
        var s = result.Statistics;
        if (s.RowsRead != s.RowsLoaded + s.RowsRejected || s.RowsLoaded != result.Deals.Count)
        {
            throw new InvalidOperationException($"rows unaccounted for: read {s.RowsRead}, loaded {s.RowsLoaded}, rejected {s.RowsRejected}, deals {result.Deals.Count}.");
        }
    }

    private static void Mapping(byte[] bytes)
    {
        DealMapping.Parse(Encoding.UTF8.GetString(bytes), "mapping.yaml");
    }

    /// <summary>A configuration file as <c>--config</c> reads it: the bounded reader (byte-order marks, invalid UTF-8), then the YAML reader.</summary>
    private static void Config(byte[] bytes)
    {
        AnalysisConfig.Load(ScratchFile("capitalhealth.yaml", bytes));
    }

    private static void RulePack(byte[] bytes)
    {
        RuleCatalog.Load([ScratchFile("pack.yaml", bytes)]);
    }

    private static string ScratchFile(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Scratch);
        var path = Path.Combine(Scratch, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
