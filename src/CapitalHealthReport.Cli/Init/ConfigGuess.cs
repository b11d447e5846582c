using System.Globalization;
using System.Text;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Cli.Init;

/// <summary>
/// A configuration chosen from the data: the reporting currency the deals are in, the hot sector (most disclosed capital
/// over the last four quarters), strategic sectors the data has, <c>min_deals</c> from the size of a typical quarter,
/// the regional baseline's coverage of the data's regions (location quotients switched off when it does not cover them),
/// and clearly named placeholders for the report's organisation and title. Rendered as a commented
/// <c>capitalhealth.yaml</c>.
/// </summary>
internal static class ConfigGuess
{
    private static readonly string[] NotSectors = ["Unknown", "Other", ""];

    public static string Render(Analysis analysis, string dataName)
    {
        var deals = analysis.Deals;
        var first = deals.FirstDate ?? analysis.Cutoff;
        var last = analysis.Cutoff;
        var engine = analysis.Engine;
        var recent = Period.Range(last.AddYears(-1).AddDays(1) < first ? first : last.AddYears(-1).AddDays(1), last);
        var metrics = engine.Compute(new Scope(recent));
        var whole = engine.Compute(new Scope(Period.Range(first, last)));
        var b = new StringBuilder();
        b.Append("# capital-health configuration for ").Append(dataName).Append(", written by 'capital-health init' from its ")
            .Append(deals.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" deals (").Append(analysis.Coverage).Append(").\n");
        b.Append("# Each value was chosen from the data; the comment beside it says how. Reference: docs/rules.md (\"Configuration\");\n");
        b.Append("# schemas/capitalhealth.schema.json lets an editor complete and check this file.\n\n");
        b.Append("# Rule packs: the bundled ones. Add your own with: rules: [bundled:rules, my-rules/]\n");
        b.Append("rules: [bundled:rules]\n\n");
        b.Append("parameters:\n");
        Currency(b, analysis);
        var hot = HotSector(b, metrics, whole, recent);
        Strategic(b, analysis, whole, hot);
        Line(b, "mega_round_usd: 100000000", $"rounds of 100 M USD or more took {Percent(metrics.MegaRoundShare)} of the disclosed capital in {recent.Label}");
        MinDeals(b, engine);
        b.Append('\n');
        Baseline(b, analysis, whole);
        b.Append("\n# Accepted findings: id, justification, optional where (period, sector, region, stage, investor_type) and expires.\n");
        b.Append("suppressions: []\n\n");
        b.Append("# How the published report presents itself. The values are PLACEHOLDERS: put your own, then remove the '#' marks.\n");
        b.Append("# report:\n");
        b.Append("#   organisation: \"PLACEHOLDER: your organisation's name\"\n");
        b.Append("#   title: \"PLACEHOLDER: the report's title\"\n");
        return b.ToString();
    }

    private static void Currency(StringBuilder b, Analysis analysis)
    {
        // The analysis chose it (ReportingCurrency); the comment says on what grounds.
        var profile = analysis.Load.Profile;
        var counts = profile.Currencies.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal).ToList();
        var code = analysis.Parameters.ReportingCurrency;
        var mix = string.Join(", ", counts.Take(4).Select(static p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:N0}")));
        var national = profile.Country is { } country ? Reference.CountryNames.Currency(country) : null;
        var reason = counts.Count switch
        {
            0 when analysis.Load.Statistics.RejectedByReason.Values.FirstOrDefault(static r => r.Code == Loading.DataIssueCodes.CurrencyUnknown) is { Count: > 0 } unrated =>
                $"no deal was loaded with a currency: {unrated.Count:N0} rows were rejected for a currency with no exchange rate in fx.csv (CHD009; data validate lists them); convert their amounts to a currency it has, or empty them, and run init again",
            0 => "no deal names a currency",
            1 => $"every deal is in {code}",
            _ when code == national => $"the deals are in {counts.Count} currencies ({mix}); amounts are converted to {code}, the currency of the data's country",
            _ when counts.Count(p => p.Value == counts[0].Value) is > 1 and var tied && counts.Take(tied).Any(p => p.Key == code) =>
                $"the deals are in {counts.Count} currencies ({mix}) and no country's currency decides: {code}, the first by code of the {tied} tied for the most deals",
            _ => $"the deals are in {counts.Count} currencies ({mix}) and no country's currency decides: {code}, the currency most deals are in",
        };
        Line(b, "reporting_currency: " + code, reason);
    }

    private static string HotSector(StringBuilder b, MetricSet recent, MetricSet whole, Period period)
    {
        var byValue = recent.SectorValueShare.Where(p => !NotSectors.Contains(p.Key)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var byCount = whole.SectorCountShare.Where(p => !NotSectors.Contains(p.Key)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (byValue.Count > 0)
        {
            var top = byValue[0];
            Line(b, "hot_sector: " + Scalar(top.Key), $"the sector with the most disclosed capital in {period.Label}: {Percent(top.Value)}");
            return top.Key;
        }

        if (byCount.Count > 0)
        {
            Line(b, "hot_sector: " + Scalar(byCount[0].Key), $"no amounts are disclosed: the sector with the most deals, {Percent(byCount[0].Value)}");
            return byCount[0].Key;
        }

        Line(b, "hot_sector: AI", "the data names no sector; the default");
        return "AI";
    }

    private static void Strategic(StringBuilder b, Analysis analysis, MetricSet whole, string hot)
    {
        var defaults = analysis.Parameters.StrategicSectors;
        var present = defaults.Where(s => whole.SectorCountShare.ContainsKey(s) && s != hot).ToList();
        string reason;
        if (present.Count > 0)
        {
            reason = present.Count == defaults.Count ? "the default strategic sectors" : "the default strategic sectors that the data has";
        }
        else
        {
            present = [.. whole.SectorCountShare.Where(p => !NotSectors.Contains(p.Key) && p.Key != hot && analysis.Reference.Sectors.Find(p.Key) is not null)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(3).Select(p => p.Key)];
            reason = $"the data has none of the default strategic sectors ({string.Join(", ", defaults)}): the three with the most deals after {hot}; choose your own";
        }

        Line(b, "strategic_sectors: [" + string.Join(", ", present.Select(Scalar)) + "]", reason);
    }

    private static void MinDeals(StringBuilder b, MetricsEngine engine)
    {
        var quarters = engine.Series(PeriodKind.Quarter).Select(q => engine.Compute(new Scope(q)).DealCount).Where(n => n > 0).Order().ToList();
        var median = quarters.Count == 0 ? 0 : quarters[quarters.Count / 2];
        var minDeals = median >= 200 ? 20 : Math.Max(5, (int)Math.Round(median / 10.0));
        Line(b, "min_deals: " + minDeals.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"the median quarter has {median:N0} deals; a scope with fewer is not judged"));
    }

    private static void Baseline(StringBuilder b, Analysis analysis, MetricSet whole)
    {
        var baseline = analysis.Reference.Baseline.Shares;
        var covered = whole.RegionCountShare.Where(p => baseline.ContainsKey(p.Key)).Sum(p => p.Value);
        b.Append("# Severity overrides (error | warning | info | none) by rule id or category:<Name>.\n");
        if (covered >= 0.5)
        {
            b.Append(CultureInfo.InvariantCulture,
                $"# The regional baseline (data/reference/region-baseline.csv) lists the regions of {Percent(covered)} of these deals, so location quotients (CH4003) apply.\n");
            b.Append("severity: {}\n");
            return;
        }

        b.Append(CultureInfo.InvariantCulture,
            $"# The regional baseline (data/reference/region-baseline.csv) lists the regions of only {Percent(covered)} of these deals: location\n");
        b.Append("# quotients (CH4003) would compare them with the wrong economy, so the rule is off until a baseline for them is given.\n");
        b.Append("severity:\n  CH4003: none\n");
    }

    /// <summary>One parameter line with its reason as a comment from column 40.</summary>
    private static void Line(StringBuilder b, string entry, string comment)
    {
        var text = "  " + entry;
        b.Append(text).Append(' ', Math.Max(1, 40 - text.Length)).Append("# ").Append(comment).Append('\n');
    }

    private static string Percent(double? share) => share is { } s ? s.ToString("0.0%", CultureInfo.InvariantCulture) : "an undefined share";

    private static string Scalar(string text) =>
        text.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or ' ') && text.Trim() == text && text.Length > 0 ? text : "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
