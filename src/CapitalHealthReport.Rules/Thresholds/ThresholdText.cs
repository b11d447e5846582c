using System.Globalization;
using System.Text;
using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Phrases a threshold for readers in English or Chinese: the metric by its display name, the comparison in words, each
/// level in the threshold's unit (60%, 1,800, 5 percentage points), and the severity each level gives.
/// </summary>
internal static class ThresholdText
{
    /// <summary>"A warning when the top-quintile share is above 60%; an error when it is above 80%."</summary>
    public static string Sentence(RuleThreshold threshold, string language, MetricParameters? parameters)
    {
        var zh = RuleLanguages.IsChinese(language);
        var builder = new StringBuilder();
        for (var i = 0; i < threshold.Levels.Count; i++)
        {
            var level = threshold.Levels[i];
            var first = i == 0;
            var predicate = Predicate(threshold, level, zh, parameters);
            if (zh)
            {
                builder.Append(first ? Subject(threshold, zh: true, parameters) : "，");
                builder.Append(predicate).Append("时为").Append(SeverityZh(level.Severity));
            }
            else
            {
                var severity = SeverityEn(level.Severity);
                builder.Append(first ? char.ToUpperInvariant(severity[0]) + severity[1..] : "; " + severity);
                builder.Append(" when ").Append(first ? Subject(threshold, zh: false, parameters) : "it").Append(' ').Append(predicate);
            }
        }

        return builder.Append(zh ? "。" : ".").ToString();
    }

    /// <summary>"the top-quintile share is above 60%" / "头部20%企业份额高于60%".</summary>
    public static string Condition(RuleThreshold threshold, ThresholdLevel level, string language, MetricParameters? parameters)
    {
        var zh = RuleLanguages.IsChinese(language);
        return Subject(threshold, zh, parameters) + (zh ? "" : " ") + Predicate(threshold, level, zh, parameters);
    }

    /// <summary>A level in the threshold's unit: <c>60%</c>, <c>1,800</c>, <c>5 percentage points</c> / <c>5个百分点</c>.</summary>
    public static string Number(RuleThreshold threshold, double value, string language, MetricParameters? parameters)
    {
        var zh = RuleLanguages.IsChinese(language);
        return threshold.Unit switch
        {
            ThresholdUnit.Share => Invariant(value * 100, "0.##") + "%",
            ThresholdUnit.PercentagePoints => Invariant(value * 100, "0.##") + (zh ? "个百分点" : " percentage points"),
            ThresholdUnit.Count => Invariant(value, "#,##0"),
            ThresholdUnit.Amount => Invariant(value, "#,##0.##") + (zh ? "" : " ") + (parameters?.ReportingCurrency ?? (zh ? "（报告币种）" : "(reporting currency)")),
            ThresholdUnit.Index => Invariant(value, "#,##0.##"),
            _ => Invariant(value, "0.##"),
        };
    }

    private static string Predicate(RuleThreshold threshold, ThresholdLevel level, bool zh, MetricParameters? parameters)
    {
        var value = level.Resolve(parameters);
        var change = threshold.Change;
        if (change != ThresholdChange.None && level.Parameter is null && value is { } v && v != 0 && (v > 0) == threshold.HigherIsWorse)
        {
            // A rise above a positive level or a fall below a negative one: say "rises by" / "falls by".
            var strict = threshold.Comparison is ThresholdComparison.Above or ThresholdComparison.Below;
            var amount = Number(threshold, Math.Abs(v), zh ? RuleLanguages.Chinese : RuleLanguages.English, parameters);
            var since = Since(change, zh);
            if (zh)
            {
                return $"{since}{(v > 0 ? "上升" : "下降")}{(strict ? "超过" : "至少")}{amount}";
            }

            return $"{(v > 0 ? "rises" : "falls")} by {(strict ? "more than" : "at least")} {amount} {since}";
        }

        var words = zh
            ? threshold.Comparison switch
            {
                ThresholdComparison.Above => "高于",
                ThresholdComparison.AtLeast => "不低于",
                ThresholdComparison.Below => "低于",
                _ => "不高于",
            }
            : threshold.Comparison switch
            {
                ThresholdComparison.Above => "is above",
                ThresholdComparison.AtLeast => "is at least",
                ThresholdComparison.Below => "is below",
                _ => "is at most",
            };
        var text = Level(threshold, level, value, zh, parameters);
        if (change == ThresholdChange.None)
        {
            return zh ? words + text : $"{words} {text}";
        }

        return zh ? $"{Since(change, zh: true)}的变化{words}{text}" : $"less its value {(change == ThresholdChange.Prev ? "in the previous period" : "a year earlier")} {words} {text}";
    }

    private static string Level(RuleThreshold threshold, ThresholdLevel level, double? value, bool zh, MetricParameters? parameters)
    {
        var language = zh ? RuleLanguages.Chinese : RuleLanguages.English;
        if (level.Parameter is { } name)
        {
            var shown = value is { } v ? Number(threshold, v, language, parameters) : null;
            return zh
                ? RuleParameters.ReaderName(name, chinese: true) + (shown is null ? "" : $"（{shown}）")
                : RuleParameters.ReaderName(name, chinese: false) + (shown is null ? "" : $" ({shown})");
        }

        return Number(threshold, value!.Value, language, parameters);
    }

    private static string Since(ThresholdChange change, bool zh) => (change, zh) switch
    {
        (ThresholdChange.Prev, true) => "较上期",
        (ThresholdChange.Prev, false) => "from the previous period",
        (_, true) => "较上年同期",
        _ => "from a year earlier",
    };

    /// <summary>"the top-quintile share", "the share of Government investors among active investors", "the highest location quotient".</summary>
    private static string Subject(RuleThreshold threshold, bool zh, MetricParameters? parameters)
    {
        var metric = threshold.Descriptor;
        var name = zh ? metric.DisplayNameZh : LowerFirst(metric.DisplayName);
        var key = threshold.Key;
        switch (key)
        {
            case null:
                return zh ? name : "the " + name;
            case ThresholdKeys.Max:
                return zh ? "最高" + name : "the highest " + name;
            case ThresholdKeys.Min:
                return zh ? "最低" + name : "the lowest " + name;
        }

        if (key.StartsWith(RuleParameters.Prefix, StringComparison.Ordinal))
        {
            var parameter = key[RuleParameters.Prefix.Length..];
            key = (parameters is null ? null : RuleParameters.Key(parameter, parameters)) ?? RuleParameters.ReaderName(parameter, zh);
        }

        return (zh ? "" : "the ") + (metric.KeyedNameFor(key, zh) ?? (zh ? key + name : name + " of " + key));
    }

    private static string SeverityEn(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "an error",
        DiagnosticSeverity.Warning => "a warning",
        _ => "an informational finding",
    };

    private static string SeverityZh(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "严重",
        DiagnosticSeverity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>Lower-cases the first letter of a name unless it is an acronym (<c>HHI</c>, <c>CR4</c>, <c>CVC share</c>).</summary>
    private static string LowerFirst(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) && !char.IsDigit(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
