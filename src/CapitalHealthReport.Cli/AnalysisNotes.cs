namespace CapitalHealthReport.Cli;

/// <summary>
/// Prints what an analysis assumed or left out to standard error, one message each (wrapped at the terminal width on a
/// terminal or under <c>COLUMNS</c>), the same for every command.
/// </summary>
internal static class AnalysisNotes
{
    /// <summary>Writes the notes of <paramref name="analysis"/>, but those whose code is in <paramref name="except"/>.</summary>
    public static void Write(Analysis analysis, TextWriter stderr, params string[] except)
    {
        foreach (var note in analysis.Notes.Where(n => !except.Contains(n.Code, StringComparer.Ordinal)))
        {
            Terminal.TerminalLayout.WriteMessage(stderr, note.ToString());
        }
    }

    /// <summary>
    /// Writes each rule not judged on a scope because its condition divides by 0 there, and (for outputs where the finding
    /// itself is not in front of the user: a PDF, a JSON or SARIF file) each suppression that names a value the data does
    /// not hold (CH0003), as warnings.
    /// </summary>
    public static void WriteFindingWarnings(Rules.AnalysisResult findings, TextWriter stderr, bool unmatchedSuppressions)
    {
        foreach (var notJudged in findings.NotJudged)
        {
            Terminal.TerminalLayout.WriteMessage(stderr, Text.TerminalText.Escape("warning: " + notJudged + "."));
        }

        foreach (var finding in findings.Diagnostics.Where(d => unmatchedSuppressions && d.Id == Rules.ConfigurationRules.UnmatchedSuppression.Id && d.Baseline != Rules.BaselineState.Absent))
        {
            Terminal.TerminalLayout.WriteMessage(stderr, Text.TerminalText.Escape("warning: " + finding.Message + "."));
        }
    }
}
