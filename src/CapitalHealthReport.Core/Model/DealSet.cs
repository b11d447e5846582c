namespace CapitalHealthReport.Model;

/// <summary>
/// The canonical deals of one run, in a stable order (date, then id, ordinal), so that every
/// computation over it is independent of the source row order.
/// </summary>
public sealed class DealSet
{
    private readonly Deal[] _deals;

    public DealSet(IEnumerable<Deal> deals)
    {
        _deals = deals.ToArray();

        // Exports usually arrive ordered by date (and id): check in one pass before sorting.
        if (!IsOrdered(_deals))
        {
            Array.Sort(_deals, Compare);
        }
    }

    public IReadOnlyList<Deal> Deals => _deals;

    public int Count => _deals.Length;

    public DateOnly? FirstDate => _deals.Length == 0 ? null : _deals[0].Date;

    public DateOnly? LastDate => _deals.Length == 0 ? null : _deals[^1].Date;

    public static DealSet Empty { get; } = new([]);

    private static int Compare(Deal a, Deal b)
    {
        var byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>True when every deal is strictly after its predecessor (date, then id); equal keys fall back to the sort.</summary>
    private static bool IsOrdered(Deal[] deals)
    {
        for (var i = 1; i < deals.Length; i++)
        {
            if (Compare(deals[i - 1], deals[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
