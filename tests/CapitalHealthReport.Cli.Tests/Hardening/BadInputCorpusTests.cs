namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Runs every case of the bad-input corpus (<c>BadInputs/</c>) through the command line: each must end with its
/// documented exit code and a message holding the given fragments, print no stack trace, finish within the time
/// budget, and leave no half-written or replaced output behind.
/// </summary>
public sealed class BadInputCorpusTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "chr-bad-inputs-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Cases() => [.. BadInputCase.Names()];

    [Fact]
    public void The_corpus_holds_at_least_sixty_cases_across_the_input_kinds()
    {
        var names = BadInputCase.Names();
        Assert.True(names.Count >= 60, $"only {names.Count} cases");
        var categories = names.Select(n => n[..n.IndexOf('/', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[] { "encodings", "csv", "numbers", "dates", "mapping", "config", "rules", "templates", "outputs", "xlsx" })
        {
            Assert.Contains(expected, categories);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_ends_in_a_clear_message_and_the_documented_exit_code(string name)
    {
        var testCase = BadInputCase.Load(name);
        var dir = Path.Combine(_temp, name.Replace('/', Path.DirectorySeparatorChar));
        CopyFolder(testCase.Folder, dir);
        File.Delete(Path.Combine(dir, "case.yaml"));
        if (testCase.Generate is { } generator)
        {
            InputGenerators.Run(generator, dir);
        }

        string? readOnly = null;
        var args = testCase.Args.Select(a =>
        {
            if (a.Contains("{readonly}", StringComparison.Ordinal))
            {
                readOnly ??= WriteProtectedFolder.Create(dir);
                a = a.Replace("{readonly}", readOnly, StringComparison.Ordinal);
            }

            return a.Replace("{dir}", dir, StringComparison.Ordinal);
        }).ToList();
        var before = testCase.Unchanged is { } keep ? File.ReadAllBytes(Path.Combine(dir, keep)) : null;

        var result = CliRun.Run(args);

        result.AssertNoStackTrace();
        Assert.True(testCase.Exit == result.ExitCode, $"expected exit {testCase.Exit}, got {result}");
        foreach (var fragment in testCase.Messages)
        {
            Assert.True(result.Output.Contains(fragment, StringComparison.Ordinal), $"the output lacks '{fragment}': {result}");
        }

        if (testCase.ExitIsError)
        {
            Assert.True(result.Stderr.TrimStart().StartsWith("error: ", StringComparison.Ordinal), $"the error is not on standard error as 'error: …': {result}");
        }

        if (testCase.NoOutput is { } absent)
        {
            var path = Path.Combine(dir, absent);
            Assert.False(File.Exists(path) || Directory.Exists(path), $"{absent} was written although the run failed");
        }

        if (before is not null)
        {
            Assert.Equal(before, File.ReadAllBytes(Path.Combine(dir, testCase.Unchanged!)));
        }

        var leftovers = Directory.EnumerateFiles(dir, "*.tmp", SearchOption.AllDirectories).ToList();
        Assert.True(leftovers.Count == 0, $"temporary files were left behind: {string.Join(", ", leftovers)}");
        if (readOnly is not null)
        {
            Assert.Empty(Directory.EnumerateFiles(readOnly, ".findings*"));
        }
    }

    public void Dispose()
    {
        if (!Directory.Exists(_temp))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(_temp, "*", SearchOption.AllDirectories).Where(d => d.EndsWith("read-only", StringComparison.Ordinal)))
        {
            WriteProtectedFolder.Release(Path.GetDirectoryName(folder)!);
        }

        Directory.Delete(_temp, recursive: true);
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
