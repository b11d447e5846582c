namespace CapitalHealthReport;

/// <summary>How much an <see cref="AnalysisNote"/> matters.</summary>
public enum AnalysisNoteLevel
{
    /// <summary>A default the run took from the data or assumed.</summary>
    Info,

    /// <summary>Data the run could not use.</summary>
    Warning,
}

/// <summary>Something a run assumed or left out, which its outputs say (standard error, the report's data-quality section).</summary>
/// <param name="Level">Whether data was left out (a warning) or a default taken (information).</param>
/// <param name="Code">A stable name: <c>currency-assumed</c>, <c>currency-from-data</c>, <c>deal-currency-assumed</c>, <c>currency-from-cell-format</c>, <c>cell-format-currency-differs</c>, <c>amount-unit-from-cell-format</c>, <c>cell-format-unit-mixed</c>, <c>yen-sign</c>, <c>fx-nearest-year</c>, <c>number-format-assumed</c>, <c>baseline-from-data</c>, <c>implausible-dates</c>, <c>dated-by-period</c>, <c>rows-rejected</c>, <c>after-cutoff</c>.</param>
/// <param name="Message">One sentence saying what was assumed or left out, and what to do about it.</param>
/// <param name="Chinese">The same sentence in Chinese, for a report in Chinese.</param>
public sealed record AnalysisNote(AnalysisNoteLevel Level, string Code, string Message, string Chinese)
{
    public static AnalysisNote Info(string code, string message, string chinese) => new(AnalysisNoteLevel.Info, code, message, chinese);

    public static AnalysisNote Warning(string code, string message, string chinese) => new(AnalysisNoteLevel.Warning, code, message, chinese);

    /// <summary>The line a command prints on standard error: <c>note: …</c> or <c>warning: …</c>.</summary>
    public override string ToString() => (Level == AnalysisNoteLevel.Warning ? "warning: " : "note: ") + Message;
}
