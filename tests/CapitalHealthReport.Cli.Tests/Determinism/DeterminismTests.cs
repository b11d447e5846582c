using System.Text;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Determinism;

/// <summary>
/// Every output of the bundled sample, produced once per test run in this process (culture en-US): the baseline the
/// determinism tests compare with, and the content of the sample's snapshot tests.
/// </summary>
public static class BaselineOutputs
{
    private static readonly Lazy<OutputSet> Lazy = new(() =>
    {
        using var folder = new TempFolder("baseline");
        return OutputSet.Produce(args => InProcess.Run(args, "en-US"), folder.Path);
    });

    public static OutputSet Outputs => Lazy.Value;
}

/// <summary>
/// DESIGN.md "Determinism": same inputs ⇒ byte-identical PDF, Markdown, HTML, JSON, CSV and SARIF, whatever the time
/// zone, culture, core count or row order. Factors are combined so that the matrix stays small: four in-process runs
/// (current culture × row order) and four child processes of the built tool (time zone × culture × processor count).
/// </summary>
public sealed class DeterminismTests
{
    public static TheoryData<string, bool> InProcessRuns => new()
    {
        { "en-US", false },
        { "de-DE", true },
        { "tr-TR", false },
        { "zh-CN", true },
    };

    public static TheoryData<string, string, int> Machines => new()
    {
        { "UTC", "en-US", 2 },
        { "Asia/Shanghai", "zh-CN", 1 },
        { "America/New_York", "tr-TR", 2 },
        { "America/New_York", "de-DE", 1 },
    };

    [Theory]
    [MemberData(nameof(InProcessRuns))]
    public void In_process_runs_under_another_culture_or_row_order_match_the_baseline(string culture, bool shuffled)
    {
        using var folder = new TempFolder("inproc");
        var deals = shuffled ? WriteShuffledSample(folder.File("deals.csv"), seed: culture.Length) : null;

        var outputs = OutputSet.Produce(args => InProcess.Run(args, culture), folder.Path, deals);

        var what = $"in process, culture {culture}" + (shuffled ? ", rows shuffled" : "");
        if (deals is null)
        {
            OutputComparison.AssertIdentical(BaselineOutputs.Outputs, outputs, what);
        }
        else
        {
            OutputComparison.AssertIdenticalExceptInput(BaselineOutputs.Outputs, outputs, (OutputSet.Sha256(OutputSet.SampleDeals), OutputSet.Sha256(deals)), (new Uri(OutputSet.SampleDeals).AbsoluteUri, new Uri(deals).AbsoluteUri), what);
        }
    }

    [Theory]
    [MemberData(nameof(Machines))]
    public void Child_processes_under_another_time_zone_culture_and_core_count_match_the_baseline(string timeZone, string culture, int processors)
    {
        var settings = new MachineSettings(timeZone, culture, processors);
        using var folder = new TempFolder("child");

        var outputs = OutputSet.Produce(args => CapitalHealthProcess.Run(settings, folder.Path, args), folder.Path);

        OutputComparison.AssertIdentical(BaselineOutputs.Outputs, outputs, $"child process, {settings}");
    }

    [Fact]
    public void Source_date_epoch_fixes_the_report_date_as_a_utc_day_whatever_the_time_zone()
    {
        using var folder = new TempFolder("epoch");
        var asOf = folder.File("as-of.md");
        var epoch = folder.File("epoch.md");
        string[] report = ["report", "--format", "md", "--period", "2025Q1", "--config", OutputSet.ConfigPath];

        var fixedDay = InProcess.Run([.. report, "--as-of", "2025-07-15", "--output", asOf]);
        // 2025-07-15T23:00:00Z: already 2025-07-16 in Shanghai, still 2025-07-15 in UTC.
        var child = CapitalHealthProcess.Run(new MachineSettings("Asia/Shanghai", "zh-CN", 1), folder.Path, [.. report, "--output", epoch], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1752620400" });

        Assert.True(fixedDay.ExitCode == 0, fixedDay.ToString());
        Assert.True(child.ExitCode == 0, child.ToString());
        Assert.Contains("2025-07-15", File.ReadAllText(epoch), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(asOf), File.ReadAllBytes(epoch));
    }

    [Fact]
    public void Shuffled_sample_holds_the_same_deals_in_another_order()
    {
        using var folder = new TempFolder("shuffle");
        var shuffled = WriteShuffledSample(folder.File("deals.csv"), seed: 3);

        var original = File.ReadAllLines(OutputSet.SampleDeals, Encoding.UTF8);
        var copy = File.ReadAllLines(shuffled, Encoding.UTF8);

        Assert.Equal(original[0], copy[0]);
        Assert.NotEqual(original.Skip(1), copy.Skip(1));
        Assert.Equal(original.Skip(1).Order(StringComparer.Ordinal), copy.Skip(1).Order(StringComparer.Ordinal));
    }

    /// <summary>Writes the sample's rows in a shuffled order (same header, same rows, same bytes per row) to <paramref name="path"/>.</summary>
    private static string WriteShuffledSample(string path, int seed)
    {
        var text = File.ReadAllText(OutputSet.SampleDeals, Encoding.UTF8);
        var lines = text.Split('\n').ToList();
        var header = lines[0];
        var rows = lines.Skip(1).Where(static l => l.Length > 0).ToArray();
        new Random(seed).Shuffle(rows);
        File.WriteAllText(path, header + "\n" + string.Join('\n', rows) + "\n", new UTF8Encoding(false));
        return path;
    }
}
