using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Verification;

/// <summary>What happened to one snapshot.</summary>
public enum SnapshotStatus
{
    /// <summary>The output equals the verified file; nothing was written.</summary>
    Matched,

    /// <summary>The output differs from the verified file; the received file was written beside it.</summary>
    Changed,

    /// <summary>No verified file exists yet; the received file was written.</summary>
    New,

    /// <summary>The output was new or changed and has been written as the verified file.</summary>
    Accepted,
}

/// <summary>How one page of a PDF differs from the verified PDF.</summary>
public enum PageChangeKind
{
    Changed,
    Added,
    Removed,
}

/// <summary>A page of a PDF that differs from the verified PDF (1-based <paramref name="Page"/>).</summary>
public sealed record PageChange(int Page, PageChangeKind Kind);

/// <summary>The outcome of one snapshot: its status, files, and for a mismatch the diff or the changed pages.</summary>
public sealed record SnapshotOutcome(SnapshotOutput Output, SnapshotStatus Status, string VerifiedPath, string? ReceivedPath)
{
    /// <summary>Unified diff from the verified to the received text (text outputs that changed).</summary>
    public string? Diff { get; init; }

    /// <summary>The pages that differ (PDF outputs that changed).</summary>
    public IReadOnlyList<PageChange>? PageChanges { get; init; }

    /// <summary>Pages in the received PDF.</summary>
    public int? PageCount { get; init; }

    /// <summary>Anything else the reviewer should know about the difference.</summary>
    public string? Note { get; init; }

    /// <summary>A received file an earlier run left for this output, removed because the output matched or was accepted.</summary>
    public string? RemovedReceived { get; init; }

    /// <summary>True when this output needs review (new or changed, not accepted).</summary>
    public bool Failed => Status is SnapshotStatus.Changed or SnapshotStatus.New;
}

/// <summary>A received file an earlier run left, removed by this one, and why it no longer stood for anything.</summary>
public sealed record RemovedFile(string Path, string Reason);

/// <summary>The outcome of a <see cref="SnapshotVerifier.Verify"/> run and its human-readable report.</summary>
public sealed class VerificationResult
{
    /// <summary>Diff lines printed per output before the rest is left to the received file.</summary>
    public const int MaxDiffLines = 400;

    public VerificationResult(string directory, IReadOnlyList<SnapshotOutcome> outcomes)
    {
        Directory = directory;
        Outcomes = outcomes;
    }

    /// <summary>The snapshot folder.</summary>
    public string Directory { get; }

    public IReadOnlyList<SnapshotOutcome> Outcomes { get; }

    /// <summary>The received files of earlier runs this run removed (<see cref="DescribeRemoved"/> lists them).</summary>
    public IReadOnlyList<RemovedFile> Removed { get; init; } = [];

    /// <summary>True when every output matched or was accepted.</summary>
    public bool Passed => Outcomes.All(static o => !o.Failed);

    /// <summary>
    /// The report for the console: one line per snapshot, the unified diff of each changed text, the changed pages
    /// of a PDF, and what to do next. LF line ends, no colour, stable wording (scripts and tests read it).
    /// </summary>
    public string Describe()
    {
        var builder = new StringBuilder();
        foreach (var outcome in Outcomes)
        {
            var output = outcome.Output;
            switch (outcome.Status)
            {
                case SnapshotStatus.Matched:
                    builder.Append(CultureInfo.InvariantCulture, $"verified: {output.DisplayName} matches {outcome.VerifiedPath}\n");
                    break;
                case SnapshotStatus.Accepted:
                    builder.Append(CultureInfo.InvariantCulture, $"accepted: {output.DisplayName} written to {outcome.VerifiedPath}\n");
                    break;
                case SnapshotStatus.New:
                    builder.Append(CultureInfo.InvariantCulture, $"new: {output.DisplayName} has no verified file yet; wrote {outcome.ReceivedPath}\n");
                    break;
                default:
                    DescribeChange(builder, outcome);
                    break;
            }
        }

        var failed = Outcomes.Count(static o => o.Failed);
        var accepted = Outcomes.Count(static o => o.Status == SnapshotStatus.Accepted);
        if (failed > 0)
        {
            var anyNew = Outcomes.Any(static o => o.Status == SnapshotStatus.New);
            builder.Append(CultureInfo.InvariantCulture, $"{failed} of {Outcomes.Count} snapshots differ from the verified files in {Directory}. ");
            builder.Append(anyNew
                ? "Review the received files, then run the same command with --accept to approve them (or rename *.received.* to *.verified.*).\n"
                : "Review the differences, then run the same command with --accept to approve them (or rename *.received.* to *.verified.*).\n");
        }
        else if (accepted > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{accepted} of {Outcomes.Count} snapshots accepted into {Directory}; commit the *.verified.* files.\n");
        }
        else
        {
            builder.Append(CultureInfo.InvariantCulture, $"all {Outcomes.Count} snapshots match the verified files in {Directory}.\n");
        }

        return builder.ToString();
    }

    /// <summary>One line per received file this run removed, for standard error: which file, and why it was stale.</summary>
    public string DescribeRemoved()
    {
        var builder = new StringBuilder();
        foreach (var file in Removed)
        {
            builder.Append(CultureInfo.InvariantCulture, $"note: removed {file.Path}, a received file left by an earlier run: {file.Reason}.\n");
        }

        return builder.ToString();
    }

    private static void DescribeChange(StringBuilder builder, SnapshotOutcome outcome)
    {
        var output = outcome.Output;
        if (output.Kind == SnapshotKind.Pdf)
        {
            var pages = outcome.PageChanges is { Count: > 0 } changes
                ? "pages " + string.Join(", ", changes.Select(static c => c.Kind switch
                {
                    PageChangeKind.Added => string.Create(CultureInfo.InvariantCulture, $"{c.Page} (added)"),
                    PageChangeKind.Removed => string.Create(CultureInfo.InvariantCulture, $"{c.Page} (removed)"),
                    _ => c.Page.ToString(CultureInfo.InvariantCulture),
                })) + string.Create(CultureInfo.InvariantCulture, $" of {outcome.PageCount} changed (by page-content hash)")
                : outcome.Note ?? "the bytes differ";
            builder.Append(CultureInfo.InvariantCulture, $"changed: {output.DisplayName}: {pages}; wrote {outcome.ReceivedPath}\n");
            if (outcome.PageChanges is { Count: > 0 } && outcome.Note is { } note)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  ({note})\n");
            }

            return;
        }

        builder.Append(CultureInfo.InvariantCulture, $"changed: {output.DisplayName}; wrote {outcome.ReceivedPath}\n");
        if (!output.ShowDiff || string.IsNullOrEmpty(outcome.Diff))
        {
            return;
        }

        var lines = outcome.Diff.Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < Math.Min(count, MaxDiffLines); i++)
        {
            builder.Append(lines[i]).Append('\n');
        }

        if (count > MaxDiffLines)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… {count - MaxDiffLines} more diff lines; compare {outcome.VerifiedPath} with {outcome.ReceivedPath}\n");
        }
    }
}
