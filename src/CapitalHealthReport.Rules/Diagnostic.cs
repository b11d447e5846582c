using System.Security.Cryptography;
using System.Text;
using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules;

/// <summary>How a finding compares with the <c>--baseline</c> output: new, unchanged, or present only in the baseline.</summary>
public enum BaselineState
{
    New,
    Unchanged,
    Absent,
}

/// <summary>Why a finding is suppressed: the configuration's justification, where it is written, and when it expires.</summary>
public sealed record SuppressionInfo(string Justification, string Source, DateOnly? Expires);

/// <summary>
/// One finding, Roslyn-style: rule id, effective severity, category, title, rendered message, the scope it is about,
/// the metric values that decided it (snake_case names; null when undefined), the help page, suppression and
/// baseline state.
/// </summary>
public sealed record Diagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Category,
    string Title,
    string Message,
    Scope Scope,
    IReadOnlyDictionary<string, double?> Evidence,
    string Help,
    SuppressionInfo? Suppressed,
    BaselineState Baseline)
{
    /// <summary>The scope as a logical location: <c>2025Q1</c> or <c>2025Q1/sector=AI</c>.</summary>
    public string Location => ScopeNames.QualifiedName(Scope);

    /// <summary>
    /// What a configuration finding is about besides its scope: the entry it names (<c>severity CH7777</c>,
    /// <c>suppression CH4001 region=Beijing</c>); null for a rule's finding, which its rule and scope identify.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// A message-independent fingerprint of (rule id, scope, subject): the same finding keeps it across runs and wording
    /// changes, and two findings of one rule in one scope (two unknown ids in the configuration) keep theirs apart.
    /// </summary>
    public string Fingerprint => ScopeNames.Fingerprint(Id, Location, Subject);

    /// <summary>True when the finding counts (not suppressed, not only in the baseline).</summary>
    public bool IsActive => Suppressed is null && Baseline != BaselineState.Absent;

    /// <summary>
    /// The title and message in other languages than English, keyed by language (<c>zh-CN</c>), from the rule pack's
    /// <c>title_zh-CN</c> and <c>message_zh-CN</c>. Outputs for machines (JSON, SARIF) carry the English text only.
    /// </summary>
    public IReadOnlyDictionary<string, DiagnosticText> Translations { get; init; } = DiagnosticText.None;

    /// <summary>The title in <paramref name="language"/>, else in English.</summary>
    public string TitleIn(string? language) => Translations.GetValueOrDefault(RuleLanguages.Normalize(language))?.Title ?? Title;

    /// <summary>The message in <paramref name="language"/>, else in English.</summary>
    public string MessageIn(string? language) => Translations.GetValueOrDefault(RuleLanguages.Normalize(language))?.Message ?? Message;
}

/// <summary>A finding's title and message in one language.</summary>
public sealed record DiagnosticText(string Title, string Message)
{
    /// <summary>No translations.</summary>
    public static IReadOnlyDictionary<string, DiagnosticText> None { get; } = new Dictionary<string, DiagnosticText>(StringComparer.Ordinal);
}

/// <summary>Counts of findings by severity (active ones), suppressed, and by baseline state.</summary>
public sealed record DiagnosticSummary(int Error, int Warning, int Info, int Suppressed, int New, int Unchanged, int Absent);

/// <summary>Names of scopes in outputs.</summary>
public static class ScopeNames
{
    /// <summary><c>2025Q1</c>, <c>2025Q1/sector=AI</c>.</summary>
    public static string QualifiedName(Scope scope) => scope.Slice is null ? scope.Period.Label : $"{scope.Period.Label}/{scope.Slice.Dimension}={scope.Slice.Value}";

    /// <summary>Parses <see cref="QualifiedName"/> back; null when it is not one.</summary>
    public static Scope? TryParse(string name)
    {
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        var periodText = slash < 0 ? name : name[..slash];
        if (!Model.Period.TryParse(periodText, out var period))
        {
            return null;
        }

        if (slash < 0)
        {
            return new Scope(period);
        }

        var slice = name[(slash + 1)..];
        var eq = slice.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || !SliceDimensions.All.Contains(slice[..eq], StringComparer.Ordinal) || eq == slice.Length - 1)
        {
            return null;
        }

        return new Scope(period, new Slice(slice[..eq], slice[(eq + 1)..]));
    }

    /// <summary>First 16 hex digits of SHA-256 over <c>id|location</c>, or <c>id|location|subject</c> when there is a subject.</summary>
    public static string Fingerprint(string id, string location, string? subject = null)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id + "|" + location + (subject is null ? "" : "|" + subject)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
