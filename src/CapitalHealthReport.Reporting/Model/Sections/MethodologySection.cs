using System.Globalization;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>
/// The methodology in plain language: each metric's formula in words or notation with the thresholds rules set on
/// it, and each rule's condition as a sentence built from its threshold. The packs' raw expressions are kept for
/// the optional technical appendix only.
/// </summary>
internal sealed class MethodologySection(NarrativeFormatter format, DisplayNames names, RuleTexts texts, AnalysisConfig config)
{
    private bool Chinese => format.Language == ReportLanguage.Chinese;

    public List<RuleView> Rules(RuleCatalog catalog) => catalog.Rules.Select(Rule).ToList();

    public List<MetricDefinitionView> Metrics(RuleCatalog catalog) =>
        MetricCatalog.All
            .Select(m => new MetricDefinitionView(
                m.JsonName,
                names.InWords(Vocabulary.MetricName(m.JsonName, format.Language)),
                Unit(m.Unit),
                names.InWords(Chinese && m.DefinitionZh.Length > 0 ? m.DefinitionZh : m.Definition),
                string.Join(Chinese ? "；" : "; ", catalog.Rules.Where(r => r.Threshold?.Metric == m.JsonName).Select(r => $"{r.Id}{(Chinese ? "：" : ": ")}{Levels(r)}"))))
            .ToList();

    /// <summary>
    /// The parameters; <paramref name="currencies"/> counts the loaded deals by currency (empty when not known, as for deals
    /// given in memory), and <paramref name="megaRoundInReporting"/> is the mega-round size in the reporting currency when
    /// that is not the dollar (as the findings state it); <paramref name="megaRoundMeasured"/> is false when the reporting
    /// currency has no exchange rate, so that no round can be compared with that size.
    /// </summary>
    public ParametersView Parameters(MetricParameters parameters, IReadOnlyDictionary<string, int> currencies, double? megaRoundInReporting = null, bool megaRoundMeasured = true) => new(
        parameters.ReportingCurrency,
        parameters.HotSector,
        parameters.StrategicSectors,
        parameters.StrategicSectors.Select(names.Sector).ToList(),
        string.Join(Chinese ? "、" : ", ", parameters.StrategicSectors.Select(names.Sector)),
        parameters.MinDeals,
        ClaimPhrasebook.MegaRoundText(format, parameters, megaRoundInReporting))
    {
        ReportingCurrencyName = Chinese ? Reference.CurrencyNames.ChineseName(parameters.ReportingCurrency) : parameters.ReportingCurrency,
        Converted = currencies.Count == 0 || currencies.Keys.Any(c => !string.Equals(c, parameters.ReportingCurrency, StringComparison.OrdinalIgnoreCase)),
        MegaRoundMeasured = megaRoundMeasured,
    };

    private RuleView Rule(RuleDescriptor rule)
    {
        var effective = Severities.Name(config.SeverityOverrides.Effective(rule));
        return new RuleView
        {
            Id = rule.Id,
            Title = texts.Title(rule.Id) ?? rule.Title,
            Category = rule.Category,
            Severity = effective,
            SeverityLabel = format.SeverityLabel(effective),
            Scope = rule.ScopeKind,
            ScopeName = ScopeName(rule.ScopeKind),
            ConditionText = Condition(rule, effective),
            Condition = rule.When,
            Escalations = rule.Escalate
                .OrderBy(static e => e.Key, StringComparer.Ordinal)
                .Select(e => new EscalationView(e.Key, format.SeverityLabel(e.Key), e.Value))
                .ToList(),
            MinDeals = (rule.MinDeals ?? config.Parameters.MinDeals).ToString("N0", CultureInfo.InvariantCulture),
            Help = config.Report.HelpUrl(rule.Id) ?? "",
            Description = texts.Description(rule.Id) ?? "",
        };
    }

    /// <summary>"Moderate when the top-quintile share is above 60%; serious when it is above 80%." from the rule's threshold.</summary>
    private string Condition(RuleDescriptor rule, string effective)
    {
        if (effective == "none")
        {
            return Chinese ? "已在配置中关闭。" : "Turned off by the configuration.";
        }

        // A severity the configuration sets grades every finding of the rule, whatever level its threshold crossed.
        if (config.SeverityOverrides.For(rule.Id, rule.Category) is not null)
        {
            return Overridden(rule, format.SeverityLabel(effective));
        }

        if (texts.ConditionSentence(rule.Id) is { } sentence)
        {
            return sentence;
        }

        if (rule.Threshold is null)
        {
            var title = texts.Title(rule.Id);
            return Chinese
                ? $"满足规则包所写的组合条件时报告{(title is null ? "" : "：" + title)}。"
                : $"Reports when the combined condition the rule pack writes holds{(title is null ? "" : ": " + LowerFirst(title))}.";
        }

        return Levels(rule) + (Chinese ? "。" : ".");
    }

    /// <summary>
    /// The condition of a rule whose severity the configuration sets: "Serious when the top-quintile share is above 60%
    /// (the configuration grades every finding of this rule serious)." For a pack's own sentence or a combined condition,
    /// that sentence followed by the grade.
    /// </summary>
    private string Overridden(RuleDescriptor rule, string label)
    {
        var grade = Chinese ? $"配置将本规则的所有发现定为{label}" : $"the configuration grades every finding of this rule {label.ToLowerInvariant()}";
        var sentence = texts.ConditionSentence(rule.Id);
        if (sentence is null && rule.Threshold is { Levels: [var loosest, ..] } threshold)
        {
            var condition = names.InWords(threshold.Describe(loosest.Severity, Chinese ? RuleLanguages.Chinese : RuleLanguages.English, config.Parameters));
            return Chinese ? $"{condition}时为{label}（{grade}）。" : $"{label} when {condition} ({grade}).";
        }

        sentence ??= Chinese ? "满足规则包所写的组合条件时报告。" : "Reports when the combined condition the rule pack writes holds.";
        return Chinese ? $"{sentence}{grade}。" : $"{sentence} {char.ToUpperInvariant(grade[0])}{grade[1..]}.";
    }

    /// <summary>"Moderate when the top-quintile share is above 60%; serious when …" / "头部20%企业份额高于60%时为中等，…".</summary>
    private string Levels(RuleDescriptor rule)
    {
        var threshold = rule.Threshold!;
        var language = Chinese ? RuleLanguages.Chinese : RuleLanguages.English;
        var levels = threshold.Levels.Select((level, i) =>
        {
            var condition = names.InWords(threshold.Describe(level.Severity, language, config.Parameters));
            var severity = format.SeverityLabel(Severities.Name(level.Severity));
            return Chinese ? $"{condition}时为{severity}" : $"{(i == 0 ? severity : severity.ToLowerInvariant())} when {condition}";
        });
        return string.Join(Chinese ? "，" : "; ", levels);
    }

    private string ScopeName(string scope) => (scope, Chinese) switch
    {
        (ScopeKinds.Period, true) => "全市场",
        (ScopeKinds.Sector, true) => "各行业",
        (ScopeKinds.Region, true) => "各地区",
        (ScopeKinds.Stage, true) => "各轮次",
        (ScopeKinds.InvestorType, true) => "各类投资方",
        (ScopeKinds.Period, false) => "The whole market",
        (ScopeKinds.Sector, false) => "Each sector",
        (ScopeKinds.Region, false) => "Each region",
        (ScopeKinds.Stage, false) => "Each stage",
        (ScopeKinds.InvestorType, false) => "Each investor type",
        _ => scope,
    };

    private string Unit(string unit) => !Chinese ? unit : unit switch
    {
        "share (0–1)" => "占比（0–1）",
        "ratio" => "倍数",
        "reporting currency" => "报告币种",
        "deals" => "起",
        "companies" => "家",
        "region" => "地区",
        "index (0–1)" => "指数（0–1）",
        "index (0–10,000)" => "指数（0–10,000）",
        _ => unit,
    };

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..] : text;
}
