using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// The whole bad-input corpus in a child process (<c>CapitalHealthReport.CorpusRunner</c>): no case may end in an
/// internal error (exit 70) or crash the process (exit 134 from a stack overflow or an abort, or any other death),
/// and none may hang. In process, a crash would take the test host down with it; the child names the case that
/// caused it and is started again after it, so one crash does not hide another.
/// </summary>
public sealed class CorpusCrashTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(15);

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "chr-corpus-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void No_case_of_the_corpus_ends_in_exit_70_or_134_or_hangs()
    {
        var runs = new List<Dictionary<string, object>>();
        foreach (var name in BadInputCase.Names())
        {
            var testCase = BadInputCase.Load(name);
            var workspace = new BadInputWorkspace(_temp, testCase);
            if (workspace.NeedsLinux && !OperatingSystem.IsLinux())
            {
                continue;
            }

            runs.Add(new Dictionary<string, object>
            {
                ["name"] = name,
                ["args"] = workspace.Prepare(),
                ["env"] = testCase.Environment,
                ["seconds"] = (int)testCase.Budget.TotalSeconds,
            });
        }

        var list = Path.Combine(_temp, "runs.json");
        File.WriteAllText(list, JsonSerializer.Serialize(runs));
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        var next = 0;
        var finished = 0;
        while (next < runs.Count)
        {
            Assert.True(clock.Elapsed < Budget, $"the corpus did not finish within {Budget.TotalMinutes} minutes");
            var (lines, exitCode) = RunChild(list, next);
            string? begun = null;
            foreach (var line in lines)
            {
                var parts = line.Split(' ');
                switch (parts[0])
                {
                    case "begin":
                        begun = parts[1];
                        break;
                    case "end":
                        begun = null;
                        next++;
                        finished++;
                        if (parts[2] is "70" or "134")
                        {
                            problems.Add($"{parts[1]}: exit {parts[2]}");
                        }

                        break;
                    case "hang":
                        problems.Add($"{parts[1]}: did not finish within its time budget");
                        break;
                }
            }

            if (begun is not null)
            {
                if (!lines.Any(static l => l.StartsWith("hang ", StringComparison.Ordinal)))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{begun}: the process died with exit code {exitCode}"));
                }

                next++;
            }
            else if (exitCode != 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"the runner failed with exit code {exitCode} between cases"));
                break;
            }
        }

        Assert.True(problems.Count == 0, "cases that crashed, hung or ended in an internal error:\n" + string.Join('\n', problems));
        Assert.Equal(runs.Count, finished);
    }

    public void Dispose() => BadInputWorkspace.DeleteAll(_temp);

    private static (List<string> Lines, int ExitCode) RunChild(string list, int skip)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CapitalHealthReport.CorpusRunner.dll"));
        start.ArgumentList.Add(list);
        start.ArgumentList.Add(skip.ToString(CultureInfo.InvariantCulture));
        start.Environment["CAPITALHEALTH_HOME"] = RepositoryPaths.Root;
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the corpus runner did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        if (!process.WaitForExit(Budget))
        {
            process.Kill(entireProcessTree: true);
        }

        _ = stderr.Result;
        return (lines, process.ExitCode);
    }
}
