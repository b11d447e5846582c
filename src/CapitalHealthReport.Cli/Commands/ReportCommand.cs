using System.CommandLine;
using System.Globalization;
using CapitalHealthReport.IO;
using CapitalHealthReport.Reporting;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Templates;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// <c>capital-health report</c>: the narrative quarterly report (PDF, Markdown or HTML) from a Scriban template.
/// Exit 0 when the report is written, whatever it finds; 2 on invalid input, rules or template (nothing written).
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var input = DealInputOptions.ForPeriod();
        var template = new Option<string?>("--template")
        {
            Description = "Report template (Markdown with Scriban); partials are included from its folder. Default: templates/quarterly.<lang>.sbn.md.",
            HelpName = "file",
        };
        var language = new Option<string>("--lang")
        {
            Description = "Report language: en or zh-CN.",
            HelpName = "en|zh-CN",
            DefaultValueFactory = _ => "en",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: pdf, md (the rendered Markdown) or html (one self-contained file with SVG charts).",
            HelpName = "pdf|md|html",
            DefaultValueFactory = _ => "pdf",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Output file (default: report-<period>.<ext> in the current folder; report-<period>.zh-CN.<ext> in Chinese).",
            HelpName = "file",
        };

        var allowMissingGlyphs = new Option<bool>("--allow-missing-glyphs")
        {
            Description = "Write the PDF even when no bundled font has a character of the report (it prints as a box; a warning names it). Without it that is an error (exit 2).",
        };

        var verify = VerifyOptions.Folder();
        var accept = VerifyOptions.Accept();

        var command = new Command("report", "Write the narrative capital-health report for a period: executive summary, market, concentration, stages, sectors, regions, investors, findings, methodology and data quality. Exit 0 when written, 2 on invalid input or template.");
        command.Options.Add(input.Deals);
        command.Options.Add(input.Mapping);
        command.Options.Add(input.Sheet);
        command.Options.Add(input.Config);
        command.Options.Add(input.Period);
        command.Options.Add(input.Where);
        command.Options.Add(template);
        command.Options.Add(language);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(input.AsOf);
        command.Options.Add(allowMissingGlyphs);
        command.Options.Add(input.Cutoff);
        command.Options.Add(verify);
        command.Options.Add(accept);
        command.Validators.Add(result => VerifyOptions.Validate(result, verify, accept));
        var limitOptions = LimitOptions.AddTo(command, rules: true, output: true, template: true);
        command.SetAction(parseResult =>
        {
            var limits = limitOptions.Read(parseResult);
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = new ReportOptions
            {
                TemplatePath = parseResult.GetValue(template),
                Language = ReportLanguages.Parse(parseResult.GetValue(language)),
                Format = ReportPipeline.ParseFormat(parseResult.GetValue(format)),
                OutputPath = parseResult.GetValue(output),
                AllowMissingGlyphs = parseResult.GetValue(allowMissingGlyphs),
                Limits = TemplateLimits.Default with { TimeBudget = limits.TemplateTime, OutputLimit = (int)limits.MaxOutputBytes },
            };
            Analysis analysis;
            ReportResult result;
            using (var progress = Terminal.ProgressDisplay.Start(stderr, "Writing the report"))
            {
                analysis = Analysis.Run(input.Read(parseResult).ToAnalysisOptions(limits) with { StageDone = progress.Stage });
                if (parseResult.GetValue(verify) is { Length: > 0 } snapshots)
                {
                    progress.Dispose();
                    return ReportVerification.Run(analysis, options, snapshots, parseResult.GetValue(accept), stdout, stderr);
                }

                result = ReportPipeline.Run(analysis, options, progress.Stage);
            }

            AnalysisNotes.Write(analysis, stderr);
            AnalysisNotes.WriteFindingWarnings(analysis.Findings, stderr, unmatchedSuppressions: true);
            foreach (var warning in result.Warnings)
            {
                stderr.WriteLine($"warning: {warning}");
            }

            var written = FileNode.Behind(result.OutputPath) is { Kind: FileNodeKind.Regular } file ? string.Create(CultureInfo.InvariantCulture, $", {file.Length / 1024.0:0.#} KB") : "";
            var pages = result.PageCount is { } count ? string.Create(CultureInfo.InvariantCulture, $", {count} pages") : "";
            var summary = StandardOutput.IsNamedBy(result.OutputPath) ? stderr : stdout;
            summary.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {result.OutputPath} ({result.Model.Report.Language}, {result.Model.Period.Label}{pages}{written}; findings: {result.Model.FindingSummary.Error} error, {result.Model.FindingSummary.Warning} warning, {result.Model.FindingSummary.Info} info)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
