using System.Text;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// The output formats of <c>analyze</c>: each renders the findings of one analysis as text. Add a format here (its
/// name, its snapshot file extension and its renderer) and list it in <c>--format</c>.
/// </summary>
internal static class AnalyzeOutput
{
    private static readonly Dictionary<string, (string Extension, Func<Analysis, bool, string> Render)> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ("txt", static (analysis, ansi) => AnalyzeCommand.RenderText(analysis.Findings, ansi)),
        ["json"] = ("json", static (analysis, _) => DiagnosticsJson.Write(analysis.Findings)),
        ["sarif"] = ("sarif", static (analysis, _) => SarifWriter.Write(analysis.Findings, analysis.Catalog)),
    };

    /// <summary>The format names, in help order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif"];

    /// <summary>The findings of <paramref name="analysis"/> in <paramref name="format"/>; <paramref name="ansi"/> colours the text table.</summary>
    public static string Render(string format, Analysis analysis, bool ansi) => Find(format).Render(analysis, ansi);

    /// <summary>The file extension of a format's snapshot (<c>txt</c>, <c>json</c>, <c>sarif</c>).</summary>
    public static string Extension(string format) => Find(format).Extension;

    private static (string Extension, Func<Analysis, bool, string> Render) Find(string format) =>
        Formats.TryGetValue(format, out var entry)
            ? entry
            : throw new InputException(new StringBuilder().Append("--format '").Append(format).Append("' is not a format of analyze; use ").Append(string.Join(", ", Names)).Append('.').ToString());
}
