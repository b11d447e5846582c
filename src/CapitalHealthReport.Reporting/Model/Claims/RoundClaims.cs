using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>
/// The period's largest rounds across all sectors: the largest always, the others when they are a tenth or more of the
/// period's value. Rounds of the same size are one claim that says how many there are and names the earliest.
/// </summary>
internal static class RoundClaims
{
    /// <summary>A round at least this share of the period's value is worth a headline.</summary>
    public const double NotableShare = 0.10;

    public static IEnumerable<Claim> Build(ClaimContext c)
    {
        var deals = c.Evidence.Engine.TopDeals(c.Market.Scope, 3);
        var disclosed = c.Evidence.Engine.TopDeals(c.Market.Scope, int.MaxValue);
        var oneCompany = disclosed.Select(static d => d.Company).Distinct(StringComparer.Ordinal).Count() == 1;
        var companies = c.Evidence.Engine.TopCompanies(c.Market.Scope, int.MaxValue);
        for (var i = 0; i < deals.Count; i++)
        {
            var deal = deals[i];
            if (i > 0 && (deal.Share < NotableShare || deal.Amount == deals[i - 1].Amount))
            {
                // A round as large as the one before is one of the rounds that claim already counts as tied.
                yield break;
            }

            var tied = c.Evidence.Engine.DealsWithAmount(c.Market.Scope, deal.Amount);
            yield return new Claim
            {
                Kind = ClaimKind.Round,
                Section = ClaimSections.Concentration,
                Metric = "total_amount",
                Key = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Scope = c.Market.Scope,
                Unit = ClaimUnit.Amount,
                Value = (double)deal.Amount,
                Round = new RoundFacts(deal.Company, deal.Sector, deal.Region, deal.Stage, (double)deal.Amount, deal.Share, deal.Date, tied, disclosed.Count, c.Market.Metrics.DealCount, oneCompany)
                {
                    Raiser = Company(companies, disclosed, deal.CompanyKey),
                    Leader = i == 0 ? Leader(companies, disclosed, deal.CompanyKey) : null,
                    TiedCompanies = tied > 1 ? TiedCompanies(disclosed, deal.Amount) : [],
                },
                Score = deal.Share / NotableShare,
            };
        }
    }

    /// <summary>The companies of the period's rounds of exactly <paramref name="amount"/>, earliest first (the order of <paramref name="disclosed"/>).</summary>
    internal static List<string> TiedCompanies(IReadOnlyList<DealTotal> disclosed, decimal amount) =>
        [.. disclosed.Where(d => d.Amount == amount).Select(static d => d.Company)];

    /// <summary>A company's disclosed funding in the period and its rounds with a disclosed amount.</summary>
    internal static CompanyFacts? Company(IReadOnlyList<CompanyTotal> companies, IReadOnlyList<DealTotal> disclosed, string key) =>
        companies.FirstOrDefault(c => c.Key == key) is { } company
            ? new CompanyFacts(company.Name, (double)company.Amount, company.Share, disclosed.Count(d => d.CompanyKey == key))
            : null;

    /// <summary>The best-funded company of the period when it raised more than the company with key <paramref name="key"/>; null when none did.</summary>
    internal static CompanyFacts? Leader(IReadOnlyList<CompanyTotal> companies, IReadOnlyList<DealTotal> disclosed, string key)
    {
        var raiser = companies.FirstOrDefault(c => c.Key == key);
        return companies.Count > 0 && companies[0].Key != key && (raiser is null || companies[0].Amount > raiser.Amount)
            ? Company(companies, disclosed, companies[0].Key)
            : null;
    }
}
