using System.Globalization;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Rules;

/// <summary>
/// The analysis configuration (<c>capitalhealth.yaml</c>): rule-pack paths, the parameters rules read as
/// <c>Params</c>, Roslyn-style severity overrides and suppressions. Every key is checked, and every problem of the file
/// is reported at once: one is an <see cref="InputException"/> with file, line and column, several an
/// <see cref="InputProblemsException"/> holding each.
/// </summary>
public sealed class AnalysisConfig
{
    /// <summary>The configuration file name looked up in the working directory.</summary>
    public const string DefaultFileName = "capitalhealth.yaml";

    private static readonly HashSet<string> TopKeys = new(StringComparer.Ordinal) { "rules", "parameters", "severity", "suppressions", "report" };
    private static readonly HashSet<string> SuppressionKeys = new(StringComparer.Ordinal) { "id", "where", "justification", "expires" };

    /// <summary>The keys a suppression's <c>where</c> can test.</summary>
    public static IReadOnlyList<string> WhereKeys { get; } = ["period", "sector", "region", "stage", "investor_type"];

    /// <summary>Parameters rules read as <c>Params</c> and metrics depend on.</summary>
    public MetricParameters Parameters { get; private set; } = MetricParameters.Default;

    /// <summary>Rule packs (files or folders), absolute.</summary>
    public IReadOnlyList<string> RulePaths { get; private set; } = [];

    /// <summary>Severity overrides in file order.</summary>
    public SeverityOverrides SeverityOverrides { get; private init; } = SeverityOverrides.Empty;

    public IReadOnlyList<Suppression> Suppressions { get; private set; } = [];

    /// <summary>How the published report presents itself (<c>report:</c>).</summary>
    public ReportConfig Report { get; private init; } = ReportConfig.Default;

    /// <summary>The file the configuration came from; null for the built-in defaults.</summary>
    public string? SourcePath { get; private init; }

    /// <summary>The built-in defaults: the bundled rule packs and the default parameters.</summary>
    public static AnalysisConfig Default => new() { RulePaths = [RuleCatalog.BundledPacks] };

    /// <summary>Whether the configuration names a <c>reporting_currency</c>; without one the run takes the data's currency.</summary>
    public bool SetsReportingCurrency { get; private init; }

    /// <summary>
    /// The parameter values the file writes, each with its place (one per item of <c>strategic_sectors</c>, and the
    /// list itself when it is empty), so that a check against the data can point at the line that needs fixing.
    /// </summary>
    public IReadOnlyList<ParameterValue> ParameterValues { get; private init; } = [];

    /// <summary>
    /// Loads <paramref name="path"/>; with null, <c>./capitalhealth.yaml</c> when present, else the built-in defaults.
    /// </summary>
    public static AnalysisConfig Load(string? path)
    {
        if (path is null)
        {
            var local = Path.Combine(Directory.GetCurrentDirectory(), DefaultFileName);
            return File.Exists(local) ? Load(local) : Default;
        }

        if (!File.Exists(path))
        {
            throw new InputException("the configuration file does not exist.", path, hint: SettingText.Of($"Check {Settings.Config}, or leave it out to use ./capitalhealth.yaml or the built-in defaults."));
        }

        var text = BoundedFile.ReadAllText(path, ResourceLimits.Default.ConfigurationPolicy);
        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory());
    }

    /// <summary>Parses configuration text; relative rule paths resolve against <paramref name="baseFolder"/>.</summary>
    public static AnalysisConfig Parse(string text, string file, string baseFolder)
    {
        var root = YamlTree.Parse(text, file);
        if (root is null)
        {
            return new AnalysisConfig { RulePaths = [RuleCatalog.BundledPacks], SourcePath = file };
        }

        if (root is not YMapping map)
        {
            throw new InputException("the configuration is a mapping with rules, parameters, severity and suppressions.", file, root.Line, root.Column);
        }

        var rulePaths = new List<string>();
        var parameters = MetricParameters.Default;
        var overrides = new List<SeverityOverride>();
        var suppressions = new List<Suppression>();
        var report = ReportConfig.Default;
        var rulesGiven = false;
        var setsCurrency = false;
        var parameterValues = new List<ParameterValue>();
        var problems = new InputProblems();
        foreach (var (key, value) in map.Entries)
        {
            switch (key.Value)
            {
                case "rules":
                    rulesGiven = true;
                    foreach (var item in problems.Try(() => RuleList(value, file), []))
                    {
                        problems.Try(() =>
                        {
                            var entry = Text(item, file, "rules");
                            rulePaths.Add(entry == RuleCatalog.BundledPacks ? entry : Path.GetFullPath(Path.Combine(baseFolder, entry)));
                        });
                    }

                    break;
                case "parameters":
                    parameters = ReadParameters(value, file, parameterValues, problems);
                    setsCurrency = value is YMapping given && given.Entries.Any(static e => e.Key.Value == "reporting_currency");
                    break;
                case "severity":
                    foreach (var (target, level) in problems.Try(() => Mapping(value, file, "severity").Entries, []))
                    {
                        problems.Try(() => overrides.Add(ReadOverride(target, level, file)));
                    }

                    break;
                case "suppressions":
                    foreach (var item in problems.Try(() => List(value, file, "suppressions"), []))
                    {
                        if (ReadSuppression(item, file, problems) is { } suppression)
                        {
                            suppressions.Add(suppression);
                        }
                    }

                    break;
                case "report":
                    report = problems.Try(() => ReportConfig.Read(value, file, baseFolder), ReportConfig.Default);
                    break;
                default:
                    problems.Add(new InputException($"unknown key '{key.Value}'; {Spelling.BeforeList(key.Value, TopKeys.Order(StringComparer.Ordinal))}known keys: {string.Join(", ", TopKeys.Order(StringComparer.Ordinal))}.", file, key.Line, key.Column));
                    break;
            }
        }

        problems.ThrowIfAny(file, "docs/rules.md for the configuration format");
        return new AnalysisConfig
        {
            RulePaths = rulesGiven ? rulePaths : [RuleCatalog.BundledPacks],
            Parameters = parameters,
            SetsReportingCurrency = setsCurrency,
            ParameterValues = parameterValues,
            SeverityOverrides = new SeverityOverrides(overrides),
            Suppressions = suppressions,
            Report = report,
            SourcePath = file,
        };
    }

    /// <summary>A copy with other rule packs (from <c>--rules</c>).</summary>
    public AnalysisConfig WithRulePaths(IReadOnlyList<string> paths)
    {
        var copy = (AnalysisConfig)MemberwiseClone();
        copy.RulePaths = [.. paths.Select(static p => p == RuleCatalog.BundledPacks ? p : Path.GetFullPath(p))];
        return copy;
    }

    /// <summary>A copy with other parameters (a reporting currency taken from the data).</summary>
    public AnalysisConfig WithParameters(MetricParameters parameters)
    {
        // A copy of every setting (the report keys, overrides, suppressions, ...), not a list of them that a new key could miss.
        var copy = (AnalysisConfig)MemberwiseClone();
        copy.Parameters = parameters;
        return copy;
    }

    /// <summary>This configuration with <paramref name="suppressions"/> in place of its own.</summary>
    public AnalysisConfig WithSuppressions(IReadOnlyList<Suppression> suppressions)
    {
        var copy = (AnalysisConfig)MemberwiseClone();
        copy.Suppressions = suppressions;
        return copy;
    }

    private static IReadOnlyList<YNode> RuleList(YNode value, string file)
    {
        var items = List(value, file, "rules");
        return items.Count > 0
            ? items
            : throw new InputException(
                "'rules' lists no rule pack, so no rule would run and every gate would pass.", file, value.Line, value.Column,
                hint: "Name the packs (folders or files, relative to this file), or leave 'rules:' out for the bundled packs.");
    }

    private static SeverityOverride ReadOverride(YScalar target, YNode level, string file)
    {
        var levelText = Text(level, file, target.Value);
        var severity = Severities.TryParse(levelText)
            ?? throw new InputException($"bad severity '{levelText}' for {target.Value}; {Spelling.BeforeList(levelText, Severities.All)}use error, warning, info or none.", file, level.Line, level.Column);
        var isCategory = target.Value.StartsWith("category:", StringComparison.Ordinal);
        return isCategory || RuleCategories.IsWellFormedId(target.Value)
            ? new SeverityOverride(target.Value, severity, target.Line, target.Column)
            : throw new InputException($"'{target.Value}' is neither a rule id (CH1001) nor 'category:<Name>'.", file, target.Line, target.Column);
    }

    private static MetricParameters ReadParameters(YNode node, string file, List<ParameterValue> values, InputProblems problems)
    {
        var result = MetricParameters.Default;
        foreach (var (key, value) in problems.Try(() => Mapping(node, file, "parameters").Entries, []))
        {
            result = problems.Try(() => ReadParameter(result, key, value, file, values), result);
        }

        return result;
    }

    private static MetricParameters ReadParameter(MetricParameters result, YScalar key, YNode value, string file, List<ParameterValue> values)
    {
        switch (key.Value)
        {
            case "reporting_currency":
                var currency = Text(value, file, key.Value).ToUpperInvariant();
                if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
                {
                    throw new InputException($"reporting_currency '{currency}' is not an ISO 4217 code (e.g. CNY, USD).", file, value.Line, value.Column);
                }

                values.Add(new ParameterValue(key.Value, currency, value.Line, value.Column));
                return result with { ReportingCurrency = currency };
            case "hot_sector":
                var hot = Text(value, file, key.Value);
                values.Add(new ParameterValue(key.Value, hot, value.Line, value.Column));
                return result with { HotSector = hot };
            case "strategic_sectors":
                var items = List(value, file, key.Value);
                var sectors = items.Select(v => Text(v, file, key.Value)).ToList();
                values.AddRange(items.Count == 0
                    ? [new ParameterValue(key.Value, "", value.Line, value.Column)]
                    : items.Select(v => new ParameterValue(key.Value, Text(v, file, key.Value), v.Line, v.Column)));
                return result with { StrategicSectors = sectors };
            default:
                if (RuleParameters.Find(key.Value) is { Read: { } read, Expected: { } expected })
                {
                    var text = Text(value, file, key.Value);
                    return read(result, text) ?? throw new InputException($"{key.Value} '{text}' must be {expected}.", file, value.Line, value.Column);
                }

                throw new InputException($"unknown parameter '{key.Value}'; {Spelling.BeforeList(key.Value, RuleParameters.All)}known parameters: {string.Join(", ", RuleParameters.All)}.", file, key.Line, key.Column);
        }
    }

    /// <summary>One suppression; null when it is unusable (its problems are kept in <paramref name="problems"/>).</summary>
    private static Suppression? ReadSuppression(YNode node, string file, InputProblems problems)
    {
        if (problems.Try<YMapping?>(() => Mapping(node, file, "suppressions"), null) is not { } map)
        {
            return null;
        }

        var before = problems.Count;
        string? id = null, justification = null;
        DateOnly? expires = null;
        var where = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            problems.Try(() =>
            {
                switch (key.Value)
                {
                    case "id":
                        var text = Text(value, file, "id");
                        id = RuleCategories.IsWellFormedId(text)
                            ? text
                            : throw new InputException($"suppression id '{text}' must be a rule id such as CH4001.", file, value.Line, value.Column);
                        break;
                    case "justification":
                        justification = Text(value, file, "justification");
                        break;
                    case "expires":
                        var date = Text(value, file, "expires");
                        expires = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                            ? parsed
                            : throw new InputException($"expires '{date}' is not a date; write yyyy-MM-dd (e.g. 2026-12-31).", file, value.Line, value.Column);
                        break;
                    case "where":
                        foreach (var (field, expected) in Mapping(value, file, "where").Entries)
                        {
                            problems.Try(() => where[field.Value] = WhereValue(field, expected, file));
                        }

                        break;
                    default:
                        throw new InputException($"unknown key '{key.Value}' in a suppression; {Spelling.BeforeList(key.Value, SuppressionKeys.Order(StringComparer.Ordinal))}known keys: {string.Join(", ", SuppressionKeys.Order(StringComparer.Ordinal))}.", file, key.Line, key.Column);
                }
            });
        }

        if (id is null && !map.Entries.Any(static e => e.Key.Value == "id"))
        {
            problems.Add(new InputException("a suppression needs the 'id' of the rule it suppresses.", file, map.Line, map.Column));
        }

        if (string.IsNullOrWhiteSpace(justification) && !map.Entries.Any(static e => e.Key.Value == "justification"))
        {
            var which = id is null ? "a suppression" : $"the suppression of {id}";
            problems.Add(new InputException($"{which} has no 'justification'; say why the finding is accepted, and by whom.", file, map.Line, map.Column));
        }

        return problems.Count == before && id is not null && justification is not null
            ? new Suppression(id, where, justification.Trim(), expires, file, map.Line, map.Column)
            : null;
    }

    private static string WhereValue(YScalar field, YNode expected, string file)
    {
        if (!WhereKeys.Contains(field.Value, StringComparer.Ordinal))
        {
            throw new InputException($"unknown 'where' field '{field.Value}'; {Spelling.BeforeList(field.Value, WhereKeys)}use {string.Join(", ", WhereKeys)}.", file, field.Line, field.Column);
        }

        var value = Text(expected, file, field.Value);
        return field.Value != "period" || Period.TryParse(value, out _)
            ? value
            : throw new InputException($"period '{value}' is not a period, so the suppression would match nothing; write a quarter (2025Q1), a half (2025H1), a year (2025) or a date range (2025-01-01..2025-03-31).", file, expected.Line, expected.Column);
    }

    private static YMapping Mapping(YNode node, string file, string key) =>
        node as YMapping ?? throw new InputException($"'{key}' must be a mapping (key: value lines), not {node.Kind}.", file, node.Line, node.Column);

    private static IReadOnlyList<YNode> List(YNode node, string file, string key) => node switch
    {
        YSequence sequence => sequence.Items,
        YScalar { IsNull: false } scalar => [scalar],
        _ => throw new InputException($"'{key}' must be a list, not {node.Kind}.", file, node.Line, node.Column),
    };

    private static string Text(YNode node, string file, string key) =>
        node is YScalar { IsNull: false } scalar && !string.IsNullOrWhiteSpace(scalar.Value)
            ? scalar.Value.Trim()
            : throw new InputException($"'{key}' needs a value.", file, node.Line, node.Column);
}

/// <summary>A parameter value as the configuration writes it (<c>hot_sector: AI</c>), with its line and column there.</summary>
public sealed record ParameterValue(string Name, string Text, int Line, int Column);

/// <summary>One severity override: a rule id or <c>category:Name</c>, with its location in the configuration.</summary>
public sealed record SeverityOverride(string Target, DiagnosticSeverity Severity, int Line, int Column);

/// <summary>Roslyn-style severity overrides: an override by id wins over one by category; <c>none</c> disables.</summary>
public sealed class SeverityOverrides
{
    public SeverityOverrides(IReadOnlyList<SeverityOverride> entries)
    {
        Entries = entries;
    }

    public static SeverityOverrides Empty { get; } = new([]);

    public IReadOnlyList<SeverityOverride> Entries { get; }

    /// <summary>The override for a rule (by id first, then by category), or null when none applies.</summary>
    public DiagnosticSeverity? For(string id, string category)
    {
        DiagnosticSeverity? byCategory = null;
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Target, id, StringComparison.Ordinal))
            {
                return entry.Severity;
            }

            if (entry.Target.StartsWith("category:", StringComparison.Ordinal)
                && string.Equals(entry.Target["category:".Length..], category, StringComparison.Ordinal))
            {
                byCategory = entry.Severity;
            }
        }

        return byCategory;
    }

    /// <summary>The effective default severity of a rule under these overrides.</summary>
    public DiagnosticSeverity Effective(RuleDescriptor rule) => For(rule.Id, rule.Category) ?? rule.DefaultSeverity;
}

/// <summary>
/// A recorded acceptance of findings: rule id, the scopes it covers (<c>where</c>: period, sector, region, stage,
/// investor_type; all must match), the justification, and an optional expiry date after which it no longer applies.
/// </summary>
public sealed record Suppression(string Id, IReadOnlyDictionary<string, string> Where, string Justification, DateOnly? Expires, string File, int Line, int Column)
{
    /// <summary>True when the suppression has expired on <paramref name="asOf"/> (the day after <see cref="Expires"/>).</summary>
    public bool IsExpired(DateOnly asOf) => Expires is { } date && asOf > date;

    public string WhereText => Where.Count == 0 ? "everywhere" : string.Join(", ", Where.Select(p => $"{p.Key}={p.Value}"));

    public string Location => InputException.Format("", File, Line, Column, null).TrimEnd(' ', ':');
}
