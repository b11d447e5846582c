namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>
/// Chooses the executive summary's headlines from the claims: a period the data covers only in part first, then a
/// thin period (nothing else can be judged),
/// then the most severe findings (severity, then how far past the threshold; one per rule), then the largest
/// movements and rounds; informational findings, indicators within range and the period's size only fill up
/// when fewer than three headlines remain.
/// </summary>
internal static class HeadlineSelector
{
    public const int Fewest = 3;
    public const int Most = 6;
    private const int MostFindings = 3;
    private const int MostMovements = 3;

    /// <summary>Movements and rounds of at least this size (in headline units) may lead the summary.</summary>
    private const double NotableMovement = 1.0;

    /// <summary>The claims that lead the summary, in the order it states them.</summary>
    public static List<Claim> Select(IReadOnlyList<Claim> claims)
    {
        var headlines = new List<Claim>();
        headlines.AddRange(claims.Where(static c => c.Kind == ClaimKind.NoData && c.Missing == "partial"));
        headlines.AddRange(claims.Where(static c => c.Kind == ClaimKind.Thin && c.Section == ClaimSections.Market));
        headlines.AddRange(claims.Where(static c => c.Kind == ClaimKind.NoData && c.Missing == "amounts" && c.Section == ClaimSections.Market));

        var findings = claims
            .Where(static c => c.Kind == ClaimKind.Finding && c.Severity is "error" or "warning")
            .Where(c => !headlines.Any(h => SameSubject(h, c)))
            .OrderByDescending(static c => c.Score)
            .DistinctBy(static c => c.RuleId)
            .Take(MostFindings);
        headlines.AddRange(findings);

        var movements = claims
            .Where(static c => c.Kind is ClaimKind.Movement or ClaimKind.Round or ClaimKind.WithinRange && c.Score >= NotableMovement)
            .Where(c => !headlines.Any(h => SameSubject(h, c)))
            .OrderByDescending(static c => c.Score)
            .Where(RoundsOnce())
            .Take(MostMovements);
        headlines.AddRange(movements);

        var fillers = claims.Where(static c => c.Kind == ClaimKind.Finding && c.Severity == "info").OrderByDescending(static c => c.Score).DistinctBy(static c => c.RuleId)
            .Concat(claims.Where(static c => c.Kind == ClaimKind.WithinRange))
            .Concat(claims.Where(static c => c.Kind == ClaimKind.Round))
            .Concat(claims.Where(static c => c.Kind is ClaimKind.Level or ClaimKind.Movement && c.Section == ClaimSections.Market));
        foreach (var claim in fillers)
        {
            if (headlines.Count >= Fewest)
            {
                break;
            }

            if (!headlines.Contains(claim) && !headlines.Any(h => SameSubject(h, claim)))
            {
                headlines.Add(claim);
            }
        }

        return headlines.Take(Most).ToList();
    }

    /// <summary>A filter that lets the first round through and no other: one round leads, the table names the rest.</summary>
    private static Func<Claim, bool> RoundsOnce()
    {
        var seen = false;
        return claim =>
        {
            if (claim.Kind != ClaimKind.Round)
            {
                return true;
            }

            var first = !seen;
            seen = true;
            return first;
        };
    }

    /// <summary>
    /// True for two claims about one figure of one scope (rounds excepted); a period with no disclosed amount and a
    /// finding on its disclosed share say the same thing; so do the market's figure and the hot sector's when they are
    /// equal.
    /// </summary>
    private static bool SameSubject(Claim a, Claim b) =>
        (a.Scope == b.Scope && ((a.Metric == b.Metric && a.Key == b.Key && a.Kind != ClaimKind.Round && b.Kind != ClaimKind.Round) || (AboutDisclosure(a) && AboutDisclosure(b))))
        || (a.Kind != ClaimKind.Round && b.Kind != ClaimKind.Round && ClaimContext.SameValue(a, b));

    private static bool AboutDisclosure(Claim claim) =>
        (claim.Kind == ClaimKind.NoData && claim.Missing == "amounts") || claim.Metric is "disclosed_share" or Narrative.Vocabulary.UndisclosedShare;
}
