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

    /// <summary>
    /// The condition in English when the pack states it in words (<c>condition_text:</c>), for conditions that are not a
    /// plain threshold; null otherwise.
    /// </summary>
    public string? ConditionText { get; init; }

    /// <summary>
    /// What a finding is about besides its scope (<c>about:</c>): slice dimension → the metric that names its value
    /// (<c>region</c> → <c>top_region</c>). Suppressions match these like the scope's slice.
    /// </summary>
    public IReadOnlyDictionary<string, string> About { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The rule's text in other languages (<c>title_zh-CN:</c>, …), keyed by language; a missing text falls back to English.</summary>
    public IReadOnlyDictionary<string, RuleText> Translations { get; init; } = RuleText.None;

    /// <summary>The title in <paramref name="language"/> (<c>en</c>, <c>zh-CN</c>), else in English.</summary>
    public string TitleIn(string? language) => Translation(language)?.Title ?? Title;

    /// <summary>The message template in <paramref name="language"/>, else in English.</summary>
    public string MessageTemplateIn(string? language) => Translation(language)?.Message ?? MessageTemplate;

    /// <summary>The description in <paramref name="language"/>, else in English.</summary>
    public string DescriptionIn(string? language) => Translation(language)?.Description ?? Description;

    /// <summary>
    /// The condition as a sentence for readers in <paramref name="language"/>: the pack's <c>condition_text</c> when it has
    /// one, else the threshold's sentence ("A warning when the HHI is above 1,500; an error when it is above 1,800."), else
    /// null (the condition is only the expression <see cref="When"/>). With <paramref name="parameters"/> a parameter in
    /// the threshold shows its value.
    /// </summary>
    public string? ConditionIn(string? language, Metrics.MetricParameters? parameters = null)
    {
        var text = RuleLanguages.Normalize(language) == RuleLanguages.English ? ConditionText : Translation(language)?.Condition ?? ConditionText;
        return text ?? Threshold?.Describe(RuleLanguages.Normalize(language), parameters);
    }

    private RuleText? Translation(string? language) => Translations.GetValueOrDefault(RuleLanguages.Normalize(language));
}

/// <summary>A rule's text in one language; a null part falls back to English.</summary>
/// <param name="Title">Title (<c>title_zh-CN</c>).</param>
/// <param name="Message">Message template (<c>message_zh-CN</c>).</param>
/// <param name="Description">Description (<c>description_zh-CN</c>).</param>
/// <param name="Condition">The condition in words (<c>condition_text_zh-CN</c>).</param>
public sealed record RuleText(string? Title, string? Message, string? Description, string? Condition)
{
    /// <summary>No translations.</summary>
    public static IReadOnlyDictionary<string, RuleText> None { get; } = new Dictionary<string, RuleText>(StringComparer.Ordinal);
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
