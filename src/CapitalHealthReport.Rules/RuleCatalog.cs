using System.Globalization;
using CapitalHealthReport.Content;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;
using RulesEngine.Models;

namespace CapitalHealthReport.Rules;

/// <summary>
/// The rule catalog: every rule of the loaded YAML rule packs, validated, with one RulesEngine
/// <see cref="Workflow"/> per pack (rule metadata in <see cref="Rule.Properties"/>). Loading collects every
/// problem of every pack (unknown keys, duplicate ids, bad severities or scopes, id prefixes that do not match the
/// category, expressions that do not compile or are not allowed, unknown metric names, bad message templates)
/// and throws them together as a <see cref="RuleValidationException"/>.
/// </summary>
public sealed class RuleCatalog
{
    /// <summary>Name of the RulesEngine rule that carries an escalation: <c>CH1001!error</c>.</summary>
    internal const string EscalationSeparator = "!";

    private static readonly HashSet<string> PackKeys = new(StringComparer.Ordinal) { "category", "rules" };

    private readonly Dictionary<string, CompiledRule> _byId;

    private RuleCatalog(IReadOnlyList<CompiledRule> rules, IReadOnlyList<Workflow> workflows)
    {
        Compiled = rules;
        Rules = rules.Select(r => r.Descriptor).ToList();
        Workflows = workflows;
        _byId = rules.ToDictionary(r => r.Descriptor.Id, StringComparer.Ordinal);
    }

    /// <summary>Every rule, ordered by id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>One RulesEngine workflow per rule pack.</summary>
    public IReadOnlyList<Workflow> Workflows { get; }

    internal IReadOnlyList<CompiledRule> Compiled { get; }

    /// <summary>
    /// Names the bundled rule packs (the product's <c>rules/*.yaml</c>, embedded in this library) among rule pack paths:
    /// <c>rules: [bundled:rules, my-pack.yaml]</c> extends them.
    /// </summary>
    public const string BundledPacks = "bundled:rules";

    private static readonly EmbeddedContent Bundled = new(typeof(RuleCatalog).Assembly);

    /// <summary>The bundled rule packs.</summary>
    public static RuleCatalog LoadDefault() => Load([BundledPacks]);

    /// <summary>Loads rule packs from files and folders (every <c>*.yaml</c>/<c>*.yml</c> in a folder but the <c>*.tests.yaml</c> fixtures, ordinal order).</summary>
    public static RuleCatalog Load(IEnumerable<string> paths) => Load(paths, ResourceLimits.Default);

    /// <summary>Loads rule packs within <paramref name="limits"/> (rule count, YAML size); over a limit is a <see cref="LimitExceededException"/>.</summary>
    public static RuleCatalog Load(IEnumerable<string> paths, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var ruleCount = 0;
        var problems = new List<ValidationProblem>();
        var files = new List<string>();
        var bundled = new List<string>();
        foreach (var path in paths)
        {
            if (path == BundledPacks)
            {
                bundled.AddRange(Bundled.Files("rules", ".yaml", ".yml").Where(static f => !Testing.RuleTestFile.IsTestFile(f)));
            }
            else if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Where(static f => !Testing.RuleTestFile.IsTestFile(f))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inFolder.Count == 0)
                {
                    problems.Add(new ValidationProblem(DisplayPath(path), null, null,
                        "the folder holds no rule pack: no *.yaml or *.yml file other than *.tests.yaml fixtures. Put the packs there, or name another folder or file in --rules or in 'rules:' of the configuration."));
                }

                files.AddRange(inFolder);
            }
            else if (File.Exists(path) && Testing.RuleTestFile.IsTestFile(path))
            {
                // Fixtures, not a pack: read as one, every key of it would be 'unknown'.
                problems.Add(new ValidationProblem(DisplayPath(path), null, null,
                    $"this is a rule test file (*{Testing.RuleTestFile.Suffix}), not a rule pack; run it with 'capital-health rules test {DisplayPath(path)}', and name the pack it tests here instead."));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(new ValidationProblem(path, null, null, "no such rule pack file or folder; check the path in --rules or in 'rules:' of the configuration."));
            }
        }

        var packs = new List<(string File, string Category, List<CompiledRule> Rules)>();
        var declared = new List<(string Id, string File, int Line, int Column)>();
        // The bundled packs first, then the files; a file is read within the rule-pack limit, its bytes counted.
        var sources = bundled.Distinct(StringComparer.Ordinal).Select(static name => (Display: name, File: (string?)null))
            .Concat(files.Distinct(StringComparer.Ordinal).Select(static file => (Display: DisplayPath(file), File: (string?)file)));
        foreach (var (display, file) in sources)
        {
            try
            {
                var text = file is null ? Bundled.ReadAllText(display) : BoundedFile.ReadAllText(file, limits.RulePackPolicy);
                var root = YamlTree.Parse(text, display);
                if (root is YMapping { } packMap && packMap.Entries.FirstOrDefault(e => e.Key.Value == "rules").Value is YSequence ruleList)
                {
                    ruleCount += ruleList.Items.Count;
                    limits.CheckRuleCount(ruleCount, display);
                }

                var pack = ReadPack(root, display, problems, declared);
                if (pack is not null)
                {
                    packs.Add((display, pack.Value.Category, pack.Value.Rules));
                }
            }
            catch (LimitExceededException)
            {
                throw;
            }
            catch (InputException ex)
            {
                // A problem is one line without a separate hint: keep the hint so that it still says what to do.
                var reason = string.IsNullOrEmpty(ex.Hint) ? ex.Reason : $"{ex.Reason} {ex.Hint}";
                problems.Add(new ValidationProblem(ex.File ?? display, ex.Line, ex.Column, reason));
            }
            catch (IOException ex)
            {
                problems.Add(new ValidationProblem(display, null, null, $"cannot read the rule pack: {ex.Message}"));
            }
        }

        // Every declared id is checked, also those of rules (or packs) with other problems: each problem is reported at once.
        var seen = new Dictionary<string, (string File, int Line, int Column)>(StringComparer.Ordinal);
        foreach (var (id, file, line, column) in declared)
        {
            if (seen.TryGetValue(id, out var first))
            {
                problems.Add(new ValidationProblem(file, line, column,
                    $"duplicate rule id {id}; it is already declared at {first.File}:{first.Line.ToString(CultureInfo.InvariantCulture)}:{first.Column.ToString(CultureInfo.InvariantCulture)}. Give each rule its own id."));
            }
            else
            {
                seen.Add(id, (file, line, column));
            }
        }

        if (problems.Count == 0 && packs.Sum(static p => p.Rules.Count) == 0)
        {
            // A run without rules would pass every gate: that is a wrong path or an unfinished pack, not a clean result.
            problems.Add(packs.Count == 0
                ? new ValidationProblem("", null, null, "no rule pack was given; name a folder or file in --rules or in 'rules:' of the configuration, or leave 'rules:' out for the bundled packs.")
                : new ValidationProblem(packs[0].File, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"the rule packs ({string.Join(", ", packs.Select(static p => p.File))}) hold no rules, so no finding could ever be reported; add rules under 'rules:' or name other packs.")));
        }

        if (problems.Count > 0)
        {
            throw new RuleValidationException(problems);
        }

        var workflows = new List<Workflow>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            var name = Path.GetFileNameWithoutExtension(pack.File);
            var unique = name;
            for (var i = 2; !names.Add(unique); i++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{i}");
            }

            foreach (var rule in pack.Rules)
            {
                rule.WorkflowName = unique;
            }

            workflows.Add(new Workflow { WorkflowName = unique, Rules = pack.Rules.SelectMany(r => r.ToEngineRules()).ToList() });
        }

        var all = packs.SelectMany(p => p.Rules).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList();
        return new RuleCatalog(all, workflows);
    }

    /// <summary>The rule with this id, or null.</summary>
    public RuleDescriptor? Find(string id) => _byId.TryGetValue(id, out var rule) ? rule.Descriptor : null;

    internal CompiledRule? FindCompiled(string id) => _byId.GetValueOrDefault(id);

    private static string DisplayPath(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    private static (string Category, List<CompiledRule> Rules)? ReadPack(YNode? root, string file, List<ValidationProblem> problems,
        List<(string Id, string File, int Line, int Column)> declared)
    {
        if (root is not YMapping pack)
        {
            problems.Add(new ValidationProblem(file, root?.Line ?? 1, root?.Column ?? 1, "a rule pack is a mapping with 'category:' and 'rules:'."));
            return null;
        }

        string? category = null;
        YSequence? rules = null;
        foreach (var (key, value) in pack.Entries)
        {
            switch (key.Value)
            {
                case "category":
                    category = Scalar(value, file, "category", problems);
                    if (category is not null && RuleCategories.DigitOf(category) is null)
                    {
                        problems.Add(new ValidationProblem(file, value.Line, value.Column,
                            $"unknown category '{category}'; use one of {string.Join(", ", RuleCategories.All.Select(c => c.Key))}."));
                        category = null;
                    }

                    break;
                case "rules":
                    rules = value as YSequence;
                    if (rules is null)
                    {
                        problems.Add(new ValidationProblem(file, value.Line, value.Column, "'rules' must be a list of rules."));
                    }

                    break;
                default:
                    problems.Add(UnknownKey(file, key, PackKeys));
                    break;
            }
        }

        if (!pack.Entries.Any(e => e.Key.Value == "category"))
        {
            problems.Add(new ValidationProblem(file, pack.Line, pack.Column, "the pack has no 'category:'."));
        }

        if (rules is null)
        {
            if (!pack.Entries.Any(e => e.Key.Value == "rules"))
            {
                problems.Add(new ValidationProblem(file, pack.Line, pack.Column, "the pack has no 'rules:'."));
            }

            return null;
        }

        var compiled = new List<CompiledRule>();
        foreach (var item in rules.Items)
        {
            if (item is YMapping ruleMap && ruleMap.Entries.FirstOrDefault(e => e.Key.Value == "id").Value is YScalar { IsNull: false } idNode
                && !string.IsNullOrWhiteSpace(idNode.Value))
            {
                declared.Add((idNode.Value, file, ruleMap.Line, ruleMap.Column));
            }

            var rule = RuleReader.Read(item, file, category, problems);
            if (rule is not null)
            {
                compiled.Add(rule);
            }
        }

        return category is null ? null : (category, compiled);
    }

    private static string? Scalar(YNode value, string file, string key, List<ValidationProblem> problems)
    {
        if (value is YScalar scalar && !scalar.IsNull && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value;
        }

        problems.Add(new ValidationProblem(file, value.Line, value.Column, $"'{key}' must be a single non-empty value, not {(value is YScalar ? "empty" : value.Kind)}."));
        return null;
    }

    internal static ValidationProblem UnknownKey(string file, YScalar key, IEnumerable<string> known) =>
        new(file, key.Line, key.Column, $"unknown key '{key.Value}'; {Spelling.BeforeList(key.Value, known)}known keys: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
}
