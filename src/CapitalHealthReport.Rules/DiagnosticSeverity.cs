namespace CapitalHealthReport.Rules;

/// <summary>Severity of a diagnostic, Roslyn-style; <see cref="None"/> disables a rule.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
    None,
}

/// <summary>Spelling of severities in YAML, JSON and SARIF.</summary>
public static class Severities
{
    /// <summary>The severities a rule can give: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    public static IReadOnlyList<string> RuleLevels { get; } = ["error", "warning", "info"];

    /// <summary>The severities a configuration can set: the rule levels and <c>none</c>.</summary>
    public static IReadOnlyList<string> All { get; } = ["error", "warning", "info", "none"];

    /// <summary>Parses <c>error</c>, <c>warning</c>, <c>info</c> or <c>none</c> (ordinal, case-insensitive); null for anything else.</summary>
    public static DiagnosticSeverity? TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        "info" => DiagnosticSeverity.Info,
        "none" => DiagnosticSeverity.None,
        _ => null,
    };

    /// <summary>The lower-case name used in YAML and JSON.</summary>
    public static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "none",
    };

    /// <summary>The SARIF 2.1.0 <c>level</c> (info maps to <c>note</c>).</summary>
    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>Inverse of <see cref="SarifLevel"/>.</summary>
    public static DiagnosticSeverity FromSarifLevel(string? level) => level switch
    {
        "error" => DiagnosticSeverity.Error,
        "note" => DiagnosticSeverity.Info,
        "none" => DiagnosticSeverity.None,
        _ => DiagnosticSeverity.Warning,
    };
}
