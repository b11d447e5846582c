using CapitalHealthReport.Model;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>
/// Computes the report's claims once, from the metrics and findings of the period: the level claims of every
/// section judged by the rules, the findings no level claim carries, the largest rounds, what the data cannot
/// support, and the 3–6 headlines among them. The result is the same for every language.
/// </summary>
internal static class ClaimBuilder
{
    /// <summary>Level claims of these metrics whose change reaches a headline's size are movements.</summary>
    private static readonly HashSet<string> MovementMetrics = new(StringComparer.Ordinal)
    {
        "deal_count", "total_amount", "hhi", "top_quintile_share", "hot_sector_value_share", "sector_value_share",
        "region_count_share", "early_count_share", "seed_angel_count_share", "late_value_share",
    };

    /// <summary>HHI changes smaller than this many points are not movements, however large relatively.</summary>
    private const double SmallestHhiMove = 200;

    public static IReadOnlyList<Claim> Build(ClaimEvidence evidence, Period period)
    {
        var c = new ClaimContext(evidence, period);
        var used = new HashSet<Diagnostic>();
        var sections = new List<Claim>();
        AddSection(sections, c, used, LevelClaims.Market(c), CoverageClaims.Market(c));
        AddSection(sections, c, used, LevelClaims.Concentration(c), CoverageClaims.ThinSection(c, ClaimSections.Concentration).Concat(RoundClaims.Build(c)).Concat(CoverageClaims.Concentration(c)));
        AddSection(sections, c, used, LevelClaims.Stages(c), CoverageClaims.ThinSection(c, ClaimSections.Stages).Concat(CoverageClaims.Stages(c)));
        AddSection(sections, c, used, LevelClaims.Sectors(c), CoverageClaims.ThinSection(c, ClaimSections.Sectors).Concat(CoverageClaims.Sectors(c)));
        AddSection(sections, c, used, LevelClaims.Regions(c), CoverageClaims.ThinSection(c, ClaimSections.Regions).Concat(CoverageClaims.Regions(c)));
        sections.AddRange(CoverageClaims.UntypedInvestors(c));
        AddSection(sections, c, used, LevelClaims.Investors(c), CoverageClaims.ThinSection(c, ClaimSections.Investors).Concat(CoverageClaims.Investors(c)));

        // Findings no level claim carries go last in their section.
        var claims = new List<Claim>();
        var standalone = RuleClaims.Standalone(c, used, sections).Select(claim => OfCoveredPart(c, claim)).ToList();
        foreach (var section in ClaimSections.All)
        {
            claims.AddRange(sections.Where(s => s.Section == section));
            claims.AddRange(standalone.Where(s => s.Section == section).OrderByDescending(static s => s.Score).ThenBy(static s => s.RuleId, StringComparer.Ordinal));
        }

        var headlines = HeadlineSelector.Select(claims);
        return claims.Select(claim => headlines.IndexOf(claim) is var rank and >= 0 ? claim with { HeadlineRank = rank + 1 } : claim).ToList();
    }

    private static void AddSection(List<Claim> claims, ClaimContext c, ISet<Diagnostic> used, IEnumerable<Claim> levels, IEnumerable<Claim> others)
    {
        foreach (var level in levels)
        {
            var judged = OfCoveredPart(c, RuleClaims.Judge(c, level, used));
            claims.Add(judged.Kind is ClaimKind.Level or ClaimKind.WithinRange ? AsMovement(c.WithComparisonBases(judged)) : judged);
        }

        claims.AddRange(others);
    }

    /// <summary>
    /// A count or an amount of a period the data covers only in part (the cut-off falls inside it) is not compared with
    /// whole periods: "down 89%" would be the days left out, not the market. Shares and ratios keep their comparisons.
    /// </summary>
    private static Claim OfCoveredPart(ClaimContext c, Claim claim) =>
        c.PartThrough is not null && claim.Scope.Period == c.Period && claim.Unit is ClaimUnit.Count or ClaimUnit.Amount
            ? claim with { Previous = null, YearAgo = null }
            : claim;

    /// <summary>
    /// A level claim of a movement metric whose change is headline-sized becomes a movement, scored by that size; an
    /// indicator within range keeps its kind and gets the same score, so a large move within range can lead too. A
    /// change from a comparison period with fewer than <c>min_deals</c> deals is stated but not scored.
    /// </summary>
    private static Claim AsMovement(Claim claim)
    {
        if (!MovementMetrics.Contains(claim.Metric))
        {
            return claim;
        }

        var size = claim.HeadlineSize;
        if (claim.Metric == "hhi" && Math.Max(Math.Abs((claim.Value - claim.Previous) ?? 0), Math.Abs((claim.Value - claim.YearAgo) ?? 0)) < SmallestHhiMove)
        {
            size = Math.Min(size, 0.5);
        }

        return size >= 1 && claim.Kind == ClaimKind.Level ? claim with { Kind = ClaimKind.Movement, Score = size } : claim with { Score = size };
    }
}
