using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Turns one scope's accumulated counts and sums into a <see cref="MetricSet"/>, following the metric definitions
/// exactly, one family at a time (concentration, stages, sectors, regions, investors). Each step is compiled optimized
/// from its first call, like the scope passes.
/// </summary>
internal sealed class MetricCalculator
{
    private const int CvcActiveMinDeals = 3;
    private static readonly Stage[] LateStages = [Stage.C, Stage.D, Stage.EPlus, Stage.PreIPO];
    private readonly DealColumns _columns;
    private readonly int _hotSector;
    private readonly bool[] _strategic;
    private readonly bool[] _classified;
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
    private readonly bool _megaMeasurable;

    public MetricCalculator(DealColumns columns, MetricParameters parameters, MetricReference reference)
    {
        _columns = columns;
        // Rounds compare with mega_round_usd only at a rate of the reporting currency to the dollar.
        _megaMeasurable = reference.HasRate(parameters.ReportingCurrency);
        _hotSector = Array.FindIndex(columns.SectorNames, s => string.Equals(s, parameters.HotSector, StringComparison.OrdinalIgnoreCase));
        _strategic = columns.SectorNames
            .Select(s => parameters.StrategicSectors.Any(p => string.Equals(p, s, StringComparison.OrdinalIgnoreCase)))
            .ToArray();

        // A sector is classified when the taxonomy or the configuration names it; an unmapped label kept as written is not.
        _classified = columns.SectorNames
            .Select((s, i) => s != Slice.UnknownValue && (i == _hotSector || _strategic[i] || reference.IsTaxonomySector(s)))
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

        var hasValue = a.TotalValue > 0;
        var concentration = ConcentrationOf(a);
        var stages = StagesOf(a);
        var sectors = SectorsOf(a);
        var regions = RegionsOf(a);
        var investors = InvestorsOf(a);
        return new MetricSet
        {
            DealCount = a.DealCount,
            CompanyCount = a.CompanyCount,
            TotalAmount = Money(a.TotalValue),
            DisclosedShare = a.DisclosedCount / (double)a.DealCount,
            Hhi = concentration.Hhi,
            Cr4 = concentration.Cr4,
            TopQuintileShare = concentration.TopQuintile,
            Gini = concentration.Gini,
            MegaRoundShare = hasValue && _megaMeasurable ? Share(a.MegaValue, a.TotalValue) : null,
            StageCountShare = stages.CountShare,
            StageValueShare = stages.ValueShare,
            EarlyCountShare = stages.Early,
            SeedAngelCountShare = stages.SeedAngel,
            LateValueShare = stages.LateValue,
            MedianAmount = stages.Medians,
            LateToSeedMedianRatio = stages.LateToSeed,
            SeedDisclosedCount = a.StageAmounts((int)Stage.Seed).Length,
            LateDisclosedCount = LateDisclosed(a),
            SectorValueShare = sectors.ValueShare,
            SectorCountShare = sectors.CountShare,
            HotSectorValueShare = sectors.Hot,
            StrategicSectorsAmount = sectors.StrategicAmount,
            ClassifiedSectorShare = sectors.Classified,
            RegionValueShare = regions.ValueShare,
            RegionCountShare = regions.CountShare,
            TopRegion = regions.Top,
            TopRegionCountShare = regions.TopShare,
            LocationQuotient = regions.Quotients,
            LocalFundHomeBias = a.GovernmentKnown > 0 ? a.GovernmentHome / (double)a.GovernmentKnown : null,
            ActiveInvestorCount = a.InvestorCount,
            RepeatInvestorCount = investors.RepeatCount,
            InvestorTypeShare = investors.TypeShare,
            CvcActiveShare = investors.CvcActive,
        };
    }

    /// <summary>HHI, CR4, top-quintile share and Gini over company totals, largest first (only the values matter, not which company holds them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Concentration ConcentrationOf(ScopeAccumulator a)
    {
        var total = a.TotalValue;
        var n = a.DisclosedCompanyCount;
        if (total <= 0 || n <= 0)
        {
            return default;
        }

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

        return new Concentration(sum + compensation, Share(top4, total), Share(quintile, total), (double)((decimal)giniSum / ((decimal)n * total)));
    }

    /// <summary>Stage shares of deals and value, early, seed-and-angel and late shares, medians and the late-to-seed median ratio.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private StageMetrics StagesOf(ScopeAccumulator a)
    {
        var total = a.TotalValue;
        var dealCount = (double)a.DealCount;
        var countShare = new double[_stageKeys.Length];
        var valueShare = total > 0 ? new double[_stageKeys.Length] : null;
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
            countShare[k] = a.StageCount[s] / dealCount;
            if (valueShare is not null)
            {
                valueShare[k] = Share(a.StageValue[s], total);
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

        return new StageMetrics(
            new KeyedValueDictionary(_stageKeys, countShare),
            Keyed(_stageKeys, valueShare),
            knownStageDeals > 0 ? earlyDeals / (double)knownStageDeals : null,
            knownStageDeals > 0 ? seedAngelDeals / (double)knownStageDeals : null,
            knownStageValue > 0 ? Share(lateValue, knownStageValue) : null,
            medianCount == _stageKeys.Length ? new KeyedValueDictionary(_stageKeys, medians) : new KeyedValueDictionary(medianKeys[..medianCount], medians[..medianCount]),
            lateToSeed);
    }

    /// <summary>The number of late-stage deals with a disclosed amount: the sample of the late-stage median.</summary>
    private static int LateDisclosed(ScopeAccumulator a)
    {
        var count = 0;
        foreach (var stage in LateStages)
        {
            count += a.StageAmounts((int)stage).Length;
        }

        return count;
    }

    /// <summary>Sector shares of deals and value, the hot sector's value share and the strategic sectors' amount.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SectorMetrics SectorsOf(ScopeAccumulator a)
    {
        var total = a.TotalValue;
        var dealCount = (double)a.DealCount;
        var countShare = new double[_sectorKeys.Length];
        var valueShare = total > 0 ? new double[_sectorKeys.Length] : null;
        for (var k = 0; k < _sectorOf.Length; k++)
        {
            var s = _sectorOf[k];
            countShare[k] = a.SectorCount[s] / dealCount;
            if (valueShare is not null)
            {
                valueShare[k] = Share(a.SectorValue[s], total);
            }
        }

        var strategicAmount = 0L;
        var classified = 0;
        for (var s = 0; s < _columns.SectorNames.Length; s++)
        {
            strategicAmount += _strategic[s] ? a.SectorValue[s] : 0L;
            classified += _classified[s] ? a.SectorCount[s] : 0;
        }

        double? hot = total > 0 ? (_hotSector >= 0 ? Share(a.SectorValue[_hotSector], total) : 0d) : null;
        return new SectorMetrics(new KeyedValueDictionary(_sectorKeys, countShare), Keyed(_sectorKeys, valueShare), hot, Money(strategicAmount), classified / dealCount);
    }

    /// <summary>
    /// Region shares of deals and value, the top region and its share, and location quotients. Visiting the regions in
    /// ordinal order of their names, a strict comparison keeps the first name on ties.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RegionMetrics RegionsOf(ScopeAccumulator a)
    {
        var c = _columns;
        var total = a.TotalValue;
        var dealCount = (double)a.DealCount;
        var countShare = new double[_regionKeys.Length];
        var valueShare = total > 0 ? new double[_regionKeys.Length] : null;
        var top = -1;
        for (var k = 0; k < _regionOf.Length; k++)
        {
            var r = _regionOf[k];
            countShare[k] = a.RegionCount[r] / dealCount;
            if (valueShare is not null)
            {
                valueShare[k] = Share(a.RegionValue[r], total);
            }

            if (r != c.UnknownRegion && a.RegionCount[r] > 0 && (top < 0 || a.RegionCount[r] > a.RegionCount[top]))
            {
                top = r;
            }
        }

        return new RegionMetrics(
            new KeyedValueDictionary(_regionKeys, countShare),
            Keyed(_regionKeys, valueShare),
            top >= 0 ? c.RegionNames[top] : null,
            top >= 0 ? a.RegionCount[top] / dealCount : null,
            QuotientsOf(a, dealCount));
    }

    /// <summary>
    /// Location quotients of the regions with a baseline weight and a deal in the scope. A region without a deal there
    /// (one with deals in other periods of the data) has none: a quotient of 0 would read as under-representation
    /// measured, where the scope only holds no deal of it.
    /// </summary>
    private KeyedValueDictionary QuotientsOf(ScopeAccumulator a, double dealCount)
    {
        var present = 0;
        foreach (var r in _quotientOf)
        {
            present += a.RegionCount[r] > 0 ? 1 : 0;
        }

        // The keys are shared by every scope while each weighted region has a deal; a subset keeps their ordinal order.
        var shared = present == _quotientKeys.Length;
        var keys = shared ? _quotientKeys : new string[present];
        var quotients = new double[present];
        var n = 0;
        for (var k = 0; k < _quotientOf.Length; k++)
        {
            var r = _quotientOf[k];
            if (a.RegionCount[r] > 0)
            {
                if (!shared)
                {
                    keys[n] = _quotientKeys[k];
                }

                quotients[n++] = a.RegionCount[r] / dealCount / _baseline[r];
            }
        }

        return new KeyedValueDictionary(keys, quotients);
    }

    /// <summary>Shares of active investors by type, and the CVC share among investors with at least three deals and their number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private InvestorMetrics InvestorsOf(ScopeAccumulator a)
    {
        if (a.InvestorCount == 0)
        {
            return new InvestorMetrics(KeyedValueDictionary.Empty, null, 0);
        }

        Span<int> perType = stackalloc int[InvestorTypes.Names.Count];
        var active = 0;
        var activeCvc = 0;
        for (var k = 0; k < a.InvestorCount; k++)
        {
            var type = _columns.InvestorTypeOf[a.TouchedInvestors[k]];
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

        return new InvestorMetrics(new KeyedValueDictionary(_typeKeys, shares), active > 0 ? activeCvc / (double)active : null, active);
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

    private readonly record struct Concentration(double? Hhi, double? Cr4, double? TopQuintile, double? Gini);

    private readonly record struct StageMetrics(
        KeyedValueDictionary CountShare, KeyedValueDictionary ValueShare, double? Early, double? SeedAngel, double? LateValue, KeyedValueDictionary Medians, double? LateToSeed);

    private readonly record struct SectorMetrics(KeyedValueDictionary CountShare, KeyedValueDictionary ValueShare, double? Hot, double StrategicAmount, double Classified);

    private readonly record struct RegionMetrics(KeyedValueDictionary CountShare, KeyedValueDictionary ValueShare, string? Top, double? TopShare, KeyedValueDictionary Quotients);

    private readonly record struct InvestorMetrics(KeyedValueDictionary TypeShare, double? CvcActive, int RepeatCount);
}
