using System.Globalization;
using System.Text;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Rules.Testing;

/// <summary>Reads a <see cref="RuleTestFile"/> from its YAML tree, checking every key.</summary>
internal static class RuleTestReader
{
    public static IReadOnlyList<string> FileKeys { get; } = ["base", "pack", "parameters", "tests"];

    public static IReadOnlyList<string> CaseKeys { get; } = ["data_issues", "deals", "expect", "metrics", "name", "period", "prev", "rules", "scope", "yoy"];

    public static IReadOnlyList<string> ExpectKeys { get; } = ["id", "scope", "severity"];

    public static IReadOnlyList<string> DealKeys { get; } = ["amount", "company", "currency", "date", "investors", "region", "sector", "stage"];

    private static readonly Period DefaultPeriod = Period.Quarter(2025, 1);

    public static RuleTestFile Read(YNode? root, string file)
    {
        var map = YamlTree.ExpectMapping(root, file, "A rule test file");
        string? pack = null;
        var config = AnalysisConfig.Default;
        Dictionary<string, YNode> baseMetrics = [];
        YSequence? tests = null;
        foreach (var (key, value) in map.Entries)
        {
            switch (key.Value)
            {
                case "pack":
                    pack = YamlTree.ExpectString(value, file, "pack").Trim();
                    break;
                case "parameters":
                    config = Parameters(value, file);
                    break;
                case "base":
                    baseMetrics = MetricFixture.Entries(value, file, "base");
                    break;
                case "tests":
                    tests = value as YSequence ?? throw new InputException("'tests' must be a list of test cases.", file, value.Line, value.Column);
                    break;
                default:
                    throw Unknown(file, key, FileKeys, "at the top of the file");
            }
        }

        if (tests is null)
        {
            throw new InputException("the file has no 'tests:' list.", file, map.Line, map.Column, "Add 'tests:' with one entry per case (name, metrics, expect).");
        }

        var fileName = file.Replace('\\', '/');
        var defaultPack = fileName[..^RuleTestFile.Suffix.Length] + ".yaml";
        var packPath = pack is null ? defaultPack : CombineBeside(fileName, pack);
        var cases = new List<RuleTestCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in tests.Items)
        {
            var test = Case(item, file, baseMetrics);
            if (!names.Add(test.Name))
            {
                throw new InputException($"two tests are named '{test.Name}'; give each its own name.", file, item.Line, item.Column);
            }

            cases.Add(test);
        }

        return new RuleTestFile { File = file, Pack = packPath, Config = config, Cases = cases };
    }

    private static RuleTestCase Case(YNode node, string file, Dictionary<string, YNode> baseMetrics)
    {
        var map = YamlTree.ExpectMapping(node, file, "A test case");
        string? name = null;
        IReadOnlyList<string> rules = [];
        var period = DefaultPeriod;
        Slice? slice = null;
        Dictionary<string, YNode>? metrics = null, prev = null, yoy = null;
        bool prevNone = false, yoyNone = false;
        IReadOnlyList<Deal>? deals = null;
        YNode? expectNode = null;
        var dataIssues = 0;
        foreach (var (key, value) in map.Entries)
        {
            switch (key.Value)
            {
                case "name":
                    name = YamlTree.ExpectString(value, file, "name").Trim();
                    break;
                case "rules":
                    rules = YamlTree.ExpectStrings(value, file, "rules").Select(r => r.Trim()).ToList();
                    break;
                case "period":
                    var text = YamlTree.ExpectString(value, file, "period");
                    period = Period.TryParse(text, out var parsed) ? parsed : throw new InputException($"'{text}' is not a period (2025Q1, 2025H1, 2025).", file, value.Line, value.Column);
                    break;
                case "scope":
                    slice = Scope(value, file);
                    break;
                case "metrics":
                    metrics = MetricFixture.Entries(value, file, "metrics");
                    break;
                case "prev":
                    prevNone = IsNone(value);
                    prev = prevNone ? null : MetricFixture.Entries(value, file, "prev");
                    break;
                case "yoy":
                    yoyNone = IsNone(value);
                    yoy = yoyNone ? null : MetricFixture.Entries(value, file, "yoy");
                    break;
                case "deals":
                    deals = DealFixture.Read(value, file);
                    break;
                case "expect":
                    expectNode = value;
                    break;
                case "data_issues":
                    var count = YamlTree.ExpectString(value, file, "data_issues");
                    dataIssues = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var issues)
                        ? issues
                        : throw new InputException($"'data_issues' is a whole number, not '{count}'.", file, value.Line, value.Column);
                    break;
                default:
                    throw Unknown(file, key, CaseKeys, "in a test case");
            }
        }

        if (name is null)
        {
            throw new InputException("a test case has no 'name'.", file, map.Line, map.Column);
        }

        if (deals is not null && (metrics is not null || prev is not null || yoy is not null))
        {
            throw new InputException($"test '{name}' gives both 'deals' and metrics; a case computes its metrics from deals or takes them as given, not both.", file, map.Line, map.Column);
        }

        var scope = new Scope(period, slice);
        var location = ScopeNames.QualifiedName(scope);
        var expect = expectNode is null || expectNode is YScalar { IsNull: true } ? [] : Expectations(expectNode, file, period, location);
        if (deals is not null)
        {
            return new RuleTestCase(name, map.Line, rules, period, slice, null, null, null, deals, expect) { DataIssues = dataIssues };
        }

        var current = MetricFixture.Build(baseMetrics, metrics, file);
        var previous = prevNone ? null : MetricFixture.Build(baseMetrics, prev, file);
        var yearAgo = yoyNone ? null : MetricFixture.Build(baseMetrics, yoy, file);
        return new RuleTestCase(name, map.Line, rules, period, slice, current, previous, yearAgo, null, expect) { DataIssues = dataIssues };
    }

    private static List<ExpectedFinding> Expectations(YNode node, string file, Period period, string location)
    {
        var items = node as YSequence ?? throw new InputException("'expect' is a list of findings, e.g. '- { id: CH1001, severity: warning }' (an empty list: nothing fires).", file, node.Line, node.Column);
        var list = new List<ExpectedFinding>();
        foreach (var item in items.Items)
        {
            var map = YamlTree.ExpectMapping(item, file, "An expected finding");
            string? id = null;
            DiagnosticSeverity? severity = null;
            var where = location;
            foreach (var (key, value) in map.Entries)
            {
                switch (key.Value)
                {
                    case "id":
                        id = YamlTree.ExpectString(value, file, "id").Trim();
                        break;
                    case "severity":
                        var text = YamlTree.ExpectString(value, file, "severity");
                        severity = Severities.TryParse(text) is { } s && s != DiagnosticSeverity.None
                            ? s
                            : throw new InputException($"bad severity '{text}'; a finding is error, warning or info.", file, value.Line, value.Column);
                        break;
                    case "scope":
                        where = ScopeNames.QualifiedName(new Scope(period, Scope(value, file)));
                        break;
                    default:
                        throw Unknown(file, key, ExpectKeys, "in an expected finding");
                }
            }

            if (id is null || severity is null)
            {
                throw new InputException("an expected finding needs 'id' and 'severity'.", file, map.Line, map.Column);
            }

            list.Add(new ExpectedFinding(id, severity.Value, where));
        }

        return list;
    }

    /// <summary><c>period</c> (no slice) or a one-entry mapping such as <c>{ sector: AI }</c>.</summary>
    private static Slice? Scope(YNode node, string file)
    {
        if (node is YScalar { Value: "period" })
        {
            return null;
        }

        if (node is YMapping { Entries.Count: 1 } map && SliceDimensions.All.Contains(map.Entries[0].Key.Value, StringComparer.Ordinal))
        {
            return new Slice(map.Entries[0].Key.Value, YamlTree.ExpectString(map.Entries[0].Value, file, map.Entries[0].Key.Value).Trim());
        }

        throw new InputException($"'scope' is 'period' or one slice such as '{{ sector: AI }}' ({string.Join(", ", SliceDimensions.All)}).", file, node.Line, node.Column);
    }

    private static bool IsNone(YNode node) => node is YScalar { Value: "none" };

    /// <summary>The file's <c>parameters:</c> read by the configuration reader itself, so they mean exactly what they mean there.</summary>
    private static AnalysisConfig Parameters(YNode node, string file)
    {
        var map = YamlTree.ExpectMapping(node, file, "'parameters'");
        var yaml = new StringBuilder("parameters:\n");
        foreach (var (key, value) in map.Entries)
        {
            yaml.Append("  ").Append(Quote(key.Value)).Append(": ");
            yaml.Append(value switch
            {
                YScalar scalar => Quote(scalar.Value),
                YSequence list => "[" + string.Join(", ", list.Items.Select(i => Quote(YamlTree.ExpectString(i, file, key.Value)))) + "]",
                _ => throw new InputException($"'parameters.{key.Value}' must be a value or a list.", file, value.Line, value.Column),
            }).Append('\n');
        }

        try
        {
            return AnalysisConfig.Parse(yaml.ToString(), file, Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".");
        }
        catch (InputProblemsException ex)
        {
            throw new InputProblemsException(file, "docs/rules.md for the rule test format", [.. ex.Problems.Select(p => new InputException(p.ReasonText, file, node.Line, node.Column, p.HintText))]);
        }
        catch (InputException ex)
        {
            throw new InputException(ex.ReasonText, file, node.Line, node.Column, ex.HintText);
        }
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string CombineBeside(string file, string pack)
    {
        var folder = file.Contains('/', StringComparison.Ordinal) ? file[..file.LastIndexOf('/')] : "";
        return Path.IsPathRooted(pack) || folder.Length == 0 ? pack : folder + "/" + pack;
    }

    internal static InputException Unknown(string file, YScalar key, IReadOnlyList<string> known, string where) =>
        new(string.Create(CultureInfo.InvariantCulture, $"unknown key '{key.Value}' {where}; {Spelling.BeforeList(key.Value, known)}known keys: {string.Join(", ", known)}."), file, key.Line, key.Column);
}
