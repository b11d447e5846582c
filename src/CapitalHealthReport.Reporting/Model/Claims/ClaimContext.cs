using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Model.Sections;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>The period's scopes and findings the claim builders read, with helpers that turn a metric into a level claim.</summary>
internal sealed class ClaimContext
{
    public ClaimContext(ClaimEvidence evidence, Period period)
    {
        Evidence = evidence;
        Period = period;
        Market = evidence.Engine.ComputeWithComparisons(new Scope(period));
        Hot = evidence.Engine.ComputeWithComparisons(new Scope(period, new Slice(SliceDimensions.Sector, evidence.Engine.Parameters.HotSector)));
        Limits = RuleLimits.From(evidence.Catalog, evidence.Engine.Parameters);
    }

    public ClaimEvidence Evidence { get; }

    public Period Period { get; }

    public ScopeMetrics Market { get; }

    public ScopeMetrics Hot { get; }

    public RuleLimits Limits { get; }

    /// <summary>The last day of the period the data covers when the cut-off falls inside it; null when it covers the whole period.</summary>
    public DateOnly? PartThrough => Evidence.PartThrough(Period);

    public MetricParameters Parameters => Evidence.Engine.Parameters;

    public IReadOnlyList<Diagnostic> Diagnostics => Evidence.Analysis.Diagnostics;

    /// <summary>True when the scope has enough deals for the rules to judge it.</summary>
    public bool Judged(ScopeMetrics scope) => scope.Metrics.DealCount >= Parameters.MinDeals;

    /// <summary>
    /// The claim with <see cref="Claim.PreviousThin"/> and <see cref="Claim.YearAgoThin"/> set from its comparison scopes'
    /// deals. The number of deals is what it is however few they are ("up from 10 deals to 40"); shares, amounts and
    /// the measures drawn from them move by chance on a handful of deals.
    /// </summary>
    public Claim WithComparisonBases(Claim claim) => claim.Metric == "deal_count" ? claim : claim with
    {
        PreviousThin = claim.Previous is not null && Thin(claim.Scope with { Period = claim.Scope.Period.Previous() }),
        YearAgoThin = claim.YearAgo is not null && Thin(claim.Scope with { Period = claim.Scope.Period.YearAgo() }),
    };

    private bool Thin(Scope scope) => Evidence.Engine.Compute(scope).DealCount < Parameters.MinDeals;

    /// <summary>
    /// A level claim for <paramref name="metric"/> (and <paramref name="key"/> of a keyed metric) in a scope, with its
    /// comparison values where the data covers them; null when the metric is undefined in the scope.
    /// </summary>
    public static Claim? Level(string section, ScopeMetrics scope, string metric, string? key = null, ClaimUnit unit = ClaimUnit.Share, string? subject = null)
    {
        var value = Read(scope.Metrics, metric, key);
        if (value is null)
        {
            return null;
        }

        return new Claim
        {
            Kind = ClaimKind.Level,
            Section = section,
            Metric = metric,
            Key = key,
            Scope = scope.Scope,
            Unit = unit,
            Value = value,
            Previous = scope.PrevKnown ? Read(scope.Prev, metric, key) : null,
            YearAgo = scope.YoyKnown && !SameComparison(scope.Scope.Period) ? Read(scope.Yoy, metric, key) : null,
            Subject = subject,
        };
    }

    /// <summary>
    /// The regions other than a set's top region with exactly its share of the deals, in ordinal order (the top region
    /// is the first of them by name): in a tie, none of them leads.
    /// </summary>
    public static IReadOnlyList<string> TopRegionTies(MetricSet metrics) =>
        metrics.TopRegion is { } top && metrics.TopRegionCountShare is { } share
            ? metrics.RegionCountShare.Where(r => r.Key != top && r.Key != Slice.UnknownValue && r.Value == share).Select(static r => r.Key).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// True when two claims of one period give the same figure of one metric, one for the whole market and the other for
    /// a sector: the same value, comparisons and region (as when every deal of the market is in that sector).
    /// </summary>
    public static bool SameFigure(Claim a, Claim b) =>
        a.Scope.Period == b.Scope.Period
        && (a.Scope.Slice is null ? b.Scope.Slice?.Dimension == SliceDimensions.Sector : a.Scope.Slice.Dimension == SliceDimensions.Sector && b.Scope.Slice is null)
        && a.Metric == b.Metric && a.Key == b.Key && a.Value is not null && a.Value == b.Value
        && a.Previous == b.Previous && a.YearAgo == b.YearAgo
        && a.Subject == b.Subject && a.Tied.SequenceEqual(b.Tied, StringComparer.Ordinal);

    /// <summary><see cref="SameFigure"/> in the period alone, whatever the comparisons (a restated finding carries none).</summary>
    public static bool SameValue(Claim a, Claim b) =>
        SameFigure(a with { Previous = null, YearAgo = null }, b with { Previous = null, YearAgo = null });

    /// <summary>True when the previous period is the year before (a year's report): the two comparisons are one.</summary>
    public static bool SameComparison(Period period) => period.Previous() == period.YearAgo();

    /// <summary>
    /// A metric's value in a metric set: plain metrics as they are, keyed ones at <paramref name="key"/>. A key absent
    /// from a keyed share is 0 when the set has deals (the slice had none of them), else undefined.
    /// </summary>
    public static double? Read(MetricSet metrics, string metric, string? key)
    {
        var descriptor = MetricCatalog.Find(metric) ?? throw new ArgumentException($"'{metric}' is not a metric.", nameof(metric));
        if (key is null)
        {
            // An amount of deals whose amounts were all undisclosed is unknown, not zero ("up from 0 USD" would be false).
            return descriptor.UnitKind == MetricUnit.Amount && !ScopeViews.AmountsKnown(metrics) ? null
                : descriptor.GetNumber(metrics) is { } number && double.IsFinite(number) ? number : null;
        }

        var keyed = descriptor.GetKeyed(metrics);
        if (keyed.TryGetValue(key, out var found))
        {
            return found;
        }

        // The share's base: disclosed value, deals, or (for investor types) active investors.
        var hasBase = metric switch
        {
            "investor_type_share" => keyed.Count > 0,
            _ when metric.Contains("value", StringComparison.Ordinal) => metrics.TotalAmount > 0,
            _ => metrics.DealCount > 0,
        };
        return descriptor.IsShare && hasBase ? 0 : null;
    }
}
