using System.Globalization;
using CapitalHealthReport.Reporting.Model;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Reporting.Narrative;

/// <summary>Claims in English: plain sentences, severity in words with the rule id as a reference.</summary>
public sealed class EnglishPhrasebook(PhraseContext context) : ClaimPhrasebook(context)
{
    protected override string Headline(Claim claim) => claim.Kind switch
    {
        ClaimKind.Finding => Title(claim),
        ClaimKind.Accepted => "Accepted: " + LowerFirst(Title(claim)),
        _ when IsMovementSized(claim) => $"{UpperFirst(Noun(claim))} {PhraseWords.HeadlineVerb(ReportLanguage.English, HeadlineDirection(claim))} {Value(claim)}, from {HeadlineComparison(claim).Value} in {HeadlineComparison(claim).Period}",
        // One round (or one company's rounds) is all the disclosed funding: the headline names that, the sentence gives the round.
        ClaimKind.Round when claim.Round!.Only => claim.Round.Deals > 1 ? "A single round with a disclosed amount" : "A single round",
        ClaimKind.Round when claim.Round!.OneCompany => $"All disclosed funding went to {claim.Round.Company}",
        // A company's period total leads; the sentence below says which round it holds (or whose round was the largest).
        ClaimKind.Round when claim.Round!.Lead is { } lead => $"{lead.Company} raised {Format.Money(lead.Amount)}, {Format.Pct(lead.Share)} of the period's disclosed funding",
        ClaimKind.Round when claim.Round!.NamesTied => $"{TiedCompanies(claim.Round, ", ", " and ")} raised {Format.Money(claim.Round.Amount)} each, {Format.Pct(claim.Round.Share)} of the period's disclosed funding each",
        ClaimKind.Round when claim.Round!.Tied > 1 => $"{Format.Int(claim.Round.Tied)} rounds of {Format.Money(claim.Round.Amount)} each, {Format.Pct(claim.Round.Share)} of the period's disclosed funding each",
        ClaimKind.Round => $"{claim.Round!.Company} raised {Format.Money(claim.Round.Amount)}, {Format.Pct(claim.Round.Share)} of the period's disclosed funding",
        ClaimKind.WithinRange => $"{UpperFirst(Noun(claim))} within range at {Value(claim)}",
        ClaimKind.Thin => claim.Scopes is [{ Scope.Slice: null }] ? "Too few deals to judge" : "Some scopes are too thin to judge",
        ClaimKind.NoData => claim.Missing switch
        {
            "partial" => $"Only part of {PeriodName(claim)} is covered",
            "amounts" => "No disclosed amounts",
            "previous" => "No previous period in the data",
            "year_ago" => "No year-earlier data",
            "hot_sector" => $"No {HotName} deals",
            _ => "Not measurable",
        },
        _ => $"{UpperFirst(Noun(claim))}: {Value(claim)}",
    };

    protected override string Text(Claim claim) => claim.Kind switch
    {
        ClaimKind.Round => RoundText(claim),
        ClaimKind.Thin => ThinText(claim),
        ClaimKind.NoData => NoDataText(claim),
        ClaimKind.Finding or ClaimKind.Accepted when claim.Metric.Length == 0 || claim.Value is null =>
            $"Rule {claim.RuleId} reports {Severity(claim)} for {Names.Scope(claim.Scope, Format)}: {LowerFirst(Title(claim))}.{(claim.Kind == ClaimKind.Accepted ? $" The configuration accepts it: {claim.Justification}" : "")}",
        ClaimKind.Finding when claim.Restates => Context.RuleCondition(claim.RuleId!, claim.Severity ?? "") is { } condition
            ? $"Rule {claim.RuleId} reports {Severity(claim)} on {RestatedNoun(claim)} ({Value(claim)}): it fires when {condition}."
            : $"Rule {claim.RuleId} ({LowerFirst(Title(claim))}) reports {Severity(claim)} on {RestatedNoun(claim)} ({Value(claim)}).",
        ClaimKind.Finding or ClaimKind.Accepted or ClaimKind.WithinRange => $"{Statement(claim)} {RuleText(claim)}",
        _ => Statement(claim),
    };

    /// <summary>What the headline of tied rounds leaves unsaid: that they are the period's largest, and which came first.</summary>
    protected override string TiedSummary(Claim claim)
    {
        var round = claim.Round!;
        var who = round.NamesTied ? "Their rounds were" : "They were";
        return $"{who} the {RoundPlace(claim.Key)} of {PeriodName(claim)}; the {Earliest(round)} was {Possessive(round.Company)} {RoundWhat(round)}.";
    }

    /// <summary>"earlier" of two rounds, "earliest" of more.</summary>
    private static string Earliest(RoundFacts round) => round.Tied == 2 ? "earlier" : "earliest";

    /// <summary>
    /// What a round's headline leaves unsaid: which of the company's rounds the round is and how it ranks, or, when the
    /// best-funded company is another than the largest round's, whose round that was.
    /// </summary>
    protected override string RoundSummary(Claim claim, CompanyFacts lead)
    {
        var round = claim.Round!;
        var p = PeriodName(claim);
        var rounds = $"It raised that in {Format.Int(lead.Rounds)} rounds";
        if (round.Leader is not null)
        {
            return $"{(lead.Rounds > 1 ? rounds + "; the" : "The")} largest single round of {p} was another company's: {Possessive(round.Company)} {Format.Money(round.Amount)} {RoundWhat(round)}, {Format.Pct(round.Share)} of all disclosed funding.";
        }

        var place = RoundPlace(claim.Key);
        if (lead.Rounds == 1)
        {
            return $"Its {RoundWhat(round)} was the {place} of {p}.";
        }

        return claim.Key == "1"
            ? $"{rounds}; the {(lead.Rounds == 2 ? "larger" : "largest of them")}, a {Format.Money(round.Amount)} {RoundWhat(round)}, was the {place} of {p}."
            : $"{rounds}, among them the {place} of {p}: a {Format.Money(round.Amount)} {RoundWhat(round)}.";
    }

    /// <summary>A round as a sentence names it after its amount: "Series D round in Semiconductors (Zhejiang)".</summary>
    private string RoundWhat(RoundFacts round)
    {
        var stage = RoundStage(round.Stage) is { } s ? s + " " : "";
        var region = round.Region == Metrics.Slice.UnknownValue ? "" : $" ({RegionName(round.Region)})";
        return $"{stage}round{RoundSector(round.Sector)}{region}";
    }

    private static string RoundPlace(string? key) => key switch
    {
        "1" => "largest",
        "2" => "second-largest",
        "3" => "third-largest",
        _ => "large",
    };

    /// <summary>The claim's value with its comparisons: "X took 30.4% of disclosed funding in Q1 2025, up 26.7 points from Q4 2024."</summary>
    private string Statement(Claim claim)
    {
        var changes = Changes(claim);
        return changes.Count == 0 ? Core(claim) + "." : $"{Core(claim)}, {string.Join(" and ", changes)}.";
    }

    private string Core(Claim claim)
    {
        var v = Value(claim);
        var p = PeriodName(claim);
        var slice = SliceName(claim);
        return claim.Metric switch
        {
            "deal_count" => $"There {(claim.Value == 1 ? "was" : "were")} {v} {Sliced(claim, DealWord(claim.Value))} in {p}",
            "total_amount" => $"Disclosed funding totalled {v} in {p}",
            "disclosed_share" when claim.Value == 0 => $"None of the deals in {p} disclosed an amount",
            "disclosed_share" => $"{v} of the deals in {p} disclosed an amount",
            Vocabulary.UndisclosedShare when claim.Value == 1 => $"All the deals in {p} had no disclosed amount",
            Vocabulary.UndisclosedShare => $"{v} of the deals in {p} had no disclosed amount",
            "hhi" when slice is null => $"The Herfindahl–Hirschman index (HHI) of company funding was {v} across all sectors in {p}",
            "hhi" => $"The HHI of {Sliced(claim, "funding")} was {v} in {p}",
            "top_quintile_share" when slice is null => $"The top fifth of funded companies took {v} of disclosed capital in {p}",
            "top_quintile_share" => $"The top fifth of funded {Sliced(claim, "companies")} took {v} of {TheSectors(claim)} disclosed capital in {p}",
            "cr4" when slice is null => $"The four best-funded companies took {v} of disclosed capital in {p}",
            "cr4" => $"The four best-funded {Sliced(claim, "companies")} took {v} of {TheSectors(claim)} disclosed capital in {p}",
            "gini" => $"The Gini coefficient of company funding{In(slice)} was {v} in {p}",
            "mega_round_share" => $"Rounds of {MegaRound} or more took {v} of disclosed capital{In(slice)} in {p}",
            "early_count_share" when claim.Value == 0 => $"None of the deals with a known stage in {p} were early rounds (angel to Series A)",
            "early_count_share" => $"Early rounds (angel to Series A) were {v} of the deals with a known stage in {p}",
            "seed_angel_count_share" when claim.Value == 0 => $"None of the deals with a known stage in {p} were seed or angel rounds",
            "seed_angel_count_share" => $"Seed and angel rounds were {v} of the deals with a known stage in {p}",
            "late_value_share" => $"Late rounds (Series C and later) took {v} of the value of deals with a known stage in {p}",
            "late_to_seed_median_ratio" => $"The median late round was {v} times the median seed round in {p}",
            "hot_sector_value_share" => $"{HotName} took {v} of disclosed funding in {p}",
            "sector_value_share" when claim.Absent => $"{UpperFirst(SectorName(claim.Key))} had no deals in {p}: its share of disclosed funding was {v}",
            "sector_value_share" => $"{UpperFirst(SectorName(claim.Key))} took {v} of disclosed funding in {p}",
            "sector_count_share" => $"{UpperFirst(SectorName(claim.Key))} accounted for {v} of the deals in {p}",
            "strategic_sectors_amount" when claim.Value == 0 => $"The strategic sectors ({StrategicList(", ")}) raised no disclosed funding in {p}",
            "strategic_sectors_amount" => $"The strategic sectors ({StrategicList(", ")}) raised {v} in {p}",
            "top_region_count_share" when claim.Tied.Count > 0 && slice is null => $"{UpperFirst(TiedRegions(claim, ", ", " and "))} tied for the most deals in {p}, {v} each",
            "top_region_count_share" when claim.Tied.Count > 0 => $"{UpperFirst(TiedRegions(claim, ", ", " and "))} tied for the most {Sliced(claim, "deals")} in {p}, {v} of {TheSectors(claim)} deals each",
            "top_region_count_share" when claim.Value == 1 && slice is null => $"All the deals in {p} were in {RegionName(claim.Subject)}",
            "top_region_count_share" when claim.Value == 1 => $"All the {Sliced(claim, "deals")} in {p} were in {RegionName(claim.Subject)}",
            "top_region_count_share" when slice is null => $"{UpperFirst(RegionName(claim.Subject))} led with {v} of the deals in {p}",
            "top_region_count_share" => $"{UpperFirst(RegionName(claim.Subject))} led {slice} with {v} of {TheSectors(claim)} deals in {p}",
            "region_count_share" when claim.Absent => $"{UpperFirst(RegionName(claim.Key))} had no deals in {p}: its share of deals was {v}",
            "region_count_share" => $"{UpperFirst(RegionName(claim.Key))} hosted {v} of the deals in {p}",
            "region_value_share" => $"{UpperFirst(RegionName(claim.Key))} took {v} of disclosed funding in {p}",
            "location_quotient" => $"The highest location quotient{(slice is null ? "" : " of " + Sliced(claim, "deals"))} was {v} in {p}",
            "local_fund_home_bias" => $"Of the deals with a local government fund whose home region is known, {v} went to companies in the fund's own region in {p}",
            "cvc_active_share" => $"Corporate venture investors were {v} of the investors with at least three deals in {p}",
            "investor_type_share" => $"{InvestorTypes(claim.Key)} were {v} of the investors that made a deal in {p}",
            "seed_disclosed_count" when slice is null => $"{Counted(claim, "seed round", "seed rounds")} disclosed an amount in {p}",
            "late_disclosed_count" when slice is null => $"{Counted(claim, "late round", "late rounds")} (Series C and later) disclosed an amount in {p}",
            "active_investor_count" when slice is null => $"{Counted(claim, "investor", "investors")} made a deal in {p}",
            "repeat_investor_count" when slice is null => $"{Counted(claim, "investor", "investors")} made three or more deals in {p}",
            _ => $"{Vocabulary.MetricName(claim.Metric, Format.Language)} was {v} in {Names.Scope(claim.Scope, Format)}",
        };
    }

    /// <summary>A count as the subject of a sentence, in figures as every claim gives its value: "1 investor", "8 seed rounds".</summary>
    private string Counted(Claim claim, string one, string many) => $"{Value(claim)} {(claim.Value == 1 ? one : many)}";

    private string CoveredDays(Claim claim)
    {
        var (covered, days) = CoveredDays(claim.Scope.Period, claim.Through!.Value);
        return $"{Format.Int(covered)} of the {Format.Int(days)} days of {PeriodName(claim)}";
    }

    private static string Severity(Claim claim) => claim.Severity switch
    {
        "error" => "a serious finding",
        "warning" => "a moderate finding",
        _ => "an informational finding",
    };

    private string RuleText(Claim claim)
    {
        var severity = Severity(claim);
        var line = claim.Operator is "<" or "<=" ? "floor" : "threshold";
        var side = claim.Operator is "<" or "<=" ? "below" : "above";
        return claim.Kind switch
        {
            ClaimKind.WithinRange => $"That is within the range of rule {claim.RuleId}, which reports a finding {side} {ThresholdText(claim)}.",
            ClaimKind.Accepted when claim.Threshold is not null =>
                $"That is {side} the {ThresholdText(claim)} {line} of rule {claim.RuleId}, a finding the configuration accepts: {claim.Justification}",
            ClaimKind.Accepted => $"Rule {claim.RuleId} reports this; the configuration accepts it: {claim.Justification}",
            // "below the 70% floor of rule CH9001", but "below rule CH9002's floor of 20" (a bare number is not an adjective).
            _ when claim.Threshold is not null && claim.Unit is ClaimUnit.Count => $"That is {side} rule {claim.RuleId}'s {line} of {ThresholdText(claim)}: {severity}.",
            _ when claim.Threshold is not null => $"That is {side} the {ThresholdText(claim)} {line} of rule {claim.RuleId}: {severity}.",
            _ when Context.RuleCondition(claim.RuleId!, claim.Severity ?? "") is { } condition => $"Rule {claim.RuleId} reports this as {severity}: it fires when {condition}.",
            _ => $"Rule {claim.RuleId} ({LowerFirst(Title(claim))}) reports this as {severity}.",
        };
    }

    private string RoundText(Claim claim)
    {
        var round = claim.Round!;
        var (rank, place) = claim.Key switch
        {
            "1" => ("The largest round", "largest"),
            "2" => ("The second-largest round", "second-largest"),
            "3" => ("The third-largest round", "third-largest"),
            _ => ("A large round", "large"),
        };
        var stage = RoundStage(round.Stage) is { } s ? s + " " : "";
        var region = round.Region == Metrics.Slice.UnknownValue ? "" : $" ({RegionName(round.Region)})";
        if (round.Tied > 1)
        {
            // Rounds of the same size: none of them is "the largest"; name their companies (or say how many), and the earliest.
            if (round.NamesTied)
            {
                return $"{TiedCompanies(round, ", ", " and ")} raised the {place} rounds of {PeriodName(claim)}, {Format.Money(round.Amount)} each and each {Format.Pct(round.Share)} of all disclosed funding; the {Earliest(round)} was {Possessive(round.Company)} {stage}round{RoundSector(round.Sector)}{region}.";
            }

            return $"{Format.Int(round.Tied)} rounds of {Format.Money(round.Amount)} each were the {place} of {PeriodName(claim)}, each {Format.Pct(round.Share)} of all disclosed funding; the earliest was {Possessive(round.Company)} {stage}round{RoundSector(round.Sector)}{region}.";
        }

        if (round.Only)
        {
            var only = round.Deals > 1 ? $"The only round of {PeriodName(claim)} with a disclosed amount" : $"The only round of {PeriodName(claim)}";
            return $"{only} was {Possessive(round.Company)} {Format.Money(round.Amount)} {stage}round{RoundSector(round.Sector)}{region}.";
        }

        return $"{rank} of {PeriodName(claim)} was {Possessive(round.Company)} {Format.Money(round.Amount)} {stage}round{RoundSector(round.Sector)}{region}, {Format.Pct(round.Share)} of all disclosed funding.";
    }

    /// <summary>Where a round's company is: " in AI", " in one of the other sectors"; nothing for a deal without a sector.</summary>
    private string RoundSector(string sector) =>
        sector == Metrics.Slice.UnknownValue ? "" : DisplayNames.IsSectorGroup(sector) ? " in one of the " + SectorName(sector) : " in " + SectorName(sector);

    /// <summary>"1 deal", "15 deals".</summary>
    private string Deals(int count) => $"{Format.Int(count)} {DealWord(count)}";

    private static string DealWord(double? count) => count == 1 ? "deal" : "deals";

    private string ThinText(Claim claim)
    {
        var p = PeriodName(claim);
        if (claim.Section == ClaimSections.Market)
        {
            return $"With {Deals(claim.Scopes[0].Deals)}, {p} is too thin to judge: the rules need at least {MinDeals} deals to judge the market, so this report gives the figures without judging them (the data-coverage rules still describe the data).";
        }

        if (claim.Scopes is [{ Scope.Slice: null } market])
        {
            var what = claim.Section switch
            {
                ClaimSections.Concentration => "the concentration of capital",
                ClaimSections.Stages => "the stage mix",
                ClaimSections.Sectors => "the sector mix",
                ClaimSections.Regions => Names.Places.Mix(ReportLanguage.English),
                _ => "the investor mix",
            };
            return $"With {Deals(market.Deals)} in {p}, {what} is too thin to judge: the report gives its figures without judging them.";
        }

        if (claim.Scopes is [var single])
        {
            return $"{UpperFirst(SectorName(single.Key))} had only {Deals(single.Deals)} in {p}, fewer than the {MinDeals} needed to judge {(DisplayNames.IsSectorGroup(single.Key) ? "them" : "it")}.";
        }

        var list = UpperFirst(string.Join(", ", claim.Scopes.Select((s, i) => i == 0 ? $"{SectorName(s.Key)} ({Deals(s.Deals)})" : $"{SectorName(s.Key)} ({Format.Int(s.Deals)})")));
        return $"{list} each had fewer than the {MinDeals} deals needed to judge a sector in {p}; the report does not judge them.";
    }

    private string NoDataText(Claim claim)
    {
        var p = PeriodName(claim);
        return claim.Missing switch
        {
            "partial" => $"The data counts deals up to {Format.Date(claim.Through)}, {CoveredDays(claim)}: the deal counts and amounts of this report are of that part of the period and are not compared with whole periods (shares are).",
            "amounts" when claim.Scope.Slice is null => $"No deal in {p} disclosed an amount, so value, concentration and round-size measures cannot be computed.",
            "amounts" => $"No {Sliced(claim, "deal")} in {p} disclosed an amount, so {TheSectors(claim)} concentration cannot be measured.",
            "previous" => $"The data holds no deals for {PeriodName(claim.Scope.Period.Previous())}, so there is no comparison with the previous period.",
            "year_ago" => $"The data holds no deals for {PeriodName(claim.Scope.Period.YearAgo())}, so there is no comparison with a year earlier.",
            "stages" => $"No deal in {p} has a known stage, so the stage mix cannot be measured.",
            "investors" when claim.Section == ClaimSections.Regions => $"No deal in {p} names an investor, so local-fund home bias cannot be measured.",
            "investors" => $"No deal in {p} names an investor, so the investor mix cannot be measured.",
            "sectors" => $"No deal in {p} names a sector, so the sector mix, {HotName}'s share and the strategic sectors' funding cannot be measured.",
            "unclassified_sectors" => $"No deal in {p} has a sector the sector taxonomy knows (its sectors are written {NamedLabels(claim, ", ", " and ")}{(claim.Labels.Count > LabelsNamed ? $" and {Format.Int(claim.Labels.Count - LabelsNamed)} more" : "")}), so {HotName}'s share and the strategic sectors' funding cannot be measured. Mapping the labels onto the taxonomy's sectors under sectors: in a mapping file makes them measurable.",
            "regions" => $"No deal in {p} names a {Names.Places.One(ReportLanguage.English)}, so {Names.Places.Mix(ReportLanguage.English)}, location quotients and local-fund home bias cannot be measured.",
            "investor_types" => $"No investor active in {p} is of a known type, so the investor mix cannot be measured.",
            "government_funds" => $"No deal in {p} had a local government fund with a known home region, so local-fund home bias cannot be measured.",
            "unclassified_investors" => $"No investor active in {p} is of a known type (the investor directory lists none of them), so local-fund home bias cannot be measured.",
            "untyped_investors" => $"The investor directory gives no type for {Format.Int(claim.Counts!.Part)} of the {Format.Int(claim.Counts.Whole)} investors active in {p} ({Format.Pct(claim.Value)}): the type shares below count them as of unknown type, so each type's true share may be higher.",
            "baseline" => $"No {Names.Places.One(ReportLanguage.English)} of {p} has a baseline weight, so location quotients cannot be computed.",
            "hot_sector" => $"There were no {HotName} deals in {p}.",
            _ => $"The data for {p} cannot support this measure.",
        };
    }

    private string Noun(Claim claim)
    {
        var slice = SliceName(claim);
        return claim.Metric switch
        {
            "deal_count" => "deals",
            "total_amount" => "disclosed funding",
            "hhi" when slice is null => "market-wide HHI",
            "hhi" => Sliced(claim, "HHI"),
            "top_quintile_share" when slice is null => "the top fifth's share of capital",
            "top_quintile_share" => $"the top fifth's share of {Sliced(claim, "capital")}",
            "hot_sector_value_share" => $"{Possessive(HotName)} share of funding",
            "sector_value_share" => $"{Possessive(SectorName(claim.Key))} share of funding",
            "sector_count_share" => $"{Possessive(SectorName(claim.Key))} share of deals",
            "region_count_share" => $"{Possessive(RegionName(claim.Key))} share of deals",
            "top_region_count_share" when claim.Tied.Count > 0 => $"the leading {Names.Places.Many(ReportLanguage.English)}' share of {Sliced(claim, "deals")}",
            "top_region_count_share" => $"{Possessive(RegionName(claim.Subject))} share of {Sliced(claim, "deals")}",
            "early_count_share" => "the early-stage share of deals",
            "seed_angel_count_share" => "the seed and angel share of deals",
            "late_value_share" => "the late-stage share of value",
            _ => Vocabulary.MetricName(claim.Metric, Format.Language),
        };
    }

    /// <summary>What a restated finding is about: a deal count names its slice ("the number of AI deals").</summary>
    private string RestatedNoun(Claim claim) =>
        claim.Metric == "deal_count" ? $"the number of {Sliced(claim, "deals")}" : Noun(claim);

    private string Title(Claim claim)
    {
        var title = claim.RuleId is { } id ? Context.RuleTitle(id) ?? id : Vocabulary.MetricName(claim.Metric, Format.Language);
        return SliceName(claim) is { } slice ? $"{title} ({slice})" : title;
    }

    private static string InvestorTypes(string? type) => type switch
    {
        "Government" => "Government funds",
        "Angel" => "Angel investors",
        "CVC" => "Corporate venture investors",
        "VC" => "Venture capital firms",
        "PE" => "Private equity firms",
        "Unknown" => "Investors of unknown type",
        _ => "Other investors",
    };

    /// <summary>A region in an English sentence: a country that takes the article gets it ("the Netherlands").</summary>
    protected override string RegionName(string? region) => EnglishPlaceNames.InSentence(base.RegionName(region));

    private static string In(string? slice) => slice is null ? "" : " in " + slice;

    /// <summary>
    /// A noun of the claim's slice: "AI deals", "Beijing funding"; "deals in other sectors" for the catch-all sector, which
    /// cannot stand before the noun; the noun alone for the whole market.
    /// </summary>
    private string Sliced(Claim claim, string noun) => SliceName(claim) is not { } slice ? noun : SliceIsGroup(claim) ? $"{noun} in {slice}" : $"{slice} {noun}";

    /// <summary>Whose capital or deals a share of the slice's is of: "the sector's", or "those sectors'" for the catch-all sector.</summary>
    private static string TheSectors(Claim claim) => SliceIsGroup(claim) ? "those sectors'" : "the sector's";

    private static string UpperFirst(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && (char.IsLower(text[1]) || text[1] == ' ') ? char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..] : text;
}
