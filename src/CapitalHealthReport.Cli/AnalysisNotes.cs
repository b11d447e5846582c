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
}
