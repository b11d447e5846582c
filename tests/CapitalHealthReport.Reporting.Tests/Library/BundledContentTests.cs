using CapitalHealthReport.Content;
using CapitalHealthReport.Reporting.Templates;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>
/// The reference tables, the sample deals, the rule packs and the templates are embedded in the library assemblies
/// byte for byte as in the repository, so a program that references the packages needs no folder of content.
/// </summary>
public sealed class BundledContentTests
{
    public static TheoryData<string, string, string> Folders => new()
    {
        { "CapitalHealthReport.Core", "data/reference", "*" },
        { "CapitalHealthReport.Core", "data/sample", "deals.csv" },
        { "CapitalHealthReport.Rules", "rules", "*.yaml" },
        { "CapitalHealthReport.Reporting", "templates", "*" },
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_bundled_file_is_embedded_as_it_is_in_the_repository(string assemblyName, string folder, string pattern)
    {
        var assembly = new[] { typeof(EmbeddedContent).Assembly, typeof(RuleCatalog).Assembly, typeof(ReportTemplate).Assembly }
            .Single(a => a.GetName().Name == assemblyName);
        var content = new EmbeddedContent(assembly);
        var root = Testing.RepositoryPaths.Root;
        var expected = Directory.EnumerateFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, content.Names.Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal)).ToList());
        foreach (var name in expected)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(root, name)), content.ReadAllBytes(name));
        }
    }

    [Fact]
    public void The_bundled_rule_packs_and_templates_load_without_a_content_folder()
    {
        var catalog = RuleCatalog.LoadDefault();
        Assert.True(catalog.Rules.Count >= 20);
        Assert.All(catalog.Rules, r => Assert.StartsWith("rules/", r.SourceFile, StringComparison.Ordinal));
        Assert.Equal("templates/quarterly.zh-CN.sbn.md", ReportTemplate.Bundled(Reporting.Narrative.ReportLanguage.Chinese).SourceName);
    }
}
