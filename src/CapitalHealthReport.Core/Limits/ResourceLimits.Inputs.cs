using CapitalHealthReport.IO;

namespace CapitalHealthReport.Limits;

/// <summary>
/// The limits of the small inputs beside the deals file, and the <see cref="ReadPolicy"/> each is read with
/// (<see cref="BoundedFile"/>): bytes are counted as they are read, so a device or a FIFO is held to the same limit
/// as a regular file. All are fixed: no real input comes near them.
/// </summary>
public sealed partial record ResourceLimits
{
    /// <summary>Largest mapping file (1 MB).</summary>
    public int MaxMappingBytes { get; init; } = 1 << 20;

    /// <summary>Largest report template, and largest partial it includes (4 MB).</summary>
    public int MaxTemplateBytes { get; init; } = 4 << 20;

    /// <summary>Largest baseline (an earlier <c>analyze</c> JSON or SARIF output; 64 MB, the default output limit).</summary>
    public long MaxBaselineBytes { get; init; } = 64L << 20;

    /// <summary>Largest verified snapshot read back by <c>--verify</c> (64 MB, the default output limit).</summary>
    public long MaxSnapshotBytes { get; init; } = 64L << 20;

    /// <summary>Largest reference table (sectors, regions, exchange rates, baselines, investors; 16 MB).</summary>
    public int MaxReferenceBytes { get; init; } = 16 << 20;

    /// <summary>Longest a FIFO or device given as an input may take to deliver its bytes (30 s).</summary>
    public TimeSpan InputWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>--mapping</c>.</summary>
    public ReadPolicy MappingPolicy => Policy("a mapping file", MaxMappingBytes, "A mapping is a short YAML file: check that the right file was given.");

    /// <summary><c>--config</c>.</summary>
    public ReadPolicy ConfigurationPolicy => Policy("a configuration", MaxYamlBytes, "A configuration is a short YAML file: check that the right file was given.");

    /// <summary>A rule pack (<c>--rules</c>, or a file of a rule folder).</summary>
    public ReadPolicy RulePackPolicy => Policy("a rule pack", MaxYamlBytes, "A rule pack is a short YAML file: check that the right file was given.");

    /// <summary><c>--baseline</c>.</summary>
    public ReadPolicy BaselinePolicy => Policy("a baseline", MaxBaselineBytes, "Give an earlier 'analyze --format json' or '--format sarif' output.");

    /// <summary><c>--template</c>.</summary>
    public ReadPolicy TemplatePolicy => Policy("a report template", MaxTemplateBytes, "Check that the right template was given.");

    /// <summary>A partial included by a template: a regular file only (no FIFO or device can stall or flood the rendering).</summary>
    public ReadPolicy IncludePolicy => Policy("an included template", MaxTemplateBytes, "Split the partial, or check that the right file is included.") with { RegularFileOnly = true };

    /// <summary>
    /// A verified snapshot: a regular file, not a link (a committed link could otherwise print any file the CI job can
    /// read, such as <c>/proc/self/environ</c>), and not an input no output may replace (<c>--accept</c> replaces it).
    /// </summary>
    public ReadPolicy SnapshotPolicy => Policy("a verified snapshot", MaxSnapshotBytes, "Delete the file and run again with --accept.") with
    {
        RegularFileOnly = true,
        RefuseLinks = true,
        Recorded = false,
    };

    /// <summary>A reference table under <c>data/reference</c> (or an override of one).</summary>
    public ReadPolicy ReferencePolicy => Policy("a reference table", MaxReferenceBytes, "Check the reference folder (CAPITALHEALTH_HOME).");

    private ReadPolicy Policy(string what, long maxBytes, string hint) => new(what, maxBytes) { Wait = InputWait, Hint = hint };
}
