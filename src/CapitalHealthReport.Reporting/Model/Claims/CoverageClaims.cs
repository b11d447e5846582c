using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>
/// What the data cannot support, each said once in a plain sentence: scopes too thin to judge, and measures the
/// period leaves undefined (no disclosed amount, no known stage, no investor of known type, no baseline, no
/// comparison period).
/// </summary>
internal static class CoverageClaims
{
    public static IEnumerable<Claim> Market(ClaimContext c)
    {
        var market = c.Market;
        if (c.PartThrough is { } through)
        {
            // Said first: every count and amount of the report is of the days up to the cut-off.
            yield return NoData(ClaimSections.Market, market.Scope, "partial", 20) with { Through = through };
        }

        if (!c.Judged(market))
        {
            yield return Thin(ClaimSections.Market, [new ScopeCount(market.Scope, "", market.Metrics.DealCount)], 10);
        }

        if (market.Metrics.DealCount > 0 && market.Metrics.TotalAmount <= 0)
        {
            yield return NoData(ClaimSections.Market, market.Scope, "amounts", 5);
        }

        if (!market.PrevKnown)
        {
            yield return NoData(ClaimSections.Market, market.Scope, "previous", 0.2);
        }

        if (!market.YoyKnown && !ClaimContext.SameComparison(market.Scope.Period))
        {
            yield return NoData(ClaimSections.Market, market.Scope, "year_ago", 0.3);
        }
    }

    /// <summary>When the whole period is too thin to judge, each section says so once (its tables still give the figures; with nothing disclosed, the concentration section says it has none).</summary>
    public static IEnumerable<Claim> ThinSection(ClaimContext c, string section)
    {
        if (c.Judged(c.Market))
        {
            yield break;
        }

        if (section == ClaimSections.Concentration && c.Market.Metrics.TotalAmount <= 0)
        {
            // Nothing disclosed: the section has no figures to give "without judgement", so it says why it has none.
            yield return NoData(section, c.Market.Scope, "amounts");
            yield break;
        }

        if (section == ClaimSections.Regions && !AnyRegion(c.Market.Metrics))
        {
            // No deal names a region (an export by country alone): no regional figures follow, so the section says why.
            yield return NoData(section, c.Market.Scope, "regions");
            yield break;
        }

        if (section == ClaimSections.Stages && c.Market.Metrics.EarlyCountShare is null)
        {
            // No deal has a known stage: the section has no stage table to give, so it says why.
            yield return NoData(section, c.Market.Scope, "stages");
            yield break;
        }

        if (section == ClaimSections.Sectors && !AnySector(c.Market.Metrics))
        {
            // No deal names a sector: no sector table follows, so the section says why.
            yield return NoData(section, c.Market.Scope, "sectors");
            yield break;
        }

        if (section == ClaimSections.Sectors && !AnyClassifiedSector(c.Market.Metrics))
        {
            // Every sector is a label the taxonomy does not know: the table lists them, the hot and strategic sectors cannot be measured.
            yield return Unclassified(c.Market);
            yield break;
        }

        if (section == ClaimSections.Investors && InvestorMissing(c.Market.Metrics) == "investors")
        {
            // No deal names an investor: no investor table follows, so the section says why.
            yield return NoData(section, c.Market.Scope, "investors");
            yield break;
        }

        yield return Thin(section, [new ScopeCount(c.Market.Scope, "", c.Market.Metrics.DealCount)]);
    }

    public static IEnumerable<Claim> Concentration(ClaimContext c)
    {
        if (!c.Judged(c.Market))
        {
            yield break;
        }

        if (c.Market.Metrics.TotalAmount <= 0)
        {
            // Nothing disclosed: the section says why it has no figures rather than standing empty.
            yield return NoData(ClaimSections.Concentration, c.Market.Scope, "amounts");
            yield break;
        }

        if (c.Hot.Metrics.DealCount == 0)
        {
            // A hot sector without deals is a fact about the sectors, said once in their section.
            yield break;
        }

        if (!c.Judged(c.Hot))
        {
            yield return Thin(ClaimSections.Concentration, [new ScopeCount(c.Hot.Scope, c.Parameters.HotSector, c.Hot.Metrics.DealCount)]);
        }
        else if (c.Hot.Metrics.TotalAmount <= 0)
        {
            yield return NoData(ClaimSections.Concentration, c.Hot.Scope, "amounts");
        }
    }

    public static IEnumerable<Claim> Stages(ClaimContext c)
    {
        if (c.Judged(c.Market) && c.Market.Metrics.EarlyCountShare is null)
        {
            yield return NoData(ClaimSections.Stages, c.Market.Scope, "stages");
        }
    }

    public static IEnumerable<Claim> Sectors(ClaimContext c)
    {
        if (!c.Judged(c.Market))
        {
            yield break;
        }

        if (!AnySector(c.Market.Metrics))
        {
            // No sector at all: not that the hot sector had no deals, and not that the strategic sectors raised nothing.
            yield return NoData(ClaimSections.Sectors, c.Market.Scope, "sectors");
            yield break;
        }

        if (!AnyClassifiedSector(c.Market.Metrics))
        {
            // Only labels the taxonomy does not know: not that the hot sector had no deals, nor that the strategic sectors raised nothing.
            yield return Unclassified(c.Market);
            yield break;
        }

        if (c.Hot.Metrics.DealCount == 0)
        {
            yield return NoData(ClaimSections.Sectors, c.Hot.Scope, "hot_sector");
        }

        var thin = c.Evidence.Engine.SliceValues(c.Period, SliceDimensions.Sector)
            .Select(sector => new ScopeCount(new Scope(c.Period, new Slice(SliceDimensions.Sector, sector)), sector, c.Evidence.Engine.Compute(new Scope(c.Period, new Slice(SliceDimensions.Sector, sector))).DealCount))
            .Where(s => s.Deals > 0 && s.Deals < c.Parameters.MinDeals)
            .OrderByDescending(static s => s.Deals)
            .ThenBy(static s => s.Key, StringComparer.Ordinal)
            .ToList();
        if (thin.Count > 0)
        {
            yield return Thin(ClaimSections.Sectors, thin);
        }
    }

    public static IEnumerable<Claim> Regions(ClaimContext c)
    {
        if (!c.Judged(c.Market))
        {
            yield break;
        }

        if (!AnyRegion(c.Market.Metrics))
        {
            // No region at all: not that the baseline lacks the regions, and not that no fund invested at home.
            yield return NoData(ClaimSections.Regions, c.Market.Scope, "regions");
            yield break;
        }

        if (c.Market.Metrics.LocationQuotient.Count == 0)
        {
            yield return NoData(ClaimSections.Regions, c.Market.Scope, "baseline");
        }

        if (c.Market.Metrics.LocalFundHomeBias is null)
        {
            // No investor of a known type: whether any was a government fund is not known, not that none was.
            yield return NoData(ClaimSections.Regions, c.Market.Scope, InvestorMissing(c.Market.Metrics) ?? "government_funds");
        }
    }

    public static IEnumerable<Claim> Investors(ClaimContext c)
    {
        if (c.Judged(c.Market) && InvestorMissing(c.Market.Metrics) is { } missing)
        {
            yield return NoData(ClaimSections.Investors, c.Market.Scope, missing == "investors" ? missing : "investor_types");
        }
    }

    /// <summary>
    /// When some of the period's active investors are of a known type and others are not in the investor directory: how
    /// many of them have no known type. Said before the type shares, which count those investors in every denominator,
    /// so that a share of 2% reads as "at least 2%" and not as the mix of the whole market.
    /// </summary>
    public static IEnumerable<Claim> UntypedInvestors(ClaimContext c)
    {
        var shares = c.Market.Metrics.InvestorTypeShare;
        if (!c.Judged(c.Market) || !InvestorTypes.AnyKnown(shares) || shares.GetValueOrDefault(Slice.UnknownValue) <= 0)
        {
            yield break;
        }

        var active = c.Evidence.Engine.ActiveInvestors(c.Market.Scope, 1);
        var untyped = active.Count(static i => i.Type == Slice.UnknownValue);
        yield return NoData(ClaimSections.Investors, c.Market.Scope, "untyped_investors") with
        {
            Value = shares[Slice.UnknownValue],
            Counts = new PartOfWhole(untyped, active.Count),
        };
    }

    /// <summary>True when a deal of the scope names a region (a share above 0 under a key other than <c>Unknown</c>).</summary>
    public static bool AnyRegion(MetricSet metrics) => metrics.RegionCountShare.Any(static r => r.Key != "Unknown" && r.Value > 0);

    /// <summary>
    /// True when a deal of the scope has a sector the taxonomy (or the configuration's hot and strategic sectors) knows;
    /// false when every sector is missing or a label no alias maps, so the hot sector's share and the strategic sectors'
    /// funding measure nothing.
    /// </summary>
    public static bool AnyClassifiedSector(MetricSet metrics) => metrics.ClassifiedSectorShare > 0;

    /// <summary>The claim that no sector of the scope is one the taxonomy knows, naming its labels with the most deals first.</summary>
    private static Claim Unclassified(ScopeMetrics market) => NoData(ClaimSections.Sectors, market.Scope, "unclassified_sectors") with
    {
        Labels = [.. market.Metrics.SectorCountShare
            .Where(static s => s.Key != Slice.UnknownValue && s.Value > 0)
            .OrderByDescending(static s => s.Value)
            .ThenBy(static s => s.Key, StringComparer.Ordinal)
            .Select(static s => s.Key)],
    };

    /// <summary>True when a deal of the scope names a sector (a share above 0 under a key other than <c>Unknown</c>).</summary>
    public static bool AnySector(MetricSet metrics) => metrics.SectorCountShare.Any(static s => s.Key != Slice.UnknownValue && s.Value > 0);

    /// <summary>
    /// <c>investors</c> when no deal of the scope names an investor, <c>unclassified_investors</c> when none of the
    /// named investors is of a known type, null when some are.
    /// </summary>
    private static string? InvestorMissing(MetricSet metrics) =>
        metrics.InvestorTypeShare.Count == 0 ? "investors"
        : InvestorTypes.AnyKnown(metrics.InvestorTypeShare) ? null
        : "unclassified_investors";

    private static Claim Thin(string section, List<ScopeCount> scopes, double score = 0) => new()
    {
        Kind = ClaimKind.Thin,
        Section = section,
        Metric = "deal_count",
        Scope = scopes[0].Scope,
        Unit = ClaimUnit.Count,
        Value = scopes[0].Deals,
        Scopes = scopes,
        Score = score,
    };

    private static Claim NoData(string section, Scope scope, string missing, double score = 0) => new()
    {
        Kind = ClaimKind.NoData,
        Section = section,
        Metric = "",
        Scope = scope,
        Missing = missing,
        Score = score,
    };
}
