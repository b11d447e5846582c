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
                SettingText.Of($"{Settings.Where.With($"{filter.Field}={filter.Value}")} matches no deal; {Spelling.BeforeList(filter.Value, values)}the {filter.Field} values in the data are: {(values.Count == 0 ? "none" : shown)}."),
                null,
                hint: filter.Value.IndexOfAny(ListSeparators) >= 0 ? RepeatHint(filter) : SettingText.Of("Check the spelling (values are compared without regard to case)."));
        }
    }

    /// <summary>The filters as a setting with its value: <c>--where sector=AI, region=Beijing</c> on the command line.</summary>
    public static SettingValue Describe(IReadOnlyList<Filter> filters) =>
        Settings.Where.With(string.Join(", ", filters.Select(static f => $"{f.Field}={f.Value}")));

    /// <summary>For a value that lists several (<c>sector=AI,Energy</c>): one filter per value, written out.</summary>
    private static SettingText RepeatHint(Filter filter)
    {
        var builder = new SettingTextBuilder(0, 0);
        builder.AppendLiteral("A filter names one value; to keep the deals of several, repeat ");
        builder.AppendFormatted(Settings.Where);
        builder.AppendLiteral(", one value each:");
        foreach (var v in filter.Value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            builder.AppendLiteral(" ");
            builder.AppendFormatted(Settings.Where.With(v.Contains(' ', StringComparison.Ordinal) ? $"'{filter.Field}={v}'" : $"{filter.Field}={v}"));
        }

        builder.AppendLiteral(".");
        return SettingText.Of(builder);
    }

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
