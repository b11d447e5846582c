namespace CapitalHealthReport;

/// <summary>
/// Locates the product's bundled content (sample data, reference tables, rule packs, templates).
/// Looks beside the assemblies first (an installed tool or a build output), then in the folders above
/// them and above the working directory (a source checkout), then in <c>CAPITALHEALTH_HOME</c>.
/// </summary>
public static class ProductPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds <c>data/</c>, <c>rules/</c>, <c>templates/</c> and <c>assets/</c>.</summary>
    public static string Root => LazyRoot.Value;

    public static string Data => Path.Combine(Root, "data");

    public static string Reference => Path.Combine(Root, "data", "reference");

    public static string SampleDeals => Path.Combine(Root, "data", "sample", "deals.csv");

    public static string Rules => Path.Combine(Root, "rules");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        var home = Environment.GetEnvironmentVariable("CAPITALHEALTH_HOME");
        if (!string.IsNullOrEmpty(home) && IsRoot(home))
        {
            return Path.GetFullPath(home);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (IsRoot(dir.FullName))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InputException(
            "The product's bundled content (data/reference, rules, templates, assets) was not found beside the program or above the working directory.",
            null,
            hint: "Reinstall the tool, run from a source checkout, or set CAPITALHEALTH_HOME to the folder that holds data/ and rules/.");
    }

    private static bool IsRoot(string folder) =>
        Directory.Exists(Path.Combine(folder, "data", "reference")) && Directory.Exists(Path.Combine(folder, "templates"));
}
