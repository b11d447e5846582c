using System.Collections.Concurrent;

namespace CapitalHealthReport.IO;

/// <summary>
/// The input files one command has read, so that its output never replaces one of them
/// (<c>metrics --deals in.csv --format csv -o in.csv</c> would otherwise overwrite the export it just read). A command
/// line opens a ledger with <see cref="Begin"/>; every reader records what it opened (<c>BoundedFile</c> does
/// for small inputs, the deals loader for the deals file), and <see cref="AtomicFile"/> asks <see cref="CheckNotAnInput"/>
/// before it writes. Files are compared by identity (device and inode on Linux, so a second name, a link or a hard
/// link is caught too) and by resolved path. Outside a ledger (library use) nothing is recorded or checked.
/// </summary>
public sealed class InputLedger : IDisposable
{
    private static readonly AsyncLocal<InputLedger?> CurrentLedger = new();

    private readonly InputLedger? _outer;
    private readonly ConcurrentQueue<Entry> _entries = new();

    private InputLedger(InputLedger? outer)
    {
        _outer = outer;
    }

    /// <summary>Starts recording for the current command (and the tasks it starts) until disposed.</summary>
    public static InputLedger Begin()
    {
        var ledger = new InputLedger(CurrentLedger.Value);
        CurrentLedger.Value = ledger;
        return ledger;
    }

    /// <summary>Records an input of the current command; <paramref name="what"/> names it in messages ("the deals file").</summary>
    public static void Record(string path, string what) => Record(path, FileNode.Behind(path), what);

    /// <summary>Records an input whose node is already known (from its open handle).</summary>
    public static void Record(string path, FileNode node, string what)
    {
        if (CurrentLedger.Value is not { } ledger || node.Kind != FileNodeKind.Regular)
        {
            return;
        }

        ledger._entries.Enqueue(new Entry(path, Resolve(path), node, what));
    }

    /// <summary>Throws an <see cref="InputException"/> when writing <paramref name="outputPath"/> would replace an input of the current command.</summary>
    /// <param name="outputPath">The output's resolved path.</param>
    /// <param name="display">The output as the user wrote it, for the message.</param>
    public static void CheckNotAnInput(string outputPath, string display)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        if (CurrentLedger.Value is not { } ledger || ledger._entries.IsEmpty)
        {
            return;
        }

        var node = FileNode.Behind(outputPath);
        if (!node.Exists)
        {
            return;
        }

        var resolved = Resolve(outputPath);
        foreach (var entry in ledger._entries)
        {
            if (entry.Node.SameFileAs(node) || string.Equals(entry.Resolved, resolved, StringComparison.Ordinal))
            {
                throw new InputException(
                    $"the output is {entry.What} this command reads ('{entry.Path}'); writing it would replace that input, so nothing was written.",
                    display,
                    hint: SettingText.Of($"Choose another {Settings.Output}."));
            }
        }
    }

    public void Dispose()
    {
        if (ReferenceEquals(CurrentLedger.Value, this))
        {
            CurrentLedger.Value = _outer;
        }
    }

    private static string Resolve(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }

    private sealed record Entry(string Path, string Resolved, FileNode Node, string What);
}
