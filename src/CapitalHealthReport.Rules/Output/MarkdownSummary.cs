using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Writes <c>analyze --format markdown</c>: a job summary for <c>$GITHUB_STEP_SUMMARY</c> (or a merge-request comment):
/// the verdict against the gate, counts by severity, one table of the counted findings (most severe first) and the
/// suppressed ones in a collapsed section. Text from the data is escaped, so it never becomes a link, HTML or a new cell.
/// </summary>
public static class MarkdownSummary
{
    public static string Write(AnalysisResult result, FindingGate gate, Func<string, string?>? helpUri = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(gate);
        var exit = gate.ExitCode(result);
        var s = result.Summary;
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"## capital-health: findings for {result.Period.Label}\n\n");
        b.Append(exit == 0 ? "**Passed**" : "**Failed**")
            .Append(CultureInfo.InvariantCulture, $" (fails on {gate}; exit {exit}): {s.Error} error(s), {s.Warning} warning(s), {s.Info} info, {s.Suppressed} suppressed.");
        if (result.ComparedWithBaseline)
        {
            b.Append(CultureInfo.InvariantCulture, $" Against the baseline: {s.New} new, {s.Unchanged} unchanged, {s.Absent} absent.");
        }

        b.Append("\n\n");
        var active = result.Diagnostics.Where(d => d.IsActive).ToList();
        if (active.Count == 0)
        {
            b.Append("No findings.\n");
        }
        else
        {
            Table(b, active, result.ComparedWithBaseline, helpUri);
        }

        var suppressed = result.Diagnostics.Where(d => d.Suppressed is not null && d.Baseline != BaselineState.Absent).ToList();
        if (suppressed.Count > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"\n<details><summary>Suppressed ({suppressed.Count})</summary>\n\n");
            b.Append("| Id | Severity | Scope | Finding | Justification |\n|---|---|---|---|---|\n");
            foreach (var d in suppressed)
            {
                b.Append("| ").Append(Id(d.Id, helpUri)).Append(" | ").Append(Severities.Name(d.Severity)).Append(" | ").Append(Cell(d.Location))
                    .Append(" | ").Append(Cell(d.Message)).Append(" | ").Append(Cell(d.Suppressed!.Justification)).Append(" |\n");
            }

            b.Append("\n</details>\n");
        }

        var absent = result.Diagnostics.Count(d => d.Baseline == BaselineState.Absent);
        if (absent > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"\n{absent} finding(s) of the baseline are no longer present.\n");
        }

        return b.ToString();
    }

    private static void Table(StringBuilder b, List<Diagnostic> findings, bool withBaseline, Func<string, string?>? helpUri)
    {
        b.Append(withBaseline ? "| Severity | Id | Scope | Finding | Baseline |\n|---|---|---|---|---|\n" : "| Severity | Id | Scope | Finding |\n|---|---|---|---|\n");
        foreach (var d in findings)
        {
            b.Append("| ").Append(Severities.Name(d.Severity)).Append(" | ").Append(Id(d.Id, helpUri)).Append(" | ").Append(Cell(d.Location))
                .Append(" | ").Append(Cell(d.Message)).Append(" |");
            if (withBaseline)
            {
                b.Append(' ').Append(DiagnosticsJson.BaselineName(d.Baseline)).Append(" |");
            }

            b.Append('\n');
        }
    }

    private static string Id(string id, Func<string, string?>? helpUri) => helpUri?.Invoke(id) is { } uri ? $"[{id}]({uri})" : id;

    /// <summary>Text in a table cell: Markdown and HTML characters escaped, line breaks as spaces.</summary>
    internal static string Cell(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    b.Append("&amp;");
                    break;
                case '<':
                    b.Append("&lt;");
                    break;
                case '>':
                    b.Append("&gt;");
                    break;
                case '|' or '\\' or '*' or '_' or '[' or ']' or '`' or '#' or '~':
                    b.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\t':
                    b.Append(' ');
                    break;
                default:
                    b.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return b.ToString();
    }
}
