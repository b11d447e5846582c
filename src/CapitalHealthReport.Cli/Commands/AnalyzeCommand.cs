using System.CommandLine;
using System.Globalization;
using System.Text;
using CapitalHealthReport.Cli.Terminal;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Text;
using CapitalHealthReport.Verification;
using Spectre.Console;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// <c>capital-health analyze</c>: evaluates the rule packs over a period and reports findings as a table, JSON, SARIF
/// 2.1.0, JUnit XML, GitHub workflow commands or a Markdown job summary; exits 1 on findings at or above the gate
/// (<c>--fail-on</c>: errors by default, warnings with <c>--warnaserror</c>), 2 on invalid input.
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
            Description = "Output format: text (a table grouped by severity), json, sarif (SARIF 2.1.0 for code scanning), junit (JUnit XML, a test case per rule and scope), github (GitHub Actions annotations) or markdown (a job summary).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif|junit|github|markdown",
        };
        format.AcceptOnlyFromAmong([.. AnalyzeOutput.Names]);
        var baseline = new Option<string?>("--baseline")
        {
            Description = "A previous JSON or SARIF output: findings become new, unchanged or absent, and only new ones decide the exit code.",
            HelpName = "file",
        };
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Exit 1 on warnings too (the same as --fail-on warning).",
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when a finding of this severity or a more severe one counts: error (default), warning, info, or none (never).",
            HelpName = "error|warning|info|none",
        };
        failOn.AcceptOnlyFromAmong([.. FindingGate.Names]);
        var explain = new Option<bool>("--explain")
        {
            Description = "Also show, for every rule and scope, the condition with its values, the threshold per severity and why it fired or not (after the text table; on standard error for the other formats).",
        };
        var verify = VerifyOptions.Folder();
        var accept = VerifyOptions.Accept();

        var command = new Command("analyze", "Evaluate the rule packs over a period and report the findings as Roslyn-style diagnostics.")
        {
            input.Deals, input.Mapping, input.Sheet, input.Config, rules, input.Period, input.Where, format, output, baseline, warnAsError, failOn, explain, input.AsOf, input.Cutoff, verify, accept,
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
                FailOn = parse.GetValue(failOn),
                Explain = parse.GetValue(explain),
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

        /// <summary><c>--fail-on</c>: the severity at which findings fail the run; null for the default (errors, or warnings with <c>--warnaserror</c>).</summary>
        public string? FailOn { get; init; }

        /// <summary><c>--explain</c>: show why each rule fired or not in each scope.</summary>
        public bool Explain { get; init; }

        /// <summary>The gate of this run.</summary>
        public FindingGate Gate => FindingGate.From(FailOn, WarnAsError);

        /// <summary>Input, rule and output limits (<c>--max-rows</c>, <c>--max-rules</c>, …; docs/limits.md).</summary>
        public ResourceLimits Limits { get; init; } = ResourceLimits.Default;
    }

    internal static int Run(AnalyzeRequest request, TextWriter stdout, TextWriter stderr)
    {
        var options = request.Input.ToAnalysisOptions(request.Limits);
        Analysis analysis;
        AnalysisResult result;
        using (var progress = ProgressDisplay.Start(stderr, "Analysing the deals"))
        {
            options = options with
            {
                Config = request.Rules.Length > 0 ? options.Config.WithRulePaths(request.Rules) : options.Config,
                Baseline = request.Baseline is { } baselinePath ? Rules.Baseline.Load(baselinePath) : null,
                StageDone = progress.Stage,
            };
            analysis = Analysis.Run(options);
            result = analysis.Findings;
        }

        var gate = request.Gate;
        var terminal = request.Output is null && request.VerifyFolder is null;
        void WriteNotes()
        {
            AnalysisNotes.Write(analysis, stderr);
            AnalysisNotes.WriteFindingWarnings(result, stderr, unmatchedSuppressions: !terminal || request.Format != "text");

            if (options.Baseline?.Period is { } baselinePeriod && baselinePeriod != result.Period.Label)
            {
                // Findings match by rule and scope, period included: a baseline of another period matches nothing.
                TerminalLayout.WriteMessage(stderr, TerminalText.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"note: the baseline {request.Baseline} holds the findings of {baselinePeriod}, and this run judges {result.Period.Label}: findings match by rule and scope, period included, so every finding of {result.Period.Label} is new and every one of {baselinePeriod} absent. Give a baseline written for {result.Period.Label} (analyze --period {result.Period.Label} --format json or sarif).")));
            }
        }

        var view = new AnalyzeView(
            analysis,
            gate,
            new SarifOptions { DealsFile = request.Input.Deals ?? SampleDealsPath, Config = analysis.Config },
            terminal && TerminalLayout.IsTerminal(stdout),
            terminal ? TerminalLayout.Width(stdout) : TerminalLayout.FileWidth);
        var text = AnalyzeOutput.Render(request.Format, view);
        var explanation = request.Explain ? ExplainText.Render(view.Evaluations(), view.Width) : null;
        if (explanation is not null && request.Format == "text")
        {
            text += "\n" + explanation;
            explanation = null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        request.Limits.CheckOutputSize(bytes.Length, request.Output ?? "standard output");
        if (request.VerifyFolder is { } folder)
        {
            var name = request.Output is { } named ? ReportSnapshots.NameFromOutput(named) : "analyze-" + ReportSnapshots.SafeName(result.Period.Label);
            var verification = SnapshotVerifier.Verify(folder, [SnapshotOutput.Text(name, AnalyzeOutput.Extension(request.Format), Encoding.UTF8.GetString(bytes))], new SnapshotOptions { Accept = request.Accept });
            stdout.Write(TerminalText.Escape(verification.Describe(), keepLineBreaks: true));
            stdout.Flush();
            stderr.Write(TerminalText.Escape(verification.DescribeRemoved(), keepLineBreaks: true));
            WriteNotes();
            stderr.Write(explanation);
            stderr.WriteLine(SummaryLine(result));
            return verification.Passed ? ExitCodes.Success : ExitCodes.Findings;
        }

        if (request.Output is { } path)
        {
            AtomicFile.WriteAllBytes(path, bytes);
            WriteNotes();
            stderr.Write(explanation);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{SummaryLine(result)} Written to {path}."));
            return gate.ExitCode(result);
        }

        stdout.Write(text);
        stdout.Flush();
        WriteNotes();
        stderr.Write(explanation);
        return gate.ExitCode(result);
    }

    /// <summary>The bundled sample's path in the repository, named as the deals file of findings on the sample.</summary>
    internal const string SampleDealsPath = "data/sample/deals.csv";

    /// <summary>The text report: one table per severity group, suppressed and baseline-absent findings last, then a summary line.</summary>
    internal static string RenderText(AnalysisResult result, bool ansi, int width, FindingGate gate)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = TerminalLayout.CreateConsole(writer, width, ansi);
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
            console.Write(Table(items, result.ComparedWithBaseline, width >= WideTable));
            console.WriteLine();
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{SummaryLine(result)} Fails on {gate}: exit {gate.ExitCode(result)}."));
        return TerminalLayout.Tidy(writer.ToString());
    }

    /// <summary>The width from which each finding also shows its help page.</summary>
    private const int WideTable = 120;

    private static Table Table(IReadOnlyList<Diagnostic> items, bool withBaseline, bool withHelp)
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
            var finding = d.Message + (d.Suppressed is { } s ? $" (suppressed: {s.Justification})" : "") + (withHelp ? $" [{d.Help}]" : "");
            var cells = new List<string> { d.Id, Severities.Name(d.Severity), d.Location, finding };
            if (withBaseline)
            {
                cells.Add(DiagnosticsJson.BaselineName(d.Baseline));
            }

            table.AddRow(cells.Select(static c => Markup.Escape(TerminalText.Escape(c))).ToArray());
        }

        return table;
    }

    internal static string SummaryLine(AnalysisResult result) => Summary.Line(result);
}
