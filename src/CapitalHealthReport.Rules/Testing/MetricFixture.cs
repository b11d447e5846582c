using System.Globalization;
using System.Reflection;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Rules.Testing;

/// <summary>
/// Metric sets written in a test file: snake_case metric names (<c>top_quintile_share: 0.85</c>), keyed metrics as
/// mappings (<c>investor_type_share: { Angel: 0.01, VC: 0.6 }</c>), <c>null</c> for an undefined metric. A metric not
/// written is undefined (counts and amounts are 0, keyed metrics empty).
/// </summary>
internal static class MetricFixture
{
    public static Dictionary<string, YNode> Entries(YNode node, string file, string key)
    {
        var map = YamlTree.ExpectMapping(node, file, $"'{key}'");
        var entries = new Dictionary<string, YNode>(StringComparer.Ordinal);
        foreach (var (name, value) in map.Entries)
        {
            var metric = MetricCatalog.Find(name.Value);
            if (metric is null || metric.JsonName != name.Value)
            {
                throw new InputException($"unknown metric '{name.Value}' in '{key}'; {Spelling.BeforeList(name.Value, MetricCatalog.All.Select(m => m.JsonName))}use the snake_case names: {string.Join(", ", MetricCatalog.All.Select(m => m.JsonName))}.", file, name.Line, name.Column);
            }

            entries[name.Value] = value;
        }

        return entries;
    }

    /// <summary>The metric set of <paramref name="baseEntries"/> overridden by <paramref name="entries"/>.</summary>
    public static MetricSet Build(Dictionary<string, YNode> baseEntries, Dictionary<string, YNode>? entries, string file)
    {
        var merged = new Dictionary<string, YNode>(baseEntries, StringComparer.Ordinal);
        foreach (var (name, value) in entries ?? [])
        {
            merged[name] = value;
        }

        var set = new MetricSet();
        foreach (var (name, node) in merged)
        {
            var metric = MetricCatalog.Find(name)!;
            var property = typeof(MetricSet).GetProperty(metric.PropertyName, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"MetricSet has no property {metric.PropertyName}.");
            property.SetValue(set, Value(metric, node, file));
        }

        return set;
    }

    private static object? Value(MetricDescriptor metric, YNode node, string file)
    {
        if (node is YScalar { IsNull: true })
        {
            return metric.Kind switch
            {
                MetricKind.Keyed => new SortedDictionary<string, double>(StringComparer.Ordinal),
                MetricKind.Count => 0,
                _ when metric.PropertyName is nameof(MetricSet.TotalAmount) or nameof(MetricSet.StrategicSectorsAmount) => 0.0,
                _ => null,
            };
        }

        switch (metric.Kind)
        {
            case MetricKind.Count:
                var count = YamlTree.ExpectString(node, file, metric.JsonName);
                return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? n
                    : throw new InputException($"'{metric.JsonName}' is a whole number, not '{count}'.", file, node.Line, node.Column);
            case MetricKind.Text:
                return YamlTree.ExpectString(node, file, metric.JsonName);
            case MetricKind.Keyed:
                var map = YamlTree.ExpectMapping(node, file, $"'{metric.JsonName}'");
                var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Entries)
                {
                    values[key.Value] = Number(value, file, $"{metric.JsonName}.{key.Value}");
                }

                return values;
            default:
                return Number(node, file, metric.JsonName);
        }
    }

    private static double Number(YNode node, string file, string key)
    {
        var text = YamlTree.ExpectString(node, file, key);
        return double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InputException($"'{key}' is a number, not '{text}'.", file, node.Line, node.Column);
    }
}
