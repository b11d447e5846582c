using System.Globalization;
using CapitalHealthReport.Limits;
using Microsoft.Win32.SafeHandles;

namespace CapitalHealthReport.IO;

/// <summary>
/// Reads the whole of a small input file (configuration, mapping, rule pack, baseline, template, verified snapshot,
/// reference table) within a <see cref="ReadPolicy"/>. Bytes are counted as they arrive, so a device or a FIFO,
/// whose length is 0 however much it delivers, is stopped at the same limit as a regular file; a FIFO opens without
/// waiting for a writer, and one that delivers nothing is given up after the policy's wait. The open file's kind is
/// checked on the handle itself, so the file cannot be swapped between the check and the read.
/// </summary>
public static class BoundedFile
{
    private const int Chunk = 1 << 16;

    /// <summary>The file's bytes.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, of a kind the policy refuses, too large or too slow.</exception>
    public static byte[] ReadAllBytes(string path, ReadPolicy policy)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.RefuseLinks && FileNode.At(path).Kind == FileNodeKind.Link)
        {
            throw new InputException($"is a symbolic link; {policy.What} must be a regular file, and links are not followed.", path, hint: "Replace the link with the file itself.");
        }

        using var handle = Open(path, policy);
        var node = FileNode.Of(handle, path);
        CheckKind(node, path, policy);
        if (node.Length > policy.MaxBytes)
        {
            throw TooLarge(path, policy, node.Length);
        }

        if (policy.Recorded)
        {
            InputLedger.Record(path, node, policy.What);
        }

        var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        if (!node.IsStream)
        {
            return ReadCounted(stream, path, policy, node.Length);
        }

        var reading = Task.Run(() => ReadCounted(stream, path, policy, 0));
        try
        {
            if (!reading.Wait(policy.Wait))
            {
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"is {FileNode.Describe(node.Kind)} that was still being read after {policy.Wait.TotalSeconds:0} s; nothing was used."),
                    path,
                    hint: "Give a regular file, or make sure the program writing to the pipe finishes.");
            }
        }
        catch (AggregateException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
        }

        return reading.Result;
    }

    /// <summary>The file's text: UTF-8 unless a byte-order mark says UTF-16 or UTF-32; invalid bytes become U+FFFD.</summary>
    public static string ReadAllText(string path, ReadPolicy policy)
    {
        var bytes = ReadAllBytes(path, policy);
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static SafeFileHandle Open(string path, ReadPolicy policy)
    {
        if (NativeFile.IsAvailable)
        {
            var errno = NativeFile.Open(path, write: false, noFollow: policy.RefuseLinks, out var handle);
            return errno switch
            {
                0 => handle!,
                NativeFile.NoSuchFile or NativeFile.NotADirectory => throw new InputException("does not exist.", path, hint: "Check the path."),
                NativeFile.AccessDenied => throw new InputException("cannot be read: permission denied.", path, hint: "Check the file's permissions."),
                NativeFile.TooManyLinks when policy.RefuseLinks => throw new InputException($"is a symbolic link; {policy.What} must be a regular file, and links are not followed.", path, hint: "Replace the link with the file itself."),
                _ => throw new InputException($"cannot be read: {NativeFile.Message(errno)}.", path),
            };
        }

        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException("does not exist.", path, hint: "Check the path.", innerException: e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(Directory.Exists(path) ? "is a folder, not a file." : "cannot be read: permission denied.", path, innerException: e);
        }
        catch (IOException e)
        {
            throw new InputException($"cannot be read: {e.Message}", path, innerException: e);
        }
    }

    private static void CheckKind(FileNode node, string path, ReadPolicy policy)
    {
        switch (node.Kind)
        {
            case FileNodeKind.Regular:
                return;
            case FileNodeKind.Directory:
                throw new InputException($"is a folder; {policy.What} is a file.", path, hint: "Give the file's path.");
            case FileNodeKind.Fifo or FileNodeKind.CharacterDevice when !policy.RegularFileOnly:
                return;
            default:
                throw new InputException($"is {FileNode.Describe(node.Kind)}; {policy.What} must be a regular file.", path, hint: "Give a regular file.");
        }
    }

    private static byte[] ReadCounted(Stream stream, string path, ReadPolicy policy, long expected)
    {
        using (stream)
        {
            var buffer = new MemoryStream((int)Math.Min(Math.Max(expected, 0) + 1, policy.MaxBytes + 1));
            var chunk = new byte[Chunk];
            long total = 0;
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(Chunk, policy.MaxBytes + 1 - total))) > 0)
            {
                total += read;
                if (total > policy.MaxBytes)
                {
                    throw TooLarge(path, policy, null);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static LimitExceededException TooLarge(string path, ReadPolicy policy, long? length)
    {
        var limit = ByteSize.Format(policy.MaxBytes);
        var reason = length is { } bytes
            ? $"is {ByteSize.Format(bytes)}, larger than the {limit} {policy.What} may be; nothing was used."
            : $"holds more than {limit}, larger than {policy.What} may be (a device or a pipe that does not end?); nothing was used.";
        return new LimitExceededException(reason, path, null, null, policy.Hint);
    }
}
