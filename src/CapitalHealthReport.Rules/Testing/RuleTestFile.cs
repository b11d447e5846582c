using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Rules.Testing;

/// <summary>One expected finding of a rule test: rule id, severity and scope (<c>2025Q1</c>, <c>2025Q1/sector=AI</c>).</summary>
public sealed record ExpectedFinding(string Id, DiagnosticSeverity Severity, string Location)
{
    public override string ToString() => $"{Id} {Severities.Name(Severity)} {Location}";
}

/// <summary>
/// One fixture of a <c>*.tests.yaml</c> file: a name, the rules it checks, either metrics for one scope (with the
/// previous and year-earlier periods' metrics) or a small table of deals, and the findings expected.
/// </summary>
public sealed record RuleTestCase(
    string Name,
    int Line,
    IReadOnlyList<string> Rules,
    Period Period,
    Slice? Slice,
    MetricSet? Metrics,
    MetricSet? Prev,
    MetricSet? Yoy,
    IReadOnlyList<Deal>? Deals,
    IReadOnlyList<ExpectedFinding> Expect)
{
    /// <summary>The number of data issues the loader reported (<c>Scope.DataIssueCount</c> of the period scope).</summary>
    public int DataIssues { get; init; }
}

/// <summary>
/// A <c>*.tests.yaml</c> file beside a rule pack (<c>concentration.tests.yaml</c> beside <c>concentration.yaml</c>):
/// the pack it tests (<c>pack:</c>, default the file of the same name), optional <c>parameters:</c> (as in
/// <c>capitalhealth.yaml</c>), optional <c>base:</c> metrics every case starts from, and <c>tests:</c>, each with
/// <c>name</c>, optional <c>rules</c> (default: every rule of the pack), <c>period</c>, <c>scope</c>, <c>metrics</c>,
/// <c>prev</c> and <c>yoy</c> (each over the base; <c>none</c> for no such period) or <c>deals</c>, <c>data_issues</c>,
/// and <c>expect</c>.
/// </summary>
public sealed class RuleTestFile
{
    /// <summary>The file name suffix of rule test files.</summary>
    public const string Suffix = ".tests.yaml";

    /// <summary>The file as named in messages (a path, or a bundled file's repository path).</summary>
    public required string File { get; init; }

    /// <summary>The pack tested, as a path beside the file (or a bundled pack's repository path).</summary>
    public required string Pack { get; init; }

    /// <summary>The configuration the cases run under: the built-in defaults with the file's parameters.</summary>
    public required AnalysisConfig Config { get; init; }

    public required IReadOnlyList<RuleTestCase> Cases { get; init; }

    /// <summary>True for a rule test file name (<c>*.tests.yaml</c>), which rule pack folders leave out.</summary>
    public static bool IsTestFile(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a test file; every mistake is an <see cref="InputException"/> with file, line and column.</summary>
    public static RuleTestFile Parse(string text, string file) => RuleTestReader.Read(YamlTree.Parse(text, file), file);
}
