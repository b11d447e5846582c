using System.Text;

namespace CapitalHealthReport.IO;

/// <summary>
/// Writes output files atomically: the content goes to a temporary file in the target folder,
/// which is renamed over the target only when complete. On any failure the target is untouched
/// and the temporary file is removed, so a run that fails part-way never leaves a half-written file.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string content) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
            writer.Write(content);
        });

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        var copy = content.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>Runs <paramref name="write"/> against a temporary file beside <paramref name="path"/>, then renames it into place.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new InputException($"The output folder '{folder}' does not exist.", path, hint: "Create it first or choose another --output.");
        }

        if (Directory.Exists(full))
        {
            throw new InputException("The output path is a folder, not a file.", path, hint: "Give a file name with --output.");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException ex)
        {
            TryDelete(temp);
            throw new InputException($"Cannot write the output: permission denied ({ex.Message}).", path, hint: "Check the folder's permissions or choose another --output.", innerException: ex);
        }
        catch (IOException ex)
        {
            TryDelete(temp);
            throw new InputException($"Cannot write the output: {ex.Message}", path, hint: "Check free disk space and the path, then run again; nothing was changed.", innerException: ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
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
