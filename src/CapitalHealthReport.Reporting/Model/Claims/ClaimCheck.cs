using System.Text.Json;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>The checks of one claim against the metrics JSON and the findings (see <see cref="ClaimChecker"/>).</summary>
internal sealed class ClaimCheck(Claim claim, ClaimEvidence evidence, ClaimChecker.MetricsLookup json, NarrativeFormatter format, ReportLanguage language)
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Run()
    {
        var text = claim.Headline + " " + claim.Text + (claim.Summary == claim.Text ? "" : " " + claim.Summary);
        if (claim.Text.Length == 0)
        {
            _problems.Add("the claim has no text");
        }

        foreach (var missing in new[] { format.NotAvailable, "n/a", "无数据" })
        {
            if (text.Contains(missing, StringComparison.Ordinal))
            {
                _problems.Add($"the text says \"{missing}\" for a missing value");
            }
        }

        if (claim.Metric == "top_region_count_share" && string.IsNullOrWhiteSpace(claim.Subject))
        {
            _problems.Add("states a leading region's share without naming the region");
        }

        CheckJudgement(text);
        switch (claim.Kind)
        {
            case ClaimKind.Thin:
                CheckThin();
                break;
            case ClaimKind.NoData:
                CheckNoData();
                break;
            case ClaimKind.Round:
                CheckRound();
                break;
            default:
                CheckNumbers();
                CheckRule();
                CheckJudged();
                break;
        }

        return _problems;
    }

    /// <summary>Crossing a threshold and judging words belong to findings only; a crossing must be true of the value.</summary>
    private void CheckJudgement(string text)
    {
        var crossing = PhraseWords.Crossing(language).Any(m => claim.Text.Contains(m, StringComparison.Ordinal));
        if (crossing)
        {
            var limit = claim.Threshold is { } t && claim.Operator is { } op ? new RuleLimit(claim.RuleId ?? "", claim.Metric, claim.Key, op, t, claim.Severity ?? "") : null;
            if (claim.Kind is not (ClaimKind.Finding or ClaimKind.Accepted) || limit is null)
            {
                _problems.Add("states a threshold as crossed without a finding behind it");
            }
            else if (!limit.IsMetBy(claim.Value))
            {
                _problems.Add($"states the threshold {claim.Operator} {claim.Threshold} as crossed by {claim.Value}");
            }
            else if (!RuleLimits.From(evidence.Catalog, evidence.Engine.Parameters).For(limit.RuleId)
                .Any(l => l.Change == Rules.ThresholdChange.None && l.Metric == limit.Metric && l.Key == limit.Key && l.Operator == limit.Operator && l.Value == limit.Value))
            {
                _problems.Add($"states {claim.Operator} {claim.Threshold} on {claim.Metric}, which is not a threshold of rule {claim.RuleId}");
            }
        }

        if (claim.Kind is not (ClaimKind.Finding or ClaimKind.Accepted) && PhraseWords.Judgement(language).FirstOrDefault(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) is { } word)
        {
            _problems.Add($"judges (\"{word}\") without a finding behind it");
        }
    }

    private void CheckNumbers()
    {
        if (claim.Metric.Length == 0)
        {
            return;
        }

        var value = Read("metrics", out var known);
        if (!known)
        {
            _problems.Add("the metric is not in the metrics JSON");
            return;
        }

        if (!Same(value, claim.Value))
        {
            _problems.Add($"value {claim.Value} but the metrics JSON has {value}");
            return;
        }

        var shown = Shown(value);
        if (!shown.Any(s => claim.Text.Contains(s, StringComparison.Ordinal)))
        {
            _problems.Add($"the text does not show the value as {shown[0]}");
        }

        var changes = 0;
        changes += CheckComparison("prev", claim.Previous, value, claim.Scope.Period.Previous());
        changes += CheckComparison("yoy", claim.YearAgo, value, claim.Scope.Period.YearAgo());
        if (claim.YearAgo is not null && ClaimContext.SameComparison(claim.Scope.Period))
        {
            _problems.Add("compares with the same period twice (the previous period is the year before)");
        }
        // The rule's own condition ("falls by at least 5 points from a year earlier") is not a change the claim states.
        var condition = claim.RuleId is { } id ? new RuleTexts(evidence.Catalog, language, evidence.Engine.Parameters, evidence.Funds, evidence.Places).Condition(id, claim.Severity ?? "") : null;
        var phrases = PhraseWords.ChangePhrases(language, condition is null ? claim.Text : claim.Text.Replace(condition, "", StringComparison.Ordinal));
        if (phrases != changes)
        {
            _problems.Add($"the text holds {phrases} change phrases for {changes} comparisons");
        }

        if (ClaimPhrasebook.IsMovementSized(claim))
        {
            var direction = ClaimPhrasebook.HeadlineDirection(claim);
            var verb = PhraseWords.HeadlineVerb(language, direction);
            if (!claim.Headline.Contains(verb, StringComparison.Ordinal))
            {
                _problems.Add($"the headline does not say \"{verb}\" for a change {direction}");
            }

            var against = ClaimPhrasebook.HeadlineAgainstPrevious(claim);
            var before = Read(against ? "prev" : "yoy", out _);
            var period = format.PeriodLabel(against ? claim.Scope.Period.Previous() : claim.Scope.Period.YearAgo());
            if (!Shown(before).Any(s => claim.Headline.Contains(s, StringComparison.Ordinal)) || !claim.Headline.Contains(period, StringComparison.Ordinal))
            {
                _problems.Add($"the headline does not name {Shown(before)[0]} in {period} as what it moved from");
            }
        }
    }

    private int CheckComparison(string part, double? stated, double? current, Period period)
    {
        if (stated is null)
        {
            return 0;
        }

        var comparison = Read(part, out var known);
        if (!known || !Same(comparison, stated))
        {
            _problems.Add($"{part} {stated} but the metrics JSON has {(known ? comparison?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null" : "no comparison")}");
            return 1;
        }

        var expected = format.Change(current, comparison, format.PeriodLabel(period), claim.Unit == ClaimUnit.Share ? "share" : "level");
        if (!claim.Text.Contains(expected, StringComparison.Ordinal))
        {
            _problems.Add($"the text does not say \"{expected}\"");
        }

        return 1;
    }

    private void CheckRule()
    {
        if (claim.RuleId is not { } id)
        {
            return;
        }

        if (!claim.Text.Contains(id, StringComparison.Ordinal))
        {
            _problems.Add($"the text does not name rule {id}");
        }

        var findings = evidence.Analysis.Diagnostics.Where(d => d.Id == id && d.Location == claim.ScopeLabel && d.Baseline != BaselineState.Absent).ToList();
        switch (claim.Kind)
        {
            case ClaimKind.Finding when !findings.Any(d => d.IsActive && Severities.Name(d.Severity) == claim.Severity):
                _problems.Add($"cites rule {id} as a {claim.Severity} finding, but the findings hold none for {claim.ScopeLabel}");
                break;
            case ClaimKind.Accepted when !findings.Any(d => d.Suppressed is { } s && s.Justification == claim.Justification):
                _problems.Add($"names an accepted finding of rule {id} that the findings do not hold as suppressed");
                break;
            case ClaimKind.WithinRange:
                CheckWithinRange(id, findings);
                break;
        }
    }

    private void CheckWithinRange(string id, List<Diagnostic> findings)
    {
        var rule = evidence.Catalog.Find(id);
        if (findings.Count > 0 || rule is null)
        {
            _problems.Add($"says rule {id} found nothing, but it reported a finding (or is not a rule)");
            return;
        }

        var deals = evidence.Engine.Compute(claim.Scope).DealCount;
        if (deals < (rule.MinDeals ?? evidence.MinDeals) || evidence.Config.SeverityOverrides.Effective(rule) == DiagnosticSeverity.None)
        {
            _problems.Add($"says rule {id} judged a scope it does not judge");
        }

        if (claim.Threshold is { } t && claim.Operator is { } op && new RuleLimit(id, claim.Metric, claim.Key, op, t, "").IsMetBy(claim.Value))
        {
            _problems.Add($"calls {claim.Value} within range of {op} {t}");
        }
    }

    /// <summary>Below <c>min_deals</c> a scope is only sized (deals, value) or judged by a finding that exists.</summary>
    private void CheckJudged()
    {
        if (claim.Kind is ClaimKind.Finding or ClaimKind.Accepted || claim.Metric is "deal_count" or "total_amount")
        {
            return;
        }

        var deals = evidence.Engine.Compute(claim.Scope).DealCount;
        if (deals < evidence.MinDeals)
        {
            _problems.Add($"speaks of a scope with {deals} deals, below min_deals {evidence.MinDeals}");
        }
    }

    private void CheckThin()
    {
        foreach (var scope in claim.Scopes)
        {
            var deals = json.Part(scope.Scope, "metrics")?.GetProperty("deal_count").GetInt32();
            if (deals != scope.Deals || deals >= evidence.MinDeals)
            {
                _problems.Add($"calls {scope.Scope.Label} thin with {scope.Deals} deals; the metrics JSON has {deals} (min_deals {evidence.MinDeals})");
            }

            if (!claim.Text.Contains(format.Int(scope.Deals), StringComparison.Ordinal))
            {
                _problems.Add($"the text does not show {scope.Scope.Label}'s {scope.Deals} deals");
            }
        }
    }

    private void CheckNoData()
    {
        var metrics = json.Part(claim.Scope, "metrics");
        bool missing = claim.Missing switch
        {
            "amounts" => metrics?.GetProperty("total_amount").GetDouble() == 0,
            "partial" => claim.Through is { } through && evidence.PartThrough(claim.Scope.Period) == through,
            "previous" => json.Part(claim.Scope, "prev") is null,
            "year_ago" => json.Part(claim.Scope, "yoy") is null,
            "stages" => metrics?.GetProperty("early_count_share").ValueKind == JsonValueKind.Null,
            "investor_types" => metrics?.GetProperty("investor_type_share").EnumerateObject().All(static p => p.Name == "Unknown" || p.Value.GetDouble() == 0) == true,
            "government_funds" => metrics?.GetProperty("local_fund_home_bias").ValueKind == JsonValueKind.Null,
            "unclassified_investors" => metrics?.GetProperty("local_fund_home_bias").ValueKind == JsonValueKind.Null
                && metrics?.GetProperty("investor_type_share").EnumerateObject().All(static p => p.Name == "Unknown" || p.Value.GetDouble() == 0) == true,
            "investors" => metrics?.GetProperty("investor_type_share").EnumerateObject().Any() == false,
            "sectors" => metrics?.GetProperty("sector_count_share").EnumerateObject().All(static p => p.Name == "Unknown" || p.Value.GetDouble() == 0) == true,
            "unclassified_sectors" => metrics?.GetProperty("classified_sector_share").ValueKind == JsonValueKind.Number
                && metrics?.GetProperty("classified_sector_share").GetDouble() == 0
                && metrics?.GetProperty("sector_count_share").EnumerateObject().Where(static p => p.Name != "Unknown" && p.Value.GetDouble() > 0).Select(static p => p.Name).Order(StringComparer.Ordinal)
                    .SequenceEqual(claim.Labels.Order(StringComparer.Ordinal)) == true,
            "regions" => metrics?.GetProperty("region_count_share").EnumerateObject().All(static p => p.Name == "Unknown" || p.Value.GetDouble() == 0) == true,
            "baseline" => metrics?.GetProperty("location_quotient").EnumerateObject().Any() == false,
            "hot_sector" => metrics?.GetProperty("deal_count").GetInt32() == 0,
            "untyped_investors" => UntypedAsCounted(metrics),
            _ => false,
        };
        if (!missing)
        {
            _problems.Add($"says the data has no {claim.Missing}, but the metrics JSON has them");
        }
    }

    /// <summary>
    /// True when the claim's share of untyped investors is the metrics JSON's <c>investor_type_share.Unknown</c>, agrees
    /// with its counts, and the text shows both counts.
    /// </summary>
    private bool UntypedAsCounted(JsonElement? metrics)
    {
        if (claim.Counts is not { Whole: > 0 } counts || claim.Value is not { } share || metrics is not { } set
            || !set.GetProperty("investor_type_share").TryGetProperty(Slice.UnknownValue, out var unknown))
        {
            return false;
        }

        if (!Same(unknown.GetDouble(), share) || !Same((double)counts.Part / counts.Whole, share))
        {
            _problems.Add($"counts {counts.Part} of {counts.Whole} investors as untyped ({share}); the metrics JSON has a share of {unknown.GetDouble()}");
        }

        if (!claim.Text.Contains(format.Int(counts.Part), StringComparison.Ordinal) || !claim.Text.Contains(format.Int(counts.Whole), StringComparison.Ordinal))
        {
            _problems.Add($"the text does not show {counts.Part} of {counts.Whole} investors");
        }

        return true;
    }

    private void CheckRound()
    {
        var rank = int.Parse(claim.Key ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var deals = evidence.Engine.TopDeals(claim.Scope, rank);
        var round = claim.Round;
        if (round is null || deals.Count < rank)
        {
            _problems.Add("names a round the period does not have");
            return;
        }

        var deal = deals[rank - 1];
        if (deal.Company != round.Company || deal.Sector != round.Sector || !Same((double)deal.Amount, round.Amount) || !Same(deal.Share, round.Share))
        {
            _problems.Add($"round {rank} is {EnglishPossessive.Of(deal.Company)} {deal.Amount} in {deal.Sector}, not what the claim says");
        }

        var tied = evidence.Engine.DealsWithAmount(claim.Scope, deal.Amount);
        if (round.Tied != tied)
        {
            _problems.Add($"{tied} rounds of the period are of {deal.Amount}, not {round.Tied}");
        }

        var total = json.Part(claim.Scope, "metrics")?.GetProperty("total_amount").GetDouble() ?? 0;
        if (total <= 0 || Math.Abs((round.Share * total) - round.Amount) > Math.Max(0.01, round.Amount * 1e-9))
        {
            _problems.Add($"share {round.Share} of a period total of {total} is not {round.Amount}");
        }

        var disclosed = evidence.Engine.TopDeals(claim.Scope, int.MaxValue);
        if (round.Rounds != disclosed.Count || round.OneCompany != (disclosed.Select(static d => d.Company).Distinct(StringComparer.Ordinal).Count() == 1))
        {
            _problems.Add($"the period has {disclosed.Count} rounds with a disclosed amount, not what the claim says");
        }

        // The only round with a disclosed amount is all of it: its sentence says so in words rather than as 100.0%.
        var shown = round.Only ? new List<string> { format.Money(round.Amount) } : new List<string> { format.Money(round.Amount), format.Pct(round.Share) };
        if (round.NamesTied)
        {
            // Two or three tied rounds are named by their companies, which must be the rounds of that amount, earliest first.
            var companies = RoundClaims.TiedCompanies(disclosed, deal.Amount);
            if (!companies.SequenceEqual(round.TiedCompanies, StringComparer.Ordinal))
            {
                _problems.Add($"the rounds of {deal.Amount} are {string.Join(", ", companies)}'s, not what the claim names");
            }

            shown.AddRange(companies);
        }
        else if (round.Tied > 1)
        {
            shown.Add(format.Int(round.Tied));
        }

        if (round.Tied > 1)
        {
            // The headline of tied rounds gives their amount and share, and their companies or count.
            foreach (var text in shown.Where(t => !claim.Headline.Contains(t, StringComparison.Ordinal)))
            {
                _problems.Add($"the headline does not show {text}");
            }
        }

        foreach (var text in shown)
        {
            if (!claim.Text.Contains(text, StringComparison.Ordinal))
            {
                _problems.Add($"the text does not show {text}");
            }
        }

        CheckRoundLead(deal, rank, disclosed);
    }

    /// <summary>
    /// The company a round's headline leads with: its total, share and rounds are the engine's, the headline shows the
    /// total and share, and the summary under it the figures the headline does not (the rounds, the round's amount).
    /// </summary>
    private void CheckRoundLead(DealTotal deal, int rank, IReadOnlyList<DealTotal> disclosed)
    {
        var round = claim.Round!;
        var companies = evidence.Engine.TopCompanies(claim.Scope, int.MaxValue);
        if (round.Raiser != RoundClaims.Company(companies, disclosed, deal.CompanyKey))
        {
            _problems.Add($"{EnglishPossessive.Of(deal.Company)} disclosed funding in the period is not what the claim says");
        }

        if (round.Leader != (rank == 1 ? RoundClaims.Leader(companies, disclosed, deal.CompanyKey) : null))
        {
            _problems.Add("the best-funded company of the period is not what the claim says");
        }

        if (round.Lead is not { } lead)
        {
            return;
        }

        foreach (var shown in new[] { lead.Company, format.Money(lead.Amount), format.Pct(lead.Share) })
        {
            if (!claim.Headline.Contains(shown, StringComparison.Ordinal))
            {
                _problems.Add($"the headline does not show {shown}");
            }
        }

        var summary = new List<string>();
        if (lead.Rounds > 1)
        {
            // The count as a phrase: a bare "2" is found in any year.
            summary.Add(language == ReportLanguage.Chinese ? $"{format.Int(lead.Rounds)}笔融资" : $"in {format.Int(lead.Rounds)} rounds");
            summary.Add(format.Money(round.Amount));
        }

        if (round.Leader is not null)
        {
            summary.AddRange([round.Company, format.Money(round.Amount), format.Pct(round.Share)]);
        }

        foreach (var shown in summary.Distinct(StringComparer.Ordinal))
        {
            if (!claim.Summary.Contains(shown, StringComparison.Ordinal))
            {
                _problems.Add($"the sentence under the headline does not show {shown}");
            }
        }
    }

    /// <summary>The claim's metric in one part of its scope's JSON, with the derived values rules read (undisclosed share, a keyed metric's maximum).</summary>
    private double? Read(string part, out bool known)
    {
        known = false;
        if (json.Part(claim.Scope, part) is not { } metrics)
        {
            return null;
        }

        if (claim.Metric == Vocabulary.UndisclosedShare)
        {
            known = true;
            return metrics.GetProperty("disclosed_share") is { ValueKind: JsonValueKind.Number } disclosed ? 1 - disclosed.GetDouble() : null;
        }

        if (!metrics.TryGetProperty(claim.Metric, out var element))
        {
            return null;
        }

        known = true;
        if (claim.Key is null)
        {
            return element.ValueKind == JsonValueKind.Number ? element.GetDouble() : null;
        }

        var values = element.EnumerateObject().ToDictionary(static p => p.Name, static p => p.Value.GetDouble(), StringComparer.Ordinal);
        return claim.Key switch
        {
            _ when values.TryGetValue(claim.Key, out var found) => found,
            "max" => values.Count == 0 ? null : values.Values.Max(),
            "min" => values.Count == 0 ? null : values.Values.Min(),
            _ => AbsentKey(claim.Metric, metrics, values.Count),
        };
    }

    /// <summary>A key absent from a keyed share is 0 when the scope has the base the share divides by.</summary>
    private static double? AbsentKey(string metric, JsonElement metrics, int keys)
    {
        var hasBase = metric switch
        {
            "investor_type_share" => keys > 0,
            _ when metric.Contains("value", StringComparison.Ordinal) => metrics.GetProperty("total_amount").GetDouble() > 0,
            _ => metrics.GetProperty("deal_count").GetInt32() > 0,
        };
        return MetricCatalog.Find(metric) is { IsShare: true } && hasBase ? 0 : null;
    }

    /// <summary>How the value may show: a share with one decimal, or more beside a threshold it would round onto.</summary>
    private string[] Shown(double? value) => claim.Unit switch
    {
        // A share of exactly everything or nothing may be said in words ("All the deals … were in Beijing", "None of the deals … disclosed an amount").
        ClaimUnit.Share when value == 1 => [format.Pct(value), language == ReportLanguage.Chinese ? "全部" : "All the"],
        ClaimUnit.Share when value == 0 => [format.Pct(value), language == ReportLanguage.Chinese ? "均未" : "None of the"],
        ClaimUnit.Share => [format.Pct(value), format.Pct(value, 2), format.Pct(value, 3), format.Pct(value, 4)],
        // An amount of nothing may be said in words ("The strategic sectors … raised no disclosed funding").
        ClaimUnit.Amount when value == 0 => [format.Money(value), language == ReportLanguage.Chinese ? "没有已披露金额的融资" : "no disclosed funding"],
        ClaimUnit.Amount => [format.Money(value)],
        ClaimUnit.Count => [format.Int(value)],
        _ => [format.Num(value, claim.Metric == "late_to_seed_median_ratio" ? 1 : 2)],
    };

    private static bool Same(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));
}
