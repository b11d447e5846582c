using System.Text;
using System.Text.RegularExpressions;
using CapitalHealthReport.Testing;
using CapitalHealthReport.Verification;

namespace CapitalHealthReport.Cli.Tests.Verification;

/// <summary>The snapshot engine behind <c>--verify</c>: Verify's file conventions, line-end normalisation, scrubbing, diffs and page comparison.</summary>
public sealed class SnapshotVerifierTests
{
    [Fact]
    public void Matching_text_writes_nothing()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("out.verified.md"), "# Title\n\nBody.\n");
        var before = File.GetLastWriteTimeUtc(folder.File("out.verified.md"));

        var result = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "md", "# Title\n\nBody.\n")]);

        Assert.True(result.Passed);
        Assert.Equal(SnapshotStatus.Matched, Assert.Single(result.Outcomes).Status);
        Assert.Equal(["out.verified.md"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Equal(before, File.GetLastWriteTimeUtc(folder.File("out.verified.md")));
    }

    [Fact]
    public void Crlf_line_ends_in_the_verified_file_still_match()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("out.verified.md"), "\uFEFF# Title\r\n\r\nBody.\r\n", new UTF8Encoding(false));

        var result = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "md", "# Title\n\nBody.\n")]);

        Assert.True(result.Passed);
    }

    [Fact]
    public void Changed_text_writes_the_received_file_and_a_unified_diff()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("out.verified.md"), "one\ntwo\nthree\nfour\n");

        var result = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "md", "one\ntwo\nTHREE\nfour\n")]);

        var outcome = Assert.Single(result.Outcomes);
        Assert.False(result.Passed);
        Assert.Equal(SnapshotStatus.Changed, outcome.Status);
        Assert.Equal("one\ntwo\nTHREE\nfour\n", File.ReadAllText(folder.File("out.received.md")));
        Assert.Contains("--- out.verified.md", outcome.Diff, StringComparison.Ordinal);
        Assert.Contains("+++ out.received.md", outcome.Diff, StringComparison.Ordinal);
        Assert.Contains("\n-three\n", outcome.Diff, StringComparison.Ordinal);
        Assert.Contains("\n+THREE\n", outcome.Diff, StringComparison.Ordinal);
        Assert.Contains("@@", outcome.Diff, StringComparison.Ordinal);
        Assert.Contains("--accept", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void First_run_without_verified_files_writes_received_files_and_fails()
    {
        using var folder = new TempFolder("verify");
        var target = Path.Combine(folder.Path, "snapshots");

        var result = SnapshotVerifier.Verify(target, [SnapshotOutput.Text("out", "json", "{}\n")]);

        Assert.False(result.Passed);
        Assert.Equal(SnapshotStatus.New, Assert.Single(result.Outcomes).Status);
        Assert.True(File.Exists(Path.Combine(target, "out.received.json")));
        Assert.Contains("run the same command with --accept", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_writes_the_verified_file_and_removes_the_received_one()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("out.verified.md"), "old\n");
        File.WriteAllText(folder.File("out.received.md"), "new\n");

        var result = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "md", "new\r\n")], new SnapshotOptions { Accept = true });

        Assert.True(result.Passed);
        Assert.Equal(SnapshotStatus.Accepted, Assert.Single(result.Outcomes).Status);
        Assert.Equal("new\n", File.ReadAllText(folder.File("out.verified.md")));
        Assert.False(File.Exists(folder.File("out.received.md")));
    }

    [Fact]
    public void A_stale_received_file_is_removed_when_the_output_matches_again()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("out.verified.txt"), "same\n");
        File.WriteAllText(folder.File("out.received.txt"), "left over\n");

        var result = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "txt", "same\n")]);

        Assert.True(result.Passed);
        Assert.False(File.Exists(folder.File("out.received.txt")));
    }

    [Fact]
    public void A_matching_output_lists_the_stale_received_file_it_removed()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("out.verified.txt"), "same\n");
        File.WriteAllText(folder.File("out.received.txt"), "left over\n");

        var result = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "txt", "same\n")]);

        var removed = Assert.Single(result.Removed);
        Assert.Equal(folder.File("out.received.txt"), removed.Path);
        Assert.Equal(
            $"note: removed {folder.File("out.received.txt")}, a received file left by an earlier run: out.txt now matches out.verified.txt.\n",
            result.DescribeRemoved());
    }

    [Theory]
    [InlineData("same\n", true)]
    [InlineData("changed\n", false)]
    public void A_received_file_of_an_output_this_run_does_not_verify_is_removed_whatever_the_outcome(string content, bool passes)
    {
        // An earlier run verified HTML as well and left its received file; this one verifies Markdown only.
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("out.verified.md"), "same\n");
        File.WriteAllText(folder.File("out.received.html"), "<p>old</p>\n");
        File.WriteAllText(folder.File("out.en.received.html"), "another snapshot's\n");
        File.WriteAllText(folder.File("other.received.html"), "another snapshot's\n");

        var result = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "md", content)]);

        Assert.Equal(passes, result.Passed);
        Assert.False(File.Exists(folder.File("out.received.html")));
        Assert.True(File.Exists(folder.File("out.en.received.html")));
        Assert.True(File.Exists(folder.File("other.received.html")));
        Assert.Equal(passes, !File.Exists(folder.File("out.received.md")));
        var removed = Assert.Single(result.Removed);
        Assert.Equal((folder.File("out.received.html"), "this run did not verify out.html"), (removed.Path, removed.Reason));
    }

    [Fact]
    public void Scrubbing_rules_hide_volatile_fields_on_both_sides()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("out.verified.txt"), "built 2025-01-01T10:00:00Z\nvalue 1\n");
        var scrubber = SnapshotScrubber.Default.With(new ScrubRule("build timestamp", new Regex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "{timestamp}"));

        var same = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "txt", "built 2026-11-28T20:00:00Z\nvalue 1\n")], new SnapshotOptions { Scrubber = scrubber });
        var different = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "txt", "built 2026-11-28T20:00:00Z\nvalue 2\n")], new SnapshotOptions { Scrubber = scrubber });

        Assert.True(same.Passed);
        Assert.False(different.Passed);
        Assert.Equal("built {timestamp}\nvalue 2\n", File.ReadAllText(folder.File("out.received.txt")));
        Assert.Empty(SnapshotScrubber.Default.Rules);
    }

    [Fact]
    public void Pages_are_compared_by_content_hash()
    {
        PdfPage Page(int n, string hash) => new(n, "text " + hash, hash);
        IReadOnlyList<PdfPage> verified = [Page(1, "a"), Page(2, "b"), Page(3, "c")];
        IReadOnlyList<PdfPage> received = [Page(1, "a"), Page(2, "B"), Page(3, "c"), Page(4, "d")];

        var changes = SnapshotVerifier.ComparePages(verified, received);

        Assert.Equal([new PageChange(2, PageChangeKind.Changed), new PageChange(4, PageChangeKind.Added)], changes);
        Assert.Equal([new PageChange(3, PageChangeKind.Removed)], SnapshotVerifier.ComparePages(verified, verified.Take(2).ToList()));
    }

    [Fact]
    public void A_file_where_the_folder_should_be_is_an_input_error()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("snapshots"), "not a folder");

        var error = Assert.Throws<InputException>(() => SnapshotVerifier.Verify(folder.File("snapshots"), [SnapshotOutput.Text("out", "md", "x")]));

        Assert.Contains("needs a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_snapshot_names_follow_period_and_language()
    {
        Assert.Equal("report-2025Q1.en", ReportSnapshots.DefaultName("2025Q1", Reporting.Narrative.ReportLanguage.English));
        Assert.Equal("report-2024-01-01_2024-08-31.zh-CN", ReportSnapshots.DefaultName("2024-01-01..2024-08-31", Reporting.Narrative.ReportLanguage.Chinese));
        Assert.Equal("q1", ReportSnapshots.NameFor("out/q1.pdf", "2025Q1", Reporting.Narrative.ReportLanguage.English));
    }
}
