namespace CapitalHealthReport.Model;

/// <summary>
/// The canonical deals of one run, in a stable order (date, then id, ordinal), so that every
/// computation over it is independent of the source row order.
/// </summary>
public sealed class DealSet
{
    private readonly Deal[] _deals;
    private DealNumbering? _numbering;

    public DealSet(IEnumerable<Deal> deals)
        : this(deals.ToArray(), null)
    {
    }

    /// <summary>A deal set over <paramref name="deals"/> (taken, not copied), with the loader's numbering of their companies and investors.</summary>
    internal DealSet(Deal[] deals, DealNumbering? numbering)
    {
        _deals = deals;
        if (DealOrder.Sort(_deals) is { } order)
        {
            numbering = numbering?.Permute(order);
        }

        _numbering = numbering;
    }

    public IReadOnlyList<Deal> Deals => _deals;

    public int Count => _deals.Length;

    public DateOnly? FirstDate => _deals.Length == 0 ? null : _deals[0].Date;

    public DateOnly? LastDate => _deals.Length == 0 ? null : _deals[^1].Date;

    public static DealSet Empty { get; } = new([]);

    /// <summary>Company and investor numbers of the deals, in this set's order (computed on first use when the loader did not give them).</summary>
    internal DealNumbering Numbering
    {
        get
        {
            if (_numbering is null)
            {
                Interlocked.CompareExchange(ref _numbering, DealNumbering.Compute(_deals), null);
            }

            return _numbering;
        }
    }
}
