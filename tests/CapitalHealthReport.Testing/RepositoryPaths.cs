using Xunit;

namespace CapitalHealthReport.Testing;

/// <summary>Paths tests need: the repository root, the shared datasets folder beside it, test-owned folders.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CapitalHealthReport.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        var home = Environment.GetEnvironmentVariable("CAPITALHEALTH_HOME");
        if (!string.IsNullOrEmpty(home) && File.Exists(Path.Combine(home, "CapitalHealthReport.sln")))
        {
            return home;
        }

        throw new InvalidOperationException("Repository root (CapitalHealthReport.sln) not found above the test assembly; set CAPITALHEALTH_HOME.");
    });

    /// <summary>The checkout's root folder (holds CapitalHealthReport.sln).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The folder of a test project's sources, e.g. <c>tests/CapitalHealthReport.Core.Tests</c>.</summary>
    public static string TestProject(string projectName) => Path.Combine(Root, "tests", projectName);

    /// <summary>
    /// The shared public datasets (<c>../shared/datasets</c> beside the checkout, or <c>CAPITALHEALTH_DATASETS</c>);
    /// null when absent, and tests that need them skip with a message.
    /// </summary>
    public static string? SharedDatasets
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("CAPITALHEALTH_DATASETS");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            {
                return env;
            }

            var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared", "datasets"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    /// <summary>Path of a shared dataset file, or skips the current test (saying why) when it is absent.</summary>
    public static string RequireSharedDataset(string relativePath)
    {
        var folder = SharedDatasets;
        var path = folder is null ? null : Path.Combine(folder, relativePath);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"Shared dataset '{relativePath}' is absent (looked in ../shared/datasets beside the checkout and CAPITALHEALTH_DATASETS); this test needs it.");
        }

        return path!;
    }
}
