using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules.Tests;

public class ConfigurationTests
{
    private static readonly Slice Ai = new("sector", "AI");

    private static ScopeMetrics Tripping(string key) => DefaultRulesTests.Trip(key).Scope;

    [Fact]
    public void Defaults_match_the_design()
    {
        var config = Fixtures.Config();
        Assert.Equal("CNY", config.Parameters.ReportingCurrency);
        Assert.Equal("AI", config.Parameters.HotSector);
        Assert.Equal(["Energy", "AgriFood", "Water", "Health"], config.Parameters.StrategicSectors);
        Assert.Equal(20, config.Parameters.MinDeals);
        Assert.Empty(config.Suppressions);
    }

    [Fact]
    public void The_committed_capitalhealth_yaml_equals_the_built_in_defaults()
    {
        var config = AnalysisConfig.Load(Path.Combine(CapitalHealthReport.Testing.RepositoryPaths.Root, "capitalhealth.yaml"));
        Assert.Equal(MetricParameters.Default.ReportingCurrency, config.Parameters.ReportingCurrency);
        Assert.Equal(MetricParameters.Default.HotSector, config.Parameters.HotSector);
        Assert.Equal(MetricParameters.Default.StrategicSectors, config.Parameters.StrategicSectors);
        Assert.Equal(MetricParameters.Default.MegaRoundUsd, config.Parameters.MegaRoundUsd);
        Assert.Equal(MetricParameters.Default.MinDeals, config.Parameters.MinDeals);
        Assert.Equal([Path.Combine(CapitalHealthReport.Testing.RepositoryPaths.Root, "rules")], config.RulePaths.Select(p => p.TrimEnd('/')));
        Assert.Empty(config.SeverityOverrides.Entries);
        Assert.Empty(config.Suppressions);
    }

    [Fact]
    public void Reads_every_documented_key()
    {
        var config = Fixtures.Config("""
            rules: [rules/]
            parameters:
              reporting_currency: usd
              hot_sector: Semiconductors
              strategic_sectors: [Energy, Water]
              mega_round_usd: 50000000
              min_deals: 10
              max_unknown_investor_share: 0.25
              min_active_investors: 8
              min_median_rounds: 3
            severity:
              CH1002: error
              category:RegionalBias: none
            suppressions:
              - id: CH4001
                where: { region: Beijing }
                justification: "National AI pilot zone"
                expires: 2026-12-31
            """);
        Assert.Equal("USD", config.Parameters.ReportingCurrency);
        Assert.Equal("Semiconductors", config.Parameters.HotSector);
        Assert.Equal(["Energy", "Water"], config.Parameters.StrategicSectors);
        Assert.Equal(50_000_000m, config.Parameters.MegaRoundUsd);
        Assert.Equal(10, config.Parameters.MinDeals);
        Assert.Equal(0.25, config.Parameters.MaxUnknownInvestorShare);
        Assert.Equal(8, config.Parameters.MinActiveInvestors);
        Assert.Equal(3, config.Parameters.MinMedianRounds);
        Assert.Equal(DiagnosticSeverity.Error, config.SeverityOverrides.For("CH1002", "Concentration"));
        Assert.Equal(DiagnosticSeverity.None, config.SeverityOverrides.For("CH4001", "RegionalBias"));
        var suppression = Assert.Single(config.Suppressions);
        Assert.Equal(new DateOnly(2026, 12, 31), suppression.Expires);
        Assert.Equal("Beijing", suppression.Where["region"]);
    }

    [Theory]
    [InlineData("colour: red\n", 1, 1, "unknown key 'colour'")]
    [InlineData("severity:\n  CH1001: loud\n", 2, 11, "bad severity 'loud'")]
    [InlineData("severity:\n  Concentration: error\n", 2, 3, "neither a rule id")]
    [InlineData("suppressions:\n  - id: CH4001\n    where: { region: Beijing }\n", 2, 5, "no 'justification'")]
    [InlineData("suppressions:\n  - id: CH4001\n    justification: ok\n    expires: 31/12/2026\n", 4, 14, "expires '31/12/2026'")]
    [InlineData("suppressions:\n  - id: CH4001\n    justification: ok\n    where: { city: Beijing }\n", 4, 14, "unknown 'where' field 'city'")]
    [InlineData("parameters:\n  min_deals: many\n", 2, 14, "min_deals 'many'")]
    [InlineData("parameters:\n  max_unknown_investor_share: 50%\n", 2, 31, "max_unknown_investor_share '50%' must be a share from 0 to 1")]
    [InlineData("parameters:\n  max_unknown_investor_share: 1.5\n", 2, 31, "max_unknown_investor_share '1.5' must be a share from 0 to 1")]
    [InlineData("parameters:\n  min_active_investors: 2.5\n", 2, 25, "min_active_investors '2.5' must be a whole number of investors")]
    [InlineData("parameters:\n  min_median_rounds: -1\n", 2, 22, "min_median_rounds '-1' must be a whole number of rounds")]
    [InlineData("suppressions:\n  - id: CH1001\n    justification: ok\n    where: { period: spring }\n", 4, 22, "period 'spring' is not a period")]
    [InlineData("parameters: &p { min_deals: 3 }\n", 1, 13, "anchor '&p'")]
    public void Rejects_bad_configuration_with_file_line_and_column(string yaml, int line, int column, string reason)
    {
        var error = Assert.Throws<InputException>(() => Fixtures.Config(yaml));
        Assert.Equal("capitalhealth.yaml", error.File);
        Assert.Equal((line, column), (error.Line!.Value, error.Column!.Value));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rulez: [rules/]\n", "unknown key 'rulez'; did you mean 'rules'? known keys: parameters, report, rules, severity, suppressions.")]
    [InlineData("parameters:\n  hot_sectr: AI\n", "unknown parameter 'hot_sectr'; did you mean 'hot_sector'? known parameters: ")]
    [InlineData("parameters:\n  minDeals: 5\n", "unknown parameter 'minDeals'; did you mean 'min_deals'? known parameters: ")]
    [InlineData("parameters:\n  MIN-DEALS: 5\n", "unknown parameter 'MIN-DEALS'; did you mean 'min_deals'? known parameters: ")]
    [InlineData("severity:\n  CH1001: eror\n", "bad severity 'eror' for CH1001; did you mean 'error'? use error, warning, info or none.")]
    [InlineData("suppressions:\n  - id: CH4001\n    justification: ok\n    wher: { region: Beijing }\n", "unknown key 'wher' in a suppression; did you mean 'where'? known keys: ")]
    [InlineData("suppressions:\n  - id: CH4001\n    justification: ok\n    where: { regoin: Beijing }\n", "unknown 'where' field 'regoin'; did you mean 'region'? use period, sector, region, stage, investor_type.")]
    [InlineData("report:\n  titel: Report\n", "unknown key 'titel' under 'report'; did you mean 'title'? known keys: ")]
    public void An_unknown_name_close_to_a_known_one_suggests_it_before_the_list(string yaml, string reason)
    {
        var error = Assert.Throws<InputException>(() => Fixtures.Config(yaml));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("colour: red\n")]
    [InlineData("parameters:\n  budget: 5\n")]
    [InlineData("severity:\n  CH1001: loud\n")]
    [InlineData("suppressions:\n  - id: CH4001\n    justification: ok\n    where: { city: Beijing }\n")]
    [InlineData("report:\n  colour: red\n")]
    public void An_unknown_name_close_to_none_gets_no_guess(string yaml)
    {
        var error = Assert.Throws<InputException>(() => Fixtures.Config(yaml));
        Assert.DoesNotContain("did you mean", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reports_every_problem_of_a_configuration_at_once_in_the_order_of_the_file()
    {
        const string Yaml = """
            parameters:
              min_deals: twenty
              hot_setor: AI
            severity:
              CH1002: fatal
              Concentration: error
            suppressions:
              - id: CH4001
                where: { region: Beijing, city: Beijing }
                expires: 2026-13-45
              - justification: ok
            report:
              colour: blue
              help_base_url: not a url
            colour: red
            """;

        var error = Assert.Throws<InputProblemsException>(() => Fixtures.Config(Yaml));

        Assert.Equal(
            [
                (2, 14, "min_deals 'twenty'"),
                (3, 3, "unknown parameter 'hot_setor'"),
                (5, 11, "bad severity 'fatal'"),
                (6, 3, "neither a rule id"),
                (8, 5, "the suppression of CH4001 has no 'justification'"),
                (9, 31, "unknown 'where' field 'city'"),
                (10, 14, "expires '2026-13-45'"),
                (11, 5, "a suppression needs the 'id'"),
                (13, 3, "unknown key 'colour' under 'report'"),
                (14, 18, "help_base_url 'not a url'"),
                (15, 1, "unknown key 'colour'"),
            ],
            error.Problems.Select(p => (p.Line!.Value, p.Column!.Value, Fragment(p.Message))));
        Assert.All(error.Problems, p => Assert.Equal("capitalhealth.yaml", p.File));
        Assert.Equal("11 problems in capitalhealth.yaml; see docs/rules.md for the configuration format.", error.Summary);

        static string Fragment(string message) => new[]
        {
            "min_deals 'twenty'", "unknown parameter 'hot_setor'", "bad severity 'fatal'", "neither a rule id",
            "the suppression of CH4001 has no 'justification'", "unknown 'where' field 'city'", "expires '2026-13-45'",
            "a suppression needs the 'id'", "unknown key 'colour' under 'report'", "help_base_url 'not a url'", "unknown key 'colour'",
        }.First(f => message.Contains(f, StringComparison.Ordinal));
    }

    [Fact]
    public void Severity_override_by_id_replaces_the_default_and_the_escalation()
    {
        var result = Fixtures.Analyze(Fixtures.Config("severity:\n  CH1001: info\n"), Tripping("CH1001+"));
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(result.Diagnostics, d => d.Id == "CH1001").Severity);
    }

    [Fact]
    public void Severity_override_by_category_applies_to_every_rule_of_it_and_an_id_override_wins()
    {
        var config = Fixtures.Config("severity:\n  category:StageSkew: error\n  CH2003: warning\n");
        var result = Fixtures.Analyze(config, Fixtures.Scope(Fixtures.Healthy().With(("SeedAngelCountShare", 0.1), ("LateToSeedMedianRatio", 30.0))));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "CH2001").Severity);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "CH2003").Severity);
    }

    [Fact]
    public void Severity_none_disables_a_rule()
    {
        var result = Fixtures.Analyze(Fixtures.Config("severity:\n  CH1001: none\n"), Tripping("CH1001+"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CH1001");
        var analyzer = new Analyzer(Fixtures.DefaultCatalog, Fixtures.Config("severity:\n  category:RegionalBias: none\n  category:Concentration: none\n  category:DataCoverage: none\n  category:SectorCrowdOut: none\n  category:InvestorMix: none\n  category:StageSkew: none\n"));
        Assert.Empty(analyzer.ScopeKindsInUse);
    }

    [Fact]
    public void Suppression_with_matching_where_marks_the_finding_and_keeps_it_out_of_the_exit_code()
    {
        var config = Fixtures.Config("""
            suppressions:
              - id: CH4001
                where: { region: Beijing, sector: AI }
                justification: "National AI pilot zone; accepted by the committee in 2025-03"
                expires: 2026-12-31
            """);
        var result = Fixtures.Analyze(config, Tripping("CH4001"));
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "CH4001");
        Assert.NotNull(finding.Suppressed);
        Assert.Equal("National AI pilot zone; accepted by the committee in 2025-03", finding.Suppressed.Justification);
        Assert.Equal("capitalhealth.yaml:2:5", finding.Suppressed.Source);
        Assert.Equal(1, result.Summary.Suppressed);
        Assert.Equal(0, result.Summary.Warning);
        Assert.Equal(0, result.ExitCode(warnAsError: true));
    }

    [Theory]
    [InlineData("Beijing", true)]
    [InlineData("beijing", true)]
    [InlineData("Shanghai", false)]
    public void Suppression_matches_the_region_a_rule_declares_it_is_about(string region, bool suppressed)
    {
        // CH4003 declares about: { region: location_quotient.max_key }; the fixture's largest quotient is Beijing's.
        var config = Fixtures.Config($"suppressions:\n  - id: CH4003\n    where: {{ region: {region} }}\n    justification: pilot zone\n");
        var finding = Assert.Single(Fixtures.Analyze(config, Tripping("CH4003")).Diagnostics, d => d.Id == "CH4003");
        Assert.Equal(suppressed, finding.Suppressed is not null);
    }

    [Theory]
    [InlineData("1 / (Scope.DataIssueCount - Scope.DataIssueCount) > 0", "divide by zero")]
    [InlineData("5 % Scope.DataIssueCount > 0", "divide by zero")]
    [InlineData("Math.Round(Metrics.Hhi, 99) > 0", "")]
    [InlineData("Math.Clamp(1, 5, 2) > 0", "")]
    public void A_rule_that_fails_while_it_runs_is_reported_at_its_condition_with_its_scope(string when, string fragment)
    {
        var folder = Fixtures.TempFolder();
        var pack = Fixtures.WriteTemp(folder, "broken.yaml", $$$"""
            category: Concentration
            rules:
              - id: CH1901
                title: Broken
                severity: warning
                scope: period
                when: "{{{when}}}"
                message: "HHI in {{ scope }}"
                description: Test.
            """);
        var analyzer = new Analyzer(RuleCatalog.Load([pack]), Fixtures.Config());
        var error = Assert.Throws<InputException>(() => analyzer.Evaluate([Tripping("CH1001")], Fixtures.Q1));
        Assert.EndsWith("broken.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal((7, 11), (error.Line, error.Column));
        Assert.Contains("rule CH1901 failed while evaluating 2025Q1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Error while executing rule", error.Message, StringComparison.Ordinal);
        Assert.Contains(". Fix the rule's expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_without_about_is_not_about_the_leading_region()
    {
        var folder = Fixtures.TempFolder();
        var pack = Fixtures.WriteTemp(folder, "regions.yaml", """
            category: RegionalBias
            rules:
              - id: CH4901
                title: Many deals in one region
                severity: warning
                scope: period
                threshold: { metric: top_region_count_share, above: { warning: 0.35 } }
                message: "{{ metrics.top_region }} leads {{ scope }}"
                description: Test.
            """);
        var config = Fixtures.Config("suppressions:\n  - id: CH4901\n    where: { region: Beijing }\n    justification: pilot zone\n");
        var result = new Analyzer(RuleCatalog.Load([pack]), config).Evaluate([Tripping("CH4002")], Fixtures.Q1);
        Assert.Null(Assert.Single(result.Diagnostics, d => d.Id == "CH4901").Suppressed);
    }

    [Fact]
    public void Suppression_whose_where_does_not_match_leaves_the_finding_active()
    {
        var config = Fixtures.Config("suppressions:\n  - id: CH4001\n    where: { sector: Energy }\n    justification: other sector\n");
        var finding = Assert.Single(Fixtures.Analyze(config, Tripping("CH4001")).Diagnostics, d => d.Id == "CH4001");
        Assert.Null(finding.Suppressed);
    }

    [Fact]
    public void Expired_suppression_no_longer_suppresses_and_warns_with_CH0001()
    {
        var config = Fixtures.Config("suppressions:\n  - id: CH1001\n    justification: temporary\n    expires: 2025-01-31\n");
        var result = Fixtures.Analyze(config, Tripping("CH1001"));
        Assert.Null(Assert.Single(result.Diagnostics, d => d.Id == "CH1001").Suppressed);
        var expired = Assert.Single(result.Diagnostics, d => d.Id == "CH0001");
        Assert.Equal(DiagnosticSeverity.Warning, expired.Severity);
        Assert.Contains("expired on 2025-01-31", expired.Message, StringComparison.Ordinal);
        Assert.Contains("capitalhealth.yaml:2:5", expired.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expiry_is_judged_against_the_as_of_date_not_the_clock()
    {
        var config = Fixtures.Config("suppressions:\n  - id: CH1001\n    justification: temporary\n    expires: 2025-03-31\n");
        var analyzer = new Analyzer(Fixtures.DefaultCatalog, config);
        var onTime = analyzer.Evaluate([Tripping("CH1001")], Fixtures.Q1, asOf: new DateOnly(2025, 3, 31));
        Assert.NotNull(Assert.Single(onTime.Diagnostics, d => d.Id == "CH1001").Suppressed);
        var late = analyzer.Evaluate([Tripping("CH1001")], Fixtures.Q1, asOf: new DateOnly(2025, 4, 1));
        Assert.Contains(late.Diagnostics, d => d.Id == "CH0001");
    }

    [Fact]
    public void Unknown_rule_ids_in_severity_and_suppressions_are_CH0002_warnings_not_crashes()
    {
        var config = Fixtures.Config("severity:\n  CH7777: error\n  category:Bogus: none\nsuppressions:\n  - id: CH8888\n    justification: typo\n");
        var result = Fixtures.Analyze(config, Fixtures.Scope(Fixtures.Healthy()));
        var unknown = result.Diagnostics.Where(d => d.Id == "CH0002").Select(d => d.Message).ToList();
        Assert.Equal(3, unknown.Count);
        Assert.Contains(unknown, m => m.Contains("CH7777", StringComparison.Ordinal) && m.StartsWith("capitalhealth.yaml:2:3", StringComparison.Ordinal));
        Assert.Contains(unknown, m => m.Contains("category:Bogus", StringComparison.Ordinal));
        Assert.Contains(unknown, m => m.Contains("CH8888", StringComparison.Ordinal));
        Assert.Equal(0, result.ExitCode(warnAsError: false));
        Assert.Equal(1, result.ExitCode(warnAsError: true));
    }

    [Theory]
    [InlineData("category:Concentraton", "which is not a rule category. Did you mean 'category:Concentration'? The categories are: ", "不是规则类别。是否应为“category:Concentration”？规则类别：")]
    [InlineData("category:Bogus", "which is not a rule category. The categories are: ", "不是规则类别。规则类别：")]
    public void A_misspelt_category_in_a_severity_override_suggests_the_category_meant(string target, string english, string chinese)
    {
        var result = Fixtures.Analyze(Fixtures.Config($"severity:\n  {target}: none\n"), Fixtures.Scope(Fixtures.Healthy()));
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "CH0002");
        Assert.Contains(english, finding.Message, StringComparison.Ordinal);
        Assert.Contains(chinese, finding.Translations[RuleLanguages.Chinese].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_rule_paths_resolve_against_the_configuration_file()
    {
        var folder = Fixtures.TempFolder();
        var path = Fixtures.WriteTemp(folder, "capitalhealth.yaml", "rules: [packs/, extra.yaml]\n");
        var config = AnalysisConfig.Load(path);
        Assert.Equal([Path.Combine(folder, "packs"), Path.Combine(folder, "extra.yaml")], config.RulePaths.Select(p => p.TrimEnd('/')));
        Assert.Equal(path, config.SourcePath);
    }

    [Fact]
    public void A_suppression_field_that_no_finding_of_its_rule_names_is_reported_as_matching_nothing()
    {
        var config = Fixtures.Config("""
            suppressions:
              - id: CH5003
                where: { sector: AI }
                justification: "angels are rare in AI"
              - id: CH4001
                where: { region: Beijing, sector: AI }
                justification: "National AI pilot zone"
            """);

        var result = Fixtures.Analyze(config, Fixtures.Scope(Fixtures.Healthy()));

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "CH0003");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("capitalhealth.yaml:2:5: the suppression of CH5003 names sector 'AI', but CH5003 is judged per period and its findings name only: period; so it suppresses nothing. Remove 'sector' from its where, or suppress the finding by what it names", warning.Message);
        Assert.Equal("suppression CH5003 sector=AI sector", warning.Subject);
    }

    [Fact]
    public void A_configuration_finding_is_accepted_by_a_suppression_of_its_id()
    {
        var config = Fixtures.Config("""
            suppressions:
              - id: CH5003
                where: { sector: AI }
                justification: "angels are rare in AI"
              - id: CH0003
                justification: "the shared configuration names sectors other datasets have"
            """);

        var result = Fixtures.Analyze(config, Fixtures.Scope(Fixtures.Healthy()));

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "CH0003");
        Assert.Equal("the shared configuration names sectors other datasets have", warning.Suppressed?.Justification);
        Assert.Equal(0, result.ExitCode(warnAsError: true));
    }
}
