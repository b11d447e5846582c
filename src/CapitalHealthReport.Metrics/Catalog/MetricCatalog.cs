using System.Reflection;
using System.Text;

namespace CapitalHealthReport.Metrics;

/// <summary>What kind of value a metric holds.</summary>
public enum MetricKind
{
    /// <summary>A whole number (always defined).</summary>
    Count,

    /// <summary>A number; null when undefined for the scope.</summary>
    Number,

    /// <summary>A name (e.g. <c>top_region</c>); null when undefined.</summary>
    Text,

    /// <summary>One number per key (stage, sector, region, investor type), keys in ordinal order.</summary>
    Keyed,
}

/// <summary>What a metric's numbers measure, for formatting them and for the thresholds rules put on them.</summary>
public enum MetricUnit
{
    /// <summary>A whole number of deals, companies or investors.</summary>
    Count,

    /// <summary>An amount in the reporting currency.</summary>
    Amount,

    /// <summary>A fraction 0–1 (written as a percentage; its changes in percentage points).</summary>
    Share,

    /// <summary>An index on its own scale (HHI 0–10,000, Gini 0–1).</summary>
    Index,

    /// <summary>A ratio of two quantities (location quotient, late-to-seed median ratio).</summary>
    Ratio,

    /// <summary>A name, not a number (<c>top_region</c>).</summary>
    Name,
}

/// <summary>
/// The metric catalog, read once from the <see cref="MetricAttribute"/> declarations on <see cref="MetricSet"/>, in
/// declaration order: every metric's names, unit, definition and how to read it from a set.
/// </summary>
public static class MetricCatalog
{
    private static readonly Lazy<IReadOnlyList<MetricDescriptor>> LazyAll = new(Read);

    /// <summary>Every metric, in declaration (documentation) order.</summary>
    public static IReadOnlyList<MetricDescriptor> All => LazyAll.Value;

    /// <summary>The descriptor with this JSON (snake_case) or property (PascalCase) name; null when there is none.</summary>
    public static MetricDescriptor? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.JsonName, name, StringComparison.Ordinal) || string.Equals(d.PropertyName, name, StringComparison.Ordinal));

    /// <summary><c>TopQuintileShare</c> → <c>top_quintile_share</c>, <c>Cr4</c> → <c>cr4</c>.</summary>
    public static string ToSnakeCase(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var ch = pascal[i];
            if (char.IsUpper(ch) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(ch));
        }

        return builder.ToString();
    }

    private static IReadOnlyList<MetricDescriptor> Read() =>
        [.. typeof(MetricSet).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Declaration: p.GetCustomAttribute<MetricAttribute>()))
            .Where(p => p.Declaration is not null)
            .OrderBy(p => p.Declaration!.Order)
            .Select(p => new MetricDescriptor(p.Property, p.Declaration!))];
}
