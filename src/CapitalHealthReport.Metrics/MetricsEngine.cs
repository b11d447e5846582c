using System.Collections.Concurrent;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Computes the metric catalog (DESIGN.md, "Metrics (per scope)") for any period and slice of one deal set.
/// The deals pass the run's filters once and become columnar arrays; each scope is then one pass over a
/// contiguous date range. Results are cached per scope and do not depend on row order, thread count or culture.
/// </summary>
public sealed class MetricsEngine
{
    private readonly DealColumns _columns;
    private readonly MetricCalculator _calculator;
    private readonly ConcurrentDictionary<Scope, MetricSet> _cache = new();
    private readonly ConcurrentBag<ScopeAccumulator> _accumulators = [];
    private readonly ConcurrentDictionary<(Period Period, string Dimension), Lazy<SliceIndex>> _sliceIndexes = new();
    private readonly DateOnly? _firstDate;
    private readonly DateOnly? _lastDate;

    public MetricsEngine(DealSet deals, Reference.ReferenceData reference, MetricParameters parameters, IReadOnlyList<Filter>? where = null)
        : this(deals, MetricReference.From(reference), parameters, where)
    {
    }

    internal MetricsEngine(DealSet deals, MetricReference reference, MetricParameters parameters, IReadOnlyList<Filter>? where)
    {
        Parameters = parameters;
        Filters = where ?? [];
        _firstDate = deals.FirstDate;
        _lastDate = deals.LastDate;
        var kept = DealFilter.Apply(deals.Deals, Filters, reference);
        _columns = DealColumns.Build(kept, reference, parameters);
        _calculator = new MetricCalculator(_columns, parameters, reference);
    }

    public MetricParameters Parameters { get; }

    /// <summary>The <c>--where</c> filters applied before scoping.</summary>
    public IReadOnlyList<Filter> Filters { get; }

    /// <summary>Number of deals that passed the filters.</summary>
    public int DealCount => _columns.Count;

    /// <summary>
    /// The latest complete quarter of the data: the last quarter that ends on or before <paramref name="asOf"/>
    /// (default: the end of the quarter of the data's last deal), and not after that quarter.
    /// </summary>
    public Period DefaultPeriod(DateOnly? asOf)
    {
        if (_lastDate is not { } last)
        {
            throw new InputException("The deals file holds no deals, so there is no default period.", null, hint: "Check the file, or give --period.");
        }

        var lastQuarter = Period.Containing(last, PeriodKind.Quarter);
        if (asOf is not { } date || date >= lastQuarter.End)
        {
            return lastQuarter;
        }

        var quarter = Period.Containing(date, PeriodKind.Quarter);
        return quarter.End == date ? quarter : quarter.Previous();
    }

    /// <summary>Every quarter, half or year from the one holding the first deal to the one holding the last, oldest first.</summary>
    public IReadOnlyList<Period> Series(PeriodKind kind)
    {
        if (kind == PeriodKind.Range)
        {
            throw new InputException("A series is by quarter, half or year.", null, hint: "Use --series quarter, --series half or --series year.");
        }

        var periods = new List<Period>();
        if (_firstDate is { } first && _lastDate is { } last)
        {
            for (var p = Period.Containing(first, kind); p.Start <= last; p = p.Next())
            {
                periods.Add(p);
            }
        }

        return periods;
    }

    /// <summary>True when the period overlaps the date range of the data (before filters).</summary>
    public bool Covers(Period period) =>
        _firstDate is { } first && _lastDate is { } last && period.End >= first && period.Start <= last;

    /// <summary>The metrics of one scope.</summary>
    public MetricSet Compute(Scope scope) => _cache.GetOrAdd(scope, s =>
    {
        var accumulator = Rent();
        try
        {
            accumulator.Run(Select(s));
            return _calculator.Build(accumulator);
        }
        finally
        {
            _accumulators.Add(accumulator);
        }
    });

    /// <summary>The metrics of one scope with its previous-period and year-ago values.</summary>
    public ScopeMetrics ComputeWithComparisons(Scope scope)
    {
        var prev = scope with { Period = scope.Period.Previous() };
        var yoy = scope with { Period = scope.Period.YearAgo() };
        return new ScopeMetrics(scope, Compute(scope), Compute(prev), Compute(yoy))
        {
            PrevKnown = Covers(prev.Period),
            YoyKnown = Covers(yoy.Period),
        };
    }

    /// <summary>The unsliced scope of the period, then one scope per slice value of each dimension (in the order given; values ordinal).</summary>
    public IReadOnlyList<ScopeMetrics> ComputeScopes(Period period, IReadOnlyList<string> byDimensions) =>
        ComputeScopes([period], byDimensions);

    /// <summary><see cref="ComputeScopes(Period, IReadOnlyList{string})"/> for several periods, in the order given; scopes are computed in parallel.</summary>
    public IReadOnlyList<ScopeMetrics> ComputeScopes(IReadOnlyList<Period> periods, IReadOnlyList<string> byDimensions)
    {
        var dimensions = byDimensions.Select(SliceDimensions.Normalize).Distinct(StringComparer.Ordinal).ToList();
        var scopes = new List<Scope>();
        foreach (var period in periods)
        {
            scopes.Add(new Scope(period));
            foreach (var dimension in dimensions)
            {
                foreach (var value in SliceValues(period, dimension))
                {
                    scopes.Add(new Scope(period, new Slice(dimension, value)));
                }
            }
        }

        var needed = scopes
            .SelectMany(s => new[] { s, s with { Period = s.Period.Previous() }, s with { Period = s.Period.YearAgo() } })
            .Distinct()
            .Where(s => !_cache.ContainsKey(s))
            .ToList();
        Parallel.ForEach(needed, scope => Compute(scope));
        return scopes.Select(ComputeWithComparisons).ToList();
    }

    /// <summary>The values of a slice dimension that have at least one deal in the period, ordinal.</summary>
    public IReadOnlyList<string> SliceValues(Period period, string dimension)
    {
        dimension = SliceDimensions.Normalize(dimension);
        var (from, to) = Range(period);
        var c = _columns;
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = from; i < to; i++)
        {
            switch (dimension)
            {
                case SliceDimensions.Sector:
                    seen.Add(c.SectorNames[c.Sector[i]]);
                    break;
                case SliceDimensions.Region:
                    seen.Add(c.RegionNames[c.Region[i]]);
                    break;
                case SliceDimensions.Stage:
                    seen.Add(Stages.Name((Stage)c.Stage[i]));
                    break;
                default:
                    for (var t = 0; t < InvestorTypes.Names.Count; t++)
                    {
                        if ((c.TypeMask[i] & (1 << t)) != 0)
                        {
                            seen.Add(InvestorTypes.Names[t]);
                        }
                    }

                    break;
            }
        }

        return [.. seen];
    }

    /// <summary>Lorenz curve of company totals: from (0, 0) through each company, smallest first, to (1, 1); empty when the scope has no disclosed value.</summary>
    public IReadOnlyList<LorenzPoint> Lorenz(Scope scope) => WithAccumulator(scope, a =>
    {
        a.SortCompanies();
        var n = a.RankedCount;
        if (n == 0 || a.TotalValue <= 0)
        {
            return (IReadOnlyList<LorenzPoint>)[];
        }

        var points = new LorenzPoint[n + 1];
        points[0] = new LorenzPoint(0, 0);
        var cumulative = 0L;
        for (var k = 1; k <= n; k++)
        {
            cumulative += a.CompanyTotal[a.Ranked[n - k]];
            points[k] = new LorenzPoint(k == n ? 1d : k / (double)n, k == n ? 1d : MetricCalculator.Share(cumulative, a.TotalValue));
        }

        return points;
    });

    /// <summary>The <paramref name="count"/> companies with the largest disclosed totals in the scope (ties: key ordinal).</summary>
    public IReadOnlyList<CompanyTotal> TopCompanies(Scope scope, int count) => WithAccumulator(scope, a =>
    {
        a.SortCompanies();
        var c = _columns;
        var top = new List<CompanyTotal>();
        for (var j = 0; j < a.RankedCount && j < count; j++)
        {
            var company = a.Ranked[j];
            var cents = a.CompanyTotal[company];
            var share = a.TotalValue > 0 ? MetricCalculator.Share(cents, a.TotalValue) : 0d;
            top.Add(new CompanyTotal(c.CompanyNames[company], c.CompanyKeys[company], cents / 100m, share, a.CompanyDeals[company]));
        }

        return (IReadOnlyList<CompanyTotal>)top;
    });

    /// <summary>Investors with at least <paramref name="minDeals"/> deals in the scope, most deals first (ties: name ordinal).</summary>
    public IReadOnlyList<InvestorActivity> ActiveInvestors(Scope scope, int minDeals) => WithAccumulator(scope, a =>
    {
        var c = _columns;
        var list = new List<InvestorActivity>();
        for (var k = 0; k < a.InvestorCount; k++)
        {
            var investor = a.TouchedInvestors[k];
            if (a.InvestorDeals[investor] >= minDeals)
            {
                list.Add(new InvestorActivity(c.InvestorNames[investor], InvestorTypes.Names[c.InvestorTypeOf[investor]], c.InvestorHome[investor], a.InvestorDeals[investor]));
            }
        }

        list.Sort(static (x, y) =>
        {
            var byDeals = y.Deals.CompareTo(x.Deals);
            return byDeals != 0 ? byDeals : string.CompareOrdinal(x.Name, y.Name);
        });
        return (IReadOnlyList<InvestorActivity>)list;
    });

    private T WithAccumulator<T>(Scope scope, Func<ScopeAccumulator, T> read)
    {
        var accumulator = Rent();
        try
        {
            accumulator.Run(Select(scope));
            return read(accumulator);
        }
        finally
        {
            _accumulators.Add(accumulator);
        }
    }

    private ScopeAccumulator Rent() => _accumulators.TryTake(out var accumulator) ? accumulator : new ScopeAccumulator(_columns);

    private (int From, int To) Range(Period period)
    {
        var day = _columns.Day;
        return (LowerBound(day, period.Start.DayNumber), LowerBound(day, period.End.DayNumber + 1));
    }

    private static int LowerBound(int[] values, int target)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (values[mid] < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private ScopeSelection Select(Scope scope)
    {
        var (from, to) = Range(scope.Period);
        if (scope.Slice is not { } slice)
        {
            return new ScopeSelection(from, to, null);
        }

        var c = _columns;
        var value = slice.Dimension switch
        {
            SliceDimensions.Sector => IndexOf(c.SectorNames, slice.Value),
            SliceDimensions.Region => IndexOf(c.RegionNames, slice.Value),
            SliceDimensions.Stage => Stages.TryParseCanonical(slice.Value) is { } stage ? (int)stage : -1,
            _ => InvestorTypes.TryParse(slice.Value) ?? -1,
        };

        if (value < 0 && slice.Dimension is SliceDimensions.Stage or SliceDimensions.InvestorType)
        {
            throw new InputException($"'{slice.Value}' is not a {slice.Dimension} value.", null, hint: slice.Dimension == SliceDimensions.Stage
                ? $"Use one of: {string.Join(", ", Stages.All.Select(Stages.Name))}."
                : $"Use one of: {string.Join(", ", InvestorTypes.Names)}.");
        }

        // A sector or region absent from the data selects no deal.
        if (value < 0)
        {
            return ScopeSelection.None;
        }

        var index = _sliceIndexes.GetOrAdd((scope.Period, slice.Dimension), key => new Lazy<SliceIndex>(() => SliceIndex.Build(_columns, Range(key.Period), key.Dimension))).Value;
        return index.Select(value);
    }

    private static int IndexOf(string[] names, string value)
    {
        var exact = Array.BinarySearch(names, value, StringComparer.Ordinal);
        return exact >= 0 ? exact : Array.FindIndex(names, n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
    }
}
