namespace CapitalHealthReport.Rules;

/// <summary>
/// One rule of the catalog, as declared in a rule pack: the Roslyn <c>DiagnosticDescriptor</c> of this product
/// plus the conditions that decide when it fires.
/// </summary>
/// <param name="Id">Rule id, <c>CH</c> + four digits; the first digit names the category.</param>
/// <param name="Title">Short title (one line).</param>
/// <param name="Category">Category from the pack (<see cref="RuleCategories"/>).</param>
/// <param name="DefaultSeverity">Severity when the condition holds and no override applies.</param>
/// <param name="ScopeKind">Where the rule is judged: <c>period</c>, <c>sector</c>, <c>region</c>, <c>stage</c> or <c>investor_type</c>.</param>
/// <param name="When">Condition (RulesEngine lambda expression over Metrics, Prev, Yoy, Params, Scope).</param>
/// <param name="Escalate">Stricter conditions by severity name (<c>error</c> → expression).</param>
/// <param name="MinDeals">Scopes with fewer deals are not judged; null means <c>Params.MinDeals</c>.</param>
/// <param name="MessageTemplate">Message with <c>{{ metrics.x | pct }}</c> placeholders.</param>
/// <param name="Description">Why it matters, how it is measured and the threshold's source (Markdown).</param>
/// <param name="Tags">Free tags.</param>
/// <param name="HelpUri">Documentation page, <c>docs/rules/&lt;ID&gt;.md</c>.</param>
/// <param name="SourceFile">The rule pack that declares the rule.</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    string ScopeKind,
    string When,
    IReadOnlyDictionary<string, string> Escalate,
    int? MinDeals,
    string MessageTemplate,
    string Description,
    IReadOnlyList<string> Tags,
    string HelpUri,
    string SourceFile)
{
    /// <summary>
    /// The rule's threshold as data (<c>threshold:</c> in its pack), from which <see cref="When"/> and <see cref="Escalate"/>
    /// are built or against which they were checked; null for a rule whose condition is not a threshold on one metric.
    /// </summary>
    public RuleThreshold? Threshold { get; init; }
}

/// <summary>The scope kinds a rule can be judged over.</summary>
public static class ScopeKinds
{
    public const string Period = "period";
    public const string Sector = "sector";
    public const string Region = "region";
    public const string Stage = "stage";
    public const string InvestorType = "investor_type";

    public static IReadOnlyList<string> All { get; } = [Period, Sector, Region, Stage, InvestorType];
}
