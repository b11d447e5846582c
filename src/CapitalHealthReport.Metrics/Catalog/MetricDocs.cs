using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Generates the metric reference of <c>docs/metrics.md</c> from the metric declarations: a summary table and one section
/// per metric (names, unit, definition, meaning, worked example, and notes the caller adds, such as the rules that judge
/// it), placed between <see cref="StartMarker"/> and <see cref="EndMarker"/>. A test fails when the page is stale.
/// </summary>
public static class MetricDocs
{
    public const string StartMarker = "<!-- metric-catalog:start -->";
    public const string EndMarker = "<!-- metric-catalog:end -->";

    /// <summary>The generated reference (without markers); <paramref name="notes"/> gives extra lines per metric.</summary>
    public static string Reference(Func<MetricDescriptor, IEnumerable<string>>? notes = null)
    {
        var b = new StringBuilder();
        b.Append("<!-- Generated from the [Metric] declarations in src/CapitalHealthReport.Metrics/MetricSet.cs by `capital-health rules docs`; edit the declarations, not this part. -->\n\n");
        b.Append("| metric | in rule expressions | unit | definition |\n|---|---|---|---|\n");
        foreach (var metric in MetricCatalog.All)
        {
            b.Append(CultureInfo.InvariantCulture, $"| [`{metric.JsonName}`](#{metric.JsonName}) | `{Expression(metric)}` | {metric.Unit} | {Cell(metric.Definition)} |\n");
        }

        foreach (var metric in MetricCatalog.All)
        {
            b.Append(CultureInfo.InvariantCulture, $"\n### {metric.JsonName}\n\n");
            b.Append(CultureInfo.InvariantCulture, $"{metric.DisplayName} ({metric.DisplayNameZh}). Unit: {metric.Unit}. In rule expressions: `{Expression(metric)}`");
            if (metric.IsKeyed)
            {
                b.Append(", `.Max`, `.MaxKey`, `.Min`, `.MinKey`, `.Count`, `.Has(\"key\")`");
            }

            b.Append(".\n\n");
            b.Append("- Definition: ").Append(metric.Definition).Append('\n');
            if (metric.Meaning is { } meaning)
            {
                b.Append("- Meaning: ").Append(meaning).Append('\n');
            }

            if (metric.Example is { } example)
            {
                b.Append("- Example: ").Append(example).Append('\n');
            }

            foreach (var note in notes?.Invoke(metric) ?? [])
            {
                b.Append("- ").Append(note).Append('\n');
            }
        }

        return b.ToString();
    }

    /// <summary>The page with the reference between the markers replaced (appended at the end when the markers are absent).</summary>
    public static string Update(string page, string reference)
    {
        ArgumentNullException.ThrowIfNull(page);
        var block = StartMarker + "\n" + reference + EndMarker;
        var start = page.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = page.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return page.TrimEnd('\n') + "\n\n## Metric reference\n\n" + block + "\n";
        }

        return page[..start] + block + page[(end + EndMarker.Length)..];
    }

    /// <summary>How rule expressions name the metric: <c>Metrics.Hhi</c>, <c>Metrics.RegionCountShare[key]</c>.</summary>
    private static string Expression(MetricDescriptor metric) => metric.IsKeyed ? $"Metrics.{metric.PropertyName}[key]" : $"Metrics.{metric.PropertyName}";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
