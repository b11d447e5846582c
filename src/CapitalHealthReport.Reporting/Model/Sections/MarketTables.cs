using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>The period's tables by sector, region and stage, with shares and their comparisons.</summary>
internal static class MarketTables
{
    private const string Unknown = "Unknown";

    /// <summary>
    /// The sectors of the period, and after them those of the comparison periods that have no deal in it (a row of 0
    /// deals beside its earlier share): a sector that fell to nothing is a change the table shows, not a row it drops.
    /// </summary>
    /// <remarks>None when no deal of the period names a sector (a table whose one row is Unknown shows nothing).</remarks>
    public static List<SliceView> Sectors(MetricsEngine engine, Period period, ScopeView market, DisplayNames names)
    {
        if (engine.SliceValues(period, SliceDimensions.Sector).All(static s => s == Unknown))
        {
            return [];
        }

        return Slices(engine, period, SliceDimensions.Sector, market, names.Sector, Earlier(engine, period, SliceDimensions.Sector, market));
    }

    /// <summary>
    /// The regions of the period, and after them those of the comparison periods that have no deal in it (0 deals beside
    /// their earlier shares), as for sectors; none when no deal of the period names a region (a table whose one row is
    /// Unknown shows nothing).
    /// </summary>
    public static List<SliceView> Regions(MetricsEngine engine, Period period, ScopeView market, DisplayNames names)
    {
        if (engine.SliceValues(period, SliceDimensions.Region).All(static r => r == Unknown))
        {
            return [];
        }

        return Slices(engine, period, SliceDimensions.Region, market, names.Region, Earlier(engine, period, SliceDimensions.Region, market));
    }

    /// <summary>The values of a dimension in the comparison periods the data covers, Unknown left out.</summary>
    private static IEnumerable<string> Earlier(MetricsEngine engine, Period period, string dimension, ScopeView market) =>
        (market.PrevKnown ? engine.SliceValues(period.Previous(), dimension) : [])
            .Concat(market.YoyKnown ? engine.SliceValues(period.YearAgo(), dimension) : [])
            .Where(static s => s != Unknown);

    /// <summary>The stages of the period; none when no deal has a known stage (a table whose one row is Unknown shows nothing).</summary>
    public static List<StageView> Stages(ScopeView market, ReportLanguage language) =>
        !market.Metrics.StageCountShare.Any(static s => s.Key != Unknown && s.Value > 0) ? [] : CapitalHealthReport.Model.Stages.All
            .Select(CapitalHealthReport.Model.Stages.Name)
            // A stage the data holds but the period does not (a share of 0) is not a row of the period's table.
            .Where(s => market.Metrics.StageCountShare.GetValueOrDefault(s) > 0)
            .Select(s => new StageView
            {
                Key = s,
                Name = Vocabulary.StageName(s, language),
                CountShare = market.Metrics.StageCountShare.TryGetValue(s, out var c) ? c : null,
                ValueShare = market.Metrics.TotalAmount > 0 ? market.Metrics.StageValueShare.GetValueOrDefault(s) : null,
                MedianAmount = market.Metrics.MedianAmount.TryGetValue(s, out var m) ? m : null,
            })
            .ToList();

    private static List<SliceView> Slices(MetricsEngine engine, Period period, string dimension, ScopeView market, Func<string, string> name, IEnumerable<string> earlier)
    {
        var isRegion = dimension == SliceDimensions.Region;
        var valueShares = isRegion ? market.Metrics.RegionValueShare : market.Metrics.SectorValueShare;
        var countShares = isRegion ? market.Metrics.RegionCountShare : market.Metrics.SectorCountShare;
        var prevValue = isRegion ? market.Prev.RegionValueShare : market.Prev.SectorValueShare;
        var yoyValue = isRegion ? market.Yoy.RegionValueShare : market.Yoy.SectorValueShare;
        var yoyCount = isRegion ? market.Yoy.RegionCountShare : market.Yoy.SectorCountShare;
        return engine.SliceValues(period, dimension)
            .Concat(earlier)
            .Distinct(StringComparer.Ordinal)
            .Select(value =>
            {
                var metrics = engine.Compute(new Scope(period, new Slice(dimension, value)));
                var judged = metrics.DealCount >= engine.Parameters.MinDeals;
                return new SliceView
                {
                    Key = value,
                    Name = name(value),
                    DealCount = metrics.DealCount,
                    TotalAmount = ScopeViews.KnownTotal(metrics),
                    CountShare = countShares.TryGetValue(value, out var c) ? c : null,
                    ValueShare = Share(valueShares, value, market.Metrics.TotalAmount),
                    PrevValueShare = market.PrevKnown ? Share(prevValue, value, market.Prev.TotalAmount) : null,
                    YoyCountShare = market.YoyKnown && market.Yoy.DealCount > 0 ? yoyCount.GetValueOrDefault(value) : null,
                    YoyValueShare = market.YoyKnown ? Share(yoyValue, value, market.Yoy.TotalAmount) : null,
                    LocationQuotient = isRegion && market.Metrics.LocationQuotient.TryGetValue(value, out var lq) ? lq : null,
                    TopQuintileShare = judged ? metrics.TopQuintileShare : null,
                    Judged = judged,
                };
            })
            .OrderByDescending(static s => s.DealCount)
            .ThenBy(static s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A value share, 0 when the key had no value in a scope that has some, null when the scope has no value at all.</summary>
    private static double? Share(IReadOnlyDictionary<string, double> shares, string key, double total) =>
        total > 0 ? shares.GetValueOrDefault(key) : null;
}
