using System.Text;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using DiffPlex.Renderer;

namespace CapitalHealthReport.Verification;

/// <summary>How <see cref="SnapshotVerifier"/> treats differences.</summary>
public sealed record SnapshotOptions
{
    /// <summary>Approve: a new or changed output becomes the verified file, and any received file is removed.</summary>
    public bool Accept { get; init; }

    /// <summary>Line-end normalisation and scrubbing rules applied to text outputs and their verified files.</summary>
    public SnapshotScrubber Scrubber { get; init; } = SnapshotScrubber.Default;

    /// <summary>Unchanged lines shown around each change in a unified diff.</summary>
    public int ContextLines { get; init; } = 3;

    /// <summary>How large a verified snapshot may be (<see cref="ResourceLimits.SnapshotPolicy"/>).</summary>
    public ResourceLimits Limits { get; init; } = ResourceLimits.Default;
}

/// <summary>
/// The approval workflow with Verify's file conventions. For each output, <c>DIR/&lt;name&gt;.verified.&lt;ext&gt;</c>
/// is the approved version: when the output matches it nothing is written (a stale received file is removed);
/// otherwise <c>&lt;name&gt;.received.&lt;ext&gt;</c> is written beside it, with a unified diff for text and the list of
/// changed pages for a PDF. With <see cref="SnapshotOptions.Accept"/> the output is written as the verified file
/// instead. A received file of the same name that this run did not write (<c>report-2025Q1.en.received.html</c> left by
/// a run with <c>--format html</c>) is from an earlier run and is removed too, so that the received files in the folder
/// are always those of the last run; every removal is listed (<see cref="VerificationResult.Removed"/>). Every write is atomic. A verified file must be a regular file in the folder: a link (which a pull request
/// could point at <c>/proc/self/environ</c> to print the CI job's secrets in the diff), a FIFO or a device is refused,
/// as is a link or device where a received or verified file is to be written. Reading one back is bounded: its size,
/// the work of the diff, and for a PDF what its compressed streams expand to.
/// </summary>
public static class SnapshotVerifier
{
    /// <summary>Compares <paramref name="outputs"/> with the verified files in <paramref name="directory"/>.</summary>
    /// <exception cref="InputException">The directory is a file, or a snapshot file cannot be read or written.</exception>
    public static VerificationResult Verify(string directory, IReadOnlyList<SnapshotOutput> outputs, SnapshotOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(outputs);
        options ??= new SnapshotOptions();
        if (File.Exists(directory))
        {
            throw new InputException("--verify needs a folder, and this is a file.", directory, hint: "Give the folder that holds (or will hold) the *.verified.* files.");
        }

        var duplicates = outputs.GroupBy(static o => o.DisplayName, StringComparer.Ordinal).Where(static g => g.Count() > 1).Select(static g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException("Two outputs share the snapshot name " + string.Join(", ", duplicates) + ".", nameof(outputs));
        }

        var outcomes = outputs.Select(output => VerifyOne(directory, output, options)).ToList();
        var removed = outcomes.Where(static o => o.RemovedReceived is not null)
            .Select(static o => new RemovedFile(o.RemovedReceived!, o.Status == SnapshotStatus.Accepted
                ? $"this run accepted {o.Output.DisplayName} into {Path.GetFileName(o.VerifiedPath)}"
                : $"{o.Output.DisplayName} now matches {Path.GetFileName(o.VerifiedPath)}"))
            .Concat(RemoveLeftOver(directory, outputs))
            .ToList();
        return new VerificationResult(directory, outcomes) { Removed = removed };
    }

    /// <summary>A unified diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks) from <paramref name="verified"/> to <paramref name="received"/>; empty when equal.</summary>
    public static string UnifiedDiff(string verified, string received, string verifiedName, string receivedName, int contextLines = 3)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(received);
        if (string.Equals(verified, received, StringComparison.Ordinal))
        {
            return "";
        }

        if (DiffBudget.Exceeded(verified, received, verifiedName, receivedName) is { } summary)
        {
            return summary;
        }

        var diff = new UnidiffRenderer(contextLines: Math.Max(0, contextLines)).Generate(verified, received, verifiedName, receivedName, ignoreWhitespace: false, ignoreCase: false);
        return SnapshotScrubber.NormalizeLineEnds(diff);
    }

    private static SnapshotOutcome VerifyOne(string directory, SnapshotOutput output, SnapshotOptions options)
    {
        var verifiedPath = Path.Combine(directory, output.VerifiedFileName);
        var receivedPath = Path.Combine(directory, output.ReceivedFileName);
        var exists = FileNode.At(verifiedPath).Exists;
        return output.Kind == SnapshotKind.Pdf
            ? VerifyPdf(directory, output, options, verifiedPath, receivedPath, exists)
            : VerifyText(directory, output, options, verifiedPath, receivedPath, exists);
    }

    private static SnapshotOutcome VerifyText(string directory, SnapshotOutput output, SnapshotOptions options, string verifiedPath, string receivedPath, bool exists)
    {
        var received = options.Scrubber.Scrub(output.TextContent!);
        var verified = exists ? options.Scrubber.Scrub(ReadText(verifiedPath, options)) : null;
        if (verified is not null && string.Equals(verified, received, StringComparison.Ordinal))
        {
            return new SnapshotOutcome(output, SnapshotStatus.Matched, verifiedPath, null) { RemovedReceived = RemoveStale(receivedPath) };
        }

        if (options.Accept)
        {
            EnsureDirectory(directory);
            AtomicFile.WriteAllText(verifiedPath, received, WriteOptions.RegularFileOnly);
            return new SnapshotOutcome(output, SnapshotStatus.Accepted, verifiedPath, null) { RemovedReceived = RemoveStale(receivedPath) };
        }

        EnsureDirectory(directory);
        AtomicFile.WriteAllText(receivedPath, received, WriteOptions.RegularFileOnly);
        if (verified is null)
        {
            return new SnapshotOutcome(output, SnapshotStatus.New, verifiedPath, receivedPath);
        }

        var diff = UnifiedDiff(verified, received, output.VerifiedFileName, output.ReceivedFileName, options.ContextLines);
        return new SnapshotOutcome(output, SnapshotStatus.Changed, verifiedPath, receivedPath) { Diff = diff };
    }

    private static SnapshotOutcome VerifyPdf(string directory, SnapshotOutput output, SnapshotOptions options, string verifiedPath, string receivedPath, bool exists)
    {
        var received = output.Bytes!;
        var verified = exists ? ReadBytes(verifiedPath, options) : null;
        if (verified is not null && verified.AsSpan().SequenceEqual(received))
        {
            return new SnapshotOutcome(output, SnapshotStatus.Matched, verifiedPath, null) { RemovedReceived = RemoveStale(receivedPath) };
        }

        if (options.Accept)
        {
            EnsureDirectory(directory);
            AtomicFile.WriteAllBytes(verifiedPath, received, WriteOptions.RegularFileOnly);
            return new SnapshotOutcome(output, SnapshotStatus.Accepted, verifiedPath, null) { RemovedReceived = RemoveStale(receivedPath) };
        }

        EnsureDirectory(directory);
        AtomicFile.WriteAllBytes(receivedPath, received, WriteOptions.RegularFileOnly);
        if (verified is null)
        {
            return new SnapshotOutcome(output, SnapshotStatus.New, verifiedPath, receivedPath);
        }

        var newPages = PdfPages.Read(received);
        IReadOnlyList<PdfPage>? oldPages = null;
        var unreadable = PdfInflation.Check(verified, 4 * options.Limits.MaxSnapshotBytes);
        if (unreadable is null)
        {
            try
            {
                oldPages = PdfPages.Read(verified, maxPages: Math.Max(1_000, 4 * newPages.Count));
            }
            catch (InputException e)
            {
                unreadable = e.Reason.TrimEnd('.');
            }
        }

        if (oldPages is null)
        {
            return new SnapshotOutcome(output, SnapshotStatus.Changed, verifiedPath, receivedPath)
            {
                Note = $"the verified PDF was not read back ({unreadable}), so pages cannot be compared",
                PageCount = newPages.Count,
            };
        }

        var changes = ComparePages(oldPages, newPages);
        return new SnapshotOutcome(output, SnapshotStatus.Changed, verifiedPath, receivedPath)
        {
            PageChanges = changes,
            PageCount = newPages.Count,
            Note = changes.Count == 0 ? "every page draws the same; the document's metadata, fonts or structure differ" : null,
        };
    }

    /// <summary>Pages whose content hash differs, pages only in the received PDF, and pages only in the verified one.</summary>
    public static IReadOnlyList<PageChange> ComparePages(IReadOnlyList<PdfPage> verified, IReadOnlyList<PdfPage> received)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(received);
        var changes = new List<PageChange>();
        for (var i = 0; i < Math.Max(verified.Count, received.Count); i++)
        {
            if (i >= verified.Count)
            {
                changes.Add(new PageChange(i + 1, PageChangeKind.Added));
            }
            else if (i >= received.Count)
            {
                changes.Add(new PageChange(i + 1, PageChangeKind.Removed));
            }
            else if (!string.Equals(verified[i].ContentHash, received[i].ContentHash, StringComparison.Ordinal))
            {
                changes.Add(new PageChange(i + 1, PageChangeKind.Changed));
            }
        }

        return changes;
    }

    private static string ReadText(string path, SnapshotOptions options)
    {
        var bytes = ReadBytes(path, options);
        return new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
    }

    private static byte[] ReadBytes(string path, SnapshotOptions options)
    {
        try
        {
            return BoundedFile.ReadAllBytes(path, options.Limits.SnapshotPolicy);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"The verified snapshot cannot be read: {e.Message}", path, hint: "Check the file's permissions, or delete it and run again with --accept.", innerException: e);
        }
    }

    private static void EnsureDirectory(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"The snapshot folder cannot be created: {e.Message}", directory, hint: "Check the path and its permissions.", innerException: e);
        }
    }

    /// <summary>Removes a received file an earlier run left; returns its path, or null when there was none.</summary>
    private static string? RemoveStale(string receivedPath)
    {
        if (!File.Exists(receivedPath))
        {
            return null;
        }

        try
        {
            File.Delete(receivedPath);
            return receivedPath;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"A received file from an earlier run cannot be removed: {e.Message}", receivedPath, hint: "Delete it by hand.", innerException: e);
        }
    }

    /// <summary>
    /// Removes the received files of the outputs' names (<c>&lt;name&gt;.received.&lt;ext&gt;</c>) whose extension no
    /// output of this run has: an earlier run wrote them, for an output this one does not render. Regular files only.
    /// </summary>
    private static List<RemovedFile> RemoveLeftOver(string directory, IReadOnlyList<SnapshotOutput> outputs)
    {
        var removed = new List<RemovedFile>();
        if (!Directory.Exists(directory))
        {
            return removed;
        }

        foreach (var name in outputs.Select(static o => o.Name).Distinct(StringComparer.Ordinal))
        {
            var prefix = name + ".received.";
            var rendered = outputs.Where(o => string.Equals(o.Name, name, StringComparison.Ordinal)).Select(static o => o.Extension).ToHashSet(StringComparer.Ordinal);
            foreach (var path in Directory.EnumerateFiles(directory, prefix + "*").Order(StringComparer.Ordinal))
            {
                var file = Path.GetFileName(path);
                var extension = file.StartsWith(prefix, StringComparison.Ordinal) ? file[prefix.Length..] : "";
                if (extension.Length == 0 || extension.Contains('.', StringComparison.Ordinal) || rendered.Contains(extension)
                    || FileNode.At(path).Kind != FileNodeKind.Regular)
                {
                    continue;
                }

                RemoveStale(path);
                removed.Add(new RemovedFile(path, $"this run did not verify {name}.{extension}"));
            }
        }

        return removed;
    }
}
