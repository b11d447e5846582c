using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Rules.Tests;

public class DocsTests
{
    [Fact]
    public void Committed_rule_pages_match_the_rule_packs()
    {
        var stale = new List<string>();
        foreach (var (relative, content) in RuleDocs.Pages(Fixtures.DefaultCatalog, RepositoryPaths.Root))
        {
            var path = Path.Combine(RepositoryPaths.Root, relative);
            if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != content)
            {
                stale.Add(relative);
            }
        }

        Assert.True(stale.Count == 0, $"Stale rule docs: {string.Join(", ", stale)}. Run 'capital-health rules docs' from the repository folder.");
    }

    [Fact]
    public void No_rule_page_is_left_for_a_rule_that_no_longer_exists()
    {
        var expected = RuleDocs.Pages(Fixtures.DefaultCatalog, RepositoryPaths.Root).Select(p => Path.GetFileName(p.Key)).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "CH*.md").Select(Path.GetFileName);
        Assert.All(pages, page => Assert.Contains(page!, expected));
    }

    [Fact]
    public void A_rule_pack_cannot_shape_its_page_titles_and_tags_are_text_and_code_cannot_close_its_fence()
    {
        var rule = Fixtures.DefaultCatalog.Rules[0] with
        {
            Title = "<img src=x onerror=alert(1)> **bold** [link](javascript:x) a|b\n# heading",
            Tags = ["<b>tag</b>", "_x_"],
            MessageTemplate = "ends ```\n# not a heading",
        };

        var page = RuleDocs.Page(rule);

        Assert.StartsWith($"# {rule.Id}: \\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\* \\[link\\](javascript:x) a\\|b \\# heading\n", page, StringComparison.Ordinal);
        Assert.Contains("| Tags | \\<b\\>tag\\</b\\>, \\_x\\_ |", page, StringComparison.Ordinal);
        Assert.Contains("````\nends ```\n# not a heading\n````\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_page_names_its_pack_by_the_packs_own_path_from_the_repository_root()
    {
        var root = Fixtures.TempFolder();
        var pack = Fixtures.WriteTemp(Path.Combine(root, "packs", "china"), "local.yaml", """
            category: RegionalBias
            rules:
              - id: CH4901
                title: One province takes most deals
                when: Metrics.TopRegionCountShare > 0.5
                message: "{{ scope }}"
                description: Local rule.
            """);
        var catalog = RuleCatalog.Load([pack]);

        var page = Assert.Single(RuleDocs.Pages(catalog, root), p => p.Key == "docs/rules/CH4901.md").Value;

        Assert.Contains("| Defined in | `packs/china/local.yaml` |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pages_of_the_configuration_checks_apply_no_minimum_deal_count()
    {
        foreach (var rule in ConfigurationRules.All)
        {
            var page = RuleDocs.Page(rule);

            Assert.Contains("| Minimum deals | 0 |", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readme_rule_table_matches_the_rule_packs()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains(RuleDocs.StartMarker + "\n" + RuleDocs.Table(Fixtures.DefaultCatalog) + RuleDocs.EndMarker, readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metric_reference_in_docs_matches_the_metric_declarations_and_the_rule_packs()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "metrics.md")).ReplaceLineEndings("\n");
        Assert.True(page == RuleDocs.UpdateMetricsPage(page, Fixtures.DefaultCatalog),
            "Stale metric reference in docs/metrics.md. Run 'capital-health rules docs' from the repository folder.");
        Assert.Contains("### top_quintile_share", page, StringComparison.Ordinal);
        Assert.Contains("Read by [CH1001](rules/CH1001.md)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Updating_the_readme_replaces_only_the_text_between_the_markers()
    {
        var readme = "# Title\n\nIntro.\n\n" + RuleDocs.StartMarker + "\nold table\n" + RuleDocs.EndMarker + "\n\nAfter.\n";
        var updated = RuleDocs.UpdateReadme(readme, Fixtures.DefaultCatalog);
        Assert.StartsWith("# Title\n\nIntro.\n\n" + RuleDocs.StartMarker + "\n| Id |", updated, StringComparison.Ordinal);
        Assert.EndsWith(RuleDocs.EndMarker + "\n\nAfter.\n", updated, StringComparison.Ordinal);
        Assert.DoesNotContain("old table", updated, StringComparison.Ordinal);
        Assert.Equal(updated, RuleDocs.UpdateReadme(updated, Fixtures.DefaultCatalog));
    }

    [Fact]
    public void Every_rule_description_cites_a_source_or_threshold()
    {
        Assert.All(Fixtures.DefaultCatalog.Rules.Where(r => r.Category != RuleCategories.DataCoverage), rule =>
            Assert.True(
                rule.Description.Contains("《硬科技重回资本焦点》", StringComparison.Ordinal) || rule.Description.Contains("Guidelines", StringComparison.Ordinal)
                || rule.Description.Contains("Shepherd", StringComparison.Ordinal),
                $"{rule.Id} cites no source"));
    }

    [Fact]
    public void Rule_packs_and_their_pages_cite_the_article_not_files_users_do_not_have()
    {
        var files = Directory.EnumerateFiles(Fixtures.RulesFolder, "*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "*.md"))
            .Append(Path.Combine(RepositoryPaths.Root, "docs", "rules.md"))
            .Append(Path.Combine(RepositoryPaths.Root, "docs", "metrics.md"));
        Assert.All(files, file =>
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("FACTS.md", text, StringComparison.Ordinal);
            Assert.DoesNotContain("DESIGN.md", text, StringComparison.Ordinal);
        });
        Assert.All(Fixtures.DefaultCatalog.Rules.Where(r => r.Tags.Contains("article")), rule =>
            Assert.Contains("《硬科技重回资本焦点》", rule.Description, StringComparison.Ordinal));
    }
}
