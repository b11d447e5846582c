using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>Turns one scope's accumulated counts and sums into a <see cref="MetricSet"/>, following DESIGN.md definitions exactly.</summary>
internal sealed class MetricCalculator
{
    private const int CvcActiveMinDeals = 3;
    private static readonly Stage[] LateStages = [Stage.C, Stage.D, Stage.EPlus, Stage.PreIPO];
    private readonly DealColumns _columns;
    private readonly int _hotSector;
    private readonly bool[] _strategic;
    private readonly double[] _baseline;

    public MetricCalculator(DealColumns columns, MetricParameters parameters, MetricReference reference)
    {
        _columns = columns;
        _hotSector = Array.FindIndex(columns.SectorNames, s => string.Equals(s, parameters.HotSector, StringComparison.OrdinalIgnoreCase));
        _strategic = columns.SectorNames
            .Select(s => parameters.StrategicSectors.Any(p => string.Equals(p, s, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        _baseline = columns.RegionNames
            .Select(r => reference.BaselineShares.TryGetValue(r, out var share) && share > 0 && double.IsFinite(share) ? share : 0d)
            .ToArray();
    }

    public MetricSet Build(ScopeAccumulator a)
    {
        if (a.DealCount == 0)
        {
            return MetricSet.Zero;
        }

        a.SortCompanies();
        var c = _columns;
        var total = a.TotalValue;
        var hasValue = total > 0;
        var dealCount = (double)a.DealCount;

        // Concentration over company totals (ranked largest first).
        double? hhi = null, cr4 = null, topQuintile = null, gini = null;
        var n = a.RankedCount;
        if (hasValue && n > 0)
        {
            var totalDouble = (double)total;
            var sum = 0d;
            var compensation = 0d;
            var top4 = 0L;
            var quintileCount = (n + 4) / 5; // ⌈0.2·n⌉
            var quintile = 0L;
            Int128 giniSum = 0;
            for (var j = 0; j < n; j++)
            {
                var x = a.CompanyTotal[a.Ranked[j]];
                var share = 100d * x / totalDouble;
                NeumaierAdd(ref sum, ref compensation, share * share);
                if (j < 4)
                {
                    top4 += x;
                }

                if (j < quintileCount)
                {
                    quintile += x;
                }

                // Descending position j+1 is ascending position i = n − j, so 2i − n − 1 = n − 1 − 2j.
                giniSum += (Int128)(n - 1 - (2 * j)) * x;
            }

            hhi = sum + compensation;
            cr4 = Share(top4, total);
            topQuintile = Share(quintile, total);
            gini = (double)((decimal)giniSum / ((decimal)n * total));
        }

        // Stages.
        var stageCountShare = Keyed();
        var stageValueShare = Keyed();
        var medians = Keyed();
        var knownStageDeals = 0;
        var earlyDeals = 0;
        var seedAngelDeals = 0;
        var knownStageValue = 0L;
        var lateValue = 0L;
        foreach (var stage in c.StagesPresent)
        {
            var s = (int)stage;
            var name = Stages.Name(stage);
            stageCountShare[name] = a.StageCount[s] / dealCount;
            if (hasValue)
            {
                stageValueShare[name] = Share(a.StageValue[s], total);
            }

            if (a.StageAmounts[s].Count > 0)
            {
                medians[name] = Money(Median(a.StageAmounts[s]));
            }

            if (stage != Stage.Unknown)
            {
                knownStageDeals += a.StageCount[s];
                knownStageValue += a.StageValue[s];
                earlyDeals += Stages.IsEarly(stage) ? a.StageCount[s] : 0;
                seedAngelDeals += Stages.IsSeedOrAngel(stage) ? a.StageCount[s] : 0;
                lateValue += Stages.IsLate(stage) ? a.StageValue[s] : 0L;
            }
        }

        double? lateToSeed = null;
        var late = new List<long>();
        foreach (var stage in LateStages)
        {
            late.AddRange(a.StageAmounts[(int)stage]);
        }

        if (late.Count > 0 && a.StageAmounts[(int)Stage.Seed].Count > 0)
        {
            var seedMedian = Median(a.StageAmounts[(int)Stage.Seed]);
            if (seedMedian > 0m)
            {
                lateToSeed = (double)(Median(late) / seedMedian);
            }
        }

        // Sectors.
        var sectorCountShare = Keyed();
        var sectorValueShare = Keyed();
        var strategicAmount = 0L;
        for (var s = 0; s < c.SectorNames.Length; s++)
        {
            sectorCountShare[c.SectorNames[s]] = a.SectorCount[s] / dealCount;
            if (hasValue)
            {
                sectorValueShare[c.SectorNames[s]] = Share(a.SectorValue[s], total);
            }

            if (_strategic[s])
            {
                strategicAmount += a.SectorValue[s];
            }
        }

        double? hot = hasValue ? (_hotSector >= 0 ? Share(a.SectorValue[_hotSector], total) : 0d) : null;

        // Regions.
        var regionCountShare = Keyed();
        var regionValueShare = Keyed();
        var locationQuotient = Keyed();
        var topRegion = -1;
        for (var r = 0; r < c.RegionNames.Length; r++)
        {
            var share = a.RegionCount[r] / dealCount;
            regionCountShare[c.RegionNames[r]] = share;
            if (hasValue)
            {
                regionValueShare[c.RegionNames[r]] = Share(a.RegionValue[r], total);
            }

            if (_baseline[r] > 0)
            {
                locationQuotient[c.RegionNames[r]] = share / _baseline[r];
            }

            // Region names are in ordinal order, so a strict comparison keeps the first name on ties.
            if (r != c.UnknownRegion && a.RegionCount[r] > 0 && (topRegion < 0 || a.RegionCount[r] > a.RegionCount[topRegion]))
            {
                topRegion = r;
            }
        }

        // Investors.
        var investorTypeShare = Keyed();
        double? cvcActive = null;
        if (a.InvestorCount > 0)
        {
            var perType = new int[InvestorTypes.Names.Count];
            var active = 0;
            var activeCvc = 0;
            for (var k = 0; k < a.InvestorCount; k++)
            {
                var investor = a.TouchedInvestors[k];
                var type = c.InvestorTypeOf[investor];
                perType[type]++;
                if (a.InvestorDeals[investor] >= CvcActiveMinDeals)
                {
                    active++;
                    activeCvc += type == (int)InvestorType.CVC ? 1 : 0;
                }
            }

            foreach (var type in c.InvestorTypesPresent)
            {
                investorTypeShare[InvestorTypes.Names[type]] = perType[type] / (double)a.InvestorCount;
            }

            cvcActive = active > 0 ? activeCvc / (double)active : null;
        }

        return new MetricSet
        {
            DealCount = a.DealCount,
            CompanyCount = a.CompanyCount,
            TotalAmount = Money(total),
            DisclosedShare = a.DisclosedCount / dealCount,
            Hhi = hhi,
            Cr4 = cr4,
            TopQuintileShare = topQuintile,
            Gini = gini,
            MegaRoundShare = hasValue ? Share(a.MegaValue, total) : null,
            StageCountShare = stageCountShare,
            StageValueShare = stageValueShare,
            EarlyCountShare = knownStageDeals > 0 ? earlyDeals / (double)knownStageDeals : null,
            SeedAngelCountShare = knownStageDeals > 0 ? seedAngelDeals / (double)knownStageDeals : null,
            LateValueShare = knownStageValue > 0 ? Share(lateValue, knownStageValue) : null,
            MedianAmount = medians,
            LateToSeedMedianRatio = lateToSeed,
            SectorValueShare = sectorValueShare,
            SectorCountShare = sectorCountShare,
            HotSectorValueShare = hot,
            StrategicSectorsAmount = Money(strategicAmount),
            RegionValueShare = regionValueShare,
            RegionCountShare = regionCountShare,
            TopRegion = topRegion >= 0 ? c.RegionNames[topRegion] : null,
            TopRegionCountShare = topRegion >= 0 ? a.RegionCount[topRegion] / dealCount : null,
            LocationQuotient = locationQuotient,
            LocalFundHomeBias = a.GovernmentKnown > 0 ? a.GovernmentHome / (double)a.GovernmentKnown : null,
            InvestorTypeShare = investorTypeShare,
            CvcActiveShare = cvcActive,
        };
    }

    /// <summary>Median of amounts in cents (mean of the two middle values for an even count), still in cents.</summary>
    internal static decimal Median(List<long> cents)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cents);
        span.Sort();
        var middle = span.Length / 2;
        return span.Length % 2 == 1 ? span[middle] : ((decimal)span[middle - 1] + span[middle]) / 2m;
    }

    /// <summary>Cents as an amount of the reporting currency.</summary>
    internal static double Money(decimal cents) => (double)(cents / 100m);

    /// <summary>An exact quotient of two integer sums, rounded once to double.</summary>
    internal static double Share(long part, long whole) => (double)((decimal)part / whole);

    private static SortedDictionary<string, double> Keyed() => new(StringComparer.Ordinal);

    /// <summary>Compensated (Neumaier) summation step.</summary>
    private static void NeumaierAdd(ref double sum, ref double compensation, double value)
    {
        var t = sum + value;
        compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
        sum = t;
    }
}
