using CapitalHealthReport.Model;

namespace CapitalHealthReport.Rules;

/// <summary>The findings of one analysis run, ranked (severity, id, scope, ordinal), with their summary and exit code.</summary>
public sealed class AnalysisResult
{
    public AnalysisResult(IReadOnlyList<Diagnostic> diagnostics, Period period, bool comparedWithBaseline)
    {
        Diagnostics = diagnostics;
        Period = period;
        ComparedWithBaseline = comparedWithBaseline;
        var active = diagnostics.Where(d => d.IsActive).ToList();
        Summary = new DiagnosticSummary(
            active.Count(d => d.Severity == DiagnosticSeverity.Error),
            active.Count(d => d.Severity == DiagnosticSeverity.Warning),
            active.Count(d => d.Severity == DiagnosticSeverity.Info),
            diagnostics.Count(d => d.Suppressed is not null && d.Baseline != BaselineState.Absent),
            diagnostics.Count(d => d.Baseline == BaselineState.New),
            diagnostics.Count(d => d.Baseline == BaselineState.Unchanged),
            diagnostics.Count(d => d.Baseline == BaselineState.Absent));
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public DiagnosticSummary Summary { get; }

    public Period Period { get; }

    /// <summary>The reporting currency of the amounts the findings speak of (ISO code); null when the findings were evaluated from scopes alone.</summary>
    public string? Currency { get; private init; }

    /// <summary>True when a baseline was given; then only <see cref="BaselineState.New"/> findings decide the exit code.</summary>
    public bool ComparedWithBaseline { get; }

    /// <summary>
    /// The rules not judged on a scope because a divisor of their condition is 0 there, one sentence each naming the
    /// rule (pack file, line and column), the scope, the condition and the divisor.
    /// </summary>
    public IReadOnlyList<string> NotJudged { get; init; } = [];

    /// <summary>This result, naming the reporting currency of its amounts.</summary>
    public AnalysisResult WithCurrency(string currency) => new(Diagnostics, Period, ComparedWithBaseline) { Currency = currency, NotJudged = NotJudged };

    /// <summary>
    /// 0 when no counted finding is an error (or, with <paramref name="warnAsError"/>, a warning); 1 otherwise.
    /// Suppressed findings never count; with a baseline only new findings count.
    /// </summary>
    public int ExitCode(bool warnAsError)
    {
        var counted = Diagnostics.Where(d => d.IsActive && (!ComparedWithBaseline || d.Baseline == BaselineState.New));
        return counted.Any(d => d.Severity == DiagnosticSeverity.Error || (warnAsError && d.Severity == DiagnosticSeverity.Warning)) ? 1 : 0;
    }
}
