using System.Text.RegularExpressions;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// A rule's title, condition and description in the report's language, read from the rule descriptor: the pack's text
/// in that language, else its English text; in the report's words for severities (<see cref="SeverityWords"/>), for
/// government funds (<see cref="GovernmentFundWords"/>) and for the data's places (<see cref="PlaceWords"/>: "One
/// country takes most of a sector's deals" for an export by country).
/// </summary>
public sealed partial class RuleTexts(RuleCatalog catalog, ReportLanguage language, MetricParameters parameters, GovernmentFundWords funds, PlaceWords places)
{
    /// <summary>The condition of a rule's level for <paramref name="severity"/> as a clause in the language, from its threshold; null without one.</summary>
    public string? Condition(string ruleId, string severity) =>
        catalog.Find(ruleId)?.Threshold is { } threshold && Severities.TryParse(severity) is { } level && threshold.LevelFor(level) is not null
            ? InWords(threshold.Describe(level, language == ReportLanguage.Chinese ? RuleLanguages.Chinese : RuleLanguages.English, parameters))
            : null;

    /// <summary>The title in the language (the pack's translation, else its English title), or null for an unknown rule.</summary>
    public string? Title(string ruleId) =>
        (catalog.Find(ruleId)?.TitleIn(Tag) ?? (language == ReportLanguage.English ? ConfigurationRules.All.FirstOrDefault(r => r.Id == ruleId)?.Title : null)) is { } title
            ? InWords(title)
            : null;

    /// <summary>A finding's message in the language (the pack's <c>message_zh-CN</c> for a Chinese report, else its English message), in the report's words for government funds.</summary>
    public string Message(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return InWords(diagnostic.MessageIn(Tag));
    }

    /// <summary>The pack's own sentence for a condition that is more than one threshold (<c>condition_text</c>), in the language; else null.</summary>
    public string? ConditionSentence(string ruleId) =>
        catalog.Find(ruleId) is { ConditionText: not null } rule && rule.ConditionIn(Tag, parameters) is { } sentence ? InReport(sentence) : null;

    /// <summary>
    /// The first paragraph of the description in the language, as plain text for readers: a metric or parameter the
    /// pack names in code (<c>`top_quintile_share`</c>, <c>`Params.MegaRoundUsd`</c>) reads as its name
    /// (top-quintile share, the mega-round size), any other code as its text; null for an unknown rule.
    /// </summary>
    public string? Description(string ruleId) =>
        catalog.Find(ruleId) is { } rule
            ? InReport(CodeSpan().Replace(rule.DescriptionIn(Tag).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0].Replace('\n', ' '), ReaderName).Trim())
            : null;

    /// <summary>A pack's text in the report's words: its severities as the report grades findings, its government funds and places as the data's.</summary>
    private string InReport(string text) => SeverityWords.InReport(InWords(text), language);

    /// <summary>A pack's text with the data's government funds and places.</summary>
    private string InWords(string text) => places.InText(funds.InText(text));

    private string ReaderName(Match code)
    {
        var name = ReaderName(code.Groups[1].Value);
        var opensSentence = code.Index == 0 || code.Result("$`").TrimEnd().EndsWith('.');
        return opensSentence && name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    private string ReaderName(string code)
    {
        var chinese = language == ReportLanguage.Chinese;
        if (MetricCatalog.Find(code) is { } metric)
        {
            return chinese ? metric.DisplayNameZh : LowerFirst(metric.DisplayName);
        }

        // One key of a keyed metric: investor_type_share[Government] reads "share of Government investors among active investors" (政府引导基金占活跃投资方比例).
        if (KeyedCode().Match(code) is { Success: true } keyed && MetricCatalog.Find(keyed.Groups[1].Value)?.KeyedNameFor(keyed.Groups[2].Value, chinese) is { } keyedName)
        {
            return keyedName;
        }

        // A parameter as rule expressions name it reads as what it sets; a configuration key is left as the key to set.
        return code.StartsWith("Params.", StringComparison.Ordinal) ? RuleParameters.ReaderName(MetricCatalog.ToSnakeCase(code["Params.".Length..]), chinese) : code;
    }

    /// <summary>Lower-cases a name's first letter inside a sentence, unless it is an acronym (HHI, CR4, CVC share).</summary>
    private static string LowerFirst(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    [GeneratedRegex("`([^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^(\w+)\[(\w+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyedCode();

    private string Tag => language == ReportLanguage.Chinese ? RuleLanguages.Chinese : RuleLanguages.English;
}
