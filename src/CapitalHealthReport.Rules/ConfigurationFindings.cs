using System.Globalization;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Rules;

/// <summary>
/// The findings about the configuration itself: suppressions that expired before the as-of date (CH0001), severity
/// overrides or suppressions that name a rule or category the loaded packs do not have (CH0002), and suppressions whose
/// <c>where</c> names a value the data does not hold or a field no finding of the rule names (CH0003). Each message is
/// written in English and Chinese.
/// </summary>
internal static class ConfigurationFindings
{
    public static IEnumerable<Diagnostic> For(AnalysisConfig config, RuleCatalog catalog, Scope periodScope, DateOnly today, IReadOnlyList<UnmatchedSuppression> unmatched)
    {
        var unmatchedSeverity = config.SeverityOverrides.Effective(ConfigurationRules.UnmatchedSuppression);
        if (unmatchedSeverity != DiagnosticSeverity.None)
        {
            var fields = FieldsNoFindingHas(config, catalog);
            foreach (var (suppression, field, rule) in fields)
            {
                yield return FieldNoFindingHas(suppression, field, rule, unmatchedSeverity, periodScope);
            }

            // A field no finding of the rule has is reported as such, whatever its value.
            foreach (var entry in unmatched.Where(u => !fields.Any(f => ReferenceEquals(f.Suppression, u.Suppression) && f.Field == u.Field)))
            {
                yield return Unmatched(entry, unmatchedSeverity, periodScope);
            }
        }

        var expired = ConfigurationRules.ExpiredSuppression;
        var expiredSeverity = config.SeverityOverrides.Effective(expired);
        if (expiredSeverity != DiagnosticSeverity.None)
        {
            foreach (var suppression in config.Suppressions.Where(s => s.IsExpired(today)))
            {
                var expires = suppression.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                yield return Finding(expired, expiredSeverity, periodScope,
                    $"The suppression of {suppression.Id} ({suppression.WhereText}) at {suppression.Location} expired on {expires}; its findings are reported again. Renew the justification with a new date, or remove it",
                    $"{suppression.Location}处对{suppression.Id}（{suppression.WhereText}）的豁免已于{expires}过期，相关发现重新报告。请以新的日期更新理由，或删除该条目") with
                {
                    Subject = $"suppression {suppression.Id} {suppression.WhereText}",
                };
            }
        }

        var unknown = ConfigurationRules.UnknownRule;
        var unknownSeverity = config.SeverityOverrides.Effective(unknown);
        if (unknownSeverity == DiagnosticSeverity.None)
        {
            yield break;
        }

        bool IsKnown(string id) => catalog.Find(id) is not null || ConfigurationRules.All.Any(r => r.Id == id);
        string Source(int? line, int? column) => InputException.Format("", config.SourcePath ?? AnalysisConfig.DefaultFileName, line, column, null).TrimEnd(' ', ':');

        foreach (var entry in config.SeverityOverrides.Entries.Where(e => !e.Target.StartsWith("category:", StringComparison.Ordinal) && !IsKnown(e.Target)))
        {
            var source = Source(entry.Line, entry.Column);
            yield return Finding(unknown, unknownSeverity, periodScope,
                $"{source}: the severity override names rule {entry.Target}, which is not in the loaded rule packs; fix the id or remove the entry",
                $"{source}：严重程度设置引用了规则{entry.Target}，已加载的规则包中没有该规则；请更正编号或删除该条目") with
            {
                Subject = $"severity {entry.Target}",
            };
        }

        foreach (var entry in config.SeverityOverrides.Entries.Where(e => e.Target.StartsWith("category:", StringComparison.Ordinal)
                     && RuleCategories.DigitOf(e.Target["category:".Length..]) is null && e.Target != "category:" + RuleCategories.Configuration))
        {
            var source = Source(entry.Line, entry.Column);
            var categories = string.Join(", ", RuleCategories.All.Select(c => c.Key));
            var nearest = Spelling.Nearest(entry.Target, RuleCategories.All.Select(c => "category:" + c.Key));
            var english = nearest is null ? "" : $" Did you mean '{nearest}'?";
            var chinese = nearest is null ? "" : $"是否应为“{nearest}”？";
            yield return Finding(unknown, unknownSeverity, periodScope,
                $"{source}: the severity override names {entry.Target}, which is not a rule category.{english} The categories are: {categories}; fix the name or remove the entry",
                $"{source}：严重程度设置引用的{entry.Target}不是规则类别。{chinese}规则类别：{categories}；请更正名称或删除该条目") with
            {
                Subject = $"severity {entry.Target}",
            };
        }

        foreach (var suppression in config.Suppressions.Where(s => !IsKnown(s.Id)))
        {
            yield return Finding(unknown, unknownSeverity, periodScope,
                $"{suppression.Location}: a suppression names rule {suppression.Id}, which is not in the loaded rule packs; fix the id or remove the entry",
                $"{suppression.Location}：豁免引用了规则{suppression.Id}，已加载的规则包中没有该规则；请更正编号或删除该条目") with
            {
                Subject = $"suppression {suppression.Id} {suppression.WhereText}",
            };
        }
    }

    /// <summary>
    /// The <c>where</c> fields of suppressions of known rules that no finding of the rule carries: a finding names its
    /// period, the slice of its scope (a rule judged per sector names a sector) and what its <c>about:</c> declares, so
    /// <c>sector: AI</c> on a rule judged per period matches nothing, whatever the data.
    /// </summary>
    private static List<(Suppression Suppression, string Field, RuleDescriptor Rule)> FieldsNoFindingHas(AnalysisConfig config, RuleCatalog catalog)
    {
        var found = new List<(Suppression, string, RuleDescriptor)>();
        foreach (var suppression in config.Suppressions)
        {
            var rule = catalog.Find(suppression.Id) ?? ConfigurationRules.All.FirstOrDefault(r => r.Id == suppression.Id);
            if (rule is null)
            {
                continue;
            }

            foreach (var field in suppression.Where.Keys.Where(f => f != "period" && f != rule.ScopeKind && !rule.About.ContainsKey(f)))
            {
                found.Add((suppression, field, rule));
            }
        }

        return found;
    }

    private static Diagnostic FieldNoFindingHas(Suppression s, string field, RuleDescriptor rule, DiagnosticSeverity severity, Scope periodScope)
    {
        List<string> named = ["period"];
        named.AddRange(rule.ScopeKind == ScopeKinds.Period ? [] : [rule.ScopeKind]);
        named.AddRange(rule.About.Keys);
        var judged = rule.ScopeKind == ScopeKinds.Period ? "judged per period" : $"judged per {rule.ScopeKind.Replace('_', ' ')}";
        var judgedZh = rule.ScopeKind == ScopeKinds.Period ? "按统计期判断" : $"按{rule.ScopeKind}判断";
        var names = string.Join(", ", named.Select(f => f.Replace('_', ' ')));
        var english = $"{s.Location}: the suppression of {s.Id} names {field.Replace('_', ' ')} '{s.Where[field]}', but {s.Id} is {judged} and its findings name only: {names}; so it suppresses nothing. Remove '{field}' from its where, or suppress the finding by what it names";
        var chinese = $"{s.Location}：对{s.Id}的豁免指定了{field}“{s.Where[field]}”，但{s.Id}{judgedZh}，其发现只涉及：{names}；因此不会豁免任何发现。请从where中删除“{field}”，或按发现所涉及的内容豁免";
        return Finding(ConfigurationRules.UnmatchedSuppression, severity, periodScope, english, chinese) with
        {
            Subject = $"suppression {s.Id} {s.WhereText} {field}",
        };
    }

    /// <summary>How many values of the data a CH0003 message lists.</summary>
    private const int ValuesShown = 20;

    private static Diagnostic Unmatched(UnmatchedSuppression entry, DiagnosticSeverity severity, Scope periodScope)
    {
        var s = entry.Suppression;
        var field = entry.Field.Replace('_', ' ');
        var nearest = entry.Nearest is null ? "" : $" Did you mean '{entry.Nearest}'?";
        var nearestZh = entry.Nearest is null ? "" : $"是否应为“{entry.Nearest}”？";
        string english, chinese;
        if (entry.Field == "period")
        {
            var covers = entry.Known.Count == 0 ? "the data has no dates" : entry.Known[0];
            var coversZh = entry.Covered is { } span ? $"数据覆盖{PeriodNames.Chinese(span)}" : "数据中没有日期";
            english = $"{s.Location}: the suppression of {s.Id} names period '{entry.Value}', in which no deal falls ({covers}), so it suppresses nothing; fix the period or remove the entry";
            chinese = $"{s.Location}：对{s.Id}的豁免指定的期间“{entry.Value}”内没有任何交易（{coversZh}），因此不会豁免任何发现；请更正期间或删除该条目";
        }
        else
        {
            var shown = entry.Known.Count == 0 ? "none" : string.Join(", ", entry.Known.Take(ValuesShown)) + (entry.Known.Count > ValuesShown ? $", … ({entry.Known.Count} in all)" : "");
            var shownZh = entry.Known.Count == 0 ? "无" : string.Join("、", entry.Known.Take(ValuesShown)) + (entry.Known.Count > ValuesShown ? $"……（共{entry.Known.Count}个）" : "");
            english = $"{s.Location}: the suppression of {s.Id} names {field} '{entry.Value}', which no deal has, so it suppresses nothing.{nearest} The {field} values in the data are: {shown}; fix the value or remove the entry";
            chinese = $"{s.Location}：对{s.Id}的豁免指定的{field}“{entry.Value}”在数据中没有任何交易，因此不会豁免任何发现。{nearestZh}数据中的取值：{shownZh}；请更正取值或删除该条目";
        }

        return Finding(ConfigurationRules.UnmatchedSuppression, severity, periodScope, english, chinese) with
        {
            Subject = $"suppression {s.Id} {s.WhereText} {entry.Field}",
        };
    }

    private static Diagnostic Finding(RuleDescriptor rule, DiagnosticSeverity severity, Scope scope, string message, string chinese) =>
        new(rule.Id, severity, rule.Category, rule.Title, message, scope, new SortedDictionary<string, double?>(StringComparer.Ordinal), rule.HelpUri, null, BaselineState.New)
        {
            Translations = new Dictionary<string, DiagnosticText>(StringComparer.Ordinal) { [RuleLanguages.Chinese] = new(rule.TitleIn(RuleLanguages.Chinese), chinese) },
        };
}
