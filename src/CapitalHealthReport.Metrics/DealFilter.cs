using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>Applies the <c>--where</c> filters: every field must match; repeated filters on one field accept any of their values.</summary>
internal static class DealFilter
{
    /// <summary>The indices (ascending) of the deals that pass every filter; null when there are no filters (every deal passes).</summary>
    public static int[]? Apply(IReadOnlyList<Deal> deals, IReadOnlyList<Filter> filters, MetricReference reference)
    {
        if (filters.Count == 0)
        {
            return null;
        }

        var groups = filters.GroupBy(f => f.Field, StringComparer.Ordinal)
            .Select(g => Predicate(g.Key, g.Select(f => f.Value).ToList(), reference))
            .ToList();
        var kept = new List<int>();
        for (var i = 0; i < deals.Count; i++)
        {
            var keep = true;
            foreach (var predicate in groups)
            {
                if (!predicate(deals[i]))
                {
                    keep = false;
                    break;
                }
            }

            if (keep)
            {
                kept.Add(i);
            }
        }

        return [.. kept];
    }

    private static Func<Deal, bool> Predicate(string field, List<string> values, MetricReference reference)
    {
        switch (field)
        {
            case "sector":
                return d => Any(values, d.Sector);
            case "subsector":
                return d => Any(values, d.Subsector);
            case "region":
                return d => Any(values, d.Region);
            case "country":
                return d => Any(values, d.Country);
            case "stage":
                var stages = values.Select(v => Stages.TryParseCanonical(v)!.Value).ToHashSet();
                return d => stages.Contains(d.Stage);
            case "investor_type":
                var types = values.Select(v => InvestorTypes.TryParse(v)!.Value).ToHashSet();
                var cache = new Dictionary<string, int>(StringComparer.Ordinal);
                return d => d.Investors.Any(name =>
                {
                    if (!cache.TryGetValue(name, out var type))
                    {
                        type = reference.FindInvestor(name.Trim()) is { } info ? (int)info.Type : InvestorTypes.UnknownIndex;
                        cache[name] = type;
                    }

                    return types.Contains(type);
                });
            default:
                var keys = values.Select(CompanyKeys.FromName).ToHashSet(StringComparer.Ordinal);
                return d => keys.Contains(d.CompanyKey) || keys.Contains(CompanyKeys.FromName(d.Company));
        }
    }

    /// <summary>Case-insensitive match; <c>Unknown</c> matches a missing value.</summary>
    private static bool Any(List<string> values, string? field)
    {
        var actual = string.IsNullOrWhiteSpace(field) ? DealColumns.UnknownLabel : field.Trim();
        foreach (var value in values)
        {
            if (string.Equals(value, actual, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
