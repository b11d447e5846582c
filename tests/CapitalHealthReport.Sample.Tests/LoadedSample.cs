using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Sample.Tests;

/// <summary>
/// The committed sample (<c>data/sample/deals.csv</c>) as the loader reads it, with small independent helpers
/// (amounts in CNY and USD through <c>fx.csv</c>, medians, top-quintile share) for the calibration tests.
/// </summary>
internal static class LoadedSample
{
    private static readonly Lazy<LoadResult> LazyResult = new(() =>
        DealLoader.Load(new LoadOptions { DealsPath = SamplePath }, ReferenceData.Default));

    public static string SamplePath => Path.Combine(RepositoryPaths.Root, "data", "sample", "deals.csv");

    public static LoadResult Result => LazyResult.Value;

    public static IReadOnlyList<Deal> Deals => Result.Deals.Deals;

    public static ReferenceData Reference => ReferenceData.Default;

    public static bool IsAi(Deal deal) => deal.Sector == "AI";

    public static bool In(Deal deal, string period) => Period.Parse(period).Contains(deal.Date);

    public static IEnumerable<Deal> Ai(string period) => Deals.Where(d => IsAi(d) && In(d, period));

    public static IEnumerable<Deal> All(string period) => Deals.Where(d => In(d, period));

    public static decimal Cny(Deal deal) =>
        deal.Amount is { } amount ? Reference.Fx.Convert(amount, deal.Currency, "CNY", deal.Date.Year) : 0m;

    public static decimal? Usd(Deal deal) =>
        deal.Amount is { } amount ? Reference.Fx.Convert(amount, deal.Currency, "USD", deal.Date.Year) : null;

    public static decimal TotalCny(IEnumerable<Deal> deals) => deals.Where(d => d.Amount is not null).Sum(Cny);

    public static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        Assert.NotEmpty(sorted);
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>Σ of the largest ⌈0.2·n⌉ company totals over Σ of all n company totals (companies with disclosed amounts).</summary>
    public static double TopQuintileShare(IEnumerable<Deal> deals)
    {
        var totals = CompanyTotals(deals);
        var top = (int)Math.Ceiling(0.2 * totals.Count);
        return (double)(totals.Take(top).Sum() / totals.Sum());
    }

    /// <summary>Σ (100·sᵢ)² over company shares of disclosed value.</summary>
    public static double Hhi(IEnumerable<Deal> deals)
    {
        var totals = CompanyTotals(deals);
        var sum = totals.Sum();
        return totals.Sum(x => Math.Pow(100.0 * (double)(x / sum), 2));
    }

    private static List<decimal> CompanyTotals(IEnumerable<Deal> deals) =>
        [.. deals.Where(d => d.Amount is not null).GroupBy(d => d.CompanyKey, StringComparer.Ordinal).Select(g => g.Sum(Cny)).OrderDescending()];

    public static InvestorInfo? Investor(string name) => Reference.Investors.Find(name);

    /// <summary>AI deals per canonical investor name within <paramref name="period"/>.</summary>
    public static Dictionary<string, int> AiDealsByInvestor(string period) =>
        Ai(period).SelectMany(d => d.Investors.Distinct(StringComparer.Ordinal)).GroupBy(n => n, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
