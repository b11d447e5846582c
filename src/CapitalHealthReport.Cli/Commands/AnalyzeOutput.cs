using System.Text;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Rules.Explaining;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>What an output format of <c>analyze</c> needs besides the analysis: the gate, SARIF's locations and links, the layout.</summary>
/// <param name="Analysis">The analysis whose findings are written.</param>
/// <param name="Gate">The severity at which findings fail the run (<c>--fail-on</c>, <c>--warnaserror</c>).</param>
/// <param name="Sarif">Help links, the deals file and the configuration for locations.</param>
/// <param name="Ansi">True to colour the text table.</param>
/// <param name="Width">The width the text table is laid out for.</param>
internal sealed record AnalyzeView(Analysis Analysis, FindingGate Gate, SarifOptions Sarif, bool Ansi, int Width)
{
    /// <summary>Every rule in every scope it is judged over, with its values (for <c>--explain</c> and JUnit).</summary>
    public IReadOnlyList<RuleEvaluation> Evaluations()
    {
        var tracer = new RuleTracer(Analysis.Catalog, Analysis.Config);
        var scopes = RuleTracer.Scopes(Analysis.Engine, Analysis.Period, Analysis.Catalog.Rules.Select(r => r.ScopeKind).Distinct(StringComparer.Ordinal));
        return tracer.Evaluate(scopes, Analysis.Findings, Analysis.Load.Issues.Count);
    }
}

/// <summary>
/// The output formats of <c>analyze</c>: each renders the findings of one analysis as text. Add a format here (its
/// name, its snapshot file extension and its renderer) and list it in <c>--format</c>.
/// </summary>
internal static class AnalyzeOutput
{
    private static readonly Dictionary<string, (string Extension, Func<AnalyzeView, string> Render)> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ("txt", static view => AnalyzeCommand.RenderText(view.Analysis.Findings, view.Ansi, view.Width, view.Gate)),
        ["json"] = ("json", static view => DiagnosticsJson.Write(view.Analysis.Findings)),
        ["sarif"] = ("sarif", static view => SarifWriter.Write(view.Analysis.Findings, view.Analysis.Catalog, view.Sarif)),
        ["junit"] = ("xml", static view => JUnitWriter.Write(view.Analysis.Findings, view.Evaluations(), view.Gate)),
        ["github"] = ("log", static view => GitHubAnnotations.Write(view.Analysis.Findings, view.Analysis.Catalog, view.Sarif.Config, view.Gate)),
        ["markdown"] = ("md", static view => MarkdownSummary.Write(view.Analysis.Findings, view.Gate, view.Sarif.HelpUri)),
    };

    /// <summary>The format names, in help order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "junit", "github", "markdown"];

    /// <summary>The findings of the analysis in <paramref name="format"/>.</summary>
    public static string Render(string format, AnalyzeView view) => Find(format).Render(view);

    /// <summary>The file extension of a format's snapshot (<c>txt</c>, <c>json</c>, <c>sarif</c>, <c>xml</c>, <c>log</c>, <c>md</c>).</summary>
    public static string Extension(string format) => Find(format).Extension;

    private static (string Extension, Func<AnalyzeView, string> Render) Find(string format) =>
        Formats.TryGetValue(format, out var entry)
            ? entry
            : throw new InputException(new StringBuilder().Append("--format '").Append(format).Append("' is not a format of analyze; use ").Append(string.Join(", ", Names)).Append('.').ToString());
}
