using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The rules target: 100 rules (five packs of 20, RulesEngine workflows) over 1,000 scopes in at most
/// 1.0 s after compilation. <see cref="Evaluate1000Scopes"/> runs on an analyzer whose workflows are already
/// compiled; <see cref="CompileAndEvaluateOneScope"/> measures the first use (RulesEngine compiles the 100 rules).
/// Run: <c>dotnet run -c Release --project tests/CapitalHealthReport.Benchmarks -- --filter '*RulesBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[InProcessShortRun]
public class RulesBenchmarks
{
    private static readonly Period Quarter = Period.Quarter(2025, 1);
    private RuleCatalog _catalog = null!;
    private AnalysisConfig _config = null!;
    private Analyzer _warm = null!;
    private IReadOnlyList<ScopeMetrics> _scopes = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chr-rules-benchmark");
        _catalog = RuleCatalog.Load([SyntheticRules.Write(folder, packs: 5, rulesPerPack: 20)]);
        _config = AnalysisConfig.Parse("", "capitalhealth.yaml", folder);
        _scopes = SyntheticRules.Scopes(1_000, seed: 7);
        _warm = new Analyzer(_catalog, _config);
        _warm.Evaluate(_scopes.Take(1).ToList(), Quarter);
    }

    [Benchmark]
    public int Evaluate1000Scopes() => _warm.Evaluate(_scopes, Quarter).Diagnostics.Count;

    [Benchmark]
    public int CompileAndEvaluateOneScope() => new Analyzer(_catalog, _config).Evaluate(_scopes.Take(1).ToList(), Quarter).Diagnostics.Count;
}

/// <summary>BenchmarkDotNet's short run (3 warm-ups, 3 iterations) in the benchmark process, so no second build is needed.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InProcessShortRunAttribute : JobConfigBaseAttribute
{
    public InProcessShortRunAttribute()
        : base(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    {
    }
}

/// <summary>Generated rule packs and metric sets for timing the analyzer at any size.</summary>
public static class SyntheticRules
{
    private static readonly string[] Conditions =
    [
        "Metrics.TopQuintileShare > {0}",
        "Metrics.Hhi > {0} * 3000",
        "Metrics.SeedAngelCountShare < {0} / 4",
        "Metrics.HotSectorValueShare - Yoy.HotSectorValueShare >= {0} / 10 && Metrics.StrategicSectorsAmount < Yoy.StrategicSectorsAmount",
        "Metrics.RegionCountShare[\"Beijing\"] > {0} / 2",
        "Math.Abs(Metrics.Gini - Prev.Gini) > {0} / 5",
        "Metrics.LocationQuotient.Max > {0} * 4",
        "Metrics.CvcActiveShare > {0} / 2 || Metrics.LocalFundHomeBias > {0}",
    ];

    /// <summary>Writes <paramref name="packs"/> Concentration/StageSkew/... packs into <paramref name="folder"/>; returns it.</summary>
    public static string Write(string folder, int packs, int rulesPerPack)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.yaml"))
        {
            File.Delete(stale);
        }

        for (var p = 0; p < packs; p++)
        {
            var (category, digit) = RuleCategories.All[p % RuleCategories.All.Count];
            var yaml = new StringBuilder();
            yaml.Append(CultureInfo.InvariantCulture, $"category: {category}\nrules:\n");
            for (var r = 0; r < rulesPerPack; r++)
            {
                var threshold = (0.3 + (0.05 * (r % 10))).ToString("0.00", CultureInfo.InvariantCulture);
                var condition = string.Format(CultureInfo.InvariantCulture, Conditions[(p + r) % Conditions.Length], threshold);
                yaml.Append(CultureInfo.InvariantCulture, $"  - id: CH{digit}{(100 + (p * rulesPerPack) + r) % 1000:000}\n");
                yaml.Append(CultureInfo.InvariantCulture, $"    title: Synthetic rule {r}\n    severity: warning\n    scope: period\n    min_deals: 0\n");
                yaml.Append(CultureInfo.InvariantCulture, $"    when: '{condition}'\n");
                yaml.Append("    message: \"Top quintile {{ metrics.top_quintile_share | pct }} in {{ scope }}\"\n    description: Synthetic.\n");
            }

            File.WriteAllText(Path.Combine(folder, $"pack{p}.yaml"), yaml.ToString());
        }

        return folder;
    }

    /// <summary><paramref name="count"/> period scopes with random metric values (one per day-long range, so every label differs).</summary>
    public static IReadOnlyList<ScopeMetrics> Scopes(int count, int seed)
    {
        var random = new Random(seed);
        MetricSet Next() => new()
        {
            DealCount = random.Next(20, 500),
            TotalAmount = random.NextDouble() * 1e10,
            DisclosedShare = random.NextDouble(),
            Hhi = random.NextDouble() * 4000,
            TopQuintileShare = random.NextDouble(),
            Gini = random.NextDouble(),
            SeedAngelCountShare = random.NextDouble() / 3,
            HotSectorValueShare = random.NextDouble(),
            StrategicSectorsAmount = random.NextDouble() * 1e9,
            ClassifiedSectorShare = 1,
            RegionCountShare = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["Beijing"] = random.NextDouble(), ["Shanghai"] = random.NextDouble() / 2 },
            LocationQuotient = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["Beijing"] = random.NextDouble() * 5 },
            CvcActiveShare = random.NextDouble(),
            LocalFundHomeBias = random.NextDouble(),
        };

        var start = new DateOnly(2020, 1, 1);
        return Enumerable.Range(0, count)
            .Select(i => new ScopeMetrics(new Scope(Period.Range(start.AddDays(i), start.AddDays(i))), Next(), Next(), Next()))
            .ToList();
    }
}
