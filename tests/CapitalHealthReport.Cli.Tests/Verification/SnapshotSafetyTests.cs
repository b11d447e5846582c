using System.Diagnostics;
using System.Text;
using CapitalHealthReport.Cli.Tests.Hardening;
using CapitalHealthReport.Testing;
using CapitalHealthReport.Verification;

namespace CapitalHealthReport.Cli.Tests.Verification;

/// <summary>
/// What a snapshot folder can make <c>--verify</c> do: nothing outside it is read or written (links, FIFOs and devices
/// are refused), and reading a verified file back costs at most a bounded amount of time and memory.
/// </summary>
public sealed class SnapshotSafetyTests
{
    [Fact]
    public void A_verified_file_that_is_a_link_is_refused_and_its_target_never_printed()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("secret.txt"), "TOKEN=hunter2\n");
        Directory.CreateDirectory(folder.File("snaps"));
        File.CreateSymbolicLink(folder.File("snaps/out.verified.md"), folder.File("secret.txt"));

        var error = Assert.Throws<InputException>(() => SnapshotVerifier.Verify(folder.File("snaps"), [SnapshotOutput.Text("out", "md", "# Title\n")]));

        Assert.Contains("is a symbolic link", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("snaps/out.received.md")));
    }

    [Fact]
    public void Accepting_never_writes_through_a_link_where_the_verified_file_goes()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllText(folder.File("bashrc"), "keep\n");
        File.CreateSymbolicLink(folder.File("out.verified.md"), folder.File("bashrc"));

        Assert.Throws<InputException>(() => SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Text("out", "md", "# Title\n")], new SnapshotOptions { Accept = true }));

        Assert.Equal("keep\n", File.ReadAllText(folder.File("bashrc")));
    }

    [Fact]
    public void A_tampered_verified_file_of_12_mb_is_summarised_instead_of_diffed_for_minutes()
    {
        var verified = new StringBuilder();
        for (var i = 0; verified.Length < 12 << 20; i++)
        {
            verified.Append("tampered line ").Append(i).Append('\n');
        }

        var clock = Stopwatch.StartNew();
        var diff = SnapshotVerifier.UnifiedDiff(verified.ToString(), "# Title\nBody.\n", "out.verified.md", "out.received.md");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the diff took {clock.Elapsed}");
        Assert.Contains("more than the 4,000 changed lines diffed here", diff, StringComparison.Ordinal);
        Assert.StartsWith("--- out.verified.md\n+++ out.received.md\n@@ -1,", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_change_in_a_long_text_is_still_diffed_line_by_line()
    {
        var lines = Enumerable.Range(0, 50_000).Select(static i => $"line {i}").ToList();
        var verified = string.Join('\n', lines);
        lines[25_000] = "changed";

        var diff = SnapshotVerifier.UnifiedDiff(verified, string.Join('\n', lines), "a", "b");

        Assert.Contains("-line 25000\n+changed", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verified_pdf_that_is_a_compression_bomb_is_not_read_back()
    {
        using var folder = new TempFolder("verify");
        File.WriteAllBytes(folder.File("out.verified.pdf"), InputGenerators.PdfBomb(320 << 20));
        var result = SnapshotVerifier.Verify(folder.Path, [SnapshotOutput.Pdf("out", OnePagePdf())]);

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(SnapshotStatus.Changed, outcome.Status);
        Assert.Contains("expand to more than 256 MB", outcome.Note, StringComparison.Ordinal);
    }

    /// <summary>A valid one-page PDF with an empty page, its cross-reference table computed.</summary>
    private static byte[] OnePagePdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
