using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>Reads one metric of a <see cref="MetricSet"/> by name.</summary>
internal sealed record MetricAccessor(string PropertyName, string JsonName, Func<MetricSet, object?> Read, bool IsKeyed);

/// <summary>
/// Every metric of <see cref="MetricSet"/> by its PascalCase (expressions) and snake_case (messages, JSON) name.
/// Built once from the public properties, so a metric added to the set is usable in messages at once.
/// </summary>
internal static class MetricAccessors
{
    private static readonly Lazy<Dictionary<string, MetricAccessor>> LazyByName = new(Build);

    public static IEnumerable<MetricAccessor> All => LazyByName.Value.Values.Distinct().OrderBy(a => a.JsonName, StringComparer.Ordinal);

    public static bool TryGet(string name, [NotNullWhen(true)] out MetricAccessor? accessor) => LazyByName.Value.TryGetValue(name, out accessor);

    /// <summary><c>TopQuintileShare</c> → <c>top_quintile_share</c>, <c>Cr4</c> → <c>cr4</c>.</summary>
    public static string ToSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var ch = pascal[i];
            if (char.IsUpper(ch))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, MetricAccessor> Build()
    {
        var map = new Dictionary<string, MetricAccessor>(StringComparer.Ordinal);
        foreach (var property in typeof(MetricSet).GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var keyed = typeof(IReadOnlyDictionary<string, double>).IsAssignableFrom(property.PropertyType);
            var prop = property;
            var accessor = new MetricAccessor(property.Name, ToSnakeCase(property.Name), set => prop.GetValue(set), keyed);
            map[accessor.PropertyName] = accessor;
            map[accessor.JsonName] = accessor;
        }

        return map;
    }
}
