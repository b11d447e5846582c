using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>What a claim states; decides how it is phrased and how the checker verifies it.</summary>
public enum ClaimKind
{
    /// <summary>A metric's value in a scope with its previous-period and year-ago values.</summary>
    Level,

    /// <summary>A <see cref="Level"/> whose change is large enough to make a headline.</summary>
    Movement,

    /// <summary>An active finding: the rule fired on the scope.</summary>
    Finding,

    /// <summary>A finding the configuration suppresses, named as accepted with its justification.</summary>
    Accepted,

    /// <summary>A rule judged the scope and did not fire: the indicator is within its threshold.</summary>
    WithinRange,

    /// <summary>One of the period's largest rounds, across all sectors.</summary>
    Round,

    /// <summary>Scopes with fewer deals than <c>min_deals</c>: too thin to judge.</summary>
    Thin,

    /// <summary>Something the data cannot say (no deals, no disclosed amount, no known investor type, no baseline).</summary>
    NoData,
}

/// <summary>Which way a value moved against a comparison, by the sign and size of the change.</summary>
public enum Direction
{
    /// <summary>No comparison value.</summary>
    None,

    Up,

    Down,

    /// <summary>Smaller than the "unchanged" tolerance (0.05 points for shares, 0.05 % for levels).</summary>
    Unchanged,
}

/// <summary>How a metric's value is shown and compared.</summary>
public enum ClaimUnit
{
    /// <summary>A fraction 0–1, shown as a percentage; changes in percentage points.</summary>
    Share,

    /// <summary>An amount in the reporting currency; changes in percent.</summary>
    Amount,

    /// <summary>A whole number (deals, companies, HHI); changes in percent.</summary>
    Count,

    /// <summary>A ratio or index with decimals (Gini, location quotient); changes in percent.</summary>
    Ratio,
}

/// <summary>
/// One round of the period: who raised it, where, at which stage, and its share of the period's value. <paramref name="Tied"/>
/// counts the period's rounds of exactly this amount (1 when no other round is as large); of tied rounds, the earliest is named.
/// </summary>
/// <remarks>
/// <paramref name="Rounds"/> counts the period's rounds with a disclosed amount and <paramref name="Deals"/> all its deals;
/// <paramref name="OneCompany"/> is true when every round with a disclosed amount is this company's.
/// <paramref name="Raiser"/> is the company's disclosed funding in the period (this round and any others it raised);
/// <paramref name="Leader"/>, for the largest round only, the best-funded company of the period when that is another
/// company (one that raised more in several smaller rounds), else null.
/// </remarks>
public sealed record RoundFacts(string Company, string Sector, string Region, string Stage, double Amount, double Share, DateOnly Date, int Tied = 1, int Rounds = 0, int Deals = 0, bool OneCompany = false, CompanyFacts? Raiser = null, CompanyFacts? Leader = null)
{
    /// <summary>True when this is the period's only round with a disclosed amount.</summary>
    public bool Only => Rounds == 1;

    /// <summary>
    /// The company the round's headline leads with, by its period total: the best-funded company when another company
    /// raised more (<see cref="Leader"/>), else the round's (<see cref="Raiser"/>); null when the headline names the round
    /// itself (the only round, one company's rounds, rounds tied in size).
    /// </summary>
    public CompanyFacts? Lead => Only || OneCompany || Tied > 1 ? null : Leader ?? Raiser;

    /// <summary>The companies of the rounds tied in size with this one, earliest first (this round's company first); empty when none is.</summary>
    public IReadOnlyList<string> TiedCompanies { get; init; } = [];

    /// <summary>
    /// True when the tied rounds are named by their companies: two or three rounds, each of another company. More rounds,
    /// or one company's rounds, are counted instead.
    /// </summary>
    public bool NamesTied => Tied is 2 or 3 && TiedCompanies.Count == Tied && TiedCompanies.Distinct(StringComparer.Ordinal).Count() == Tied;
}

/// <summary>
/// A company's disclosed funding in a period: its total, that total's share of the period's disclosed funding, and the
/// number of its rounds with a disclosed amount that make it up.
/// </summary>
public sealed record CompanyFacts(string Company, double Amount, double Share, int Rounds);

/// <summary>How many of a whole a share counts: <paramref name="Part"/> of <paramref name="Whole"/> (10 of the 12 active investors).</summary>
public sealed record PartOfWhole(int Part, int Whole);

/// <summary>A scope and its number of deals (for <see cref="ClaimKind.Thin"/> claims).</summary>
public sealed record ScopeCount(Scope Scope, string Key, int Deals);

/// <summary>
/// A typed fact the report states, computed once from the data and phrased by each language. Every number a
/// sentence shows is a field here, so the <see cref="ClaimChecker"/> can hold the sentence to the metrics and
/// findings it rests on.
/// </summary>
public sealed record Claim
{
    public required ClaimKind Kind { get; init; }

    /// <summary>The section it belongs to: <c>market</c>, <c>concentration</c>, <c>stages</c>, <c>sectors</c>, <c>regions</c>, <c>investors</c>, <c>findings</c>.</summary>
    public required string Section { get; init; }

    /// <summary>The metric (JSON name) the claim is about; for a round, <c>total_amount</c> (its share is of the period's value).</summary>
    public required string Metric { get; init; }

    /// <summary>The key of a keyed metric (<c>sector_value_share["Semiconductors"]</c>), else null.</summary>
    public string? Key { get; init; }

    public required Scope Scope { get; init; }

    public ClaimUnit Unit { get; init; } = ClaimUnit.Share;

    public double? Value { get; init; }

    /// <summary>The value in the previous period; null when the data does not cover it.</summary>
    public double? Previous { get; init; }

    /// <summary>The value a year earlier; null when the data does not cover it.</summary>
    public double? YearAgo { get; init; }

    /// <summary>
    /// True when the previous period's scope has fewer deals than <c>min_deals</c>: its figure is stated, but a move
    /// from a handful of deals (a region with two of three deals) does not make the claim lead the summary.
    /// </summary>
    public bool PreviousThin { get; init; }

    /// <summary>True when the year-earlier scope has fewer deals than <c>min_deals</c> (see <see cref="PreviousThin"/>).</summary>
    public bool YearAgoThin { get; init; }

    /// <summary>How far the value moved, in headline units, against the comparisons with enough deals to lead the summary.</summary>
    public double HeadlineSize => Math.Max(
        PreviousThin ? 0 : Directions.Magnitude(Value, Previous, Unit),
        YearAgoThin ? 0 : Directions.Magnitude(Value, YearAgo, Unit));

    public Direction VersusPrevious => Directions.Of(Value, Previous, Unit);

    public Direction VersusYearAgo => Directions.Of(Value, YearAgo, Unit);

    /// <summary>The rule the claim rests on (findings, accepted findings, indicators within range).</summary>
    public string? RuleId { get; init; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c> for findings.</summary>
    public string? Severity { get; init; }

    public double? Threshold { get; init; }

    /// <summary>The comparison the rule makes with <see cref="Threshold"/>: <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>.</summary>
    public string? Operator { get; init; }

    /// <summary>Why a suppressed finding is accepted.</summary>
    public string? Justification { get; init; }

    /// <summary>
    /// For a keyed share (a sector's share of value, a region's share of deals): true when the key had no deal in the
    /// scope, so its share is 0 because it is absent, not because it is small.
    /// </summary>
    public bool Absent { get; init; }

    /// <summary>For a top-region claim: the region the value belongs to.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// For a top-region claim: the other regions with exactly <see cref="Subject"/>'s share (ordinal order). In a tie no
    /// region leads: the sentence names them all.
    /// </summary>
    public IReadOnlyList<string> Tied { get; init; } = [];

    /// <summary>For a <see cref="ClaimKind.NoData"/> claim on a period the data covers only in part (<c>partial</c>): the last day it covers.</summary>
    public DateOnly? Through { get; init; }

    public RoundFacts? Round { get; init; }

    /// <summary>For <see cref="ClaimKind.Thin"/>: the scopes below <c>min_deals</c>.</summary>
    public IReadOnlyList<ScopeCount> Scopes { get; init; } = [];

    /// <summary>For <see cref="ClaimKind.NoData"/>: what is missing (<c>partial</c> for the days after the cut-off, <c>deals</c>, <c>amounts</c>, <c>investor_types</c>, <c>investors</c> when no deal names an investor, <c>regions</c> when no deal names a region, <c>sectors</c> when no deal names a sector, <c>unclassified_sectors</c> when every sector named is a label the taxonomy does not know, <c>baseline</c>, <c>government_funds</c>, <c>unclassified_investors</c> for government funds when no investor is of a known type, <c>untyped_investors</c> when some active investors are of a known type and others are not, <c>stages</c>, <c>hot_sector</c>).</summary>
    public string? Missing { get; init; }

    /// <summary>For a <see cref="ClaimKind.NoData"/> claim on <c>unclassified_sectors</c>: the period's sector labels the taxonomy does not know, most deals first.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>For a <see cref="ClaimKind.NoData"/> claim that counts what is missing (<c>untyped_investors</c>): how many of how many; <see cref="Value"/> is the share.</summary>
    public PartOfWhole? Counts { get; init; }

    /// <summary>
    /// True for a finding on a figure an earlier claim of the report already states (a second rule on the same share):
    /// its sentence names the rule and the value once more, without repeating the comparisons.
    /// </summary>
    public bool Restates { get; init; }

    /// <summary>How much it matters: findings by severity then distance past the threshold, movements by size. Headlines take the highest.</summary>
    public double Score { get; init; }

    /// <summary>The claim's place among the executive summary's 3–6 headlines (1 first); 0 when it is not one.</summary>
    public int HeadlineRank { get; init; }

    /// <summary>True for the claims the executive summary leads with.</summary>
    public bool IsHeadline => HeadlineRank > 0;

    /// <summary>The short headline in the report's language (bold in the summary).</summary>
    public string Headline { get; init; } = "";

    /// <summary>The sentence(s) in the report's language.</summary>
    public string Text { get; init; } = "";

    /// <summary>
    /// The sentence(s) the executive summary gives under <see cref="Headline"/>: what the headline leaves unsaid. The same
    /// as <see cref="Text"/> unless the headline states some of its figures (a round's company and its period total).
    /// </summary>
    public string Summary { get; init; } = "";

    /// <summary>The claim without its wording, as one line: what every language's edition must agree on.</summary>
    public string Facts => string.Join(
        '|',
        Kind,
        Section,
        Metric,
        Key,
        Scopes.Count > 0 ? string.Join(';', Scopes.Select(static s => s.Key + "=" + s.Deals.ToString(System.Globalization.CultureInfo.InvariantCulture))) : ScopeLabel,
        Number(Value),
        Number(Previous),
        Number(YearAgo),
        RuleId,
        Severity,
        Number(Threshold),
        Operator,
        Tied.Count > 0 ? Subject + ";tied " + string.Join(';', Tied) : Subject,
        Round is null ? "" : $"{Round.Company};{Round.Sector};{Round.Region};{Round.Stage};{Number(Round.Amount)};{Number(Round.Share)}{(Round.Tied > 1 ? ";tied " + Round.Tied.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}{Company(";raiser ", Round.Raiser)}{Company(";leader ", Round.Leader)}",
        Through is { } through ? Missing + ";" + through.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : Counts is { } counts ? $"{Missing};{counts.Part.ToString(System.Globalization.CultureInfo.InvariantCulture)} of {counts.Whole.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : Missing,
        HeadlineRank.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The scope as findings name it: <c>2025Q1</c> or <c>2025Q1/sector=AI</c>.</summary>
    public string ScopeLabel => Scope.Slice is null ? Scope.Period.Label : $"{Scope.Period.Label}/{Scope.Slice.Dimension}={Scope.Slice.Value}";

    private static string Company(string label, CompanyFacts? company) =>
        company is null ? "" : $"{label}{company.Company};{Number(company.Amount)};{Number(company.Share)};{company.Rounds.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string Number(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
