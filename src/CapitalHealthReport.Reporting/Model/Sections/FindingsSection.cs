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
            .Select(e => new EvidenceView(e.Key, names.InWords(Vocabulary.EvidenceName(e.Key, format.Language)), e.Value, MetricText.Format(e.Key, e.Value, format)))
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
            ScopeName = names.QuotedScope(diagnostic.Scope, format),
            Help = report.HelpUrl(diagnostic.Id) ?? "",
            Evidence = evidence,
            Suppressed = diagnostic.Suppressed is not null,
            Justification = diagnostic.Suppressed?.Justification,
            Baseline = diagnostic.Baseline.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>
    /// The counts of active findings as a sentence: "2 serious, 9 moderate and 15 informational findings; 1 more accepted.",
    /// and, when findings are about sectors or regions that no reference table names, a sentence that says their labels
    /// are the data's own.
    /// </summary>
    public FindingSummaryView Summary(DiagnosticSummary summary, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Summary(summary) with { AsWritten = AsWrittenSentence(diagnostics) };
    }

    /// <summary>"“Quantum Computing” is a label of the data …" / "“Quantum Computing”为数据中的原始标签…"; empty when every finding's scope is named by the reference tables.</summary>
    private string AsWrittenSentence(IReadOnlyList<Diagnostic> diagnostics)
    {
        var labels = diagnostics.Select(d => names.AsWritten(d.Scope)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(static l => $"“{l}”").ToList();
        if (labels.Count == 0)
        {
            return "";
        }

        return format.Language == ReportLanguage.Chinese
            ? $"{string.Join("、", labels)}为数据中的原始标签，参考表中没有对应的名称，按数据原文列出（见数据质量附录）。"
            : labels.Count == 1
                ? $"{labels[0]} is a label of the data that no reference table names; it is shown as the data writes it (see the data quality appendix)."
                : $"{Join(labels, ", ", " and ")} are labels of the data that no reference table names; they are shown as the data writes them (see the data quality appendix).";
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
        var decided = evidence.FirstOrDefault(e => limit is not null && e.Metric == (limit.Key is null ? limit.Metric : limit.Metric + "." + limit.Key))
            ?? (limits.StatedEvidence(diagnostic) is { } stated ? evidence.FirstOrDefault(e => e.Metric == stated) : null)
            ?? evidence.FirstOrDefault(static e => !e.Metric.Contains('.', StringComparison.Ordinal))
            ?? (evidence.Count > 0 ? evidence[0] : null);
        if (decided is null || decided.Value is null)
        {
            // A figure the data lacks (no year-earlier period) decides nothing to show: the title says it all.
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
