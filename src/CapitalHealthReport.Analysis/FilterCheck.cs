using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Text;

namespace CapitalHealthReport;

/// <summary>Checks <c>--where</c> filters against the data: a value no deal has is a typo, not an empty result.</summary>
internal static class FilterCheck
{
    /// <summary>What separates the values of a list written into one filter (<c>sector=AI,Energy</c>, <c>行业=人工智能、能源</c>).</summary>
    private static readonly char[] ListSeparators = [',', ';', '、', '，'];

    /// <summary>How many existing values an error lists.</summary>
    private const int ValuesShown = 30;

    /// <summary>Throws an <see cref="InputException"/> naming the values that exist when a filter value matches no deal.</summary>
    public static void EnsureEachMatches(DealSet deals, ReferenceData reference, MetricParameters parameters, IReadOnlyList<Filter> filters)
    {
        foreach (var filter in filters)
        {
            if (new MetricsEngine(deals, reference, parameters, [filter]).DealCount > 0)
            {
                continue;
            }

            var values = ValuesOf(deals, reference, parameters, filter.Field);
            var shown = string.Join(", ", values.Take(ValuesShown)) + (values.Count > ValuesShown ? $", … ({values.Count} in all)" : "");
            throw new InputException(
                $"--where {filter.Field}={filter.Value} matches no deal; {Spelling.BeforeList(filter.Value, values)}the {filter.Field} values in the data are: {(values.Count == 0 ? "none" : shown)}.",
                null,
                hint: filter.Value.IndexOfAny(ListSeparators) >= 0
                    ? $"A filter names one value; to keep the deals of several, repeat --where, one value each: {string.Join(" ", filter.Value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.Contains(' ', StringComparison.Ordinal) ? $"--where '{filter.Field}={v}'" : $"--where {filter.Field}={v}"))}."
                    : "Check the spelling (values are compared without regard to case).");
        }
    }

    /// <summary><c>sector=AI, region=Beijing</c>.</summary>
    public static string Describe(IReadOnlyList<Filter> filters) =>
        "--where " + string.Join(", ", filters.Select(static f => $"{f.Field}={f.Value}"));

    /// <summary>The values of <paramref name="field"/> the deals hold, in ordinal order.</summary>
    internal static List<string> ValuesOf(DealSet deals, ReferenceData reference, MetricParameters parameters, string field)
    {
        if (field is SliceDimensions.Sector or SliceDimensions.Region or SliceDimensions.Stage or SliceDimensions.InvestorType
            && deals.FirstDate is { } first && deals.LastDate is { } last)
        {
            return [.. new MetricsEngine(deals, reference, parameters).SliceValues(Period.Range(first, last), field)];
        }

        IEnumerable<string?> values = field switch
        {
            "subsector" => deals.Deals.Select(static d => d.Subsector),
            "country" => deals.Deals.Select(d => d.Country ?? reference.Regions.CountryOf(d.Region)),
            "company" => deals.Deals.Select(static d => d.Company),
            _ => [],
        };
        return [.. values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
