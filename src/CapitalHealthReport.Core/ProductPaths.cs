namespace CapitalHealthReport;

/// <summary>
/// Locates the bundled fonts on disk (<c>assets/fonts/</c>): beside the assemblies (an installed tool or a build
/// output), then in the folders above them and above the working directory (a source checkout), or in
/// <c>CAPITALHEALTH_HOME</c>. Reference tables, the sample, rule packs and templates are embedded in the library
/// and need no folder.
/// </summary>
public static class ProductPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds <c>assets/fonts/</c>.</summary>
    public static string Root => LazyRoot.Value;

    public static string Fonts => Path.Combine(Root, "assets", "fonts");

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
            "The product's bundled fonts (assets/fonts) were not found beside the program or above the working directory.",
            null,
            hint: "Reinstall the tool, run from a source checkout, or set CAPITALHEALTH_HOME to the folder that holds assets/fonts.");
    }

    private static bool IsRoot(string folder) => Directory.Exists(Path.Combine(folder, "assets", "fonts"));
}
