using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport;

/// <summary>
/// Values a user writes in <c>--where</c> filters, in suppressions and as the hot and strategic sectors, read as the
/// loader reads the data's own: a sector or region through the reference aliases, a stage through the stage names
/// exports use. <c>sector=人工智能</c>, <c>sector=Energie</c>, <c>region=北京</c> and <c>stage=A轮</c> select AI,
/// Energy, Beijing and A.
/// </summary>
internal static class CanonicalTerms
{
    /// <summary>The canonical value of <paramref name="value"/> in <paramref name="field"/>; the value itself when no alias maps it.</summary>
    public static string Value(string field, string value, ReferenceData reference) => field switch
    {
        SliceDimensions.Sector => reference.Sectors.Map(value),
        SliceDimensions.Region => reference.Regions.Map(value),
        SliceDimensions.Stage => (Stages.TryParseCanonical(value) ?? StageAliases.BuiltIn.Map(value)) is { } stage ? Stages.Name(stage) : null,
        _ => null,
    } ?? value;

    public static IReadOnlyList<Filter> Filters(IReadOnlyList<Filter> filters, ReferenceData reference) =>
        [.. filters.Select(f => Value(f.Field, f.Value, reference) is var canonical && !string.Equals(canonical, f.Value, StringComparison.Ordinal) ? new Filter(f.Field, canonical) : f)];

    /// <summary><paramref name="parameters"/> with the hot and strategic sectors in canonical terms (<c>hot_sector: 人工智能</c> is AI).</summary>
    public static MetricParameters Parameters(MetricParameters parameters, ReferenceData reference)
    {
        // The same list when nothing changes, so that parameters equal to the configuration's stay equal to them.
        var strategic = parameters.StrategicSectors.Select(s => Value(SliceDimensions.Sector, s, reference)).ToList();
        return parameters with
        {
            HotSector = Value(SliceDimensions.Sector, parameters.HotSector, reference),
            StrategicSectors = strategic.SequenceEqual(parameters.StrategicSectors, StringComparer.Ordinal) ? parameters.StrategicSectors : strategic,
        };
    }

    /// <summary><paramref name="config"/> with each suppression's <c>where:</c> values in canonical terms.</summary>
    public static AnalysisConfig Suppressions(AnalysisConfig config, ReferenceData reference) =>
        config.Suppressions.Any(s => s.Where.Any(w => !string.Equals(Value(w.Key, w.Value, reference), w.Value, StringComparison.Ordinal)))
            ? config.WithSuppressions([.. config.Suppressions.Select(s => s with
            {
                Where = s.Where.ToDictionary(static w => w.Key, w => Value(w.Key, w.Value, reference), StringComparer.Ordinal),
            })])
            : config;
}
