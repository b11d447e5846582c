using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>The quarterly series up to the period: the context of the market-overview table and the time-series charts.</summary>
internal static class SeriesSection
{
    /// <summary>How many quarters the time series and charts show at most (fewer when the data begins later).</summary>
    public const int Quarters = 8;

    public static List<QuarterView> Build(MetricsEngine engine, Period period, NarrativeFormatter format)
    {
        var hotSector = engine.Parameters.HotSector;
        var last = Period.Containing(period.End, PeriodKind.Quarter);
        var quarters = new List<Period> { last };
        while (quarters.Count < Quarters)
        {
            quarters.Insert(0, quarters[0].Previous());
        }

        // Quarters before the data begins are not quarters without deals: the data says nothing of them, so the
        // series starts with the first quarter it covers (an export that begins in 2024 shows no "0" for 2023).
        quarters.RemoveAll(q => q != last && !engine.Covers(q));

        return quarters.Select(q =>
        {
            var all = engine.Compute(new Scope(q));
            var hot = engine.Compute(new Scope(q, new Slice(SliceDimensions.Sector, hotSector)));
            return new QuarterView
            {
                Label = q.Label,
                Name = format.PeriodLabel(q),
                DealCount = all.DealCount,
                TotalAmount = ScopeViews.KnownTotal(all),
                Hhi = all.Hhi,
                HotHhi = hot.Hhi,
                TopQuintileShare = all.TopQuintileShare,
                HotTopQuintileShare = hot.TopQuintileShare,
                EarlyCountShare = all.EarlyCountShare,
                SeedAngelCountShare = all.SeedAngelCountShare,
                LateValueShare = all.LateValueShare,
                HotSectorValueShare = all.HotSectorValueShare,
                HotSectorCountShare = ScopeViews.HotCountShare(all, hotSector),
                StrategicSectorsAmount = all.StrategicSectorsAmount,
                TopRegion = all.TopRegion,
                TopRegionCountShare = all.TopRegionCountShare,
                StageGroupShares = StageGroupShares(all),
                StrategicBySector = engine.Parameters.StrategicSectors
                    .Distinct(StringComparer.Ordinal)
                    .ToDictionary(sector => sector, sector => all.SectorValueShare.GetValueOrDefault(sector) * all.TotalAmount, StringComparer.Ordinal),
            };
        }).ToList();
    }

    /// <summary>Shares of all deals by stage group (early, growth, late, other); null when the quarter has no deals.</summary>
    private static SortedDictionary<string, double?> StageGroupShares(MetricSet metrics)
    {
        var shares = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var group in ChartBuilder.StageGroups)
        {
            shares[group] = metrics.DealCount == 0 ? null : 0.0;
        }

        if (metrics.DealCount == 0)
        {
            return shares;
        }

        foreach (var (stageName, share) in metrics.StageCountShare)
        {
            var stage = Stages.TryParseCanonical(stageName) ?? Stage.Unknown;
            var group = Stages.GroupOf(stage) switch
            {
                StageGroup.Early => "early",
                StageGroup.Growth => "growth",
                StageGroup.Late => "late",
                _ => "other",
            };
            shares[group] = shares[group] + share;
        }

        return shares;
    }
}
