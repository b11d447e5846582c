using System.Text.Json;

namespace CapitalHealthReport.Rules.Tests;

public class OutputTests
{
    private static AnalysisResult Sample(string configYaml = "")
    {
        var config = Fixtures.Config(configYaml);
        return new Analyzer(Fixtures.DefaultCatalog, config).Evaluate(
            [DefaultRulesTests.Trip("CH1001+").Scope, DefaultRulesTests.Trip("CH4001").Scope], Fixtures.Q1);
    }

    [Fact]
    public void Json_has_the_designed_diagnostic_shape_and_a_summary()
    {
        using var json = JsonDocument.Parse(DiagnosticsJson.Write(Sample()));
        var root = json.RootElement;
        Assert.Equal("2025Q1", root.GetProperty("period").GetString());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal(
            ["id", "severity", "category", "title", "message", "scope", "evidence", "help", "suppressed", "baseline"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CH1001", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("Concentration", first.GetProperty("category").GetString());
        Assert.Equal("2025Q1", first.GetProperty("scope").GetProperty("period").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("scope").GetProperty("slice").ValueKind);
        Assert.Equal(0.85, first.GetProperty("evidence").GetProperty("top_quintile_share").GetDouble());
        Assert.Equal("docs/rules/CH1001.md", first.GetProperty("help").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("suppressed").ValueKind);
        Assert.Equal("new", first.GetProperty("baseline").GetString());
        var sliced = root.GetProperty("diagnostics")[1];
        Assert.Equal("AI", sliced.GetProperty("scope").GetProperty("slice").GetProperty("sector").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal(["error", "warning", "info", "suppressed"], summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, summary.GetProperty("error").GetInt32());
        Assert.Equal(1, summary.GetProperty("warning").GetInt32());
    }

    [Fact]
    public void Json_output_is_byte_identical_across_runs()
    {
        Assert.Equal(DiagnosticsJson.Write(Sample()), DiagnosticsJson.Write(Sample()));
    }

    [Fact]
    public void Sarif_carries_every_required_property_of_sarif_2_1_0_that_it_emits()
    {
        var sarif = SarifWriter.Write(Sample("suppressions:\n  - id: CH4001\n    justification: pilot zone\n"), Fixtures.DefaultCatalog);
        using var json = JsonDocument.Parse(sarif);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("capital-health", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.True(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Fixtures.DefaultCatalog.Rules.Count + ConfigurationRules.All.Count, rules.Count);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Matches("^CH[0-9]{4}$", id);
            Assert.Matches("^[A-Z][A-Za-z0-9]*$", rule.GetProperty("name").GetString()!);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(rule.TryGetProperty("helpUri", out _));
            Assert.Contains(id, rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.StartsWith($"# {id}: ", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("properties").GetProperty("category").GetString()));
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(ruleId, rules[index].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Matches("(^|/)rules/[a-z-]+\\.yaml$", physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            var logical = result.GetProperty("locations")[0].GetProperty("logicalLocations")[0];
            Assert.Contains(logical.GetProperty("kind").GetString(), new[] { "namespace", "module" });
            Assert.False(string.IsNullOrEmpty(logical.GetProperty("fullyQualifiedName").GetString()));
            Assert.Matches("^[0-9a-f]{16}$", result.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintKey).GetString()!);
            Assert.False(result.TryGetProperty("baselineState", out _));
        }

        var suppressed = results.Single(r => r.GetProperty("ruleId").GetString() == "CH4001");
        Assert.Equal("2025Q1/sector=AI", suppressed.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        var suppression = Assert.Single(suppressed.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal("pilot zone", suppression.GetProperty("justification").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Baseline_marks_results_new_unchanged_and_absent(string format)
    {
        var folder = Fixtures.TempFolder();
        var analyzer = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config());
        var before = analyzer.Evaluate([DefaultRulesTests.Trip("CH1001+").Scope, DefaultRulesTests.Trip("CH4001").Scope], Fixtures.Q1);
        var path = Path.Combine(folder, "baseline." + format);
        File.WriteAllText(path, format == "json" ? DiagnosticsJson.Write(before) : SarifWriter.Write(before, Fixtures.DefaultCatalog));

        var baseline = Baseline.Load(path);
        var after = analyzer.Evaluate([Fixtures.Scope(Fixtures.Healthy().With(("TopQuintileShare", 0.9), ("Hhi", 2500.0)))], Fixtures.Q1, baseline: baseline);

        Assert.Equal(BaselineState.Unchanged, after.Diagnostics.Single(d => d.Id == "CH1001").Baseline);
        Assert.Equal(BaselineState.New, after.Diagnostics.Single(d => d.Id == "CH1002").Baseline);
        var absent = after.Diagnostics.Single(d => d.Id == "CH4001");
        Assert.Equal(BaselineState.Absent, absent.Baseline);
        Assert.Equal("2025Q1/sector=AI", absent.Location);
        Assert.Equal((1, 1, 1), (after.Summary.New, after.Summary.Unchanged, after.Summary.Absent));

        using var sarif = JsonDocument.Parse(SarifWriter.Write(after, Fixtures.DefaultCatalog));
        var states = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString() + ":" + r.GetProperty("baselineState").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["CH1001:unchanged", "CH1002:new", "CH4001:absent"], states);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Configuration_findings_of_one_rule_and_scope_keep_their_own_fingerprints_and_baseline_states(string format)
    {
        var folder = Fixtures.TempFolder();
        var scope = Fixtures.Scope(Fixtures.Healthy());
        var before = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config("severity:\n  CH7777: error\n")).Evaluate([scope], Fixtures.Q1);
        var path = Path.Combine(folder, "baseline." + format);
        File.WriteAllText(path, format == "json" ? DiagnosticsJson.Write(before) : SarifWriter.Write(before, Fixtures.DefaultCatalog));

        var config = Fixtures.Config("severity:\n  CH7777: error\n  CH7778: error\nsuppressions:\n  - id: CH8888\n    justification: typo\n");
        var after = new Analyzer(Fixtures.DefaultCatalog, config).Evaluate([scope], Fixtures.Q1, baseline: Baseline.Load(path));

        var unknown = after.Diagnostics.Where(d => d.Id == "CH0002").ToList();
        Assert.Equal(3, unknown.Count);
        Assert.Equal(3, unknown.Select(d => d.Fingerprint).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(BaselineState.Unchanged, Assert.Single(unknown, d => d.Message.Contains("CH7777", StringComparison.Ordinal)).Baseline);
        Assert.Equal(BaselineState.New, Assert.Single(unknown, d => d.Message.Contains("CH7778", StringComparison.Ordinal)).Baseline);
        Assert.Equal(BaselineState.New, Assert.Single(unknown, d => d.Message.Contains("CH8888", StringComparison.Ordinal)).Baseline);
        Assert.Equal((2, 1, 0), (after.Summary.New, after.Summary.Unchanged, after.Summary.Absent));

        using var sarif = JsonDocument.Parse(SarifWriter.Write(after, Fixtures.DefaultCatalog));
        var fingerprints = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintKey).GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void With_a_baseline_only_new_findings_decide_the_exit_code()
    {
        var analyzer = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config());
        var error = DefaultRulesTests.Trip("CH1001+").Scope;
        var before = analyzer.Evaluate([error], Fixtures.Q1);
        Assert.Equal(1, before.ExitCode(warnAsError: false));
        var baseline = new Baseline(before.Diagnostics.Select(d => new BaselineEntry(d.Id, d.Location, d.Fingerprint, d.Severity, d.Category, d.Title, d.Message)).ToList());
        var again = analyzer.Evaluate([error], Fixtures.Q1, baseline: baseline);
        Assert.Equal(0, again.ExitCode(warnAsError: true));
        var worse = analyzer.Evaluate([error, DefaultRulesTests.Trip("CH4001").Scope], Fixtures.Q1, baseline: baseline);
        Assert.Equal(0, worse.ExitCode(warnAsError: false));
        Assert.Equal(1, worse.ExitCode(warnAsError: true));
    }

    [Theory]
    [InlineData("json", "utf-8")]
    [InlineData("sarif", "utf-8")]
    [InlineData("json", "utf-16")]
    public void A_baseline_with_a_byte_order_mark_reads_as_without_one(string format, string encoding)
    {
        var folder = Fixtures.TempFolder();
        var analyzer = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config());
        var before = analyzer.Evaluate([DefaultRulesTests.Trip("CH1001+").Scope, DefaultRulesTests.Trip("CH4001").Scope], Fixtures.Q1);
        var text = format == "json" ? DiagnosticsJson.Write(before) : SarifWriter.Write(before, Fixtures.DefaultCatalog);
        var plain = Path.Combine(folder, "plain." + format);
        var marked = Path.Combine(folder, "marked." + format);
        File.WriteAllText(plain, text);
        File.WriteAllText(marked, text, encoding == "utf-8" ? new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true) : System.Text.Encoding.Unicode);

        Assert.Equal(encoding == "utf-8" ? 0xEF : 0xFF, File.ReadAllBytes(marked)[0]);
        Assert.Equal(Baseline.Load(plain).Entries, Baseline.Load(marked).Entries);
        Assert.Contains(Baseline.Load(marked).Entries, e => e.Id == "CH1001");
    }

    [Fact]
    public void Baseline_fingerprints_do_not_depend_on_the_message()
    {
        Assert.Equal(ScopeNames.Fingerprint("CH1001", "2025Q1"), new Diagnostic("CH1001", DiagnosticSeverity.Error, "c", "t", "any message",
            new Metrics.Scope(Fixtures.Q1), new Dictionary<string, double?>(), "h", null, BaselineState.New).Fingerprint);
        Assert.NotEqual(ScopeNames.Fingerprint("CH1001", "2025Q1"), ScopeNames.Fingerprint("CH1001", "2025Q1/sector=AI"));
    }

    [Fact]
    public void Rejects_a_baseline_that_is_not_an_analysis_output()
    {
        var folder = Fixtures.TempFolder();
        var path = Fixtures.WriteTemp(folder, "b.json", "{ \"hello\": 1 }");
        var error = Assert.Throws<InputException>(() => Baseline.Load(path));
        Assert.Contains("neither", error.Message, StringComparison.Ordinal);
        var broken = Fixtures.WriteTemp(folder, "c.json", "{ \"diagnostics\": [ ");
        Assert.NotNull(Assert.Throws<InputException>(() => Baseline.Load(broken)).Line);
    }
}
