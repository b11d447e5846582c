using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// A rule's title and description in the report's language: the rule pack's own text in that language, or null
/// where the pack has none (the narrative then names the finding by its indicator instead).
/// </summary>
public sealed class RuleTexts(RuleCatalog catalog, ReportLanguage language, MetricParameters parameters)
{
    /// <summary>The condition of a rule's level for <paramref name="severity"/> as a clause in the language, from its threshold; null without one.</summary>
    public string? Condition(string ruleId, string severity) =>
        catalog.Find(ruleId)?.Threshold is { } threshold && Severities.TryParse(severity) is { } level && threshold.LevelFor(level) is not null
            ? threshold.Describe(level, language == ReportLanguage.Chinese ? RuleLanguages.Chinese : RuleLanguages.English, parameters)
            : null;

    /// <summary>The title in the language, or null.</summary>
    public string? Title(string ruleId) =>
        language == ReportLanguage.English ? (catalog.Find(ruleId)?.Title ?? ConfigurationRules.All.FirstOrDefault(r => r.Id == ruleId)?.Title) : null;

    /// <summary>The first paragraph of the description in the language (plain text), or null.</summary>
    public string? Description(string ruleId) =>
        language == ReportLanguage.English && catalog.Find(ruleId) is { } rule
            ? rule.Description.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0].Replace('\n', ' ').Replace("`", "", StringComparison.Ordinal).Trim()
            : null;
}
