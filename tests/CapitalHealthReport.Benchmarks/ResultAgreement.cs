using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// Checks that the two sides of the whole-process comparison computed the same thing: the concentration and stage
/// metrics of every scope in <c>capital-health metrics</c>' JSON against DuckDB's CSV. Scopes are compared within each
/// quarter and slicing (DuckDB names sectors by the export's labels, the product by canonical sector), each as its
/// figures to nine significant digits.
/// </summary>
internal static class ResultAgreement
{
    private static readonly string[] Metrics =
        ["deal_count", "hhi", "cr4", "top_quintile_share", "gini", "early_count_share", "seed_angel_count_share", "late_value_share"];

    /// <summary>A sentence saying how many scopes agree, or the first quarter and slicing where they do not.</summary>
    public static string Compare(string metricsJson, string duckDbCsv)
    {
        var ours = FromJson(metricsJson);
        var duck = FromCsv(duckDbCsv);
        var scopes = ours.Values.Sum(v => v.Count);
        foreach (var (key, figures) in ours.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!duck.TryGetValue(key, out var other) || other.Count != figures.Count)
            {
                return $"DISAGREE at {key}: capital-health has {figures.Count} scopes, DuckDB {other?.Count ?? 0}";
            }

            var first = figures.Zip(other).FirstOrDefault(p => !string.Equals(p.First, p.Second, StringComparison.Ordinal));
            if (first != default)
            {
                return $"DISAGREE at {key} ({string.Join(' ', Metrics)}): capital-health {first.First}, DuckDB {first.Second}";
            }
        }

        return duck.Count == ours.Count
            ? string.Create(CultureInfo.InvariantCulture, $"both computed the same {scopes:N0} scopes: {string.Join(", ", Metrics)} agree to 9 significant digits")
            : $"DISAGREE: DuckDB has {duck.Count} quarter/slicing groups, capital-health {ours.Count}";
    }

    private static Dictionary<string, List<string>> FromJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var scope in document.RootElement.GetProperty("scopes").EnumerateArray())
        {
            var slice = scope.GetProperty("slice");
            var dimension = slice.ValueKind == JsonValueKind.Object ? slice.EnumerateObject().First().Name : "all";
            var metrics = scope.GetProperty("metrics");
            var figures = Metrics.Select(m => metrics.TryGetProperty(m, out var v) && v.ValueKind == JsonValueKind.Number ? Figure(v.GetDouble()) : "-");
            Add(groups, scope.GetProperty("period").GetString() + " " + dimension, string.Join(' ', figures));
        }

        return Sorted(groups);
    }

    private static Dictionary<string, List<string>> FromCsv(string path)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            var figures = new string[Metrics.Length];
            for (var i = 0; i < Metrics.Length; i++)
            {
                var field = row[Metrics[i]].Span;
                figures[i] = field.IsEmpty ? "-" : Figure(double.Parse(field, CultureInfo.InvariantCulture));
            }

            Add(groups, row["q"].ToString() + " " + row["dim"].ToString(), string.Join(' ', figures));
        }

        return Sorted(groups);
    }

    private static string Figure(double value) => value.ToString("G9", CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, List<string>> groups, string key, string figures)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(figures);
    }

    private static Dictionary<string, List<string>> Sorted(Dictionary<string, List<string>> groups)
    {
        foreach (var list in groups.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return groups;
    }
}
