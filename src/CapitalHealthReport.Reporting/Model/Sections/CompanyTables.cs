using System.Globalization;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>The period's largest rounds, the hot sector's best-funded companies, the most active investors and the investor mix.</summary>
internal static class CompanyTables
{
    /// <summary>How many rows the deal and company tables show.</summary>
    public const int Rows = 10;

    /// <summary>Investors with at least this many deals in the period are "active" in the investor table.</summary>
    public const int ActiveDeals = 3;

    public static List<DealView> TopDeals(MetricsEngine engine, Scope market, DisplayNames names, ReportLanguage language) =>
        engine.TopDeals(market, Rows)
            .Select((d, i) => new DealView(
                i + 1,
                d.Company,
                names.Sector(d.Sector),
                names.Region(d.Region),
                Vocabulary.StageName(d.Stage, language),
                (double)d.Amount,
                d.Share,
                d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();

    public static List<CompanyView> TopCompanies(MetricsEngine engine, Scope hot) =>
        engine.TopCompanies(hot, Rows)
            .Select((c, i) => new CompanyView(i + 1, c.Name, (double)c.Amount, c.Share, c.Deals))
            .ToList();

    public static List<InvestorView> ActiveInvestors(MetricsEngine engine, Scope market, DisplayNames names) =>
        engine.ActiveInvestors(market, ActiveDeals)
            .Take(15)
            .Select((i, n) => new InvestorView(n + 1, i.Name, i.Type, names.InvestorType(i.Type), i.HomeRegion is null ? "" : names.Region(i.HomeRegion), i.Deals))
            .ToList();

    public static List<InvestorTypeView> InvestorTypes(MetricsEngine engine, ScopeView market, Scope marketScope, DisplayNames names)
    {
        var activeByType = engine.ActiveInvestors(marketScope, 1)
            .GroupBy(static i => i.Type, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Count(), StringComparer.Ordinal);
        return market.Metrics.InvestorTypeShare
            .OrderByDescending(static p => p.Value)
            .ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Select(p => new InvestorTypeView(p.Key, names.InvestorType(p.Key), p.Value, activeByType.GetValueOrDefault(p.Key)))
            .ToList();
    }

    /// <summary>The three regions with most hot-sector deals over the configured regional window.</summary>
    public static List<RegionShareView> RegionalLeaders(MetricsEngine engine, Period window, DisplayNames names)
    {
        var metrics = engine.Compute(new Scope(window, new Slice(SliceDimensions.Sector, engine.Parameters.HotSector)));
        return metrics.RegionCountShare
            .Where(static p => p.Key != "Unknown")
            .OrderByDescending(static p => p.Value)
            .ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(p => new RegionShareView(p.Key, names.Region(p.Key), (int)Math.Round(p.Value * metrics.DealCount, MidpointRounding.AwayFromZero), p.Value))
            .ToList();
    }
}
