using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CapitalHealthReport.IO;

/// <summary>
/// Writes outputs so that nothing is lost. A file is written to a temporary file in its folder and renamed over the
/// target only when complete: on any failure, Ctrl+C or SIGTERM the target is untouched and the temporary file is
/// removed. What is at the path decides how (<see cref="OutputTarget"/>): a FIFO or a device is written through and
/// never replaced, <c>-</c> is standard output, and a folder, a block device, a read-only file or an input of the same
/// run is refused. A replaced file keeps its permissions.
/// </summary>
public static class AtomicFile
{
    /// <summary>The longest file name, in UTF-8 bytes, most file systems take (ext4, XFS, APFS, NTFS in UTF-16 units).</summary>
    public const int MaxNameBytes = 255;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string content, WriteOptions? options = null) =>
        Write(
            path,
            stream =>
            {
                using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
                writer.Write(content);
            },
            options);

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content, WriteOptions? options = null)
    {
        var copy = content.ToArray();
        Write(path, stream => stream.Write(copy), options);
    }

    /// <summary>Runs <paramref name="write"/> against the output at <paramref name="path"/> (see the class summary).</summary>
    /// <exception cref="InputException">The path cannot take the output, or writing failed; nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled or the process interrupted; nothing was changed.</exception>
    public static void Write(string path, Action<Stream> write, WriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        options ??= WriteOptions.Default;
        var target = OutputTarget.Resolve(path, options);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, Interruption.Token);
        var token = cancellation.Token;
        token.ThrowIfCancellationRequested();
        switch (target.Mode)
        {
            case OutputMode.StandardOutput:
                using (var stream = StandardOutput.Open())
                {
                    Guarded(path, null, () => Finish(write, new CancellableStream(stream, token)));
                }

                return;
            case OutputMode.WriteThrough:
                Guarded(path, null, () =>
                {
                    using var stream = new FileStream(OpenExisting(target.Path, path), FileAccess.Write, bufferSize: 0);
                    Finish(write, new CancellableStream(stream, token));
                });
                return;
            default:
                Replace(target.Path, path, write, token);
                return;
        }
    }

    /// <summary>A hidden temporary name beside <paramref name="fileName"/> that fits in <see cref="MaxNameBytes"/>, however long the name.</summary>
    public static string TemporaryName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var suffix = "." + Guid.NewGuid().ToString("N")[..16] + ".tmp";
        var budget = MaxNameBytes - 1 - suffix.Length;
        var prefix = fileName;
        while (Utf8NoBom.GetByteCount(prefix) > budget)
        {
            prefix = prefix[..^(char.IsLowSurrogate(prefix[^1]) && prefix.Length > 1 ? 2 : 1)];
        }

        return "." + prefix + suffix;
    }

    private static void Replace(string full, string path, Action<Stream> write, CancellationToken token)
    {
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, TemporaryName(Path.GetFileName(full)));
        Interruption.Track(temp);
        try
        {
            Guarded(path, temp, () =>
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    Finish(write, new CancellableStream(stream, token));
                    stream.Flush(flushToDisk: true);
                }

                token.ThrowIfCancellationRequested();
                KeepPermissions(full, temp);
                File.Move(temp, full, overwrite: true);
            });
        }
        finally
        {
            Interruption.Untrack(temp);
        }
    }

    /// <summary>
    /// Gives the replacement the permissions of the file it replaces, so that rewriting a private (0600) report does
    /// not leave it readable by others, nor a shared one private.
    /// </summary>
    private static void KeepPermissions(string full, string temp)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(full))
        {
            return;
        }

        const UnixFileMode Permissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(temp, File.GetUnixFileMode(full) & Permissions);
    }

    private static void Finish(Action<Stream> write, Stream stream)
    {
        write(stream);
        stream.Flush();
    }

    private static SafeFileHandle OpenExisting(string full, string path)
    {
        if (!NativeFile.IsAvailable)
        {
            return File.OpenHandle(full, FileMode.Open, FileAccess.Write);
        }

        var errno = NativeFile.Open(full, write: true, noFollow: false, out var handle);
        return errno switch
        {
            0 => handle!,
            NativeFile.NoReader => throw new InputException("is a FIFO (named pipe) that no program is reading from; nothing was written.", path, hint: SettingText.Of($"Start the reading program first, or choose another {Settings.Output}.")),
            NativeFile.AccessDenied => throw new UnauthorizedAccessException(NativeFile.Message(errno)),
            _ => throw new IOException(NativeFile.Message(errno)),
        };
    }

    /// <summary>Runs one write; on failure removes <paramref name="temp"/> and turns file-system errors into input errors.</summary>
    private static void Guarded(string path, string? temp, Action action)
    {
        try
        {
            action();
        }
        catch (UnauthorizedAccessException ex)
        {
            TryDelete(temp);
            throw new InputException($"Cannot write the output: permission denied ({ex.Message}).", path, hint: SettingText.Of($"Check the folder's permissions or choose another {Settings.Output}."), innerException: ex);
        }
        catch (IOException ex)
        {
            TryDelete(temp);
            var reason = ex.Message.TrimEnd().EndsWith('.') ? ex.Message.TrimEnd() : ex.Message.TrimEnd() + ".";
            var hint = temp is null
                ? "Check the device or the program reading the pipe, then run again."
                : "Check free disk space and the path, then run again; nothing was changed.";
            throw new InputException($"Cannot write the output: {reason}", path, hint: hint, innerException: ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
