using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reporting.Narrative;

/// <summary>
/// Names of metrics, stages, stage groups and investor types in the report's language. English names are the
/// canonical ones; Chinese names are the terms Chinese venture monitors use.
/// </summary>
public static class Vocabulary
{
    /// <summary>The share of deals without a disclosed amount: a figure of the narrative, not a metric of the catalog.</summary>
    public const string UndisclosedShare = "undisclosed_share";

    /// <summary>The metric's name for readers, as the metric catalog declares it (falls back to the JSON name).</summary>
    public static string MetricName(string jsonName, ReportLanguage language)
    {
        var chinese = language == ReportLanguage.Chinese;
        return jsonName == UndisclosedShare
            ? chinese ? "金额未披露率" : "Undisclosed share"
            : MetricCatalog.Find(jsonName) is { } metric ? (chinese ? metric.DisplayNameZh : metric.DisplayName) : jsonName;
    }

    /// <summary>
    /// The display name of a rule's evidence: a metric name with an optional <c>prev.</c> or <c>yoy.</c> prefix and
    /// <c>.key</c> suffix (<c>yoy.early_count_share</c> → "上年同期早期轮次占比", <c>location_quotient.max</c> → "最高区位商").
    /// </summary>
    public static string EvidenceName(string evidence, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var (source, metric, key) = SplitEvidence(evidence);
        var chinese = language == ReportLanguage.Chinese;
        var name = MetricName(metric, language);
        if (key is not null)
        {
            name = key switch
            {
                "max" => chinese ? "最高" + name : "Highest " + LowerFirst(name),
                "min" => chinese ? "最低" + name : "Lowest " + LowerFirst(name),
                _ => MetricCatalog.Find(metric)?.KeyedNameFor(key, chinese) is { } keyed
                    ? UpperFirst(keyed)
                    : chinese ? $"{name}（{key}）" : $"{name} ({key})",
            };
        }

        return source switch
        {
            "prev" => chinese ? "上期" + name : name + ", previous period",
            "yoy" => chinese ? "上年同期" + name : name + ", a year earlier",
            _ => name,
        };
    }

    /// <summary>Splits an evidence name into its period prefix (<c>prev</c>, <c>yoy</c> or null), metric and key (or null).</summary>
    public static (string? Source, string Metric, string? Key) SplitEvidence(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        string? source = null;
        var rest = evidence;
        if (rest.StartsWith("prev.", StringComparison.Ordinal) || rest.StartsWith("yoy.", StringComparison.Ordinal))
        {
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            source = rest[..dot];
            rest = rest[(dot + 1)..];
        }

        var keyDot = rest.IndexOf('.', StringComparison.Ordinal);
        return keyDot < 0 ? (source, rest, null) : (source, rest[..keyDot], rest[(keyDot + 1)..]);
    }

    private static string UpperFirst(string name) => name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;

    private static string LowerFirst(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    /// <summary>A canonical stage name for display (<c>EPlus</c> → "E+" / "E轮及以后").</summary>
    public static string StageName(string stage, ReportLanguage language) => Stages.TryParseCanonical(stage) is not { } canonical
        ? stage
        : language == ReportLanguage.Chinese ? Stages.ChineseName(canonical) : Stages.DisplayName(canonical);

    /// <summary>A stage group name (<c>early</c>, <c>growth</c>, <c>late</c>, <c>other</c>).</summary>
    public static string StageGroupName(string group, ReportLanguage language) => (group, language) switch
    {
        ("early", ReportLanguage.Chinese) => "早期（天使至A轮）",
        ("growth", ReportLanguage.Chinese) => "成长期（B轮）",
        ("late", ReportLanguage.Chinese) => "后期（C轮及以后）",
        ("other", ReportLanguage.Chinese) => "其他及未知",
        ("early", _) => "Early (Angel–A)",
        ("growth", _) => "Growth (B)",
        ("late", _) => "Late (C and later)",
        _ => "Other and unknown",
    };

    /// <summary>An investor type name (<c>CVC</c> → "Corporate VC" / "产业资本").</summary>
    public static string InvestorTypeName(string type, ReportLanguage language) =>
        language == ReportLanguage.Chinese ? InvestorTypes.ChineseName(type) : InvestorTypes.EnglishName(type);
}
