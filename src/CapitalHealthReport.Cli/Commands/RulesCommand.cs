using System.CommandLine;
using System.Globalization;
using CapitalHealthReport.IO;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Text;
using Spectre.Console;

namespace CapitalHealthReport.Cli.Commands;

/// <summary><c>capital-health rules list | validate [P]... | docs</c>: the rule catalog, its validation, and its generated documentation.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "List, validate and document the rule packs.");
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateValidate());
        command.Subcommands.Add(CreateDocs());
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
        var command = new Command("list", "Table of every rule: id, category, default and effective severity (after the configuration's overrides), title.") { config, rules };
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

    internal static int List(string? configPath, string[] rulePaths, TextWriter stdout)
    {
        var config = AnalysisConfig.Load(configPath);
        var catalog = RuleCatalog.Load(rulePaths.Length > 0 ? rulePaths : config.RulePaths);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Id");
        table.AddColumn("Category");
        table.AddColumn("Default");
        table.AddColumn("Effective");
        table.AddColumn("Title");
        foreach (var rule in catalog.Rules.Concat(ConfigurationRules.All).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(rule.Id),
                Markup.Escape(rule.Category),
                Severities.Name(rule.DefaultSeverity),
                Severities.Name(config.SeverityOverrides.Effective(rule)),
                Markup.Escape(rule.Title));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{catalog.Rules.Count} rules in {catalog.Workflows.Count} packs."));
        stdout.Write(TerminalText.Escape(writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), keepLineBreaks: true));
        return ExitCodes.Success;
    }

    internal static int Validate(string[] paths, string? configPath, TextWriter stdout, TextWriter stderr)
    {
        var targets = paths.Length > 0 ? paths : AnalysisConfig.Load(configPath).RulePaths;
        try
        {
            var catalog = RuleCatalog.Load(targets);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{catalog.Rules.Count} rules in {catalog.Workflows.Count} packs are valid."));
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

        var catalog = RuleCatalog.Load(rulePaths.Length > 0 ? rulePaths : [Path.Combine(root, "rules")]);
        var folder = Path.Combine(root, "docs", "rules");
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var (relative, content) in RuleDocs.Pages(catalog))
        {
            var path = Path.Combine(root, relative);
            if (!File.Exists(path) || File.ReadAllText(path) != content)
            {
                AtomicFile.WriteAllText(path, content);
                written++;
            }
        }

        var expected = RuleDocs.Pages(catalog).Select(p => Path.GetFileName(p.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(folder, "CH*.md").Where(f => !expected.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            File.Delete(stale);
            stdout.WriteLine($"removed {Path.GetRelativePath(root, stale)} (no such rule)");
        }

        var metricsPath = Path.Combine(root, "docs", "metrics.md");
        var metricsPage = File.Exists(metricsPath) ? File.ReadAllText(metricsPath) : "# Metrics\n";
        var updatedMetrics = RuleDocs.UpdateMetricsPage(metricsPage, catalog);
        if (updatedMetrics != metricsPage)
        {
            AtomicFile.WriteAllText(metricsPath, updatedMetrics);
            written++;
        }

        var readme = File.ReadAllText(readmePath);
        var updated = RuleDocs.UpdateReadme(readme, catalog);
        if (updated != readme)
        {
            AtomicFile.WriteAllText(readmePath, updated);
            written++;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written} file(s) updated; {expected.Count} rule pages in docs/rules/."));
        return ExitCodes.Success;
    }
}
