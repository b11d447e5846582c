using CapitalHealthReport.Content;

namespace CapitalHealthReport.Rules.Testing;

/// <summary>A rule test file to run: its text, the catalog it runs against and the rules its cases check by default.</summary>
public sealed record RuleTestSource(RuleTestFile File, RuleCatalog Catalog, IReadOnlyList<string> PackRules);

/// <summary>
/// Finds rule test files: the bundled packs' own (<c>rules/*.tests.yaml</c>, embedded beside the packs), every
/// <c>*.tests.yaml</c> in a folder, a test file itself, or the test file beside a pack. Each is read and paired with the
/// catalog of the pack it tests.
/// </summary>
public static class RuleTestSources
{
    private static readonly EmbeddedContent Bundled = new(typeof(RuleCatalog).Assembly);

    /// <summary>The test files for <paramref name="paths"/> (files, folders, or <see cref="RuleCatalog.BundledPacks"/>), in ordinal order of their names.</summary>
    /// <exception cref="InputException">A path names nothing to test, or a test file is invalid.</exception>
    /// <exception cref="RuleValidationException">A tested pack is invalid.</exception>
    public static IReadOnlyList<RuleTestSource> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<RuleTestSource>();
        foreach (var path in paths)
        {
            if (path == RuleCatalog.BundledPacks)
            {
                var catalog = RuleCatalog.LoadDefault();
                foreach (var name in Bundled.Files("rules", RuleTestFile.Suffix))
                {
                    var file = RuleTestFile.Parse(Bundled.ReadAllText(name), name);
                    var packRules = catalog.Rules.Where(r => r.SourceFile == file.Pack).Select(r => r.Id).ToList();
                    sources.Add(new RuleTestSource(file, catalog, packRules));
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*" + RuleTestFile.Suffix).Order(StringComparer.Ordinal))
                {
                    sources.Add(FromFile(file));
                }
            }
            else if (File.Exists(path) && RuleTestFile.IsTestFile(path))
            {
                sources.Add(FromFile(path));
            }
            else if (File.Exists(path))
            {
                var beside = Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + RuleTestFile.Suffix);
                sources.Add(File.Exists(beside)
                    ? FromFile(beside)
                    : throw new InputException($"the rule pack has no test file beside it ({Path.GetFileName(beside)}).", path, hint: "Write one: see docs/rules.md, \"Testing rules\"."));
            }
            else
            {
                throw new InputException("no such rule pack, test file or folder.", path);
            }
        }

        return sources;
    }

    private static RuleTestSource FromFile(string path)
    {
        var shown = FindingSources.Display(path);
        var file = RuleTestFile.Parse(File.ReadAllText(path), shown);
        if (!File.Exists(file.Pack))
        {
            throw new InputException($"the pack it tests, {file.Pack}, does not exist.", shown, hint: "Name it with 'pack:' (relative to the test file), or put the test file beside its pack.");
        }

        var catalog = RuleCatalog.Load([file.Pack]);
        return new RuleTestSource(file, catalog, [.. catalog.Rules.Select(r => r.Id)]);
    }
}
