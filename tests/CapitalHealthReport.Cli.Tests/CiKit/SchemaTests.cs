using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Rules.Testing;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary>
/// The JSON Schemas in <c>schemas/</c> (for editors: VS Code's YAML extension reads the <c>yaml-language-server</c> line
/// of each bundled file): every bundled file and fixture validates, the bad-input corpus fails where a schema can see the
/// mistake, and every key a reader accepts is in its schema and the other way round.
/// </summary>
public sealed partial class SchemaTests
{
    public static TheoryData<string, string> BundledFiles()
    {
        var data = new TheoryData<string, string>();
        var root = RepositoryPaths.Root;
        foreach (var pack in Directory.EnumerateFiles(Path.Combine(root, "rules"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, pack), RuleTestFile.IsTestFile(pack) ? "rule-tests" : "rule-pack");
        }

        data.Add("capitalhealth.yaml", "capitalhealth");
        foreach (var mapping in Directory.EnumerateFiles(Path.Combine(root, "data", "mappings"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, mapping), "mapping");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BundledFiles))]
    public void Bundled_files_validate_and_name_their_schema_for_editors(string file, string schema)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));
        Assert.Empty(YamlSchemas.Violations(schema, text, file));
        var first = text.Split('\n')[0];
        var match = SchemaLine().Match(first);
        Assert.True(match.Success, $"{file} starts with '# yaml-language-server: $schema=…', not '{first}'");
        var target = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, Path.GetDirectoryName(file)!, match.Groups[1].Value));
        Assert.Equal(Path.Combine(YamlSchemas.Folder, schema + ".schema.json"), target);
    }

    [Fact]
    public void Every_yaml_fixture_of_the_tests_that_a_reader_accepts_validates()
    {
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.yaml", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}BadInputs{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            if (Kind(file, text) is not { } schema || !ReaderAccepts(schema, text, file))
            {
                continue;
            }

            Assert.True(YamlSchemas.Violations(schema, text, file).Count == 0, $"{file}: {string.Join("; ", YamlSchemas.Violations(schema, text, file))}");
            checkedFiles++;
        }

        Assert.True(checkedFiles > 0, "no YAML fixture was checked");
    }

    /// <summary>
    /// Each case of the bad-input corpus whose input is a configuration, rule pack or mapping: the path where the schema
    /// must see the mistake, "valid" where only the product can (a missing folder, an expression, a duplicate id across
    /// rules, a column the file lacks), or "yaml" where the YAML itself is broken (the editor reports that without a schema).
    /// </summary>
    public static TheoryData<string, string> Corpus() => new()
    {
        { "config/alias-bomb", "yaml" },
        { "config/bad-severity", "#/severity.CH1001" },
        { "config/duplicate-keys", "yaml" },
        { "config/every-problem-at-once", "#/parameters.min_deals" },
        { "config/expired-suppression", "valid" },
        { "config/hot-sector-unknown", "valid" },
        { "config/missing-rules-folder", "valid" },
        { "config/parameters-wrong-type", "#/parameters.min_deals" },
        { "config/reporting-currency-without-rate", "valid" },
        { "config/rules-empty-list", "#/rules" },
        { "config/strategic-sector-typo", "valid" },
        { "config/suppression-bad-date", "#/suppressions[0].expires" },
        { "config/suppression-matches-nothing", "valid" },
        { "config/unclosed-brace", "yaml" },
        { "config/unknown-key", "#/" },
        { "config/unknown-rule-id", "valid" },
        { "rules/alias-bomb", "yaml" },
        { "rules/bad-severity", "#/rules[0].severity" },
        { "rules/duplicate-rule-ids", "valid" },
        { "rules/expression-compares-text-with-bool", "valid" },
        { "rules/expression-creates-objects", "valid" },
        { "rules/expression-does-not-compile", "valid" },
        { "rules/expression-exits-the-process", "valid" },
        { "rules/expression-accessor-method", "valid" },
        { "rules/expression-fails-at-run-time", "valid" },
        { "rules/expression-get-type", "valid" },
        { "rules/expression-huge-literal", "valid" },
        { "rules/expression-model-escape-hatch", "valid" },
        { "rules/expression-reads-a-file", "valid" },
        { "rules/expression-reads-environment", "valid" },
        { "rules/expression-starts-a-process", "valid" },
        { "rules/expression-string-method-reflection", "valid" },
        { "rules/expression-type-of", "valid" },
        { "rules/expression-uses-reflection", "valid" },
        { "rules/packs-without-rules", "valid" },
        { "rules/rules-is-a-mapping", "#/rules" },
        { "rules/tabs", "yaml" },
        { "rules/unknown-key", "#/rules[0]" },
        { "mapping/alias-bomb", "yaml" },
        { "mapping/column-not-in-file", "valid" },
        { "mapping/columns-is-a-list", "#/columns" },
        { "mapping/duplicate-keys", "yaml" },
        { "mapping/encoding-utf7", "#/encoding" },
        { "mapping/every-problem-at-once", "#/format" },
        { "mapping/not-yaml-at-all", "#/" },
        { "mapping/tab-indentation", "yaml" },
        { "mapping/tag-not-a-uri", "yaml" },
        { "mapping/two-character-delimiter", "#/delimiter" },
        { "mapping/two-documents", "yaml" },
        { "mapping/unclosed-brace", "yaml" },
        { "mapping/unknown-canonical-field", "#/columns" },
        { "mapping/unknown-key", "#/" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Bad_inputs_fail_the_schema_where_it_can_see_the_mistake(string folder, string expected)
    {
        var (file, schema) = Input(folder);
        var text = File.ReadAllText(file);
        IReadOnlyList<string> violations;
        try
        {
            violations = YamlSchemas.Violations(schema, text, file);
        }
        catch (InputException)
        {
            Assert.Equal("yaml", expected);
            return;
        }

        if (expected == "valid")
        {
            Assert.Empty(violations);
            return;
        }

        Assert.NotEqual("yaml", expected);
        Assert.True(violations.Any(v => v.StartsWith(expected, StringComparison.Ordinal)),
            $"expected a violation at {expected}; got: {string.Join("; ", violations)}");
    }

    [Fact]
    public void Every_bad_input_case_with_a_yaml_input_is_classified()
    {
        var classified = Corpus().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);
        var corpus = Path.Combine(RepositoryPaths.TestProject("CapitalHealthReport.Cli.Tests"), "BadInputs");
        var cases = new[] { "config", "rules", "mapping" }
            .SelectMany(kind => Directory.EnumerateDirectories(Path.Combine(corpus, kind)).Select(d => kind + "/" + Path.GetFileName(d)))
            .Where(c => File.Exists(Path.Combine(corpus, c, InputName(c))));
        Assert.DoesNotContain(cases, c => !classified.Contains(c));
    }

    /// <summary>
    /// Reader and schema keys in step: each reader names the keys it knows when it meets an unknown one; those are exactly
    /// the schema's properties at the same place.
    /// </summary>
    public static TheoryData<string, string, string> ReaderContexts() => new()
    {
        { "capitalhealth", "zz_unknown: 1\n", "#/properties" },
        { "capitalhealth", "parameters:\n  zz_unknown: 1\n", "#/definitions/parameters/properties" },
        { "capitalhealth", "suppressions:\n  - id: CH1001\n    justification: x\n    zz_unknown: 1\n", "#/definitions/suppression/properties" },
        { "capitalhealth", "suppressions:\n  - id: CH1001\n    justification: x\n    where: { zz_unknown: 1 }\n", "#/definitions/suppression/properties/where/properties" },
        { "rule-pack", "category: Concentration\nzz_unknown: 1\nrules: []\n", "#/properties" },
        { "rule-pack", "category: Concentration\nrules:\n  - id: CH1999\n    zz_unknown: 1\n", "#/definitions/rule/properties" },
        { "rule-pack", "category: Concentration\nrules:\n  - id: CH1999\n    threshold: { metric: hhi, zz_unknown: 1 }\n", "#/definitions/threshold/properties" },
        { "mapping", "zz_unknown: 1\n", "#/properties" },
        { "mapping", "columns: { zz_unknown: x }\n", "#/properties/columns/properties" },
        { "rule-tests", "zz_unknown: 1\ntests: []\n", "#/properties" },
        { "rule-tests", "tests:\n  - name: a\n    zz_unknown: 1\n", "#/definitions/case/properties" },
        { "rule-tests", "tests:\n  - name: a\n    expect: [{ id: CH1001, severity: info, zz_unknown: 1 }]\n", "#/definitions/finding/properties" },
        { "rule-tests", "tests:\n  - name: a\n    deals: [{ date: 2025-01-01, company: A, zz_unknown: 1 }]\n", "#/definitions/deal/properties" },
    };

    [Theory]
    [MemberData(nameof(ReaderContexts))]
    public void Every_key_a_reader_accepts_is_in_the_schema_and_every_schema_key_is_read(string schema, string yaml, string pointer)
    {
        var error = Assert.Throws<InputException>(() => Read(schema, yaml));
        var message = error.Reason + " " + error.Hint;
        var known = KnownList().Match(message);
        Assert.True(known.Success, $"the reader's message does not list the known keys: {message}");
        var readerKeys = known.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        var schemaKeys = Resolve(YamlSchemas.Json(schema), pointer).AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(readerKeys, schemaKeys);
    }

    [Fact]
    public void The_threshold_metrics_and_the_fixture_metrics_are_the_catalog_metrics()
    {
        var numeric = MetricCatalog.All.Where(m => m.UnitKind != MetricUnit.Name).Select(m => m.JsonName).Order(StringComparer.Ordinal);
        var threshold = YamlSchemas.Json("rule-pack")["definitions"]!["threshold"]!["properties"]!["metric"]!["enum"]!.AsArray().Select(n => (string)n!).Order(StringComparer.Ordinal);
        Assert.Equal(numeric, threshold);

        var all = MetricCatalog.All.Select(m => m.JsonName).Order(StringComparer.Ordinal);
        var fixtures = YamlSchemas.Json("rule-tests")["definitions"]!["metrics"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(all, fixtures);

        var scopes = YamlSchemas.Json("rule-pack")["definitions"]!["rule"]!["properties"]!["scope"]!["enum"]!.AsArray().Select(n => (string)n!);
        Assert.Equal(ScopeKinds.All, scopes);
        var categories = YamlSchemas.Json("rule-pack")["properties"]!["category"]!["enum"]!.AsArray().Select(n => (string)n!);
        Assert.Equal(RuleCategories.All.Select(c => c.Key).Where(c => c != RuleCategories.Configuration), categories);
        var fields = YamlSchemas.Json("mapping")["properties"]!["columns"]!["properties"]!.AsObject().Select(p => p.Key);
        Assert.Equal(DealMapping.CanonicalFields, fields);
    }

    private static void Read(string schema, string yaml)
    {
        switch (schema)
        {
            case "capitalhealth":
                AnalysisConfig.Parse(yaml, "capitalhealth.yaml", RepositoryPaths.Root);
                break;
            case "mapping":
                DealMapping.Parse(yaml, "mapping.yaml");
                break;
            case "rule-tests":
                RuleTestFile.Parse(yaml, "pack.tests.yaml");
                break;
            default:
                using (var folder = new TempFolder("schema-keys"))
                {
                    var pack = folder.File("pack.yaml");
                    File.WriteAllText(pack, yaml);
                    var problems = Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([pack])).Problems;
                    var unknown = problems.First(p => p.Reason.Contains("zz_unknown", StringComparison.Ordinal));
                    throw new InputException(unknown.Reason, pack);
                }
        }
    }

    private static JsonNode Resolve(JsonNode schema, string pointer)
    {
        var node = schema;
        foreach (var part in pointer.TrimStart('#', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[part] ?? throw new InvalidOperationException($"no '{part}' in {pointer}");
        }

        return node;
    }

    private static (string File, string Schema) Input(string folder)
    {
        var path = Path.Combine(RepositoryPaths.TestProject("CapitalHealthReport.Cli.Tests"), "BadInputs", folder);
        return (Path.Combine(path, InputName(folder)), folder.Split('/')[0] switch
        {
            "config" => "capitalhealth",
            "rules" => "rule-pack",
            _ => "mapping",
        });
    }

    private static string InputName(string folder) => folder.Split('/')[0] switch
    {
        "config" => "capitalhealth.yaml",
        "rules" => "pack.yaml",
        _ => "mapping.yaml",
    };

    private static string? Kind(string file, string text) =>
        RuleTestFile.IsTestFile(file) ? "rule-tests"
        : text.Contains("\nrules:", StringComparison.Ordinal) && text.Contains("category:", StringComparison.Ordinal) ? "rule-pack"
        : Path.GetFileName(file) == AnalysisConfig.DefaultFileName || Path.GetFileName(Path.GetDirectoryName(file)) == "config" ? "capitalhealth"
        : text.Contains("columns:", StringComparison.Ordinal) || Path.GetFileName(Path.GetDirectoryName(file)) == "mapping" ? "mapping"
        : null;

    private static bool ReaderAccepts(string schema, string text, string file)
    {
        try
        {
            switch (schema)
            {
                case "capitalhealth":
                    AnalysisConfig.Parse(text, file, Path.GetDirectoryName(file)!);
                    break;
                case "mapping":
                    DealMapping.Parse(text, file);
                    break;
                case "rule-tests":
                    RuleTestFile.Parse(text, file);
                    break;
                default:
                    RuleCatalog.Load([file]);
                    break;
            }

            return true;
        }
        catch (Exception ex) when (ex is InputException or RuleValidationException)
        {
            return false;
        }
    }

    [GeneratedRegex("^# yaml-language-server: \\$schema=(\\S+)$")]
    private static partial Regex SchemaLine();

    [GeneratedRegex("(?:known (?:keys|parameters|fields)|[Kk]nown (?:keys|fields)|; use)[: ]+([a-z_, ]+)")]
    private static partial Regex KnownList();
}
