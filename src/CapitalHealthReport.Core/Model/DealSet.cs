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
        Array.Sort(_deals, static (a, b) =>
        {
            var byDate = a.Date.CompareTo(b.Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
        });
    }

    public IReadOnlyList<Deal> Deals => _deals;

    public int Count => _deals.Length;

    public DateOnly? FirstDate => _deals.Length == 0 ? null : _deals[0].Date;

    public DateOnly? LastDate => _deals.Length == 0 ? null : _deals[^1].Date;

    public static DealSet Empty { get; } = new([]);
}
