namespace CapitalHealthReport.IO;

/// <summary>
/// What one kind of input file may be when <see cref="BoundedFile"/> reads it: how many bytes, whether it may be a
/// FIFO or a device (read with the same byte count, and given up after <see cref="Wait"/>), whether a link is
/// followed, and whether it counts as an input that no output of the same run may replace.
/// </summary>
/// <param name="What">The input as messages name it: "a configuration", "a rule pack", "a verified snapshot".</param>
/// <param name="MaxBytes">The most bytes read; more is a <see cref="Limits.LimitExceededException"/>.</param>
public sealed record ReadPolicy(string What, long MaxBytes)
{
    /// <summary>Refuse FIFOs and devices: only a regular file will do (template includes, verified snapshots).</summary>
    public bool RegularFileOnly { get; init; }

    /// <summary>Refuse a path that is itself a symbolic link (verified snapshots).</summary>
    public bool RefuseLinks { get; init; }

    /// <summary>Whether the file is recorded in the run's <see cref="InputLedger"/> (a verified snapshot is not: <c>--accept</c> replaces it).</summary>
    public bool Recorded { get; init; } = true;

    /// <summary>How long a FIFO or a device may take to deliver its bytes before the read is given up.</summary>
    public TimeSpan Wait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What the user can do when the file is over <see cref="MaxBytes"/>.</summary>
    public string Hint { get; init; } = "Check that the right file was given.";
}
