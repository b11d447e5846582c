using CapitalHealthReport.Testing;
using Xunit.Sdk;

namespace CapitalHealthReport.Cli.Tests.Snapshots;

/// <summary>The test suite's own snapshot assertion (<see cref="Snapshot"/>): a failure shows the diff and leaves a received file.</summary>
public sealed class SnapshotHelperTests
{
    [Fact]
    public void A_changed_snapshot_fails_with_a_unified_diff_and_writes_the_received_file()
    {
        SkipWhenAccepting();
        using var folder = new TempFolder("snapshot-helper");
        File.WriteAllText(folder.File("Case.verified.md"), "# Title\r\n\r\nShare: 58.0%\r\n");

        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.VerifyFile(folder.Path, "Case", "md", "# Title\n\nShare: 65.8%\n"));

        Assert.Contains("-Share: 58.0%", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+Share: 65.8%", failure.Message, StringComparison.Ordinal);
        Assert.Contains("@@", failure.Message, StringComparison.Ordinal);
        Assert.Equal("# Title\n\nShare: 65.8%\n", File.ReadAllText(folder.File("Case.received.md")));
    }

    [Fact]
    public void A_missing_snapshot_fails_and_says_how_to_accept_it()
    {
        SkipWhenAccepting();
        using var folder = new TempFolder("snapshot-helper");

        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.VerifyFile(folder.Path, "Case", "json", "{}\n"));

        Assert.Contains(Snapshot.AcceptVariable + "=1", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("Case.received.json")));
        Assert.False(File.Exists(folder.File("Case.verified.json")));
    }

    [Fact]
    public void A_matching_snapshot_passes_with_crlf_line_ends_and_removes_a_stale_received_file()
    {
        using var folder = new TempFolder("snapshot-helper");
        File.WriteAllText(folder.File("Case.verified.txt"), "a\r\nb\r\n");
        File.WriteAllText(folder.File("Case.received.txt"), "old\n");

        Snapshot.VerifyFile(folder.Path, "Case", "txt", "a\nb\n");

        Assert.False(File.Exists(folder.File("Case.received.txt")));
    }

    private static void SkipWhenAccepting()
    {
        if (Snapshot.AcceptMode)
        {
            Assert.Skip($"{Snapshot.AcceptVariable}=1 turns snapshot failures into accepted files; these tests check the failures.");
        }
    }
}
