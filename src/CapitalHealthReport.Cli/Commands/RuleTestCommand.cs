using System.CommandLine;
using System.Globalization;
using System.Text;
using CapitalHealthReport.Cli.Terminal;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Rules.Testing;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// <c>capital-health rules test [P]...</c>: runs the fixture files (<c>*.tests.yaml</c>) beside rule packs like unit
/// tests: a line per case, for a failing case the expected and found findings as a diff and each checked rule's
/// conditions with their values, then a summary and what the tests do not cover. Exit 0 when every case passes, 1 when
/// one fails, 2 when a test file or pack is invalid.
/// </summary>
internal static class RuleTestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Test files, rule packs (their *.tests.yaml beside them) or folders (default: the configured rule packs; the bundled packs ship with tests).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var config = CommonOptions.Config();
        var command = new Command("test", "Run the fixture files (*.tests.yaml) beside rule packs: metrics or deals in, expected findings out.") { paths, config };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(config), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string[] paths, string? configPath, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<RuleTestSource> sources;
        try
        {
            sources = RuleTestSources.Find(paths.Length > 0 ? paths : AnalysisConfig.Load(configPath).RulePaths);
        }
        catch (RuleValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                stderr.WriteLine($"error: {problem}");
            }

            return ExitCodes.InvalidInput;
        }

        if (sources.Count == 0)
        {
            throw new InputException("no rule test files (*.tests.yaml) found.", string.Join(", ", paths), hint: "Write one beside the pack: see docs/rules.md, \"Testing rules\".");
        }

        var width = TerminalLayout.Width(stdout);
        var b = new StringBuilder();
        var (passed, failed) = (0, 0);
        foreach (var source in sources)
        {
            b.Append(source.File.File).Append(" (").Append(source.File.Pack).Append(")\n");
            foreach (var outcome in RuleTestRunner.Run(source.File, source.Catalog, source.PackRules))
            {
                if (outcome.Passed)
                {
                    passed++;
                    b.Append("  pass  ").Append(outcome.Case.Name).Append('\n');
                }
                else
                {
                    failed++;
                    b.Append(CultureInfo.InvariantCulture, $"  FAIL  {outcome.Case.Name} ({source.File.File}:{outcome.Case.Line})\n");
                    Diff(b, outcome, width);
                }

                foreach (var notJudged in outcome.NotJudged)
                {
                    b.Append("        note: ").Append(notJudged).Append(".\n");
                }
            }
        }

        var files = sources.Count;
        b.Append(CultureInfo.InvariantCulture, $"\n{passed + failed} tests in {files} file(s): {passed} passed, {failed} failed.\n");
        var rules = sources.SelectMany(s => s.PackRules.Select(id => s.Catalog.Find(id)!)).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        foreach (var coverage in RuleTestRunner.Coverage(sources.Select(s => (s.File, s.PackRules)), rules).Where(c => c.Gaps.Count > 0))
        {
            b.Append("note: ").Append(coverage.Rule.Id).Append(" has no test for ").Append(string.Join(" or ", coverage.Gaps)).Append(".\n");
        }

        stdout.Write(TerminalText.Escape(b.ToString(), keepLineBreaks: true));
        stdout.Flush();
        return failed == 0 ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static void Diff(StringBuilder b, RuleTestOutcome outcome, int width)
    {
        b.Append("        expected findings (- expected but not found, + found but not expected):\n");
        foreach (var finding in outcome.Case.Expect.OrderBy(f => f.ToString(), StringComparer.Ordinal))
        {
            var mark = outcome.Missing.Contains(finding) ? "-" : " ";
            b.Append("        ").Append(mark).Append(' ').Append(finding).Append('\n');
        }

        foreach (var finding in outcome.Unexpected)
        {
            b.Append("        + ").Append(finding).Append('\n');
        }

        if (outcome.Case.Expect.Count == 0 && outcome.Unexpected.Count == 0)
        {
            b.Append("          (none)\n");
        }

        foreach (var evaluation in outcome.Evaluations.Where(e => outcome.Missing.Concat(outcome.Unexpected).Any(f => f.Id == e.Rule.Id)))
        {
            foreach (var line in TerminalLayout.Wrap($"{evaluation.Rule.Id} on {evaluation.Location}: {evaluation.Reason}", width, "        ", 10))
            {
                b.Append(line).Append('\n');
            }

            foreach (var condition in evaluation.Conditions)
            {
                var text = $"{condition.Name}: {condition.Text}  =>  {condition.WithValues} is {(condition.Holds ? "true" : "false")}";
                foreach (var line in TerminalLayout.Wrap(text, width, "          ", 12))
                {
                    b.Append(line).Append('\n');
                }
            }
        }
    }
}
