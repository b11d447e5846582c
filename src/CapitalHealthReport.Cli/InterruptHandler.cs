using System.Runtime.InteropServices;
using CapitalHealthReport.IO;

namespace CapitalHealthReport.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the run is asked to stop (<see cref="Interruption.Request"/>), so a write in progress
/// stops at its next block and removes its temporary file, and the command ends with exit code 130 (SIGINT) or 143
/// (SIGTERM). A run busy elsewhere (loading, rendering) is given <see cref="Grace"/> to notice; then its temporary
/// files are removed and the process exits with the same code. A second signal exits at once, also cleaning up.
/// </summary>
internal sealed class InterruptHandler : IDisposable
{
    /// <summary>How long a run has to stop by itself after the first signal.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private static readonly Lock Gate = new();
    private static Timer? _deadline;

    private readonly PosixSignalRegistration[] _registrations;

    private InterruptHandler(PosixSignalRegistration[] registrations)
    {
        _registrations = registrations;
    }

    /// <summary>The signal received (<c>SIGINT</c>, <c>SIGTERM</c>), or null while none was.</summary>
    public static string? Signal { get; private set; }

    /// <summary>128 plus the signal's number, as shells report a process ended by a signal.</summary>
    public static int ExitCode { get; private set; } = ExitCodes.Interrupted;

    /// <summary>Starts listening for SIGINT and SIGTERM in this process (the command-line entry point only).</summary>
    public static InterruptHandler Install() =>
        new([PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)]);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private static void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        lock (Gate)
        {
            if (Signal is not null)
            {
                Exit();
                return;
            }

            Signal = context.Signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT";
            ExitCode = context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
            _deadline = new Timer(_ => Exit(), null, Grace, Timeout.InfiniteTimeSpan);
        }

        Interruption.Request();
    }

    private static void Exit()
    {
        Interruption.RemoveTemporaryFiles();
        Console.Error.WriteLine($"error: interrupted ({Signal}); no output was written and no temporary file was left.");
        Environment.Exit(ExitCode);
    }
}
