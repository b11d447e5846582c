namespace CapitalHealthReport.Cli;

/// <summary>Process exit codes: 0 success, 1 error findings (analyze) or a snapshot difference, 2 invalid input, 70 a bug.</summary>
public static class ExitCodes
{
    /// <summary>Output written; for <c>analyze</c>, no error-severity findings.</summary>
    public const int Success = 0;

    /// <summary><c>analyze</c>: error-severity findings (or warnings with <c>--warnaserror</c>); <c>--verify</c>: snapshot mismatch.</summary>
    public const int Findings = 1;

    /// <summary>Invalid input, rules, template or usage.</summary>
    public const int InvalidInput = 2;

    /// <summary>An unexpected failure inside the tool (a bug): reported with its stack trace.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C (SIGINT; 128 + 2): nothing written, no temporary file left.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + 15): nothing written, no temporary file left.</summary>
    public const int Terminated = 143;
}
