using System.Globalization;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>The outcome of one in-process command line: exit code, both streams, and how long it took.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>Standard output and error together, for message checks.</summary>
    public string Output => Stdout + "\n" + Stderr;

    /// <summary>Fails when either stream holds a .NET stack frame or the internal-error banner.</summary>
    public void AssertNoStackTrace()
    {
        Assert.False(Output.Contains("   at ", StringComparison.Ordinal), $"a stack trace was printed:\n{Output}");
        Assert.False(Output.Contains("internal error", StringComparison.Ordinal), $"an internal error was reported:\n{Output}");
        Assert.False(Output.Contains("Exception:", StringComparison.Ordinal) && ExitCode == ExitCodes.InternalError, $"an exception escaped:\n{Output}");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}");
}

/// <summary>Runs <c>capital-health</c> in process (<see cref="CapitalHealthCli.Run"/>) on a worker with a time budget, so a hang fails the test instead of stalling the suite.</summary>
public static class CliRun
{
    /// <summary>The longest one command may take in these tests.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(60);

    public static CliResult Run(IReadOnlyList<string> args, TimeSpan? budget = null)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var task = Task.Factory.StartNew(
            () => CapitalHealthCli.Run([.. args], stdout, stderr),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var limit = budget ?? DefaultBudget;
        if (!task.Wait(limit))
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"'capital-health {string.Join(' ', args)}' did not finish within {limit.TotalSeconds:0} s (a hang)."));
        }

        return new CliResult(task.Result, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }
}
