namespace CapitalHealthReport.Model;

/// <summary>
/// The canonical deals of one run, in a stable order (date, then id, ordinal), so that every
/// computation over it is independent of the source row order.
/// </summary>
/// <remarks>
/// A loaded set holds its deals as columns in file order (<see cref="DealTable"/>) with the canonical order beside
/// them, and makes <see cref="Deal"/> objects only when <see cref="Deals"/> is first read; a set made from objects
/// keeps them and makes its columns on first use.
/// </remarks>
public sealed class DealSet
{
    private Deal[]? _deals;
    private DealTable? _table;

    public DealSet(IEnumerable<Deal> deals)
    {
        _deals = deals.ToArray();
        DealOrder.Sort(_deals);
    }

    /// <summary>A deal set over the rows of <paramref name="table"/>, in canonical order.</summary>
    internal DealSet(DealTable table)
    {
        _table = table;
        Order = DealOrder.Order(table);
    }

    public IReadOnlyList<Deal> Deals
    {
        get
        {
            if (_deals is null)
            {
                Interlocked.CompareExchange(ref _deals, _table!.Materialize(Order), null);
            }

            return _deals;
        }
    }

    public int Count => _table?.Count ?? _deals!.Length;

    public DateOnly? FirstDate => Count == 0 ? null : _table is { } table ? table.Date(Row(0)) : _deals![0].Date;

    public DateOnly? LastDate => Count == 0 ? null : _table is { } table ? table.Date(Row(Count - 1)) : _deals![^1].Date;

    public static DealSet Empty { get; } = new([]);

    /// <summary>
    /// The deals a run with data cut-off <paramref name="cutoff"/> scopes: those dated on or before it, less those whose
    /// dates the loader found implausible (before 1990, after the publication date, or isolated far after the rest),
    /// which stay loaded but belong to no period. This set itself when that is every deal.
    /// </summary>
    public DealSet InScope(DateOnly cutoff)
    {
        var table = Table;
        var last = cutoff.DayNumber;
        var kept = new int[Count];
        var count = 0;
        for (var position = 0; position < kept.Length; position++)
        {
            var row = Row(position);
            if (table.Day[row] <= last && (table.Flags[row] & DealTable.DateImplausible) == 0)
            {
                kept[count++] = row;
            }
        }

        return count == Count ? this : new DealSet(table.Select(kept.AsSpan(0, count)));
    }

    /// <summary>How many deals are dated from <paramref name="first"/> to <paramref name="last"/>, both included (the deals are in date order: two binary searches).</summary>
    public int CountBetween(DateOnly first, DateOnly last) => FirstPositionAfter(last.DayNumber) - FirstPositionAfter(first.DayNumber - 1);

    /// <summary>The position of the first deal dated after day number <paramref name="day"/> (<see cref="Count"/> when none is).</summary>
    private int FirstPositionAfter(int day)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var date = _table is { } table ? table.Day[Row(middle)] : _deals![middle].Date.DayNumber;
            (low, high) = date <= day ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>The distinct regions the deals name (ordinal order), read from the columns without making deal objects.</summary>
    public IReadOnlyList<string> DistinctRegions()
    {
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var region = Table.Region;
        string? previous = null;
        for (var row = 0; row < Math.Min(region.Length, Count); row++)
        {
            // Rows share the mapped region's string: a repeat of the row before is skipped without hashing.
            if (region[row] is { } name && !ReferenceEquals(name, previous))
            {
                regions.Add(name);
                previous = name;
            }
        }

        return [.. regions];
    }

    /// <summary>How many deals each currency holds (ISO codes, ordinal order), read from the columns without making deal objects.</summary>
    public IReadOnlyDictionary<string, int> CurrencyCounts()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var currency = Table.Currency;
        var rows = Math.Min(currency.Length, Count);
        for (var row = 0; row < rows;)
        {
            // Exports list one currency for long runs of rows: count a run at once.
            var start = row;
            var code = currency[row];
            while (++row < rows && (ReferenceEquals(currency[row], code) || currency[row] == code))
            {
            }

            counts[code] = counts.GetValueOrDefault(code) + (row - start);
        }

        return counts;
    }

    /// <summary>
    /// The years in which each currency's deals disclose an amount (ISO codes, ordinal order), leaving out deals whose
    /// dates the loader found implausible; read from the columns without making deal objects.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<int>> AmountYears()
    {
        // The table's rows in their own order (a set, so the order does not matter), a flag per currency and year.
        var table = Table;
        var seen = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        string? lastCode = null;
        var lastYears = Array.Empty<bool>();
        var (firstDay, lastDay, year) = (1, 0, 0);
        for (var row = 0; row < Count; row++)
        {
            if ((table.Flags[row] & (DealTable.HasAmount | DealTable.DateImplausible)) != DealTable.HasAmount)
            {
                continue;
            }

            var day = table.Day[row];
            if (day < firstDay || day > lastDay)
            {
                year = DateOnly.FromDayNumber(day).Year;
                (firstDay, lastDay) = (new DateOnly(year, 1, 1).DayNumber, new DateOnly(year, 12, 31).DayNumber);
            }

            var code = table.Currency[row];
            if (!ReferenceEquals(code, lastCode))
            {
                if (!seen.TryGetValue(code, out var years))
                {
                    years = new bool[DateOnly.MaxValue.Year + 1];
                    seen[code] = years;
                }

                (lastCode, lastYears) = (code, years);
            }

            lastYears[year] = true;
        }

        return seen.OrderBy(static p => p.Key, StringComparer.Ordinal).ToDictionary(
            static p => p.Key,
            static p => (IReadOnlySet<int>)new SortedSet<int>(Enumerable.Range(0, p.Value.Length).Where(y => p.Value[y])),
            StringComparer.Ordinal);
    }

    /// <summary>The deals as columns (made on first use for a set made from objects, in this set's order).</summary>
    internal DealTable Table
    {
        get
        {
            if (_table is null)
            {
                Interlocked.CompareExchange(ref _table, DealTable.FromDeals(_deals!), null);
            }

            return _table;
        }
    }

    /// <summary>The <see cref="Table"/> row of each deal in this set's order; null when the table is in that order.</summary>
    internal int[]? Order { get; }

    /// <summary>The <see cref="Table"/> row of the deal at <paramref name="position"/> in this set's order.</summary>
    internal int Row(int position) => Order is null ? position : Order[position];
}
