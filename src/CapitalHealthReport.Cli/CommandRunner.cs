using CapitalHealthReport.Text;

namespace CapitalHealthReport.Cli;

/// <summary>
/// Turns exceptions into messages and exit codes: user errors print one clear line each (no stack trace), naming the
/// settings they mention as flags (<see cref="Wording.CommandLine"/>), and exit 2.
/// </summary>
public static class CommandRunner
{
    public static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InputProblemsException ex)
        {
            foreach (var problem in ex.Problems)
            {
                stderr.WriteLine($"error: {problem.MessageIn(Wording.CommandLine)}");
            }

            stderr.WriteLine(ex.Summary);
            return ExitCodes.InvalidInput;
        }
        catch (InputException ex)
        {
            stderr.WriteLine($"error: {ex.MessageIn(Wording.CommandLine)}");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException) when (InterruptHandler.Signal is { } signal)
        {
            stderr.WriteLine($"error: interrupted ({signal}); no output was written and no temporary file was left.");
            return InterruptHandler.ExitCode;
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
            // A bug: the whole stack trace, control characters still shown visibly but nothing shortened.
            var raw = stderr is TerminalWriter terminal ? terminal.Inner : stderr;
            raw.WriteLine(TerminalText.Escape($"internal error: {ex}", keepLineBreaks: true));
            return ExitCodes.InternalError;
        }
    }
}
