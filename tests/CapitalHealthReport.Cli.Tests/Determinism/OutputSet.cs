using System.Security.Cryptography;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Determinism;

/// <summary>
/// Every output the product writes, produced by one command line each: the report as PDF, Markdown and HTML (English)
/// and as Markdown and PDF (Chinese), metrics as JSON (unsliced, and sliced four ways) and CSV (a quarterly series), and the
/// findings as JSON and SARIF. Each file is keyed by its name.
/// </summary>
public sealed class OutputSet
{
    /// <summary>The command lines, by output file name; <c>{out}</c> is the output folder.</summary>
    public static readonly IReadOnlyList<(string File, string[] Args)> Commands =
    [
        ("report.en.pdf", ["report", "--format", "pdf"]),
        ("report.en.md", ["report", "--format", "md"]),
        ("report.en.html", ["report", "--format", "html"]),
        ("report.zh-CN.md", ["report", "--lang", "zh-CN", "--format", "md"]),
        ("report.zh-CN.pdf", ["report", "--lang", "zh-CN", "--format", "pdf"]),
        ("metrics.2025Q1.json", ["metrics", "--period", "2025Q1", "--format", "json"]),
        ("metrics.2025Q1.sliced.json", ["metrics", "--period", "2025Q1", "--by", "sector", "--by", "region", "--by", "stage", "--by", "investor_type", "--format", "json"]),
        ("metrics.quarters.csv", ["metrics", "--series", "quarter", "--by", "sector", "--format", "csv"]),
        ("analyze.json", ["analyze", "--format", "json"]),
        ("analyze.sarif", ["analyze", "--format", "sarif"]),
    ];

    private OutputSet(IReadOnlyDictionary<string, byte[]> files) => Files = files;

    /// <summary>Output bytes by file name.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>The bundled configuration, named explicitly so that the working folder does not matter.</summary>
    public static string ConfigPath => Path.Combine(RepositoryPaths.Root, "capitalhealth.yaml");

    /// <summary>The bundled sample's deals file.</summary>
    public static string SampleDeals => Path.Combine(RepositoryPaths.Root, "data", "sample", "deals.csv");

    /// <summary>Runs every command with <paramref name="run"/>, writing into <paramref name="folder"/>; fails on a non-zero exit other than analyze's findings.</summary>
    public static OutputSet Produce(Func<IReadOnlyList<string>, CommandOutcome> run, string folder, string? deals = null, string? only = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, args) in Commands.Where(c => only is null || c.File.StartsWith(only, StringComparison.Ordinal)))
        {
            var path = Path.Combine(folder, file);
            var line = new List<string>(args) { "--config", ConfigPath, "--deals", deals ?? SampleDeals, "--output", path };
            var outcome = run(line);
            var expected = file.StartsWith("analyze", StringComparison.Ordinal) ? new[] { 0, 1 } : new[] { 0 };
            Assert.True(expected.Contains(outcome.ExitCode), $"capital-health {string.Join(' ', line)}\n{outcome}");
            files[file] = File.ReadAllBytes(path);
        }

        return new OutputSet(files);
    }

    /// <summary>SHA-256 of a file, lowercase hex (as the report's provenance prints it).</summary>
    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
