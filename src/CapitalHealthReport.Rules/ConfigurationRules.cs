namespace CapitalHealthReport.Rules;

/// <summary>
/// Built-in diagnostics about the configuration itself (<c>CH0xxx</c>); they are always part of the catalog. They judge the
/// configuration, not the deals, so no minimum deal count applies to them.
/// </summary>
public static class ConfigurationRules
{
    public static RuleDescriptor ExpiredSuppression { get; } = new(
        "CH0001",
        "A suppression has expired",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        ScopeKinds.Period,
        "suppression.expires < as-of date",
        new Dictionary<string, string>(StringComparer.Ordinal),
        0,
        "The suppression of {rule} ({where}) at {source} expired on {expires}; its findings are reported again",
        "A suppression in `capitalhealth.yaml` carries an `expires` date that lies before the run's as-of date "
        + "(`--as-of`, `SOURCE_DATE_EPOCH`, else the end of the data's last period; never the clock). An expired "
        + "suppression no longer hides findings, and this warning asks the committee to renew the justification "
        + "with a new date or to remove the entry.",
        ["configuration"],
        "docs/rules/CH0001.md",
        "(built in)")
    {
        Translations = Chinese("豁免已过期", "{source}处对{rule}（{where}）的豁免已于{expires}过期，相关发现重新报告"),
    };

    public static RuleDescriptor UnknownRule { get; } = new(
        "CH0002",
        "The configuration names a rule that is not in the catalog",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        ScopeKinds.Period,
        "severity/suppressions id not among the loaded rules",
        new Dictionary<string, string>(StringComparer.Ordinal),
        0,
        "{source}: {what} names rule {rule}, which is not in the loaded rule packs",
        "A `severity:` override or a suppression names a rule id that none of the loaded rule packs declares "
        + "(a typo, a rule that was renumbered or removed, or a pack left out of `rules:`). The entry has no effect; "
        + "fix the id or remove the entry.",
        ["configuration"],
        "docs/rules/CH0002.md",
        "(built in)")
    {
        Translations = Chinese("配置引用了规则目录中没有的规则", "{source}：{what}引用了规则{rule}，已加载的规则包中没有该规则"),
    };

    public static RuleDescriptor UnmatchedSuppression { get; } = new(
        "CH0003",
        "A suppression can match no finding",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        ScopeKinds.Period,
        "suppression.where value not among the data's values, or a where field the rule's findings do not name",
        new Dictionary<string, string>(StringComparer.Ordinal),
        0,
        "{source}: the suppression of {rule} names {field} '{value}', which no deal has (or no finding of {rule} names), so it suppresses nothing",
        "A suppression's `where` names a sector, region, stage or investor type that no deal of the data has, or a period "
        + "the data does not cover (`region: Bejing`, `sector: Semiconductor` when no alias maps it, `period: 2019Q1`); "
        + "or it names a field that no finding of the rule names: a finding names its period, the slice of its scope and what "
        + "the rule's `about:` declares, so `sector: AI` on a rule judged per period (CH1001) matches nothing whatever the data. "
        + "Either way it can match no finding, so the finding it was meant to accept is still reported. The warning names the "
        + "nearest value the data holds and lists them, or the fields the rule's findings name; fix the entry or remove it. "
        + "The run is not failed for it.",
        ["configuration"],
        "docs/rules/CH0003.md",
        "(built in)")
    {
        Translations = Chinese("豁免不会匹配任何发现", "{source}：对{rule}的豁免指定的{field}“{value}”在数据中没有任何交易（或{rule}的发现不涉及该字段），因此不会豁免任何发现"),
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } = [ExpiredSuppression, UnknownRule, UnmatchedSuppression];

    private static Dictionary<string, RuleText> Chinese(string title, string message) =>
        new(StringComparer.Ordinal) { [RuleLanguages.Chinese] = new RuleText(title, message, null, null) };
}
