using System.CommandLine;
using System.Globalization;
using System.Text;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Text;
using CapitalHealthReport.Verification;
using Spectre.Console;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// <c>capital-health analyze</c>: evaluates the rule packs over a period and reports findings as a table, JSON or
/// SARIF 2.1.0; exits 1 on error-severity findings (or warnings with <c>--warnaserror</c>), 2 on invalid input.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = DealInputOptions.ForPeriod();
        var output = CommonOptions.Output();
        var rules = new Option<string[]>("--rules")
        {
            Description = "Rule pack file or folder, repeatable (default: 'rules:' of the configuration, else the bundled packs).",
            HelpName = "path",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (a table grouped by severity), json or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        format.AcceptOnlyFromAmong([.. AnalyzeOutput.Names]);
        var baseline = new Option<string?>("--baseline")
        {
            Description = "A previous JSON or SARIF output: findings become new, unchanged or absent, and only new ones decide the exit code.",
            HelpName = "file",
        };
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Exit 1 on warnings too.",
        };
        var verify = VerifyOptions.Folder();
        var accept = VerifyOptions.Accept();

        var command = new Command("analyze", "Evaluate the rule packs over a period and report the findings as Roslyn-style diagnostics.")
        {
            input.Deals, input.Mapping, input.Sheet, input.Config, rules, input.Period, input.Where, format, output, baseline, warnAsError, input.AsOf, input.Cutoff, verify, accept,
        };
        command.Validators.Add(result => VerifyOptions.Validate(result, verify, accept));
        var limits = LimitOptions.AddTo(command, rules: true, output: true);

        command.SetAction(parse =>
        {
            var request = new AnalyzeRequest(
                input.Read(parse),
                parse.GetValue(rules) ?? [],
                parse.GetValue(format) ?? "text",
                parse.GetValue(output),
                parse.GetValue(baseline),
                parse.GetValue(warnAsError))
            {
                VerifyFolder = parse.GetValue(verify),
                Accept = parse.GetValue(accept),
                Limits = limits.Read(parse),
            };
            return Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    internal sealed record AnalyzeRequest(
        DealInput Input,
        string[] Rules,
        string Format,
        string? Output,
        string? Baseline,
        bool WarnAsError)
    {
        /// <summary><c>--verify DIR</c>: compare the output with <c>DIR/analyze-&lt;period&gt;.verified.&lt;ext&gt;</c> instead of writing it.</summary>
        public string? VerifyFolder { get; init; }

        /// <summary><c>--accept</c>: approve a new or changed output as the verified file.</summary>
        public bool Accept { get; init; }

        /// <summary>Input, rule and output limits (<c>--max-rows</c>, <c>--max-rules</c>, …; docs/limits.md).</summary>
        public ResourceLimits Limits { get; init; } = ResourceLimits.Default;
    }

    internal static int Run(AnalyzeRequest request, TextWriter stdout, TextWriter stderr)
    {
        var options = request.Input.ToAnalysisOptions(request.Limits);
        options = options with
        {
            Config = request.Rules.Length > 0 ? options.Config.WithRulePaths(request.Rules) : options.Config,
            Baseline = request.Baseline is { } baselinePath ? Rules.Baseline.Load(baselinePath) : null,
        };
        var analysis = Analysis.Run(options);
        var result = analysis.Findings;

        var ansi = request.Output is null && request.VerifyFolder is null && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var bytes = Encoding.UTF8.GetBytes(AnalyzeOutput.Render(request.Format, analysis, ansi));
        request.Limits.CheckOutputSize(bytes.Length, request.Output ?? "standard output");
        if (request.VerifyFolder is { } folder)
        {
            var name = request.Output is { } named ? ReportSnapshots.NameFromOutput(named) : "analyze-" + ReportSnapshots.SafeName(result.Period.Label);
            var verification = SnapshotVerifier.Verify(folder, [SnapshotOutput.Text(name, AnalyzeOutput.Extension(request.Format), Encoding.UTF8.GetString(bytes))], new SnapshotOptions { Accept = request.Accept });
            stdout.Write(TerminalText.Escape(verification.Describe(), keepLineBreaks: true));
            stdout.Flush();
            AnalysisNotes.Write(analysis, stderr);
            stderr.WriteLine(SummaryLine(result));
            return verification.Passed ? ExitCodes.Success : ExitCodes.Findings;
        }

        if (request.Output is { } path)
        {
            AtomicFile.WriteAllBytes(path, bytes);
            AnalysisNotes.Write(analysis, stderr);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{SummaryLine(result)} Written to {path}."));
            return result.ExitCode(request.WarnAsError);
        }
        else
        {
            stdout.Write(Encoding.UTF8.GetString(bytes));
            stdout.Flush();
        }

        AnalysisNotes.Write(analysis, stderr);
        return result.ExitCode(request.WarnAsError);
    }

    /// <summary>The text report: one table per severity group, suppressed and baseline-absent findings last, then a summary line.</summary>
    internal static string RenderText(AnalysisResult result, bool ansi)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        var groups = new (string Title, string Style, Func<Diagnostic, bool> Filter)[]
        {
            ("Errors", "red", d => d.IsActive && d.Severity == DiagnosticSeverity.Error),
            ("Warnings", "yellow", d => d.IsActive && d.Severity == DiagnosticSeverity.Warning),
            ("Info", "blue", d => d.IsActive && d.Severity == DiagnosticSeverity.Info),
            ("Suppressed", "grey", d => d.Suppressed is not null && d.Baseline != BaselineState.Absent),
            ("No longer present (in the baseline only)", "grey", d => d.Baseline == BaselineState.Absent),
        };
        foreach (var (title, style, filter) in groups)
        {
            var items = result.Diagnostics.Where(filter).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            console.Write(new Rule($"[{style}]{Markup.Escape(title)} ({items.Count.ToString(CultureInfo.InvariantCulture)})[/]") { Justification = Justify.Left });
            console.Write(Table(items, result.ComparedWithBaseline));
            console.WriteLine();
        }

        console.WriteLine(SummaryLine(result));
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static Table Table(IReadOnlyList<Diagnostic> items, bool withBaseline)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Id");
        table.AddColumn("Severity");
        table.AddColumn("Scope");
        table.AddColumn("Finding");
        if (withBaseline)
        {
            table.AddColumn("Baseline");
        }

        foreach (var d in items)
        {
            var finding = d.Message + (d.Suppressed is { } s ? $" (suppressed: {s.Justification})" : "") + $" [{d.Help}]";
            var cells = new List<string> { d.Id, Severities.Name(d.Severity), d.Location, finding };
            if (withBaseline)
            {
                cells.Add(DiagnosticsJson.BaselineName(d.Baseline));
            }

            table.AddRow(cells.Select(static c => Markup.Escape(TerminalText.Escape(c))).ToArray());
        }

        return table;
    }

    internal static string SummaryLine(AnalysisResult result)
    {
        var s = result.Summary;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{result.Period.Label}: {s.Error} error(s), {s.Warning} warning(s), {s.Info} info, {s.Suppressed} suppressed.");
        if (result.ComparedWithBaseline)
        {
            line += string.Create(CultureInfo.InvariantCulture, $" Against the baseline: {s.New} new, {s.Unchanged} unchanged, {s.Absent} absent.");
        }

        return line;
    }
}
