using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>The findings table: one row per finding with its severity in words, title, deciding value, scope and rule id.</summary>
internal sealed class FindingsSection(NarrativeFormatter format, DisplayNames names, RuleLimits limits, RuleTexts texts, ReportConfig report)
{
    public FindingView View(Diagnostic diagnostic)
    {
        var severity = Severities.Name(diagnostic.Severity);
        var evidence = diagnostic.Evidence
            .OrderBy(static e => e.Key, StringComparer.Ordinal)
            .Select(e => new EvidenceView(e.Key, names.Funds.InText(Vocabulary.EvidenceName(e.Key, format.Language)), e.Value, MetricText.Format(e.Key, e.Value, format)))
            .ToList();
        return new FindingView
        {
            Id = diagnostic.Id,
            Severity = severity,
            SeverityLabel = format.SeverityLabel(severity),
            Mark = severity switch
            {
                "error" => "●",
                "warning" => "▲",
                _ => "○",
            },
            Callout = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "CAUTION",
                DiagnosticSeverity.Warning => "WARNING",
                _ => "NOTE",
            },
            Category = diagnostic.Category,
            Title = texts.Title(diagnostic.Id) ?? Deciding(diagnostic, evidence) ?? diagnostic.Title,
            Message = texts.Message(diagnostic),
            Summary = Deciding(diagnostic, evidence) ?? "",
            Scope = diagnostic.Location,
            ScopeName = names.Scope(diagnostic.Scope, format),
            Help = report.HelpUrl(diagnostic.Id) ?? "",
            Evidence = evidence,
            Suppressed = diagnostic.Suppressed is not null,
            Justification = diagnostic.Suppressed?.Justification,
            Baseline = diagnostic.Baseline.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>The counts of active findings as a sentence: "2 serious, 9 moderate and 15 informational findings; 1 more accepted."</summary>
    public FindingSummaryView Summary(DiagnosticSummary summary)
    {
        var total = summary.Error + summary.Warning + summary.Info;
        string text;
        if (format.Language == ReportLanguage.Chinese)
        {
            var parts = new[] { (summary.Error, "项严重问题"), (summary.Warning, "项中等问题"), (summary.Info, "项提示性发现") }.Where(static p => p.Item1 > 0).Select(static p => p.Item1 + p.Item2).ToList();
            text = total == 0 ? "规则未报告任何问题。" : $"规则共报告{Join(parts, "、", "和")}。";
            text += summary.Suppressed > 0 ? $"另有{summary.Suppressed}项已按配置接受。" : "";
        }
        else
        {
            var parts = new[] { Count(summary.Error, "serious finding"), Count(summary.Warning, "moderate finding"), Count(summary.Info, "informational finding") }.Where(static p => p.Length > 0).ToList();
            text = total == 0 ? "The rules reported no finding." : $"The rules reported {Join(parts, ", ", " and ")}.";
            text += summary.Suppressed > 0 ? $" {Count(summary.Suppressed, "more finding")} {(summary.Suppressed == 1 ? "is" : "are")} accepted by the configuration." : "";
        }

        return new FindingSummaryView(summary.Error, summary.Warning, summary.Info, summary.Suppressed, total, text);
    }

    /// <summary>The deciding value and its threshold: "Top-quintile share 85.5% (threshold 80%)".</summary>
    private string? Deciding(Diagnostic diagnostic, List<EvidenceView> evidence)
    {
        var limit = limits.Default(diagnostic.Id);
        var decided = evidence.FirstOrDefault(e => limit is not null && e.Metric == (limit.Key is null ? limit.Metric : limit.Metric + "." + limit.Key)) ?? evidence.FirstOrDefault(static e => !e.Metric.Contains('.', StringComparison.Ordinal)) ?? (evidence.Count > 0 ? evidence[0] : null);
        if (decided is null)
        {
            return null;
        }

        var crossed = limits.Crossed(diagnostic.Id, decided.Value);
        var chinese = format.Language == ReportLanguage.Chinese;
        var value = crossed is not null && MetricCatalog.Find(decided.Metric) is { IsShare: true } ? format.PctBeside(decided.Value, crossed.Value) : decided.Text;
        var threshold = crossed is null ? "" : chinese
            ? $"（{(crossed.IsFloor ? "下限" : "阈值")}{MetricText.Threshold(decided.Metric, crossed.Value, format)}）"
            : $" ({(crossed.IsFloor ? "floor" : "threshold")} {MetricText.Threshold(decided.Metric, crossed.Value, format)})";
        return chinese ? $"{decided.Name}{value}{threshold}" : $"{decided.Name} {value}{threshold}";
    }

    private static string Count(int n, string noun) => n switch
    {
        0 => "",
        1 => $"1 {noun}",
        _ => $"{n} {noun}s",
    };

    private static string Join(List<string> parts, string separator, string last) =>
        parts.Count < 2 ? string.Concat(parts) : string.Join(separator, parts.Take(parts.Count - 1)) + last + parts[^1];
}
