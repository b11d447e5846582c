using System.Globalization;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Model;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Reporting.Narrative;

/// <summary>What phrasing a claim needs besides the claim: formats and names in the language, the parameters, and the rules' titles.</summary>
/// <param name="Format">Numbers, amounts, changes and periods in the language.</param>
/// <param name="Names">Display names of sectors, regions and scopes in the language.</param>
/// <param name="Parameters">The analysis parameters (hot sector, strategic sectors, minimum deals).</param>
/// <param name="RuleTitle">A rule's title in the language, or null when the rule pack has none in it.</param>
/// <param name="RuleCondition">A rule's condition for a severity as a clause in the language ("the hot-sector share of value rises by at least 5 percentage points from a year earlier"), or null without a threshold.</param>
/// <param name="MegaRoundInReporting">The mega-round size in the reporting currency at the rate of the report period's year, when that currency is not the dollar and the period lies in one year; null otherwise.</param>
public sealed record PhraseContext(NarrativeFormatter Format, DisplayNames Names, MetricParameters Parameters, Func<string, string?> RuleTitle, Func<string, string, string?> RuleCondition, double? MegaRoundInReporting = null);

/// <summary>
/// Phrases claims in one language: a short headline and the sentence(s). Every number comes from the claim through
/// the language's formatter, and every direction word from the sign and size of the claim's change
/// (<see cref="NarrativeFormatter.Change"/>), so a sentence cannot say more than its claim.
/// </summary>
public abstract class ClaimPhrasebook
{
    protected ClaimPhrasebook(PhraseContext context)
    {
        Context = context;
    }

    protected PhraseContext Context { get; }

    protected NarrativeFormatter Format => Context.Format;

    protected DisplayNames Names => Context.Names;

    public static ClaimPhrasebook For(ReportLanguage language, PhraseContext context) =>
        language == ReportLanguage.Chinese ? new ChinesePhrasebook(context) : new EnglishPhrasebook(context);

    /// <summary>The claim with its headline and text in this language.</summary>
    public Claim Phrase(Claim claim)
    {
        var text = Text(claim);
        return claim with { Headline = Headline(claim), Text = text, Summary = Summary(claim) ?? text };
    }

    protected abstract string Headline(Claim claim);

    protected abstract string Text(Claim claim);

    /// <summary>
    /// The sentence under the claim's headline in the summary when it is not <see cref="Text"/>; null when it is. Only a
    /// round's headline says what its text would repeat: a company's total (<see cref="RoundSummary"/>) or rounds tied
    /// in size (<see cref="TiedSummary"/>).
    /// </summary>
    private string? Summary(Claim claim) => claim.Kind != ClaimKind.Round ? null
        : claim.Round!.Lead is { } lead ? RoundSummary(claim, lead)
        : claim.Round.Tied > 1 ? TiedSummary(claim)
        : null;

    /// <summary>What the headline of a company's total leaves unsaid: which round it came from, or the period's largest.</summary>
    protected abstract string RoundSummary(Claim claim, CompanyFacts lead);

    /// <summary>What the headline of rounds tied in size leaves unsaid: their place in the period, and which came first.</summary>
    protected abstract string TiedSummary(Claim claim);

    /// <summary>A value of the claim's unit as the reader sees it: 30.4%, 11.5 bn CNY, 1,065, 2.35.</summary>
    public string ValueText(Claim claim, double? value) => claim.Unit switch
    {
        ClaimUnit.Share => Format.Pct(value),
        ClaimUnit.Amount => Format.Money(value),
        ClaimUnit.Count => Format.Int(value),
        _ => Format.Num(value, claim.Metric == "late_to_seed_median_ratio" ? 1 : 2),
    };

    /// <summary>A threshold as the reader sees it: whole percentages without decimals (60%), others like values.</summary>
    public string ThresholdText(Claim claim) => claim.Unit == ClaimUnit.Share && claim.Threshold is { } t && Math.Abs((t * 100) - Math.Round(t * 100)) < 1e-9
        ? Format.Pct(t, 0)
        : ValueText(claim, claim.Threshold);

    /// <summary>The change phrases against the comparisons the claim has: "up 5.2 points from Q4 2024".</summary>
    public IReadOnlyList<string> Changes(Claim claim)
    {
        var kind = claim.Unit == ClaimUnit.Share ? "share" : "level";
        var changes = new List<string>();
        if (claim.Previous is not null)
        {
            changes.Add(Format.Change(claim.Value, claim.Previous, Format.PeriodLabel(claim.Scope.Period.Previous()), kind));
        }

        if (claim.YearAgo is not null)
        {
            changes.Add(Format.Change(claim.Value, claim.YearAgo, Format.PeriodLabel(claim.Scope.Period.YearAgo()), kind));
        }

        return changes;
    }

    /// <summary>The direction a headline names: against the comparison that moved most (the previous period on a tie).</summary>
    public static Direction HeadlineDirection(Claim claim) => HeadlineAgainstPrevious(claim) ? claim.VersusPrevious : claim.VersusYearAgo;

    /// <summary>
    /// True when a movement headline compares with the previous period, false when with the year before: the one that
    /// moved most among those with enough deals to lead (<see cref="Claim.PreviousThin"/>).
    /// </summary>
    public static bool HeadlineAgainstPrevious(Claim claim)
    {
        var previous = claim.PreviousThin ? 0 : Directions.Magnitude(claim.Value, claim.Previous, claim.Unit);
        var yearAgo = claim.YearAgoThin ? 0 : Directions.Magnitude(claim.Value, claim.YearAgo, claim.Unit);
        return claim.Previous is not null && (previous > yearAgo || (previous == yearAgo && (!claim.PreviousThin || claim.YearAgoThin)));
    }

    /// <summary>The comparison a movement headline names: its value as shown and its period's name.</summary>
    protected (string Value, string Period) HeadlineComparison(Claim claim) => HeadlineAgainstPrevious(claim)
        ? (ValueText(claim, claim.Previous), PeriodName(claim.Scope.Period.Previous()))
        : (ValueText(claim, claim.YearAgo), PeriodName(claim.Scope.Period.YearAgo()));

    /// <summary>The claim's value; a share beside its threshold gets the decimals that tell them apart.</summary>
    protected string Value(Claim claim) => claim.Unit == ClaimUnit.Share && claim.Threshold is not null
        ? Format.PctBeside(claim.Value, claim.Threshold)
        : ValueText(claim, claim.Value);

    /// <summary>Movement-sized claims (a movement, or an indicator within range that moved as much) get a movement headline.</summary>
    public static bool IsMovementSized(Claim claim) => claim.Kind == ClaimKind.Movement || (claim.Kind == ClaimKind.WithinRange && claim.Score >= 1);

    /// <summary>A possessive: "AI's", "Semiconductors'".</summary>
    protected static string Possessive(string name) => EnglishPossessive.Of(name);

    protected string PeriodName(Claim claim) => Format.PeriodLabel(claim.Scope.Period);

    protected string PeriodName(Period period) => Format.PeriodLabel(period);

    /// <summary>The claim's slice as a sentence names it (the hot sector for hot-sector claims), or null for the whole market.</summary>
    protected string? SliceName(Claim claim) => claim.Scope.Slice is { } slice
        ? slice.Dimension switch
        {
            SliceDimensions.Sector => Names.SectorInProse(slice.Value),
            SliceDimensions.Region => Names.Region(slice.Value),
            SliceDimensions.Stage => Vocabulary.StageName(slice.Value, Format.Language),
            _ => Names.InvestorType(slice.Value),
        }
        : null;

    /// <summary>True when the claim's slice is the catch-all sector, which a sentence names as a group ("other sectors").</summary>
    protected static bool SliceIsGroup(Claim claim) => claim.Scope.Slice is { Dimension: SliceDimensions.Sector } slice && DisplayNames.IsSectorGroup(slice.Value);

    /// <summary>A sector as a sentence names it ("AI", "other sectors"; "人工智能", "其他行业"); the hot sector when null.</summary>
    protected string SectorName(string? sector) => Names.SectorInProse(sector ?? Context.Parameters.HotSector);

    /// <summary>A region as a sentence names it; a language whose sentences change a place's name (English articles) says how.</summary>
    protected virtual string RegionName(string? region) => Names.Region(region ?? "");

    /// <summary>For a period the data covers in part: how many of its days the data covers, and how many it has.</summary>
    protected static (int Covered, int Days) CoveredDays(Period period, DateOnly through) =>
        (through.DayNumber - period.Start.DayNumber + 1, period.End.DayNumber - period.Start.DayNumber + 1);

    /// <summary>A top-region claim's region and those tied with it, each named, joined as the language lists them ("A, B and C"; "A、B和C").</summary>
    protected string TiedRegions(Claim claim, string separator, string last) =>
        Join(claim.Tied.Prepend(claim.Subject ?? "").Order(StringComparer.Ordinal).Select(RegionName).ToList(), separator, last);

    /// <summary>The companies of rounds tied in size, earliest first, joined as the language lists them ("A and B"; "A和B").</summary>
    protected static string TiedCompanies(RoundFacts round, string separator, string last) => Join([.. round.TiedCompanies], separator, last);

    /// <summary>How many sector labels the taxonomy does not know a sentence names before saying how many more there are.</summary>
    protected const int LabelsNamed = 3;

    /// <summary>The first <see cref="LabelsNamed"/> labels of an <c>unclassified_sectors</c> claim as written, joined as the language lists them.</summary>
    protected static string NamedLabels(Claim claim, string separator, string last) =>
        claim.Labels.Count > LabelsNamed ? string.Join(separator, claim.Labels.Take(LabelsNamed)) : Join([.. claim.Labels], separator, last);

    private static string Join(List<string> names, string separator, string last) =>
        names.Count < 2 ? string.Concat(names) : string.Join(separator, names.Take(names.Count - 1)) + last + names[^1];

    protected string HotName => Names.Sector(Context.Parameters.HotSector);

    protected string MinDeals => Context.Parameters.MinDeals.ToString("N0", CultureInfo.InvariantCulture);

    protected string MegaRound => MegaRoundText(Format, Context.Parameters, Context.MegaRoundInReporting);

    /// <summary>
    /// The mega-round size as the report states it: in dollars, as the parameter is set (as rule messages state it), with
    /// its value in the reporting currency beside it when that is another ("100 M USD (88.6 M EUR)"; "1亿美元（7.2亿元）").
    /// </summary>
    public static string MegaRoundText(NarrativeFormatter format, MetricParameters parameters, double? inReporting)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(parameters);
        var usd = Reference.MoneyText.AsSet((double)parameters.MegaRoundUsd, "USD", format.Language == ReportLanguage.Chinese);
        return inReporting is not { } local ? usd
            : format.Language == ReportLanguage.Chinese ? $"{usd}（{format.Money(local)}）"
            : $"{usd} ({format.Money(local)})";
    }

    protected string StrategicList(string separator) => string.Join(separator, Context.Parameters.StrategicSectors.Select(Names.Sector));

    /// <summary>A round's stage for prose, or null when it is not a financing round stage (Other, Unknown, …).</summary>
    protected string? RoundStage(string stage) => stage is "Angel" or "Seed" or "PreA" or "A" or "B" or "C" or "D" or "EPlus" or "PreIPO" or "Strategic" or "PE"
        ? Vocabulary.StageName(stage, Format.Language)
        : null;
}
