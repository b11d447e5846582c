using System.Security.Cryptography;
using System.Text;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;
using CapitalHealthReport.Verification;

namespace CapitalHealthReport.Cli.Tests.Snapshots;

/// <summary>
/// The bundled sample's outputs, snapshot-tested with the product's own conventions: each is compared with
/// <c>Expectations/Sample/&lt;Test&gt;.verified.&lt;ext&gt;</c>, a change fails with a unified diff and leaves a received file.
/// Any intended change to data, rules, templates or rendering shows up here for review.
/// </summary>
public sealed class SampleSnapshotTests
{
    private const string Area = "Sample";

    [Fact]
    public void English_report_markdown() =>
        Snapshot.Verify(Area, Text("report.en.md"), "md");

    [Fact]
    public void Chinese_report_markdown() =>
        Snapshot.Verify(Area, Text("report.zh-CN.md"), "md");

    [Fact]
    public void English_report_pdf_text_per_page() =>
        Snapshot.Verify(Area, PdfPages.Document(PdfPages.Read(BaselineOutputs.Outputs.Files["report.en.pdf"])), "txt");

    [Fact]
    public void Chinese_report_pdf_text_per_page() =>
        Snapshot.Verify(Area, PdfPages.Document(PdfPages.Read(BaselineOutputs.Outputs.Files["report.zh-CN.pdf"])), "txt");

    [Fact]
    public void English_report_pdf_bytes() =>
        Snapshot.Verify(Area, Convert.ToHexStringLower(SHA256.HashData(BaselineOutputs.Outputs.Files["report.en.pdf"])) + "\n", "sha256");

    [Fact]
    public void Analyze_json() =>
        Snapshot.Verify(Area, Text("analyze.json"), "json");

    [Fact]
    public void Analyze_sarif() =>
        Snapshot.Verify(Area, InCheckout(Text("analyze.sarif")), "sarif");

    [Fact]
    public void Metrics_json_for_2025Q1() =>
        Snapshot.Verify(Area, Text("metrics.2025Q1.json"), "json");

    // The run names the rule packs and the deals file by absolute path (the tests do not run in the repository's
    // folder), so SARIF gives them as file: URIs; the snapshot names the checkout by one placeholder.
    private static string InCheckout(string sarif) =>
        sarif.Replace(new Uri(Path.TrimEndingDirectorySeparator(RepositoryPaths.Root) + "/").AbsoluteUri, "file:///checkout/", StringComparison.Ordinal);

    private static string Text(string file) => Encoding.UTF8.GetString(BaselineOutputs.Outputs.Files[file]);
}
