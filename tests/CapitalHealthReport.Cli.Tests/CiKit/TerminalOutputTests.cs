using System.Globalization;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary>Tables fit the terminal (<c>COLUMNS</c>, 80 and up), no line ends in spaces, and redirected output is plain text.</summary>
public sealed class TerminalOutputTests
{
    private static readonly MachineSettings Machine = new("UTC", "en-US", 2);

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(132)]
    public void Analyze_fits_the_width_given_by_COLUMNS_on_both_streams(int columns)
    {
        var outcome = CapitalHealthProcess.Run(Machine, RepositoryPaths.Root, ["analyze", "--period", "2025Q1"],
            new Dictionary<string, string> { ["COLUMNS"] = columns.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(1, outcome.ExitCode);
        AssertFits(outcome.Stdout, columns);
        AssertFits(outcome.Stderr, columns);
        Assert.Contains("CH1001", outcome.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules", "list")]
    [InlineData("rules", "explain", "CH4001", "--period", "2025Q1")]
    [InlineData("analyze", "--period", "2025Q1", "--explain")]
    public void Rule_tables_and_explanations_fit_80_columns(params string[] args)
    {
        var outcome = CapitalHealthProcess.Run(Machine, RepositoryPaths.Root, args, new Dictionary<string, string> { ["COLUMNS"] = "80" });
        Assert.True(outcome.ExitCode is 0 or 1, outcome.ToString());
        AssertFits(outcome.Stdout, 80);
    }

    [Fact]
    public void Text_compared_with_a_snapshot_or_written_to_a_file_does_not_depend_on_COLUMNS()
    {
        using var folder = new TempFolder("text-width");
        var snapshots = Path.Combine(folder.Path, "snapshots");
        string[] verify = ["analyze", "--period", "2025Q1", "--format", "text", "--verify", snapshots];
        var accepted = CapitalHealthProcess.Run(Machine, RepositoryPaths.Root, [.. verify, "--accept"], Columns("200"));
        var narrow = CapitalHealthProcess.Run(Machine, RepositoryPaths.Root, verify, Columns("80"));
        var unset = CapitalHealthProcess.Run(Machine, RepositoryPaths.Root, verify, Columns(""));
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.True(narrow.ExitCode == 0, narrow.ToString());
        Assert.True(unset.ExitCode == 0, unset.ToString());
        AssertFits(File.ReadAllText(Path.Combine(snapshots, "analyze-2025Q1.verified.txt")), 120);

        var wide = folder.File("wide.txt");
        var small = folder.File("small.txt");
        CapitalHealthProcess.Run(Machine, RepositoryPaths.Root, ["analyze", "--period", "2025Q1", "--output", wide], Columns("200"));
        CapitalHealthProcess.Run(Machine, RepositoryPaths.Root, ["analyze", "--period", "2025Q1", "--output", small], Columns("80"));
        Assert.Equal(File.ReadAllText(wide), File.ReadAllText(small));
        Assert.Contains("CH1001", File.ReadAllText(wide), StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_output_has_no_colour_codes_no_progress_line_and_no_trailing_spaces()
    {
        var outcome = CapitalHealthProcess.Run(Machine, RepositoryPaths.Root, ["analyze", "--period", "2025Q1"]);
        Assert.DoesNotContain('\u001b', outcome.Stdout);
        Assert.DoesNotContain('\u001b', outcome.Stderr);
        Assert.DoesNotContain('\r', outcome.Stderr);
        AssertFits(outcome.Stdout, 120);
    }

    [Fact]
    public void Rules_list_counts_every_rule_it_shows_and_shows_the_severities_analyze_gives()
    {
        var outcome = InProcess.Run(["rules", "list"]);
        Assert.Equal(0, outcome.ExitCode);
        var rows = outcome.Stdout.Split('\n').Count(l => l.StartsWith("  CH", StringComparison.Ordinal));
        Assert.Contains($"{rows} rules: 29 in 6 packs and 3 built-in checks", outcome.Stdout, StringComparison.Ordinal);
        var ch1001 = outcome.Stdout.Split('\n').Single(l => l.StartsWith("  CH1001", StringComparison.Ordinal));
        Assert.Contains("warning, error", ch1001, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_list_shows_an_override_as_analyze_applies_it()
    {
        using var folder = new TempFolder("list");
        var config = folder.File("capitalhealth.yaml");
        File.WriteAllText(config, "severity:\n  CH1001: info\n  category:RegionalBias: none\n");
        var outcome = InProcess.Run(["rules", "list", "--config", config]);
        var lines = outcome.Stdout.Split('\n');
        Assert.Contains("info (override)", lines.Single(l => l.StartsWith("  CH1001", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("none (disabled)", lines.Single(l => l.StartsWith("  CH4001", StringComparison.Ordinal)), StringComparison.Ordinal);

        var analyze = InProcess.Run(["analyze", "--period", "2025Q1", "--config", config, "--format", "json"]);
        Assert.Contains("\"id\": \"CH1001\",\n      \"severity\": \"info\"", analyze.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\": \"CH4001\"", analyze.Stdout, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Columns(string columns) => new() { ["COLUMNS"] = columns };

    private static void AssertFits(string text, int width)
    {
        foreach (var line in text.Split('\n'))
        {
            Assert.True(line.Length <= width, $"a line of {line.Length} characters is wider than {width}: '{line}'");
            Assert.False(line.EndsWith(' '), $"a line ends in a space: '{line}'");
        }
    }
}
