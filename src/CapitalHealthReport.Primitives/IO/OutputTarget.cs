namespace CapitalHealthReport.IO;

/// <summary>How an output reaches its path.</summary>
public enum OutputMode
{
    /// <summary>A new or regular file (also behind a link): written to a temporary file, then renamed into place.</summary>
    Replace,

    /// <summary>A FIFO or a character device (<c>/dev/null</c>, a terminal): written into as it is, never replaced.</summary>
    WriteThrough,

    /// <summary><c>-</c> or <c>/dev/stdout</c>: the run's standard output.</summary>
    StandardOutput,
}

/// <summary>Which nodes an output may land on.</summary>
public sealed record WriteOptions
{
    /// <summary>Command-line outputs: links are followed to their file, FIFOs and devices are written through.</summary>
    public static WriteOptions Default { get; } = new();

    /// <summary>Files the tool itself names (snapshots): only a new or regular file; a link, FIFO or device there is refused.</summary>
    public static WriteOptions RegularFileOnly { get; } = new() { FollowLinksAndDevices = false };

    public bool FollowLinksAndDevices { get; init; } = true;

    /// <summary>Stops the write at its next block (in addition to Ctrl+C and SIGTERM, see <see cref="Interruption"/>).</summary>
    public CancellationToken CancellationToken { get; init; }
}

/// <summary>
/// Where an output path really leads and how to write there: a regular file (or none) is replaced atomically, a link
/// is followed to the file it names (the link stays), a FIFO or a character device is written through, standard
/// output is named <c>-</c> or <c>/dev/stdout</c>; a block device, a socket, a link that leads nowhere, a folder, a
/// missing folder, a read-only file, an empty name and an input of the same run are refused with an <see cref="InputException"/>.
/// </summary>
public sealed record OutputTarget(OutputMode Mode, string Path)
{
    public static OutputTarget Resolve(string path, WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InputException("The output path is empty.", null, hint: SettingText.Of($"Give a file name with {Settings.Output}, or '-' for standard output."));
        }

        if (StandardOutput.IsNamedBy(path))
        {
            return options.FollowLinksAndDevices
                ? new OutputTarget(OutputMode.StandardOutput, path)
                : throw new InputException("standard output cannot hold this file.", path, hint: "Give a file name.");
        }

        var full = System.IO.Path.GetFullPath(path);
        var node = FileNode.At(full);
        if (node.Kind == FileNodeKind.Link)
        {
            if (!options.FollowLinksAndDevices)
            {
                throw new InputException("is a symbolic link; this file must be a regular file, so the link was neither followed nor replaced.", path, hint: "Remove the link and run again.");
            }

            full = RealPath.Of(full);
            node = FileNode.At(full);
            if (!node.Exists)
            {
                throw new InputException($"is a symbolic link to '{full}', which does not exist; nothing was written.", path, hint: "Give the real path, or fix the link.");
            }
        }

        switch (node.Kind)
        {
            case FileNodeKind.Missing or FileNodeKind.Regular:
                var folder = System.IO.Path.GetDirectoryName(full) ?? ".";
                if (!Directory.Exists(folder))
                {
                    throw new InputException($"The output folder '{folder}' does not exist.", path, hint: SettingText.Of($"Create it first or choose another {Settings.Output}."));
                }

                InputLedger.CheckNotAnInput(full, path);
                if (node.Kind == FileNodeKind.Regular && IsReadOnly(full))
                {
                    throw new InputException("is read-only; it was left as it is and nothing was written.", path, hint: SettingText.Of($"Make the file writable, or choose another {Settings.Output}."));
                }

                return new OutputTarget(OutputMode.Replace, full);
            case FileNodeKind.Directory:
                throw new InputException("The output path is a folder, not a file.", path, hint: SettingText.Of($"Give a file name with {Settings.Output}."));
            case FileNodeKind.Fifo or FileNodeKind.CharacterDevice when options.FollowLinksAndDevices:
                return new OutputTarget(OutputMode.WriteThrough, full);
            default:
                throw new InputException($"is {FileNode.Describe(node.Kind)}; an output is written to a file, a FIFO or a character device, and this was left as it is.", path, hint: SettingText.Of($"Choose another {Settings.Output}."));
        }
    }

    /// <summary>
    /// Whether the file at <paramref name="full"/> is marked read-only: no write permission for its owner (or this
    /// user) on Unix, the read-only attribute on Windows. Replacing by rename would bypass that mark, so such a file is
    /// refused instead, whoever runs the command.
    /// </summary>
    private static bool IsReadOnly(string full)
    {
        try
        {
            return (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
