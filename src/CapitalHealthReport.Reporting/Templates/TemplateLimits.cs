using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// The safety limits of one template rendering: how long, how deep and how much output a template may produce, and
/// how large a template file may be. The output, time and file-size defaults are those of
/// <see cref="ResourceLimits.Default"/>, so the library and the command line render under the same limits
/// (docs/templates.md lists them; a test keeps that page in step with these values).
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>The most iterations one loop may run (10,000).</summary>
    public int LoopLimit { get; init; } = 10_000;

    /// <summary>The deepest nesting of function calls and includes (64).</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>The longest single value converted to text, in characters (1,000,000).</summary>
    public int StringLimit { get; init; } = 1_000_000;

    /// <summary>The largest rendered document, in characters (<c>--max-output-size</c>, default 64 MB).</summary>
    public int OutputLimit { get; init; } = (int)ResourceLimits.Default.MaxOutputBytes;

    /// <summary>The longest a rendering may take (<c>--template-timeout</c>, default 30 s).</summary>
    public TimeSpan TimeBudget { get; init; } = ResourceLimits.Default.TemplateTime;

    /// <summary>The largest template or included partial, in bytes (4 MB).</summary>
    public int MaxTemplateBytes { get; init; } = ResourceLimits.Default.MaxTemplateBytes;

    /// <summary>The defaults: 10,000 loop iterations, depth 64, 1 M characters per value, 64 MB of output, 30 s, 4 MB templates.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>The resource limits that read template files.</summary>
    internal ResourceLimits Files => ResourceLimits.Default with { MaxTemplateBytes = MaxTemplateBytes };
}
