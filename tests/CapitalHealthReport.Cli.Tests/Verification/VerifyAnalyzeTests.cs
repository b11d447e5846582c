using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Verification;

/// <summary><c>capital-health analyze --format json|sarif --verify DIR [--accept]</c>: findings are snapshot-tested like the report.</summary>
public sealed class VerifyAnalyzeTests
{
    private static string[] Analyze(string format, string snapshots, params string[] extra) =>
        ["analyze", "--config", OutputSet.ConfigPath, "--period", "2025Q1", "--format", format, "--verify", snapshots, .. extra];

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Findings_verify_against_their_snapshot_and_a_change_shows_as_a_diff(string format)
    {
        using var folder = new TempFolder("verify-analyze");
        var snapshots = Path.Combine(folder.Path, "snapshots");
        var verified = Path.Combine(snapshots, $"analyze-2025Q1.verified.{format}");

        var accepted = InProcess.Run(Analyze(format, snapshots, "--accept"));
        var same = InProcess.Run(Analyze(format, snapshots));
        var lines = File.ReadAllLines(verified).ToList();
        var edited = lines.FindIndex(static l => l.Contains("\"message", StringComparison.Ordinal));
        lines[edited] = lines[edited].Replace("\"message", "\"messagE", StringComparison.Ordinal);
        File.WriteAllText(verified, string.Join("\r\n", lines) + "\r\n");
        var changed = InProcess.Run(Analyze(format, snapshots));

        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.True(changed.ExitCode == 1, changed.ToString());
        Assert.Contains("-" + lines[edited], changed.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(snapshots, $"analyze-2025Q1.received.{format}")));
    }

    [Fact]
    public void Crlf_line_ends_in_a_verified_file_do_not_count_as_a_change()
    {
        using var folder = new TempFolder("verify-crlf");
        var snapshots = Path.Combine(folder.Path, "snapshots");
        var verified = Path.Combine(snapshots, "analyze-2025Q1.verified.json");
        InProcess.Run(Analyze("json", snapshots, "--accept"));
        File.WriteAllText(verified, File.ReadAllText(verified).Replace("\n", "\r\n", StringComparison.Ordinal));

        var outcome = InProcess.Run(Analyze("json", snapshots));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.False(File.Exists(Path.Combine(snapshots, "analyze-2025Q1.received.json")));
    }
}
