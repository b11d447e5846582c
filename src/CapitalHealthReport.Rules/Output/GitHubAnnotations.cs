using System.Text;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Writes <c>analyze --format github</c>: one GitHub Actions workflow command per counted finding
/// (<c>::error file=rules/concentration.yaml,line=4,col=5,title=CH1001 …::message</c>; <c>warning</c> for warnings,
/// <c>notice</c> for info), located like SARIF results (the rule's line in its pack, or the configuration entry), then the
/// summary line. Property values escape <c>% \r \n : ,</c> and messages <c>% \r \n</c> as the Actions toolkit does, so
/// no text from the data can end a command early or start another.
/// </summary>
public static class GitHubAnnotations
{
    public static string Write(AnalysisResult result, RuleCatalog catalog, AnalysisConfig? config, FindingGate gate)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(gate);
        var b = new StringBuilder();
        foreach (var d in result.Diagnostics.Where(d => d.IsActive))
        {
            var source = FindingSources.Of(d, catalog, config);
            var level = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var title = $"{d.Id} {d.Title} ({d.Location})";
            var message = d.Message + (result.ComparedWithBaseline && d.Baseline == BaselineState.Unchanged ? " (unchanged from the baseline)" : "");
            b.Append("::").Append(level)
                .Append(" file=").Append(Property(FindingSources.Display(source.File)))
                .Append(",line=").Append(source.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",col=").Append(source.Column.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",title=").Append(Property(title))
                .Append("::").Append(Data(message)).Append('\n');
        }

        b.Append(Summary.Line(result)).Append(" Fails on ").Append(gate).Append(": exit ")
            .Append(gate.ExitCode(result).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(".\n");
        return b.ToString();
    }

    /// <summary>A message of a workflow command: <c>%</c>, CR and LF escaped.</summary>
    public static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value of a workflow command: <c>%</c>, CR, LF, <c>:</c> and <c>,</c> escaped.</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
