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
                Round = new RoundFacts(deal.Company, deal.Sector, deal.Region, deal.Stage, (double)deal.Amount, deal.Share, deal.Date, tied, disclosed.Count, c.Market.Metrics.DealCount, oneCompany),
                Score = deal.Share / NotableShare,
            };
        }
    }
}
