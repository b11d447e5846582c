using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Turns one scope's accumulated counts and sums into a <see cref="MetricSet"/>, following DESIGN.md definitions
/// exactly. <see cref="Build"/> is compiled optimized from its first call, like the scope passes.
/// </summary>
internal sealed class MetricCalculator
{
    private const int CvcActiveMinDeals = 3;
    private static readonly Stage[] LateStages = [Stage.C, Stage.D, Stage.EPlus, Stage.PreIPO];
    private readonly DealColumns _columns;
    private readonly int _hotSector;
    private readonly bool[] _strategic;
    private readonly double[] _baseline;

    // Keys of the keyed metrics in ordinal order (shared by every scope), with the table index behind each key.
    private readonly string[] _stageKeys;
    private readonly Stage[] _stageOf;
    private readonly string[] _sectorKeys;
    private readonly int[] _sectorOf;
    private readonly string[] _regionKeys;
    private readonly int[] _regionOf;
    private readonly string[] _quotientKeys;
    private readonly int[] _quotientOf;
    private readonly string[] _typeKeys;
    private readonly int[] _typeOf;

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

        var stages = columns.StagesPresent;
        (_stageKeys, var stageIndices) = KeyedValueDictionary.Order(stages.Select(Stages.Name).ToArray());
        _stageOf = stageIndices.Select(i => stages[i]).ToArray();
        (_sectorKeys, _sectorOf) = KeyedValueDictionary.Order(columns.SectorNames);
        (_regionKeys, _regionOf) = KeyedValueDictionary.Order(columns.RegionNames);
        (_quotientKeys, _quotientOf) = KeyedValueDictionary.Order(columns.RegionNames, r => _baseline[r] > 0);
        var types = columns.InvestorTypesPresent;
        (_typeKeys, var typeIndices) = KeyedValueDictionary.Order(types.Select(t => InvestorTypes.Names[t]).ToArray());
        _typeOf = typeIndices.Select(i => types[i]).ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public MetricSet Build(ScopeAccumulator a)
    {
        if (a.DealCount == 0)
        {
            return MetricSet.Zero;
        }

        var c = _columns;
        var total = a.TotalValue;
        var hasValue = total > 0;
        var dealCount = (double)a.DealCount;

        // Concentration over company totals, largest first (only the values matter, not which company holds them).
        double? hhi = null, cr4 = null, topQuintile = null, gini = null;
        var n = a.DisclosedCompanyCount;
        if (hasValue && n > 0)
        {
            var ascending = a.SortedTotals();
            var totalDouble = (double)total;
            var sum = 0d;
            var compensation = 0d;
            var top4 = 0L;
            var quintileCount = (n + 4) / 5; // ⌈0.2·n⌉
            var quintile = 0L;
            Int128 giniSum = 0;
            for (var j = 0; j < n; j++)
            {
                var x = ascending[n - 1 - j];
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
        var stageCountShare = new double[_stageKeys.Length];
        var stageValueShare = hasValue ? new double[_stageKeys.Length] : null;
        var medianKeys = new string[_stageKeys.Length];
        var medians = new double[_stageKeys.Length];
        var medianCount = 0;
        var knownStageDeals = 0;
        var earlyDeals = 0;
        var seedAngelDeals = 0;
        var knownStageValue = 0L;
        var lateValue = 0L;
        decimal? seedMedian = null;
        for (var k = 0; k < _stageOf.Length; k++)
        {
            var stage = _stageOf[k];
            var s = (int)stage;
            stageCountShare[k] = a.StageCount[s] / dealCount;
            if (stageValueShare is not null)
            {
                stageValueShare[k] = Share(a.StageValue[s], total);
            }

            if (a.StageMedian(s) is { } median)
            {
                medianKeys[medianCount] = _stageKeys[k];
                medians[medianCount++] = Money(median);
                seedMedian = stage == Stage.Seed ? median : seedMedian;
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
        seedMedian ??= a.StageMedian((int)Stage.Seed);
        if (seedMedian > 0m && a.Median(LateStages) is { } lateMedian)
        {
            lateToSeed = (double)(lateMedian / seedMedian.Value);
        }

        // Sectors.
        var sectorCountShare = new double[_sectorKeys.Length];
        var sectorValueShare = hasValue ? new double[_sectorKeys.Length] : null;
        for (var k = 0; k < _sectorOf.Length; k++)
        {
            var s = _sectorOf[k];
            sectorCountShare[k] = a.SectorCount[s] / dealCount;
            if (sectorValueShare is not null)
            {
                sectorValueShare[k] = Share(a.SectorValue[s], total);
            }
        }

        var strategicAmount = 0L;
        for (var s = 0; s < c.SectorNames.Length; s++)
        {
            strategicAmount += _strategic[s] ? a.SectorValue[s] : 0L;
        }

        double? hot = hasValue ? (_hotSector >= 0 ? Share(a.SectorValue[_hotSector], total) : 0d) : null;

        // Regions. Visiting them in ordinal order of their names, a strict comparison keeps the first name on ties.
        var regionCountShare = new double[_regionKeys.Length];
        var regionValueShare = hasValue ? new double[_regionKeys.Length] : null;
        var topRegion = -1;
        for (var k = 0; k < _regionOf.Length; k++)
        {
            var r = _regionOf[k];
            regionCountShare[k] = a.RegionCount[r] / dealCount;
            if (regionValueShare is not null)
            {
                regionValueShare[k] = Share(a.RegionValue[r], total);
            }

            if (r != c.UnknownRegion && a.RegionCount[r] > 0 && (topRegion < 0 || a.RegionCount[r] > a.RegionCount[topRegion]))
            {
                topRegion = r;
            }
        }

        var locationQuotient = new double[_quotientKeys.Length];
        for (var k = 0; k < _quotientOf.Length; k++)
        {
            var r = _quotientOf[k];
            locationQuotient[k] = a.RegionCount[r] / dealCount / _baseline[r];
        }

        // Investors.
        var investorTypeShare = KeyedValueDictionary.Empty;
        double? cvcActive = null;
        if (a.InvestorCount > 0)
        {
            Span<int> perType = stackalloc int[InvestorTypes.Names.Count];
            var active = 0;
            var activeCvc = 0;
            for (var k = 0; k < a.InvestorCount; k++)
            {
                var type = c.InvestorTypeOf[a.TouchedInvestors[k]];
                perType[type]++;
                if (a.InvestorDealsAt(k) >= CvcActiveMinDeals)
                {
                    active++;
                    activeCvc += type == (int)InvestorType.CVC ? 1 : 0;
                }
            }

            var shares = new double[_typeKeys.Length];
            for (var k = 0; k < _typeOf.Length; k++)
            {
                shares[k] = perType[_typeOf[k]] / (double)a.InvestorCount;
            }

            investorTypeShare = new KeyedValueDictionary(_typeKeys, shares);
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
            StageCountShare = new KeyedValueDictionary(_stageKeys, stageCountShare),
            StageValueShare = Keyed(_stageKeys, stageValueShare),
            EarlyCountShare = knownStageDeals > 0 ? earlyDeals / (double)knownStageDeals : null,
            SeedAngelCountShare = knownStageDeals > 0 ? seedAngelDeals / (double)knownStageDeals : null,
            LateValueShare = knownStageValue > 0 ? Share(lateValue, knownStageValue) : null,
            MedianAmount = medianCount == _stageKeys.Length ? new KeyedValueDictionary(_stageKeys, medians) : new KeyedValueDictionary(medianKeys[..medianCount], medians[..medianCount]),
            LateToSeedMedianRatio = lateToSeed,
            SectorValueShare = Keyed(_sectorKeys, sectorValueShare),
            SectorCountShare = new KeyedValueDictionary(_sectorKeys, sectorCountShare),
            HotSectorValueShare = hot,
            StrategicSectorsAmount = Money(strategicAmount),
            RegionValueShare = Keyed(_regionKeys, regionValueShare),
            RegionCountShare = new KeyedValueDictionary(_regionKeys, regionCountShare),
            TopRegion = topRegion >= 0 ? c.RegionNames[topRegion] : null,
            TopRegionCountShare = topRegion >= 0 ? a.RegionCount[topRegion] / dealCount : null,
            LocationQuotient = new KeyedValueDictionary(_quotientKeys, locationQuotient),
            LocalFundHomeBias = a.GovernmentKnown > 0 ? a.GovernmentHome / (double)a.GovernmentKnown : null,
            InvestorTypeShare = investorTypeShare,
            CvcActiveShare = cvcActive,
        };
    }

    /// <summary>Cents as an amount of the reporting currency.</summary>
    internal static double Money(decimal cents) => (double)(cents / 100m);

    /// <summary>An exact quotient of two integer sums, rounded once to double.</summary>
    internal static double Share(long part, long whole) => (double)((decimal)part / whole);

    /// <summary>The values of every key, or no key at all when the values are undefined for the scope.</summary>
    private static KeyedValueDictionary Keyed(string[] keys, double[]? values) => values is null ? KeyedValueDictionary.Empty : new KeyedValueDictionary(keys, values);

    /// <summary>Compensated (Neumaier) summation step.</summary>
    private static void NeumaierAdd(ref double sum, ref double compensation, double value)
    {
        var t = sum + value;
        compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
        sum = t;
    }
}
