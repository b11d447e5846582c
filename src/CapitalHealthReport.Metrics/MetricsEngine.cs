using System.Collections.Concurrent;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Computes the metric catalog (<c>docs/metrics.md</c>) for any period and slice of one deal set.
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
        var table = deals.Table;
        var rows = DealFilter.Apply(table, deals.Order, Filters, reference) ?? deals.Order;
        _columns = DealColumns.Build(table, rows, reference, parameters);
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
            throw new InputException("The deals file holds no deals, so there is no default period.", null, hint: SettingText.Of($"Check the file, or give {Settings.Period}."));
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
            throw new InputException("A series is by quarter, half or year.", null, hint: SettingText.Of($"Use {Settings.SeriesBy("quarter")}, {Settings.SeriesBy("half")} or {Settings.SeriesBy("year")}."));
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
        var dimensions = new List<string>();
        foreach (var name in byDimensions)
        {
            var dimension = SliceDimensions.Normalize(name);
            if (!dimensions.Contains(dimension, StringComparer.Ordinal))
            {
                dimensions.Add(dimension);
            }
        }

        // Every period with its comparison periods; the slice index of each with each dimension is built in
        // parallel (one pass over the period's deals each).
        var allPeriods = new List<Period>();
        foreach (var period in periods)
        {
            foreach (var p in (ReadOnlySpan<Period>)[period, period.Previous(), period.YearAgo()])
            {
                if (!allPeriods.Contains(p))
                {
                    allPeriods.Add(p);
                }
            }
        }

        Parallel.For(0, allPeriods.Count * dimensions.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var period = allPeriods[k / dimensions.Count];
            SliceIndex.Cached(_sliceIndexes, _columns, period, Range(period), dimensions[k % dimensions.Count]);
        });

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

        // The scopes and their comparisons not computed yet, one at a time per thread so that the threads finish
        // together; the results do not depend on the order.
        var seen = new HashSet<Scope>();
        var needed = new List<Scope>();
        foreach (var scope in scopes)
        {
            foreach (var s in (ReadOnlySpan<Scope>)[scope, scope with { Period = scope.Period.Previous() }, scope with { Period = scope.Period.YearAgo() }])
            {
                if (seen.Add(s) && !_cache.ContainsKey(s))
                {
                    needed.Add(s);
                }
            }
        }

        var threads = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(needed, EnumerablePartitionerOptions.NoBuffering), threads, scope => Compute(scope));
        var results = new List<ScopeMetrics>(scopes.Count);
        foreach (var scope in scopes)
        {
            results.Add(ComputeWithComparisons(scope));
        }

        return results;
    }

    /// <summary>The values of a slice dimension that have at least one deal in the period, ordinal.</summary>
    public IReadOnlyList<string> SliceValues(Period period, string dimension)
    {
        dimension = SliceDimensions.Normalize(dimension);
        var c = _columns;
        var index = SliceIndex.Cached(_sliceIndexes, c, period, Range(period), dimension);
        var values = new List<string>();
        for (var v = 0; v < index.Values; v++)
        {
            if (index.Select(v).IsEmpty)
            {
                continue;
            }

            values.Add(dimension switch
            {
                SliceDimensions.Sector => c.SectorNames[v],
                SliceDimensions.Region => c.RegionNames[v],
                SliceDimensions.Stage => Stages.Name((Stage)v),
                _ => InvestorTypes.Names[v],
            });
        }

        values.Sort(StringComparer.Ordinal);
        return values;
    }

    /// <summary>Lorenz curve of company totals: from (0, 0) through each company, smallest first, to (1, 1); empty when the scope has no disclosed value.</summary>
    public IReadOnlyList<LorenzPoint> Lorenz(Scope scope) => WithAccumulator(scope, a =>
    {
        var n = a.DisclosedCompanyCount;
        if (n == 0 || a.TotalValue <= 0)
        {
            return (IReadOnlyList<LorenzPoint>)[];
        }

        var ascending = a.SortedTotals();
        var points = new LorenzPoint[n + 1];
        points[0] = new LorenzPoint(0, 0);
        var cumulative = 0L;
        for (var k = 1; k <= n; k++)
        {
            cumulative += ascending[k - 1];
            points[k] = new LorenzPoint(k == n ? 1d : k / (double)n, k == n ? 1d : MetricCalculator.Share(cumulative, a.TotalValue));
        }

        return points;
    });

    /// <summary>The <paramref name="count"/> companies with the largest disclosed totals in the scope (ties: key ordinal).</summary>
    public IReadOnlyList<CompanyTotal> TopCompanies(Scope scope, int count) => WithAccumulator(scope, a =>
    {
        var c = _columns;
        var n = a.DisclosedCompanyCount;
        if (count <= 0 || n == 0)
        {
            return (IReadOnlyList<CompanyTotal>)[];
        }

        // The candidates are the companies whose total reaches the count-th largest one; they are ordered by total,
        // then by key (company numbers follow no name order).
        var threshold = count < n ? a.SortedTotals()[n - count] : 0L;
        var candidates = new List<int>();
        for (var slot = 0; slot < a.CompanyCount; slot++)
        {
            if (a.CompanyDisclosedAt(slot) && a.CompanyTotalAt(slot) >= threshold)
            {
                candidates.Add(slot);
            }
        }

        candidates.Sort((x, y) =>
        {
            var byTotal = a.CompanyTotalAt(y).CompareTo(a.CompanyTotalAt(x));
            return byTotal != 0 ? byTotal : c.CompanyKeys[a.TouchedCompanies[x]].SequenceCompareTo(c.CompanyKeys[a.TouchedCompanies[y]]);
        });
        var top = new List<CompanyTotal>();
        foreach (var slot in candidates.Take(count))
        {
            var company = a.TouchedCompanies[slot];
            var cents = a.CompanyTotalAt(slot);
            var share = a.TotalValue > 0 ? MetricCalculator.Share(cents, a.TotalValue) : 0d;
            top.Add(new CompanyTotal(c.CompanyName(company), c.CompanyKeys.GetString(company), cents / 100m, share, a.CompanyDealsAt(slot)));
        }

        return (IReadOnlyList<CompanyTotal>)top;
    });

    /// <summary>
    /// The <paramref name="count"/> deals with the largest disclosed amounts in the scope, largest first (ties: earlier
    /// date, then company name ordinal), each with its share of the scope's disclosed value.
    /// </summary>
    public IReadOnlyList<DealTotal> TopDeals(Scope scope, int count)
    {
        var c = _columns;
        var selection = Select(scope);
        var deals = new List<int>();
        var total = 0L;
        for (var k = selection.From; k < selection.To; k++)
        {
            var i = selection.Indices is { } indices ? indices[k] : k;
            if (c.Cents[i] >= 0)
            {
                total += c.Cents[i];
                deals.Add(i);
            }
        }

        if (count <= 0 || total <= 0)
        {
            return [];
        }

        deals.Sort((x, y) =>
        {
            var byAmount = c.Cents[y].CompareTo(c.Cents[x]);
            if (byAmount != 0)
            {
                return byAmount;
            }

            var byDate = c.Day[x].CompareTo(c.Day[y]);
            return byDate != 0 ? byDate : string.CompareOrdinal(c.CompanyName(c.Company[x]), c.CompanyName(c.Company[y]));
        });
        return deals.Take(count)
            .Select(i => new DealTotal(
                c.CompanyName(c.Company[i]),
                c.SectorNames[c.Sector[i]],
                c.RegionNames[c.Region[i]],
                Stages.Name((Stage)c.Stage[i]),
                c.Cents[i] / 100m,
                MetricCalculator.Share(c.Cents[i], total),
                DateOnly.FromDayNumber(c.Day[i]),
                c.CompanyKeys.GetString(c.Company[i])))
            .ToList();
    }

    /// <summary>The deals of the scope whose disclosed amount is exactly <paramref name="amount"/> (rounds tied in size).</summary>
    public int DealsWithAmount(Scope scope, decimal amount)
    {
        var c = _columns;
        var selection = Select(scope);
        var cents = (long)(amount * 100m);
        var count = 0;
        for (var k = selection.From; k < selection.To; k++)
        {
            var i = selection.Indices is { } indices ? indices[k] : k;
            count += c.Cents[i] == cents ? 1 : 0;
        }

        return count;
    }

    /// <summary>Investors with at least <paramref name="minDeals"/> deals in the scope, most deals first (ties: name ordinal).</summary>
    public IReadOnlyList<InvestorActivity> ActiveInvestors(Scope scope, int minDeals) => WithAccumulator(scope, a =>
    {
        var c = _columns;
        var list = new List<InvestorActivity>();
        for (var k = 0; k < a.InvestorCount; k++)
        {
            var investor = a.TouchedInvestors[k];
            if (a.InvestorDealsAt(k) >= minDeals)
            {
                list.Add(new InvestorActivity(c.InvestorNames.GetString(investor), InvestorTypes.Names[c.InvestorTypeOf[investor]], c.InvestorHome[investor], a.InvestorDealsAt(k)));
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

        return SliceIndex.Cached(_sliceIndexes, c, scope.Period, Range(scope.Period), slice.Dimension).Select(value);
    }

    private static int IndexOf(string[] names, string value)
    {
        var exact = Array.BinarySearch(names, value, StringComparer.Ordinal);
        return exact >= 0 ? exact : Array.FindIndex(names, n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
    }
}
