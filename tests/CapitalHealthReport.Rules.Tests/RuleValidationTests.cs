namespace CapitalHealthReport.Rules.Tests;

public class RuleValidationTests
{
    private const string GoodRule = """
          - id: CH1901
            title: Test rule
            severity: warning
            scope: period
            when: Metrics.Hhi > 1000
            message: "HHI {{ metrics.hhi | num }} in {{ scope }}"
            description: Test.
        """;

    private static RuleValidationException LoadFails(string yaml, string name = "pack.yaml")
    {
        var folder = Fixtures.TempFolder();
        var path = Fixtures.WriteTemp(folder, name, yaml);
        return Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([path]));
    }

    private static ValidationProblem Single(string yaml) => Assert.Single(LoadFails(yaml).Problems);

    [Fact]
    public void A_valid_pack_loads_into_one_workflow_with_metadata_in_rule_properties()
    {
        var folder = Fixtures.TempFolder();
        var path = Fixtures.WriteTemp(folder, "mine.yaml", "category: Concentration\nrules:\n" + GoodRule.Replace("CH1901", "CH1901", StringComparison.Ordinal) + "\n    escalate:\n      error: Metrics.Hhi > 2000\n");
        var catalog = RuleCatalog.Load([path]);
        var workflow = Assert.Single(catalog.Workflows);
        Assert.Equal("mine", workflow.WorkflowName);
        var rules = workflow.Rules.ToList();
        Assert.Equal(["CH1901", "CH1901!error"], rules.Select(r => r.RuleName));
        Assert.Equal("Test rule", rules[0].Properties["title"]);
        Assert.Equal("Concentration", rules[0].Properties["category"]);
        Assert.Equal("warning", rules[0].Properties["severity"]);
    }

    [Theory]
    [InlineData("Metrics.Has(\"hhi_typo\") && Metrics.Hhi > 1000", "unknown metric 'hhi_typo' in Has(\"hhi_typo\")", "metrics are named in snake_case or PascalCase: ")]
    [InlineData("Metrics.Has(\"hhl\") && Metrics.Hhi > 1000", "unknown metric 'hhl'", "did you mean 'hhi'? metrics are named")]
    [InlineData("!Yoy.Has(\"TopQuintileShar\") && Metrics.Hhi > 1000", "unknown metric 'TopQuintileShar'", "did you mean 'TopQuintileShare'? metrics are named")]
    [InlineData("Metrics.InvestorTypeShare[\"Goverment\"] > 0.1 && Metrics.Hhi > 1000", "'Goverment' is not an investor type", "Did you mean 'Government'?")]
    [InlineData("Metrics.StageCountShare.Has(\"Sed\") && Metrics.Hhi > 1000", "'Sed' is not a stage", "Did you mean 'Seed'?")]
    public void Names_in_string_literals_that_name_nothing_are_errors_at_the_condition(string when, string reason, string hint)
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace("when: Metrics.Hhi > 1000", "when: '" + when + "'", StringComparison.Ordinal));
        Assert.Equal(7, problem.Line);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Contains(hint, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Metrics.Has(\"hhi\") && Metrics.Hhi > 1000")]
    [InlineData("Metrics.Has(\"TopQuintileShare\") && Metrics.Hhi > 1000")]
    [InlineData("Metrics.InvestorTypeShare[\"Government\"] > 0.1 && Metrics.Hhi > 1000")]
    [InlineData("Metrics.SectorCountShare[\"Any sector\"] > 0.1 && Metrics.Hhi > 1000")]
    public void Names_that_exist_load(string when)
    {
        var folder = Fixtures.TempFolder();
        var path = Fixtures.WriteTemp(folder, "pack.yaml", "category: Concentration\nrules:\n" + GoodRule.Replace("when: Metrics.Hhi > 1000", "when: '" + when + "'", StringComparison.Ordinal));
        Assert.Single(RuleCatalog.Load([path]).Rules);
    }

    [Theory]
    [InlineData("description: Test.", "description: Test.\n    tilte: Other", "unknown key 'tilte'; did you mean 'title'? known keys: about, ")]
    [InlineData("severity: warning", "severity: warnng", "bad severity 'warnng'; did you mean 'warning'? a rule's default severity is error, warning or info.")]
    [InlineData("scope: period", "scope: sectr", "unknown scope 'sectr'; did you mean 'sector'? use one of period, ")]
    [InlineData("when: Metrics.Hhi > 1000", "when: Metrics.cvc_active_share > 0.1", "'when': unknown metric 'cvc_active_share' (at character 9); did you mean 'CvcActiveShare'? metrics use the PascalCase names: ")]
    [InlineData("when: Metrics.Hhi > 1000", "when: Metric.Hhi > 1000", "did you mean 'Metrics'? expressions can name only Metrics, Prev, Yoy, Params, Scope and Math")]
    [InlineData("when: Metrics.Hhi > 1000", "when: Scope.Lable == \"x\"", "'when': unknown name 'Lable' (at character 7) in 'Scope.Lable == \"x\"'; did you mean 'Label'? Scope has DataIssueCount, Kind, Label, Period, Value")]
    [InlineData("when: Metrics.Hhi > 1000", "when: Metrics.Has(\"cvcActiveShare\")", "which is therefore always false; did you mean 'CvcActiveShare'? metrics are named in snake_case or PascalCase: ")]
    [InlineData("description: Test.", "description: Test.\n    about: { regoin: top_region }", "unknown dimension 'regoin' in 'about'; did you mean 'region'? use one of ")]
    [InlineData("description: Test.", "description: Test.\n    about: { region: top_regoin }", "'about.region': unknown metric 'top_regoin'; did you mean 'top_region'? use a name metric or a keyed one: ")]
    [InlineData("description: Test.", "description: Test.\n    title_zh: 测试", "unknown language 'zh' in 'title_zh'; did you mean 'title_zh-CN'? a pack's plain keys are English")]
    [InlineData("{{ metrics.hhi | num }}", "{{ metrics.Hhi | num }}", "unknown metric 'Hhi' in 'metrics.Hhi'; did you mean 'hhi'? messages use the snake_case names: ")]
    public void An_unknown_name_close_to_a_known_one_suggests_it_before_the_list(string from, string to, string reason)
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace(from, to, StringComparison.Ordinal));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("description: Test.", "description: Test.\n    colour: red")]
    [InlineData("severity: warning", "severity: fatal")]
    [InlineData("scope: period", "scope: galaxy")]
    [InlineData("when: Metrics.Hhi > 1000", "when: Metrics.Zzz > 1000")]
    [InlineData("when: Metrics.Hhi > 1000", "when: Params.Budget > 1000")]
    [InlineData("when: Metrics.Hhi > 1000", "when: Metrics.Has(\"investor_count_share\")")]
    [InlineData("description: Test.", "description: Test.\n    about: { colour: top_region }")]
    [InlineData("description: Test.", "description: Test.\n    title_fr: Règle")]
    [InlineData("{{ metrics.hhi | num }}", "{{ metrics.unicorns | num }}")]
    public void An_unknown_name_close_to_none_lists_the_known_ones_without_a_guess(string from, string to)
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace(from, to, StringComparison.Ordinal));
        Assert.DoesNotContain("did you mean", problem.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rejects_unknown_keys_with_file_line_and_column()
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule + "\n    colour: red\n");
        Assert.EndsWith("pack.yaml", problem.File, StringComparison.Ordinal);
        Assert.Equal(10, problem.Line);
        Assert.Equal(5, problem.Column);
        Assert.Contains("unknown key 'colour'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_duplicate_ids_across_packs()
    {
        var folder = Fixtures.TempFolder();
        Fixtures.WriteTemp(folder, "a.yaml", "category: Concentration\nrules:\n" + GoodRule);
        Fixtures.WriteTemp(folder, "b.yaml", "category: Concentration\nrules:\n" + GoodRule);
        var error = Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([folder]));
        var problem = Assert.Single(error.Problems);
        Assert.EndsWith("b.yaml", problem.File, StringComparison.Ordinal);
        Assert.Equal(3, problem.Line);
        Assert.Contains("duplicate rule id CH1901", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("a.yaml:3:5", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_duplicate_id_also_when_a_rule_declaring_it_has_another_problem()
    {
        var broken = GoodRule.Replace("Metrics.Hhi > 1000", "Metrics.Hhi > > 3", StringComparison.Ordinal);
        var problems = LoadFails("category: Concentration\nrules:\n" + broken + "\n" + GoodRule).Problems;
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Line == 7 && p.Reason.Contains("does not compile", StringComparison.Ordinal));
        var duplicate = Assert.Single(problems, p => p.Reason.Contains("duplicate rule id CH1901", StringComparison.Ordinal));
        Assert.Equal((10, 5), (duplicate.Line!.Value, duplicate.Column!.Value));
        Assert.Contains("pack.yaml:3:5", duplicate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_duplicate_id_across_packs_also_when_the_first_pack_has_an_unknown_category()
    {
        var folder = Fixtures.TempFolder();
        Fixtures.WriteTemp(folder, "a.yaml", "category: Concentraton\nrules:\n" + GoodRule);
        Fixtures.WriteTemp(folder, "b.yaml", "category: Concentration\nrules:\n" + GoodRule);
        var error = Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([folder]));
        Assert.Contains(error.Problems, p => p.Reason.Contains("unknown category 'Concentraton'", StringComparison.Ordinal));
        var duplicate = Assert.Single(error.Problems, p => p.Reason.Contains("duplicate rule id CH1901", StringComparison.Ordinal));
        Assert.EndsWith("b.yaml", duplicate.File, StringComparison.Ordinal);
        Assert.Contains("a.yaml:3:5", duplicate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_test_file_named_as_a_pack_is_refused_with_the_command_that_runs_it()
    {
        var folder = Fixtures.TempFolder();
        var tests = Fixtures.WriteTemp(folder, "mine.tests.yaml", "tests:\n  - name: a case\n    metrics: { hhi: 1 }\n    expect: []\n");

        var problem = Assert.Single(Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([tests])).Problems);

        Assert.Contains("is a rule test file (*.tests.yaml), not a rule pack", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("rules test", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown key", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_bad_severities()
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace("severity: warning", "severity: fatal", StringComparison.Ordinal));
        Assert.Equal((5, 15), (problem.Line!.Value, problem.Column!.Value));
        Assert.Contains("bad severity 'fatal'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_ids_whose_prefix_does_not_match_the_category()
    {
        var problem = Single("category: RegionalBias\nrules:\n" + GoodRule);
        Assert.Equal((3, 9), (problem.Line!.Value, problem.Column!.Value));
        Assert.Contains("does not match category RegionalBias", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("CH4", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_expressions_that_do_not_compile()
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace("Metrics.Hhi > 1000", "Metrics.Hhi >> (", StringComparison.Ordinal));
        Assert.Equal((7, 11), (problem.Line!.Value, problem.Column!.Value));
        Assert.Contains("does not compile", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_unknown_metric_names_and_lists_the_known_ones()
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace("Metrics.Hhi > 1000", "Metrics.TopQuintile > 0.6", StringComparison.Ordinal));
        Assert.Contains("unknown metric 'TopQuintile'", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("TopQuintileShare", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_unknown_metric_names_in_messages()
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace("metrics.hhi", "metrics.hhhi", StringComparison.Ordinal));
        Assert.Contains("unknown metric 'hhhi'", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(8, problem.Line);
    }

    [Theory]
    [InlineData("about: { region: hhi }", "does not name a value")]
    [InlineData("about: { region: location_quotient }", "'location_quotient.max_key'")]
    [InlineData("about: { region: leading_region }", "unknown metric 'leading_region'")]
    [InlineData("about: { colour: top_region }", "unknown dimension 'colour'")]
    [InlineData("about: top_region", "'about' maps a slice dimension")]
    public void Rejects_about_entries_that_name_no_slice_value(string about, string expected)
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule + "\n    " + about + "\n");
        Assert.Equal(10, problem.Line);
        Assert.Contains(expected, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void About_is_read_into_the_descriptor()
    {
        var folder = Fixtures.TempFolder();
        var path = Fixtures.WriteTemp(folder, "mine.yaml", "category: Concentration\nrules:\n" + GoodRule + "\n    about: { region: location_quotient.max_key }\n");
        var rule = Assert.Single(RuleCatalog.Load([path]).Rules);
        Assert.Equal("location_quotient.max_key", rule.About["region"]);
    }

    [Fact]
    public void Reports_every_problem_of_every_pack_at_once()
    {
        var folder = Fixtures.TempFolder();
        Fixtures.WriteTemp(folder, "a.yaml", "category: Concentration\nrules:\n" + GoodRule.Replace("severity: warning", "severity: loud", StringComparison.Ordinal) + "\n    extra: 1\n");
        Fixtures.WriteTemp(folder, "b.yaml", "category: Nonsense\nrules: []\n");
        var error = Assert.Throws<RuleValidationException>(() => RuleCatalog.Load([folder]));
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("3 problems", error.Message, StringComparison.Ordinal);
        Assert.All(error.Problems, p => Assert.NotNull(p.Line));
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\").Length > 0")]
    [InlineData("Environment.Exit(1) == null")]
    [InlineData("Type.GetType(\"System.IO.File\") != null")]
    [InlineData("\"\".GetType().Assembly != null")]
    [InlineData("Metrics.GetType().Assembly.FullName != \"\"")]
    [InlineData("Metrics.Set.GetType() != null")]
    [InlineData("Metrics.ToString() == \"x\"")]
    [InlineData("Metrics.get_Set() != null")]
    [InlineData("Convert.ToBoolean(Environment.GetEnvironmentVariable(\"HOME\"))")]
    public void Rejects_expressions_that_reach_outside_the_model(string expression)
    {
        var (problem, _) = Expressions.RuleExpressions.Check(expression);
        Assert.NotNull(problem);
        TestContext.Current.SendDiagnosticMessage(expression + " => " + problem);
        Assert.True(problem.Contains("not allowed", StringComparison.Ordinal) || problem.Contains("does not compile", StringComparison.Ordinal)
            || problem.Contains("unknown", StringComparison.Ordinal), problem);
    }

    public static TheoryData<string, string> Oversized => new()
    {
        { new string('(', 7000) + "true" + new string(')', 7000), "is 14004 characters long; at most 1000" },
        { new string('(', 40) + "true" + new string(')', 40), "nests brackets more than 32 levels deep (at character 33)" },
        { string.Concat(Enumerable.Repeat("Math.Abs(", 20000)) + "1" + new string(')', 20000) + " > 0", "characters long; at most 1000" },
        { string.Concat(Enumerable.Repeat("Math.Abs(", 40)) + "1" + new string(')', 40) + " > 0", "nests brackets more than 32 levels deep" },
        { "Metrics.DealCount" + string.Concat(Enumerable.Repeat(" + 1", 10000)) + " > 0", "characters long" },
        { string.Join(" && ", Enumerable.Repeat("true", 10000)), "characters long" },
        { string.Join("+", Enumerable.Repeat("1", 300)) + " > 0", "nests more than 100 operations deep" },
        { new string('!', 300) + "true", "nests more than 100 operations deep" },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public void Refuses_expressions_too_long_or_too_deep_to_parse_or_compile_safely(string expression, string expected)
    {
        var (problem, _) = Expressions.RuleExpressions.Check(expression);
        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_but_shallow_expressions_within_the_limits_are_accepted()
    {
        var expression = string.Join(" || ", Enumerable.Repeat("Metrics.Hhi > 1000", 40));
        Assert.True(expression.Length <= Expressions.RuleExpressions.MaxLength);
        Assert.Null(Expressions.RuleExpressions.Check(expression).Problem);
    }

    [Fact]
    public void A_too_deep_expression_in_a_pack_is_a_validation_error_at_its_line()
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace("Metrics.Hhi > 1000", "'" + new string('(', 7000) + "true" + new string(')', 7000) + "'", StringComparison.Ordinal));
        Assert.Equal(7, problem.Line);
        Assert.Contains("characters long; at most 1000 are allowed", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsafe_expressions_in_a_pack_are_validation_errors_with_location()
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace("Metrics.Hhi > 1000", "'\"\".GetType().Assembly != null'", StringComparison.Ordinal));
        Assert.Equal(7, problem.Line);
        Assert.Contains("not allowed", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("System.Type.Assembly", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_constructed_in_a_pack_expression_says_where_and_what_to_write_instead()
    {
        var problem = Single("category: Concentration\nrules:\n" + GoodRule.Replace("Metrics.Hhi > 1000", "Metrics.Hhi > 0 && decimal(Metrics.Gini) > 1", StringComparison.Ordinal));
        Assert.Equal(7, problem.Line);
        Assert.Equal(11, problem.Column);
        Assert.Contains("'decimal(…)' (at character 20) makes a value of type decimal", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("write the number itself (0.5, not decimal(0.5))", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("'New' expressions", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decimal(Metrics.DealCount) > 3", "'decimal(…)' (at character 1) makes a value of type decimal")]
    [InlineData("decimal(0.5) > 0", "'decimal(…)' (at character 1) makes a value of type decimal")]
    [InlineData("Metrics.Gini > 0 && DateTime(2024, 1, 1).Month > 0", "'DateTime(…)' (at character 21) makes a value of type DateTime")]
    public void Constructing_a_value_is_refused_with_what_to_write_instead(string expression, string expected)
    {
        var (problem, _) = Expressions.RuleExpressions.Check(expression);
        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Contains("Math.Round", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("'New' expressions", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("'ConvertChecked' expressions", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_a_metric_with_a_decimal_says_metrics_are_double()
    {
        var (problem, _) = Expressions.RuleExpressions.Check("Metrics.DealCount > decimal(3)");
        Assert.NotNull(problem);
        Assert.Contains("metrics are numbers of type double, so write a number as it is (0.5, not decimal(0.5) or 0.5m)", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Metrics.TopQuintileShare > 0.6 && Yoy.Hhi < 2000")]
    [InlineData("Math.Abs(Metrics.Gini - Prev.Gini) >= 0.05")]
    [InlineData("Metrics.RegionCountShare[\"Beijing\"] > 0.35")]
    [InlineData("Metrics.LocationQuotient.Max > 2 && Metrics.LocationQuotient.MaxKey != \"Unknown\"")]
    [InlineData("Params.IsStrategic(Scope.Value) && Scope.Kind == \"sector\"")]
    [InlineData("Metrics.TopRegion.StartsWith(\"Bei\") || Metrics.Has(\"hhi\")")]
    [InlineData("Metrics.DealCount < Params.MinDeals ? false : Metrics.Cr4 > 0.5")]
    public void Accepts_expressions_over_the_model(string expression)
    {
        var (problem, _) = Expressions.RuleExpressions.Check(expression);
        Assert.Null(problem);
    }

    [Fact]
    public void Refuses_yaml_aliases_instead_of_expanding_them()
    {
        const string Bomb = "category: &a Concentration\nrules:\n  - &b { id: CH1001 }\n  - *b\n";
        var problem = Single(Bomb);
        Assert.Equal(1, problem.Line);
        Assert.Contains("anchor '&a'", problem.Reason, StringComparison.Ordinal);

        const string Alias = "a: [1]\nrules: *x\n";
        Assert.Contains(LoadFails(Alias).Problems, p => p.Reason.Contains("alias", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Refuses_nesting_deeper_than_sixty_four_levels()
    {
        var deep = "category: Concentration\nrules: " + new string('[', 100) + new string(']', 100) + "\n";
        var problem = Single(deep);
        Assert.Contains("deeper than 64", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_yaml_syntax_errors_with_location()
    {
        var problem = Single("category: Concentration\nrules:\n  - id: [unclosed\n");
        Assert.NotNull(problem.Line);
        Assert.Contains("is not valid YAML", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_single_problem_message_starts_with_file_line_and_column()
    {
        var error = LoadFails("category: Concentration\nrules:\n" + GoodRule.Replace("severity: warning", "severity: fatal", StringComparison.Ordinal));
        Assert.Matches(@"pack\.yaml:5:15: bad severity", error.Message);
    }
}
