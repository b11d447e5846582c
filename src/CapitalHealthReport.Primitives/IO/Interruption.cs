namespace CapitalHealthReport.IO;

/// <summary>
/// Ctrl+C and SIGTERM for the whole process. The command line's signal handler calls <see cref="Request"/>: every
/// <see cref="AtomicFile"/> write observes <see cref="Token"/> at its next write and removes its temporary file; if the
/// run does not end by itself soon after, the handler calls <see cref="RemoveTemporaryFiles"/> and exits, so an
/// interrupted run never leaves a hidden <c>.tmp</c> file behind. A library caller that never signals is unaffected.
/// </summary>
public static class Interruption
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Temporary = new(StringComparer.Ordinal);
    private static readonly CancellationTokenSource Source = new();
    private static bool _closed;

    /// <summary>Cancelled once the process has been asked to stop.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>Asks every writer to stop at its next write.</summary>
    public static void Request() => Source.Cancel();

    /// <summary>Removes every temporary file still being written and refuses new ones; returns the files removed.</summary>
    public static IReadOnlyList<string> RemoveTemporaryFiles()
    {
        lock (Gate)
        {
            _closed = true;
            var removed = new List<string>();
            foreach (var file in Temporary.Order(StringComparer.Ordinal))
            {
                try
                {
                    File.Delete(file);
                    removed.Add(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }

            Temporary.Clear();
            return removed;
        }
    }

    /// <summary>Registers a temporary file before it is created; refused once the process is exiting.</summary>
    internal static void Track(string temporaryFile)
    {
        lock (Gate)
        {
            if (_closed)
            {
                throw new OperationCanceledException("The run was interrupted.");
            }

            Temporary.Add(temporaryFile);
        }
    }

    /// <summary>Forgets a temporary file once it has been renamed into place or removed.</summary>
    internal static void Untrack(string temporaryFile)
    {
        lock (Gate)
        {
            Temporary.Remove(temporaryFile);
        }
    }
}
