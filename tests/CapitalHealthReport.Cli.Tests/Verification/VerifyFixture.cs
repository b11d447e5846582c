using System.Text;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Verification;

/// <summary>
/// A copy of the bundled sample and the report's verified snapshots for it (made once per test class with
/// <c>--verify … --accept</c>), which each test copies into its own folder.
/// </summary>
public sealed class VerifyFixture : IDisposable
{
    private readonly TempFolder _folder = new("verify-fixture");

    public VerifyFixture()
    {
        Deals = _folder.File("deals.csv");
        File.Copy(OutputSet.SampleDeals, Deals);
        Snapshots = Path.Combine(_folder.Path, "approved");
        var outcome = InProcess.Run(VerifyReportTests.Report(Deals, Snapshots, "--accept"));
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException("Accepting the sample's report snapshots failed: " + outcome);
        }
    }

    /// <summary>The sample's deals, copied.</summary>
    public string Deals { get; }

    /// <summary>The folder with the accepted <c>*.verified.*</c> files for <see cref="Deals"/>.</summary>
    public string Snapshots { get; }

    /// <summary>Copies the accepted snapshots into <paramref name="folder"/>.</summary>
    public void CopySnapshotsTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Snapshots))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    /// <summary>Writes a copy of the sample where one 2025Q1 AI deal's amount is a hundred times larger; returns its id and both amounts.</summary>
    public static (string Id, string Before, string After) WriteWithOneAmountChanged(string path)
    {
        var lines = File.ReadAllLines(OutputSet.SampleDeals, Encoding.UTF8);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            var inQuarter = cells[1].StartsWith("2025-01", StringComparison.Ordinal) || cells[1].StartsWith("2025-02", StringComparison.Ordinal);
            if (inQuarter && cells[4] is "AI" or "人工智能" && cells[7].Length > 6 && cells[7].All(char.IsAsciiDigit))
            {
                var before = cells[7];
                cells[7] = before + "00";
                lines[i] = string.Join(',', cells);
                File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
                return (cells[0], before, cells[7]);
            }
        }

        throw new InvalidOperationException("The sample has no 2025Q1 AI deal with a plain amount to change.");
    }

    public void Dispose() => _folder.Dispose();
}
