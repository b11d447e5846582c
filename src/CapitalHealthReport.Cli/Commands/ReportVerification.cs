using CapitalHealthReport.Reporting;
using CapitalHealthReport.Text;
using CapitalHealthReport.Verification;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// <c>report --verify DIR [--accept]</c>: renders the report in memory (Markdown, PDF, the PDF's page text, and HTML
/// with <c>--format html</c>) and checks it against the approved snapshots in DIR. Exit 0 when everything matches
/// (nothing written) or was accepted; 1 on a difference (received files written, diff printed); 2 on invalid input.
/// </summary>
internal static class ReportVerification
{
    public static int Run(Analysis analysis, ReportOptions options, string folder, bool accept, TextWriter stdout, TextWriter stderr)
    {
        var named = options.OutputPath is { } output ? ReportSnapshots.NameFromOutput(output) : null;
        var rendered = ReportPipeline.Render(analysis, options);
        var name = named ?? ReportSnapshots.DefaultName(rendered.Model.Period.Label, options.Language);
        var snapshots = ReportSnapshots.Render(rendered, name, includeHtml: options.Format == ReportFormat.Html);
        foreach (var glyph in snapshots.Pdf.MissingGlyphs)
        {
            stderr.WriteLine($"warning: no font has {glyph.CodePointLabel} ('{char.ConvertFromUtf32(glyph.CodePoint)}'), drawn as a box: …{glyph.Context}…");
        }

        var result = SnapshotVerifier.Verify(folder, snapshots.Outputs, new SnapshotOptions { Accept = accept });
        stdout.Write(TerminalText.Escape(result.Describe(), keepLineBreaks: true));
        stdout.Flush();
        stderr.Write(TerminalText.Escape(result.DescribeRemoved(), keepLineBreaks: true));
        AnalysisNotes.Write(analysis, stderr);
        return result.Passed ? ExitCodes.Success : ExitCodes.Findings;
    }
}
