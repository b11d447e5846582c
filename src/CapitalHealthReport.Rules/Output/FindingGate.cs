namespace CapitalHealthReport.Rules;

/// <summary>
/// The severity at which findings fail a CI run (<c>--fail-on error|warning|info|none</c>; <c>--warnaserror</c> is
/// <c>--fail-on warning</c>). A finding fails the gate when it counts (not suppressed, not only in the baseline, and new
/// when the run was compared with a baseline) and its severity is the gate's or more severe.
/// </summary>
public sealed record FindingGate(DiagnosticSeverity Threshold)
{
    /// <summary>Error findings fail the run (the default).</summary>
    public static FindingGate Errors { get; } = new(DiagnosticSeverity.Error);

    /// <summary>
    /// The gate of <c>--fail-on</c> and <c>--warnaserror</c>: the stricter of the two when both are given, so
    /// <c>--warnaserror</c> gates at warning unless <c>--fail-on info</c> asks for more (even with <c>--fail-on none</c>).
    /// </summary>
    public static FindingGate From(string? failOn, bool warnAsError)
    {
        var threshold = failOn is null ? DiagnosticSeverity.Error : Parse(failOn);
        if (warnAsError && threshold is DiagnosticSeverity.Error or DiagnosticSeverity.None)
        {
            threshold = DiagnosticSeverity.Warning;
        }

        return new FindingGate(threshold);
    }

    /// <summary>The values <c>--fail-on</c> accepts, in help order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["error", "warning", "info", "none"];

    /// <summary>True when <paramref name="finding"/> is at or above the gate, whether or not it counts.</summary>
    public bool IsAtOrAbove(Diagnostic finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Threshold != DiagnosticSeverity.None && finding.Severity != DiagnosticSeverity.None && finding.Severity <= Threshold;
    }

    /// <summary>True when <paramref name="finding"/> fails the run.</summary>
    public bool Fails(Diagnostic finding, bool comparedWithBaseline) =>
        finding.IsActive && (!comparedWithBaseline || finding.Baseline == BaselineState.New) && IsAtOrAbove(finding);

    /// <summary>0 when no finding of <paramref name="result"/> fails the gate, 1 otherwise.</summary>
    public int ExitCode(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Diagnostics.Any(d => Fails(d, result.ComparedWithBaseline)) ? 1 : 0;
    }

    /// <summary><c>error</c>, <c>warning</c>, <c>info</c> or <c>none</c>.</summary>
    public override string ToString() => Severities.Name(Threshold);

    private static DiagnosticSeverity Parse(string text) =>
        Severities.TryParse(text) ?? throw new InputException($"--fail-on '{text}' is not a severity; use {string.Join(", ", Names)}.");
}
