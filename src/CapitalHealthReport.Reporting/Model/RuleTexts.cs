using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// A rule's title, condition and description in the report's language, read from the rule descriptor: the pack's text
/// in that language, else its English text.
/// </summary>
public sealed class RuleTexts(RuleCatalog catalog, ReportLanguage language, MetricParameters parameters)
{
    /// <summary>The condition of a rule's level for <paramref name="severity"/> as a clause in the language, from its threshold; null without one.</summary>
    public string? Condition(string ruleId, string severity) =>
        catalog.Find(ruleId)?.Threshold is { } threshold && Severities.TryParse(severity) is { } level && threshold.LevelFor(level) is not null
            ? threshold.Describe(level, language == ReportLanguage.Chinese ? RuleLanguages.Chinese : RuleLanguages.English, parameters)
            : null;

    /// <summary>The title in the language (the pack's translation, else its English title), or null for an unknown rule.</summary>
    public string? Title(string ruleId) =>
        catalog.Find(ruleId)?.TitleIn(Tag) ?? (language == ReportLanguage.English ? ConfigurationRules.All.FirstOrDefault(r => r.Id == ruleId)?.Title : null);

    /// <summary>The pack's own sentence for a condition that is more than one threshold (<c>condition_text</c>), in the language; else null.</summary>
    public string? ConditionSentence(string ruleId) =>
        catalog.Find(ruleId) is { ConditionText: not null } rule ? rule.ConditionIn(Tag, parameters) : null;

    /// <summary>The first paragraph of the description in the language (plain text), or null.</summary>
    public string? Description(string ruleId) =>
        catalog.Find(ruleId) is { } rule
            ? rule.DescriptionIn(Tag).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0].Replace('\n', ' ').Replace("`", "", StringComparison.Ordinal).Trim()
            : null;

    private string Tag => language == ReportLanguage.Chinese ? RuleLanguages.Chinese : RuleLanguages.English;
}
