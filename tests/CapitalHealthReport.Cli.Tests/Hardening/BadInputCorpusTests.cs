using CapitalHealthReport.Cli.Tests.Determinism;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Runs every case of the bad-input corpus (<c>BadInputs/</c>) through the command line: each must end with its
/// documented exit code and a message holding the given fragments, print no stack trace and no control character,
/// finish within its time budget, leave no half-written or replaced output behind, and read nothing outside the
/// allowed roots (<see cref="BadInputWorkspace"/>).
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
        foreach (var expected in new[] { "encodings", "csv", "numbers", "dates", "mapping", "config", "rules", "templates", "outputs", "xlsx", "verify", "terminal" })
        {
            Assert.Contains(expected, categories);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_ends_in_a_clear_message_and_the_documented_exit_code(string name)
    {
        var testCase = BadInputCase.Load(name);
        var workspace = new BadInputWorkspace(_temp, testCase);
        Assert.SkipUnless(!workspace.NeedsLinux || OperatingSystem.IsLinux(), "links, FIFOs and devices are set up on Linux only");
        var args = workspace.Prepare();
        var before = workspace.Before();

        var result = testCase.Environment.Count == 0 ? CliRun.Run(args, testCase.Budget) : RunInChildProcess(testCase, args);

        workspace.Check(result, before);
    }

    public void Dispose() => BadInputWorkspace.DeleteAll(_temp);

    /// <summary>Environment variables are process-wide: such a case runs in its own <c>capital-health</c> process.</summary>
    private static CliResult RunInChildProcess(BadInputCase testCase, IReadOnlyList<string> args)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = CapitalHealthProcess.Run(new MachineSettings("UTC", "en-US", 2), AppContext.BaseDirectory, args, testCase.Environment);
        return new CliResult(outcome.ExitCode, outcome.Stdout, outcome.Stderr, clock.Elapsed);
    }
}
