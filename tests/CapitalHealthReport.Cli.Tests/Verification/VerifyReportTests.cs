using System.Text.RegularExpressions;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Verification;

/// <summary>
/// <c>capital-health report --verify DIR [--accept]</c>, the approval workflow a CI job runs: nothing is written when the
/// report matches its verified snapshots; a changed deal fails with a readable diff, the changed pages and received files;
/// <c>--accept</c> approves the change.
/// </summary>
public sealed partial class VerifyReportTests(VerifyFixture fixture) : IClassFixture<VerifyFixture>
{
    private const string Name = "report-2025Q1.en";

    /// <summary>The command line: the English report for 2025Q1 of <paramref name="deals"/>, verified against <paramref name="snapshots"/>.</summary>
    public static string[] Report(string deals, string snapshots, params string[] extra) =>
        ["report", "--deals", deals, "--config", OutputSet.ConfigPath, "--period", "2025Q1", "--verify", snapshots, .. extra];

    [Fact]
    public void Unchanged_inputs_exit_0_and_write_nothing()
    {
        using var folder = new TempFolder("verify-same");
        var snapshots = Path.Combine(folder.Path, "snapshots");
        fixture.CopySnapshotsTo(snapshots);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(snapshots))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var before = Listing(snapshots);

        var outcome = InProcess.Run(Report(fixture.Deals, snapshots));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(before, Listing(snapshots));
        Assert.All(Directory.GetFiles(snapshots), file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));
        Assert.Equal([$"{Name}.verified.md", $"{Name}.verified.pdf", $"{Name}.verified.txt"], before.Select(static e => e.Name));
        Assert.Contains("all 3 snapshots match", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_deal_amount_fails_with_the_changed_sentence_pages_and_received_files_until_accepted()
    {
        using var folder = new TempFolder("verify-changed");
        var snapshots = Path.Combine(folder.Path, "snapshots");
        fixture.CopySnapshotsTo(snapshots);
        var deals = folder.File("deals.csv");
        VerifyFixture.WriteWithOneAmountChanged(deals);

        var failed = InProcess.Run(Report(deals, snapshots));

        Assert.True(failed.ExitCode == 1, failed.ToString());
        var diff = failed.Stdout;
        Assert.Contains($"--- {Name}.verified.md", diff, StringComparison.Ordinal);
        Assert.Contains($"+++ {Name}.received.md", diff, StringComparison.Ordinal);
        var removed = Sentence(diff, '-');
        var added = Sentence(diff, '+');
        Assert.NotEqual(Share(removed), Share(added));
        Assert.Matches(PagesChanged(), diff);
        Assert.Contains("--accept", diff, StringComparison.Ordinal);
        foreach (var extension in new[] { "md", "txt", "pdf" })
        {
            Assert.True(File.Exists(Path.Combine(snapshots, $"{Name}.received.{extension}")), $"{Name}.received.{extension} was not written");
        }

        var accepted = InProcess.Run(Report(deals, snapshots, "--accept"));
        var next = InProcess.Run(Report(deals, snapshots));

        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Empty(Directory.GetFiles(snapshots, "*.received.*"));
        Assert.True(next.ExitCode == 0, next.ToString());
    }

    [Fact]
    public void A_passing_run_without_html_removes_the_received_files_of_a_failed_html_run_and_says_so()
    {
        using var folder = new TempFolder("verify-stale");
        var snapshots = Path.Combine(folder.Path, "snapshots");
        fixture.CopySnapshotsTo(snapshots);
        var deals = folder.File("deals.csv");
        VerifyFixture.WriteWithOneAmountChanged(deals);

        var failed = InProcess.Run(Report(deals, snapshots, "--format", "html"));
        var passed = InProcess.Run(Report(fixture.Deals, snapshots));

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.True(passed.ExitCode == 0, passed.ToString());
        Assert.Empty(Directory.GetFiles(snapshots, "*.received.*"));
        var html = Path.Combine(snapshots, $"{Name}.received.html");
        Assert.Contains($"note: removed {html}, a received file left by an earlier run: this run did not verify {Name}.html.", passed.Stderr, StringComparison.Ordinal);
        Assert.Contains($"note: removed {Path.Combine(snapshots, $"{Name}.received.md")}, a received file left by an earlier run: {Name}.md now matches", passed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_run_without_verified_files_writes_received_files_and_says_to_accept()
    {
        using var folder = new TempFolder("verify-first");
        var snapshots = Path.Combine(folder.Path, "snapshots");

        var first = InProcess.Run(Report(fixture.Deals, snapshots));

        Assert.True(first.ExitCode == 1, first.ToString());
        Assert.Contains("run the same command with --accept", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(
            [$"{Name}.received.md", $"{Name}.received.pdf", $"{Name}.received.txt"],
            Directory.GetFiles(snapshots).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Snapshots, $"{Name}.verified.pdf")), File.ReadAllBytes(Path.Combine(snapshots, $"{Name}.received.pdf")));
    }

    [Fact]
    public void Accept_without_verify_is_a_usage_error()
    {
        var outcome = InProcess.Run(["report", "--accept"]);

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("--accept", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("--verify", outcome.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The sectors section's "AI took x% of disclosed funding" sentence on the diff's removed or added side.</summary>
    private static string Sentence(string diff, char side)
    {
        var line = diff.Split('\n').FirstOrDefault(l => l.Length > 1 && l[0] == side && l.Contains("AI took ", StringComparison.Ordinal));
        Assert.True(line is not null, $"the diff has no '{side}' line with the hot sector's share of funding:\n{diff}");
        return line!;
    }

    private static string Share(string sentence) => Assert.Single(ShareOfFunding().Matches(sentence)).Groups[1].Value;

    private static List<(string Name, long Length)> Listing(string folder) =>
        Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(static f => (Path.GetFileName(f), new FileInfo(f).Length)).ToList();

    [GeneratedRegex(@"\bAI took ([0-9.]+%) of disclosed funding")]
    private static partial Regex ShareOfFunding();

    [GeneratedRegex(@"changed: report-2025Q1\.en\.pdf: pages [0-9, ()a-z]+ of [0-9]+ changed \(by page-content hash\)")]
    private static partial Regex PagesChanged();
}
