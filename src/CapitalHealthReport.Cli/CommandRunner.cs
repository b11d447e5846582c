namespace CapitalHealthReport.Cli;

/// <summary>Turns exceptions into messages and exit codes: user errors print one clear line (no stack trace) and exit 2.</summary>
public static class CommandRunner
{
    public static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InputException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("error: cancelled.");
            return ExitCodes.InvalidInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"error: {ex.Message} Check the permissions of the output folder.");
            return ExitCodes.InvalidInput;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"internal error: {ex}");
            return ExitCodes.InternalError;
        }
    }
}
