using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport;

/// <summary>
/// Values a user writes in <c>--where</c> filters, in suppressions and as the hot and strategic sectors, read as the
/// loader read the data's own: a sector, region or stage through the reference aliases and the mapping file's
/// <c>sectors:</c>, <c>regions:</c> and <c>stages:</c>, a country as its ISO code, and a period as its label
/// (<c>2025q1</c>, <c>2025年第一季度</c> → <c>2025Q1</c>). <c>sector=人工智能</c>,
/// <c>sector=Energie</c>, <c>region=北京</c>, <c>stage: A轮</c> and <c>country=United States</c> select AI, Energy,
/// Beijing, A and US.
/// </summary>
internal sealed class CanonicalTerms(SectorTaxonomy sectors, RegionDirectory regions, StageAliases stages)
{
    /// <summary>The terms of a load: the reference aliases, with those of the mapping it read the deals through.</summary>
    public static CanonicalTerms Of(ReferenceData reference, DealMapping mapping) => new(
        mapping.Sectors.Count > 0 ? reference.Sectors.WithAliases(mapping.Sectors) : reference.Sectors,
        mapping.Regions.Count > 0 ? reference.Regions.WithAliases(mapping.Regions) : reference.Regions,
        mapping.Stages.Count > 0 ? reference.Stages.WithAliases(mapping.Stages) : reference.Stages);

    /// <summary>The canonical value of <paramref name="value"/> in <paramref name="field"/>; the value itself when no alias maps it.</summary>
    public string Value(string field, string value) => field switch
    {
        SliceDimensions.Sector => sectors.Map(value),
        SliceDimensions.Region => regions.Map(value),
        SliceDimensions.Stage => (Stages.TryParseCanonical(value) ?? stages.Map(value)) is { } stage ? Stages.Name(stage) : null,
        "country" => CountryNames.Code(value),
        "period" => Period.TryParse(value, out var period) ? period.Label : null,
        _ => null,
    } ?? value;

    public IReadOnlyList<Filter> Filters(IReadOnlyList<Filter> filters) =>
        [.. filters.Select(f => Value(f.Field, f.Value) is var canonical && !string.Equals(canonical, f.Value, StringComparison.Ordinal) ? new Filter(f.Field, canonical) : f)];

    /// <summary><paramref name="parameters"/> with the hot and strategic sectors in canonical terms (<c>hot_sector: 人工智能</c> is AI).</summary>
    public MetricParameters Parameters(MetricParameters parameters)
    {
        // The same list when nothing changes, so that parameters equal to the configuration's stay equal to them.
        var strategic = parameters.StrategicSectors.Select(s => Value(SliceDimensions.Sector, s)).ToList();
        return parameters with
        {
            HotSector = Value(SliceDimensions.Sector, parameters.HotSector),
            StrategicSectors = strategic.SequenceEqual(parameters.StrategicSectors, StringComparer.Ordinal) ? parameters.StrategicSectors : strategic,
        };
    }

    /// <summary><paramref name="config"/> with each suppression's <c>where:</c> values in canonical terms.</summary>
    public AnalysisConfig Suppressions(AnalysisConfig config) =>
        config.Suppressions.Any(s => s.Where.Any(w => !string.Equals(Value(w.Key, w.Value), w.Value, StringComparison.Ordinal)))
            ? config.WithSuppressions([.. config.Suppressions.Select(s => s with
            {
                Where = s.Where.ToDictionary(static w => w.Key, w => Value(w.Key, w.Value), StringComparer.Ordinal),
            })])
            : config;
}
