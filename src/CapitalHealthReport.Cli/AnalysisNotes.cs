namespace CapitalHealthReport.Cli;

/// <summary>
/// Prints what an analysis assumed or left out to standard error, one message each (wrapped at the terminal width on a
/// terminal or under <c>COLUMNS</c>), the same for every command.
/// </summary>
internal static class AnalysisNotes
{
    public static void Write(Analysis analysis, TextWriter stderr)
    {
        foreach (var note in analysis.Notes)
        {
            Terminal.TerminalLayout.WriteMessage(stderr, note.ToString());
        }
    }
}
