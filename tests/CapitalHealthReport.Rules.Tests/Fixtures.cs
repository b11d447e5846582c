using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Rules.Tests;

/// <summary>Hand-made metric sets and catalogs for rule tests.</summary>
internal static class Fixtures
{
    public static readonly Period Q1 = Period.Quarter(2025, 1);

    public static string RulesFolder => Path.Combine(RepositoryPaths.Root, "rules");

    public static RuleCatalog DefaultCatalog => LazyCatalog.Value;

    private static readonly Lazy<RuleCatalog> LazyCatalog = new(() => RuleCatalog.Load([RulesFolder]));

    public static AnalysisConfig Config(string yaml = "") =>
        AnalysisConfig.Parse(yaml, "capitalhealth.yaml", RepositoryPaths.Root);

    /// <summary>A healthy, diverse period: nothing should fire.</summary>
    public static MetricSet Healthy() => new()
    {
        DealCount = 400,
        CompanyCount = 380,
        TotalAmount = 40e9,
        DisclosedShare = 0.9,
        Hhi = 300,
        Cr4 = 0.15,
        TopQuintileShare = 0.45,
        Gini = 0.4,
        MegaRoundShare = 0.2,
        EarlyCountShare = 0.55,
        SeedAngelCountShare = 0.25,
        LateValueShare = 0.3,
        LateToSeedMedianRatio = 6,
        SeedDisclosedCount = 60,
        LateDisclosedCount = 40,
        HotSectorValueShare = 0.25,
        StrategicSectorsAmount = 10e9,
        ClassifiedSectorShare = 1,
        SectorCountShare = Map(("AI", 0.2), ("Energy", 0.3), ("Health", 0.5)),
        SectorValueShare = Map(("AI", 0.25), ("Energy", 0.25), ("Health", 0.5)),
        TopRegion = "Beijing",
        TopRegionCountShare = 0.2,
        RegionCountShare = Map(("Beijing", 0.2), ("Shanghai", 0.18)),
        LocationQuotient = Map(("Beijing", 1.2), ("Shanghai", 1.1)),
        LocalFundHomeBias = 0.4,
        InvestorTypeShare = Map(("Angel", 0.1), ("CVC", 0.2), ("Government", 0.1), ("VC", 0.6)),
        ActiveInvestorCount = 350,
        RepeatInvestorCount = 40,
        CvcActiveShare = 0.2,
    };

    public static IReadOnlyDictionary<string, double> Map(params (string Key, double Value)[] entries) =>
        new SortedDictionary<string, double>(entries.ToDictionary(e => e.Key, e => e.Value), StringComparer.Ordinal);

    public static ScopeMetrics Scope(MetricSet metrics, MetricSet? yoy = null, Slice? slice = null, MetricSet? prev = null) =>
        new(new Scope(Q1, slice), metrics, prev ?? Healthy(), yoy ?? Healthy());

    public static AnalysisResult Analyze(params ScopeMetrics[] scopes) => Analyze(Config(), scopes);

    public static AnalysisResult Analyze(AnalysisConfig config, params ScopeMetrics[] scopes) =>
        new Analyzer(DefaultCatalog, config).Evaluate(scopes, Q1);

    public static string WriteTemp(string folder, string name, string content)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chr-rules-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>Copies of metric sets with some metrics changed.</summary>
internal static class MetricSetExtensions
{
    public static MetricSet With(this MetricSet source, params (string Property, object? Value)[] changes)
    {
        var copy = new MetricSet();
        foreach (var property in typeof(MetricSet).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(copy, property.GetValue(source));
        }

        foreach (var (name, value) in changes)
        {
            var property = typeof(MetricSet).GetProperty(name) ?? throw new ArgumentException($"MetricSet has no property {name}.", nameof(changes));
            property.SetValue(copy, value);
        }

        return copy;
    }
}
