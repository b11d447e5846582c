using System.CommandLine;
using System.Globalization;
using CapitalHealthReport.Cli.Terminal;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Rules.Explaining;
using CapitalHealthReport.Text;
using Spectre.Console;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// <c>capital-health rules list | validate [P]... | docs | test [P]... | explain ID</c>: the rule catalog, its validation,
/// its generated documentation, its fixture tests and the explanation of one rule on the data.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "List, validate and document the rule packs.");
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateValidate());
        command.Subcommands.Add(CreateDocs());
        command.Subcommands.Add(RuleTestCommand.Create());
        command.Subcommands.Add(CreateExplain());
        return command;
    }

    private static Option<string[]> RulesOption() => new("--rules")
    {
        Description = "Rule pack file or folder, repeatable (default: 'rules:' of the configuration, else the bundled packs).",
        HelpName = "path",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Command CreateList()
    {
        var config = CommonOptions.Config();
        var rules = RulesOption();
        var command = new Command("list", "Table of every rule: id, category, scope, the severities analyze gives it (default and escalations, or the configuration's override), title.") { config, rules };
        command.SetAction(parse => List(parse.GetValue(config), parse.GetValue(rules) ?? [], parse.InvocationConfiguration.Output));
        return command;
    }

    private static Command CreateValidate()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Rule pack files or folders (default: the configured rule packs).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var config = CommonOptions.Config();
        var command = new Command("validate", "Validate rule packs; prints every problem with file:line:column and exits 2 if there is any.") { paths, config };
        command.SetAction(parse => Validate(parse.GetValue(paths) ?? [], parse.GetValue(config), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static Command CreateDocs()
    {
        var root = new Option<string?>("--root")
        {
            Description = "Repository folder that holds README.md and docs/ (default: the working directory).",
            HelpName = "folder",
        };
        var rules = RulesOption();
        var command = new Command("docs", "Write docs/rules/<ID>.md for every rule, the rule table of README.md and the metric reference of docs/metrics.md (between their markers).") { root, rules };
        command.SetAction(parse => Docs(parse.GetValue(root), parse.GetValue(rules) ?? [], parse.InvocationConfiguration.Output));
        return command;
    }

    private static Command CreateExplain()
    {
        var id = new Argument<string>("id") { Description = "Rule id, e.g. CH1001." };
        var input = DealInputOptions.ForPeriod();
        var rules = RulesOption();
        var command = new Command("explain", "Show, for each scope, a rule's condition with its values, the threshold per severity and why it fired or not.") { id };
        input.AddTo(command);
        command.Options.Add(rules);
        var limits = LimitOptions.AddTo(command, rules: true, output: false);
        command.SetAction(parse => Explain(
            parse.GetValue(id) ?? "",
            input.Read(parse),
            parse.GetValue(rules) ?? [],
            limits.Read(parse),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Explain(string id, DealInput input, string[] rulePaths, ResourceLimits limits, TextWriter stdout, TextWriter stderr)
    {
        var options = input.ToAnalysisOptions(limits);
        if (rulePaths.Length > 0)
        {
            options = options with { Config = options.Config.WithRulePaths(rulePaths) };
        }

        var analysis = Analysis.Run(options);
        var wanted = id.Trim().ToUpperInvariant();
        var rule = analysis.Catalog.Find(wanted)
            ?? throw new InputException(ConfigurationRules.All.Any(r => r.Id == wanted)
                ? $"{wanted} is a built-in check of the configuration, not a rule with a condition; see docs/rules/{wanted}.md."
                : $"no rule {id} in the loaded rule packs; the rules are {string.Join(", ", analysis.Catalog.Rules.Select(r => r.Id))}.");
        var tracer = new RuleTracer(analysis.Catalog, analysis.Config);
        var scopes = RuleTracer.Scopes(analysis.Engine, analysis.Period, [rule.ScopeKind]);
        var evaluations = tracer.Evaluate(scopes, analysis.Findings, analysis.Load.Issues.Count, rule.Id);
        var width = TerminalLayout.Width(stdout);
        if (evaluations.Count == 0)
        {
            stdout.WriteLine($"{rule.Id} is judged per {rule.ScopeKind.Replace('_', ' ')}, and {analysis.Period.Label} has no such scope in the data.");
        }
        else
        {
            stdout.Write(ExplainText.Render(evaluations, width));
        }

        stdout.Flush();
        AnalysisNotes.Write(analysis, stderr);
        return ExitCodes.Success;
    }

    internal static int List(string? configPath, string[] rulePaths, TextWriter stdout)
    {
        var config = AnalysisConfig.Load(configPath);
        var catalog = RuleCatalog.Load(rulePaths.Length > 0 ? rulePaths : config.RulePaths);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = TerminalLayout.CreateConsole(writer, TerminalLayout.Width(stdout), ansi: false);
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Id");
        table.AddColumn("Category");
        table.AddColumn("Scope");
        table.AddColumn("Severities");
        table.AddColumn("Title");
        var rules = catalog.Rules.Concat(ConfigurationRules.All).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        foreach (var rule in rules)
        {
            table.AddRow(
                Markup.Escape(rule.Id),
                Markup.Escape(rule.Category),
                Markup.Escape(rule.ScopeKind),
                Markup.Escape(SeveritiesApplied(rule, config.SeverityOverrides)),
                Markup.Escape(rule.Title));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rules.Count} rules: {catalog.Rules.Count} in {catalog.Workflows.Count} packs and {ConfigurationRules.All.Count} built-in checks of the configuration ({string.Join(", ", ConfigurationRules.All.Select(r => r.Id))})."));
        console.WriteLine("Severities are those analyze gives: the default, then each stricter level a rule escalates to; an override in the configuration replaces them.");
        stdout.Write(TerminalText.Escape(TerminalLayout.Tidy(writer.ToString()), keepLineBreaks: true));
        return ExitCodes.Success;
    }

    /// <summary>The severities <c>analyze</c> gives a rule: the override (<c>error (override)</c>, <c>none (disabled)</c>), else the default and its escalations (<c>warning, error</c>).</summary>
    internal static string SeveritiesApplied(RuleDescriptor rule, SeverityOverrides overrides)
    {
        if (overrides.For(rule.Id, rule.Category) is { } overridden)
        {
            return overridden == DiagnosticSeverity.None ? "none (disabled)" : Severities.Name(overridden) + " (override)";
        }

        var escalations = rule.Escalate.Keys
            .Select(Severities.TryParse)
            .OfType<DiagnosticSeverity>()
            .Where(s => s < rule.DefaultSeverity)
            .OrderByDescending(s => s)
            .Select(Severities.Name);
        return string.Join(", ", new[] { Severities.Name(rule.DefaultSeverity) }.Concat(escalations));
    }

    internal static int Validate(string[] paths, string? configPath, TextWriter stdout, TextWriter stderr)
    {
        var targets = paths.Length > 0 ? paths : AnalysisConfig.Load(configPath).RulePaths;
        try
        {
            var catalog = RuleCatalog.Load(targets);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{catalog.Rules.Count} rule{(catalog.Rules.Count == 1 ? "" : "s")} in {catalog.Workflows.Count} pack{(catalog.Workflows.Count == 1 ? " is" : "s are")} valid."));
            return ExitCodes.Success;
        }
        catch (RuleValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                stderr.WriteLine($"error: {problem}");
            }

            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ex.Problems.Count} problem(s); see docs/rules.md for the rule pack format."));
            return ExitCodes.InvalidInput;
        }
    }

    internal static int Docs(string? rootOption, string[] rulePaths, TextWriter stdout)
    {
        var root = Path.GetFullPath(rootOption ?? Directory.GetCurrentDirectory());
        var readmePath = Path.Combine(root, "README.md");
        if (!File.Exists(readmePath))
        {
            throw new InputException("no README.md here; run 'rules docs' from the repository folder or give --root.", root);
        }

        // As the option says: the packs of the repository's configuration, else the bundled ones.
        var rootConfig = Path.Combine(root, AnalysisConfig.DefaultFileName);
        var catalog = RuleCatalog.Load(rulePaths.Length > 0 ? rulePaths
            : File.Exists(rootConfig) ? AnalysisConfig.Load(rootConfig).RulePaths : AnalysisConfig.Default.RulePaths);
        var folder = Path.Combine(root, "docs", "rules");

        // Every change is worked out and every target checked before anything is written, so that a file that cannot
        // be written (a read-only README, a folder named like a page) leaves the docs as they were, not half-updated.
        var changes = new List<(string Path, string Content)>();
        foreach (var (relative, content) in RuleDocs.Pages(catalog, root))
        {
            var path = Path.Combine(root, relative);
            if (!File.Exists(path) || File.ReadAllText(path) != content)
            {
                changes.Add((path, content));
            }
        }

        var metricsPath = Path.Combine(root, "docs", "metrics.md");
        var metricsPage = File.Exists(metricsPath) ? File.ReadAllText(metricsPath) : "# Metrics\n";
        var updatedMetrics = RuleDocs.UpdateMetricsPage(metricsPage, catalog);
        if (updatedMetrics != metricsPage)
        {
            changes.Add((metricsPath, updatedMetrics));
        }

        var readme = File.ReadAllText(readmePath);
        var updated = RuleDocs.UpdateReadme(readme, catalog);
        if (updated != readme)
        {
            changes.Add((readmePath, updated));
        }

        Directory.CreateDirectory(folder);
        foreach (var (path, _) in changes)
        {
            OutputTarget.Resolve(path, WriteOptions.Default);
        }

        foreach (var (path, content) in changes)
        {
            AtomicFile.WriteAllText(path, content);
        }

        var written = changes.Count;
        var expected = RuleDocs.Pages(catalog, root).Select(p => Path.GetFileName(p.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(folder, "CH*.md").Where(f => !expected.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            File.Delete(stale);
            stdout.WriteLine($"removed {Path.GetRelativePath(root, stale)} (no such rule)");
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written} file(s) updated; {expected.Count} rule pages in docs/rules/."));
        return ExitCodes.Success;
    }
}
