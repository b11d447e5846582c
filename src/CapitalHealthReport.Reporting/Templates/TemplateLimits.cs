namespace CapitalHealthReport.Reporting.Templates;

/// <summary>The safety limits of one template rendering: how long, how deep and how much output a template may produce.</summary>
public sealed record TemplateLimits
{
    /// <summary>The most iterations one loop may run.</summary>
    public int LoopLimit { get; init; } = 10_000;

    /// <summary>The deepest nesting of function calls and includes.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>The longest single value converted to text, in characters.</summary>
    public int StringLimit { get; init; } = 1_000_000;

    /// <summary>The largest rendered document, in characters (8 M).</summary>
    public int OutputLimit { get; init; } = 8 * 1024 * 1024;

    /// <summary>The longest a rendering may take.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The defaults: 10,000 loop iterations, depth 64, 1 M characters per value, 8 M characters of output, 10 s.</summary>
    public static TemplateLimits Default { get; } = new();
}
