using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>
/// The level claims of each section: the period's value of each metric the section speaks about, with its
/// comparisons. A metric the data leaves undefined gives no claim (the coverage claims say why), and a scope
/// below <c>min_deals</c> gives only its size.
/// </summary>
internal static class LevelClaims
{
    /// <summary>Sector and region shares that move at least this much (in headline units) are named in their section.</summary>
    private const double NotableMove = 1.0;

    public static List<Claim> Market(ClaimContext c)
    {
        var claims = new List<Claim>();
        Add(claims, ClaimContext.Level(ClaimSections.Market, c.Market, "deal_count", unit: ClaimUnit.Count));
        if (c.Market.Metrics.TotalAmount > 0)
        {
            Add(claims, ClaimContext.Level(ClaimSections.Market, c.Market, "total_amount", unit: ClaimUnit.Amount));
        }

        if (c.Judged(c.Market))
        {
            Add(claims, ClaimContext.Level(ClaimSections.Market, c.Market, "disclosed_share"));
        }

        return claims;
    }

    public static List<Claim> Concentration(ClaimContext c)
    {
        var claims = new List<Claim>();
        if (!c.Judged(c.Market) || c.Market.Metrics.TotalAmount <= 0)
        {
            return claims;
        }

        const string section = ClaimSections.Concentration;
        Add(claims, ClaimContext.Level(section, c.Market, "hhi", unit: ClaimUnit.Count));
        Add(claims, ClaimContext.Level(section, c.Market, "top_quintile_share"));
        Add(claims, ClaimContext.Level(section, c.Market, "cr4"));
        Add(claims, ClaimContext.Level(section, c.Market, "mega_round_share"));
        if (c.Judged(c.Hot) && c.Hot.Metrics.TotalAmount > 0)
        {
            AddUnlessStated(claims, ClaimContext.Level(section, c.Hot, "top_quintile_share"));
            AddUnlessStated(claims, ClaimContext.Level(section, c.Hot, "hhi", unit: ClaimUnit.Count));
        }

        return claims;
    }

    public static List<Claim> Stages(ClaimContext c)
    {
        var claims = new List<Claim>();
        if (!c.Judged(c.Market))
        {
            return claims;
        }

        const string section = ClaimSections.Stages;
        Add(claims, ClaimContext.Level(section, c.Market, "early_count_share"));
        Add(claims, ClaimContext.Level(section, c.Market, "seed_angel_count_share"));
        Add(claims, ClaimContext.Level(section, c.Market, "late_value_share"));
        Add(claims, ClaimContext.Level(section, c.Market, "late_to_seed_median_ratio", unit: ClaimUnit.Ratio));
        return claims;
    }

    public static List<Claim> Sectors(ClaimContext c)
    {
        var claims = new List<Claim>();
        if (!c.Judged(c.Market))
        {
            return claims;
        }

        const string section = ClaimSections.Sectors;
        var hot = c.Parameters.HotSector;
        if (c.Hot.Metrics.DealCount > 0)
        {
            if (c.Market.Metrics.TotalAmount > 0)
            {
                Add(claims, ClaimContext.Level(section, c.Market, "hot_sector_value_share", subject: hot));
            }

            Add(claims, ClaimContext.Level(section, c.Market, "sector_count_share", hot));
        }

        if (c.Parameters.StrategicSectors.Count > 0 && c.Market.Metrics.TotalAmount > 0 && CoverageClaims.AnyClassifiedSector(c.Market.Metrics))
        {
            Add(claims, ClaimContext.Level(section, c.Market, "strategic_sectors_amount", unit: ClaimUnit.Amount));
        }

        claims.AddRange(Moves(c, section, "sector_value_share", Keys(c.Market, static m => m.SectorValueShare).Where(k => k != hot), 3));
        return claims;
    }

    public static List<Claim> Regions(ClaimContext c)
    {
        var claims = new List<Claim>();
        if (!c.Judged(c.Market))
        {
            return claims;
        }

        const string section = ClaimSections.Regions;
        if (c.Market.Metrics.TopRegion is { } top)
        {
            Add(claims, ClaimContext.Level(section, c.Market, "top_region_count_share", subject: top) is { } leader ? Comparable(c, c.Market, leader, top) : null);
        }

        if (c.Judged(c.Hot) && c.Hot.Metrics.TopRegion is { } hotTop)
        {
            AddUnlessStated(claims, ClaimContext.Level(section, c.Hot, "top_region_count_share", subject: hotTop) is { } leader ? Comparable(c, c.Hot, leader, hotTop) : null);
        }

        var leaders = ClaimContext.TopRegionTies(c.Market.Metrics).Append(c.Market.Metrics.TopRegion).ToHashSet(StringComparer.Ordinal);
        claims.AddRange(Moves(c, section, "region_count_share", Keys(c.Market, static m => m.RegionCountShare).Where(k => !leaders.Contains(k)), 2));
        Add(claims, ClaimContext.Level(section, c.Market, "local_fund_home_bias"));
        return claims;
    }

    public static List<Claim> Investors(ClaimContext c)
    {
        var claims = new List<Claim>();
        if (!c.Judged(c.Market) || !InvestorTypes.AnyKnown(c.Market.Metrics.InvestorTypeShare))
        {
            return claims;
        }

        const string section = ClaimSections.Investors;
        Add(claims, ClaimContext.Level(section, c.Market, "cvc_active_share"));
        foreach (var type in new[] { "Government", "Angel" })
        {
            if (c.Market.Metrics.InvestorTypeShare.ContainsKey(type))
            {
                Add(claims, ClaimContext.Level(section, c.Market, "investor_type_share", type));
            }
        }

        return claims;
    }

    /// <summary>
    /// The top region's share compared only with periods the same region led; another leader then would make
    /// "up from" compare two different regions.
    /// A tie has no leader to compare: it is stated without comparisons.
    /// </summary>
    private static Claim Comparable(ClaimContext c, ScopeMetrics scope, Claim claim, string region)
    {
        var tied = ClaimContext.TopRegionTies(scope.Metrics);
        return claim with
        {
            Tied = tied,
            Previous = tied.Count == 0 && scope.PrevKnown && scope.Prev.TopRegion == region && ClaimContext.TopRegionTies(scope.Prev).Count == 0 ? claim.Previous : null,
            YearAgo = tied.Count == 0 && scope.YoyKnown && scope.Yoy.TopRegion == region && ClaimContext.TopRegionTies(scope.Yoy).Count == 0 && !ClaimContext.SameComparison(scope.Scope.Period) ? claim.YearAgo : null,
        };
    }

    /// <summary>The keyed shares among <paramref name="keys"/> that moved most, largest first, at most <paramref name="count"/>.</summary>
    private static IEnumerable<Claim> Moves(ClaimContext c, string section, string metric, IEnumerable<string> keys, int count) =>
        keys
            .Select(key => ClaimContext.Level(section, c.Market, metric, key) is { } claim ? claim with { Absent = !HasDeals(c.Market.Metrics, metric, key) } : null)
            .OfType<Claim>()
            .Select(c.WithComparisonBases)
            .Select(static claim => claim with { Score = claim.HeadlineSize })
            .Where(static claim => claim.Score >= NotableMove)
            .OrderByDescending(static claim => claim.Score)
            .ThenBy(static claim => claim.Key, StringComparer.Ordinal)
            .Take(count);

    /// <summary>True when the sector or region <paramref name="key"/> of a keyed share had a deal in the period.</summary>
    private static bool HasDeals(MetricSet metrics, string metric, string key) => metric switch
    {
        "sector_value_share" or "sector_count_share" => metrics.SectorCountShare.GetValueOrDefault(key) > 0,
        "region_value_share" or "region_count_share" => metrics.RegionCountShare.GetValueOrDefault(key) > 0,
        _ => true,
    };

    /// <summary>The keys of a keyed metric in the period or either comparison period (a value that fell to nothing still moved), Unknown left out.</summary>
    private static IEnumerable<string> Keys(ScopeMetrics scope, Func<MetricSet, IReadOnlyDictionary<string, double>> keyed) =>
        keyed(scope.Metrics).Keys
            .Concat(scope.PrevKnown ? keyed(scope.Prev).Keys : [])
            .Concat(scope.YoyKnown ? keyed(scope.Yoy).Keys : [])
            .Where(static k => k != "Unknown")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Adds a hot-sector claim unless the market's claim before it states the same figure: when every deal is in the hot
    /// sector, "the top fifth of funded companies took 48.6%" and "the top fifth of AI companies took 48.6%" are one fact.
    /// </summary>
    private static void AddUnlessStated(List<Claim> claims, Claim? claim)
    {
        if (claim is not null && !claims.Exists(stated => ClaimContext.SameFigure(stated, claim)))
        {
            claims.Add(claim);
        }
    }

    private static void Add(List<Claim> claims, Claim? claim)
    {
        if (claim is not null)
        {
            claims.Add(claim);
        }
    }
}
