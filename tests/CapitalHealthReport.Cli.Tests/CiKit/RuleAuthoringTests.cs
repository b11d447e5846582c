using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary><c>rules test</c> runs the fixtures beside the packs; <c>rules explain</c> and <c>analyze --explain</c> say why a rule fired or not.</summary>
public sealed class RuleAuthoringTests : IDisposable
{
    private readonly TempFolder _folder = new("rule-authoring");

    [Fact]
    public void The_bundled_packs_pass_their_tests_and_every_rule_has_fire_dont_fire_and_escalation_cases()
    {
        var outcome = InProcess.Run(["rules", "test", Path.Combine(RepositoryPaths.Root, "rules")]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches("\n([0-9]+) tests in 6 file\\(s\\): \\1 passed, 0 failed\\.\n", outcome.Stdout);
        Assert.DoesNotContain("note:", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_validate_counts_rules_and_packs_in_words_that_agree_with_their_number()
    {
        var all = InProcess.Run(["rules", "validate"]);
        Assert.Equal(0, all.ExitCode);
        Assert.Matches("^[0-9]+ rules in [0-9]+ packs are valid\\.\n", all.Stdout);

        File.Copy(Path.Combine(RepositoryPaths.Root, "rules", "concentration.yaml"), _folder.File("concentration.yaml"));
        var one = InProcess.Run(["rules", "validate", _folder.File("concentration.yaml")]);
        Assert.Equal(0, one.ExitCode);
        Assert.Matches("^[0-9]+ rules in 1 pack is valid\\.\n", one.Stdout);
    }

    [Fact]
    public void The_tests_embedded_with_the_bundled_packs_run_without_a_checkout()
    {
        var outcome = InProcess.Run(["rules", "test"]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("rules/concentration.tests.yaml (rules/concentration.yaml)", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_threshold_fails_its_tests_with_a_readable_diff()
    {
        foreach (var file in new[] { "concentration.yaml", "concentration.tests.yaml" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "rules", file), _folder.File(file));
        }

        var pack = _folder.File("concentration.yaml");
        var text = File.ReadAllText(pack);
        var changed = text.Replace("threshold: { metric: top_quintile_share, above: { warning: 0.6, error: 0.8 } }", "threshold: { metric: top_quintile_share, above: { warning: 0.6, error: 0.9 } }", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        File.WriteAllText(pack, changed);

        var outcome = InProcess.Run(["rules", "test", _folder.Path]);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("  FAIL  CH1001 escalates to an error above 80%", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("        - CH1001 error 2025Q1\n        + CH1001 warning 2025Q1\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("escalate.error: Metrics.TopQuintileShare > 0.9 => 0.85 > 0.9 is false", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains(": 11 passed, 2 failed.", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_file_with_an_unknown_key_is_invalid_input_with_its_location()
    {
        File.Copy(Path.Combine(RepositoryPaths.Root, "rules", "stage-skew.yaml"), _folder.File("stage-skew.yaml"));
        File.WriteAllText(_folder.File("stage-skew.tests.yaml"), "tests:\n  - name: a case\n    metric: { hhi: 1 }\n    expect: []\n");
        var outcome = InProcess.Run(["rules", "test", _folder.File("stage-skew.tests.yaml")]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("stage-skew.tests.yaml:3:5", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("unknown key 'metric' in a test case", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_test_reports_a_rule_without_a_case_where_it_does_not_fire()
    {
        File.Copy(Path.Combine(RepositoryPaths.Root, "rules", "investor-mix.yaml"), _folder.File("investor-mix.yaml"));
        File.WriteAllText(_folder.File("investor-mix.tests.yaml"), """
            tests:
              - name: CH5001 fires
                rules: [CH5001]
                metrics: { deal_count: 100, repeat_investor_count: 10, cvc_active_share: 0.5 }
                expect:
                  - { id: CH5001, severity: warning }
            """);
        var outcome = InProcess.Run(["rules", "test", _folder.Path]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("note: CH5001 has no test for a case where it does not fire.", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("note: CH5002 has no test for a case where it does not fire or a case where it fires as info.", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_each_scope_with_its_values_thresholds_and_why()
    {
        var outcome = InProcess.Run(["rules", "explain", "CH1001", "--period", "2025Q1"]);
        Assert.Equal(0, outcome.ExitCode);
        var text = outcome.Stdout;
        Assert.Contains("threshold: warning when the top-quintile share is above 60%", text, StringComparison.Ordinal);
        Assert.Contains("threshold: error when the top-quintile share is above 80%", text, StringComparison.Ordinal);
        Assert.Contains("2025Q1 (471 deals): Fired as error: escalate.error holds.", text, StringComparison.Ordinal);
        Assert.Matches("when: Metrics.TopQuintileShare > 0.6\n +0\\.85[0-9]* > 0.6 is true", text);
    }

    [Fact]
    public void Explain_names_min_deals_suppressions_and_overrides()
    {
        var config = _folder.File("capitalhealth.yaml");
        File.WriteAllText(config, """
            severity:
              CH1004: info
            suppressions:
              - id: CH4001
                where: { sector: AI }
                justification: "National AI pilot zone"
            """);
        var sectors = InProcess.Run(["rules", "explain", "CH4001", "--period", "2025Q1", "--config", config]).Stdout;
        Assert.Contains("2025Q1/sector=AI (351 deals): Fired as warning. Suppressed by", sectors, StringComparison.Ordinal);
        Assert.Contains("National AI pilot zone", sectors, StringComparison.Ordinal);
        Assert.Contains("2025Q1/sector=Water (4 deals): Not judged: 4 deals in 2025Q1/sector=Water, fewer than min_deals 20.", sectors, StringComparison.Ordinal);

        var overridden = InProcess.Run(["rules", "explain", "CH1004", "--period", "2025Q1", "--config", config]).Stdout;
        Assert.Contains("2025Q1/sector=AI (351 deals): Fired as info: escalate.error holds; the configuration overrides the severity to info.", overridden, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_or_an_empty_period_is_invalid_input()
    {
        var unknown = InProcess.Run(["rules", "explain", "CH9999"]);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no rule CH9999 in the loaded rule packs; the rules are CH1001,", unknown.Stderr, StringComparison.Ordinal);

        var empty = InProcess.Run(["rules", "explain", "CH1001", "--period", "2030Q1"]);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no deals in 2030Q1", empty.Stderr, StringComparison.Ordinal);

        var filtered = InProcess.Run(["rules", "explain", "CH1001", "--where", "sector=Robots"]);
        Assert.Equal(2, filtered.ExitCode);
        Assert.Contains("--where sector=Robots matches no deal", filtered.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_explain_follows_the_table_and_goes_to_standard_error_for_machine_formats()
    {
        var text = InProcess.Run(["analyze", "--period", "2025Q1", "--explain"]);
        Assert.Contains("CH1001 Capital concentrates in the top fifth of companies", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Did not fire: the condition is false.", text.Stdout, StringComparison.Ordinal);

        var json = InProcess.Run(["analyze", "--period", "2025Q1", "--explain", "--format", "json"]);
        Assert.StartsWith("{", json.Stdout, StringComparison.Ordinal);
        Assert.Contains("Did not fire: the condition is false.", json.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_docs_without_rules_documents_the_configured_packs_else_the_bundled_ones()
    {
        File.WriteAllText(_folder.File("README.md"), "# Our rules\n");
        var bundled = InProcess.Run(["rules", "docs", "--root", _folder.Path]);
        Assert.Equal(0, bundled.ExitCode);
        Assert.Contains("| Defined in | `rules/concentration.yaml` |", File.ReadAllText(Path.Combine(_folder.Path, "docs", "rules", "CH1001.md")), StringComparison.Ordinal);

        Directory.CreateDirectory(_folder.File("packs"));
        File.WriteAllText(_folder.File(Path.Combine("packs", "local.yaml")), """
            category: RegionalBias
            rules:
              - id: CH4901
                title: One province takes most deals
                when: Metrics.TopRegionCountShare > 0.5
                message: "{{ scope }}"
                description: Local rule.
            """);
        File.WriteAllText(_folder.File("capitalhealth.yaml"), "rules: [packs/]\n");
        var configured = InProcess.Run(["rules", "docs", "--root", _folder.Path]);
        Assert.Equal(0, configured.ExitCode);
        Assert.Contains("removed docs/rules/CH1001.md (no such rule)", configured.Stdout, StringComparison.Ordinal);
        Assert.Contains("| Defined in | `packs/local.yaml` |", File.ReadAllText(Path.Combine(_folder.Path, "docs", "rules", "CH4901.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_and_analyze_locate_each_bad_escalation_at_its_entry_and_suggest_the_name_meant()
    {
        var pack = _folder.File("escalations.yaml");
        File.WriteAllText(pack, """
            category: Concentration
            rules:
              - id: CH1901
                title: Unknown names in escalations
                severity: info
                when: Metrics.Hhi > 1000
                escalate:
                  eror: Metrics.Hhi > 3000
                  warning: Params.HotSectr == "AI"
                message: "HHI {{ metrics.hhi | num }}"
                description: Test.
              - id: CH1902
                title: An escalation that is not stricter
                severity: warning
                when: Metrics.Hhi > 1000
                escalate:
                  error: Metrics.Hhhi > 3000
                  info: Metrics.Hhi > 2000
                message: "HHI {{ metrics.hhi | num }}"
                description: Test.
            """);
        string[] expected =
        [
            "escalations.yaml:8:7: bad severity 'eror' in 'escalate'; did you mean 'error'? use error, warning or info.",
            "escalations.yaml:9:16: 'escalate.warning': unknown parameter 'HotSectr' (at character 8) in 'Params.HotSectr == \"AI\"'; did you mean 'HotSector'? Params has ",
            "escalations.yaml:17:14: 'escalate.error': unknown metric 'Hhhi' (at character 9); did you mean 'Hhi'? metrics use the PascalCase names: ",
            "escalations.yaml:18:7: rule CH1902: 'escalate' to info is not stricter than its default severity warning.",
        ];

        foreach (string[] args in new[] { new[] { "rules", "validate", pack }, ["analyze", "--rules", pack] })
        {
            var outcome = InProcess.Run(args);
            Assert.Equal(2, outcome.ExitCode);
            var output = outcome.Stdout + outcome.Stderr;
            Assert.All(expected, line => Assert.Contains(line, output, StringComparison.Ordinal));
        }
    }

    public void Dispose() => _folder.Dispose();
}
