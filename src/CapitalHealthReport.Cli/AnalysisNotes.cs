namespace CapitalHealthReport.Cli;

/// <summary>Prints what an analysis assumed or left out to standard error, one line each, the same for every command.</summary>
internal static class AnalysisNotes
{
    public static void Write(Analysis analysis, TextWriter stderr)
    {
        foreach (var note in analysis.Notes)
        {
            stderr.WriteLine(note.ToString());
        }
    }
}
