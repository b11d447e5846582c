using System.Diagnostics;
using System.Globalization;
using CapitalHealthReport.IO;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Ctrl+C and SIGTERM in the middle of a write: the run ends with 130 or 143, says so, leaves no hidden temporary
/// file and no half-written output. The signals are sent to a real <c>capital-health</c> process while it writes a
/// large sample; cancelling a write in process (a token) is checked the same way.
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("chr-interrupt-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("TERM", ExitCodes.Terminated, "SIGTERM")]
    [InlineData("INT", ExitCodes.Interrupted, "SIGINT")]
    public void A_signal_during_a_write_removes_the_temporary_file_and_writes_nothing(string signal, int exitCode, string name)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "signals are sent with kill(1)");
        using var process = Start("sample", "--rows", "3000000", "--output", Path.Combine(_temp, "big.csv"));
        var clock = Stopwatch.StartNew();
        while (!Temporary().Any() && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(50);
        }

        Assert.True(Temporary().Any(), $"no temporary file appeared; the process {(process.HasExited ? "ended" : "still runs")}");
        Send(signal, process.Id);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the process did not stop after the signal");
        var stderr = process.StandardError.ReadToEnd();
        Assert.SkipWhen(process.ExitCode == 0 && signal == "INT", "SIGINT is ignored in this environment (started as a background job)");

        Assert.True(exitCode == process.ExitCode, $"exit {process.ExitCode}: {stderr}");
        Assert.Contains($"interrupted ({name})", stderr, StringComparison.Ordinal);
        Assert.Empty(Temporary());
        Assert.False(File.Exists(Path.Combine(_temp, "big.csv")), "a half-written output was left");
    }

    [Fact]
    public void A_cancelled_write_leaves_the_previous_file_and_no_temporary_file()
    {
        var target = Path.Combine(_temp, "report.md");
        File.WriteAllText(target, "previous");
        using var cancellation = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(
            target,
            stream =>
            {
                stream.Write(new byte[1000]);
                cancellation.Cancel();
                stream.Write(new byte[1000]);
            },
            new WriteOptions { CancellationToken = cancellation.Token }));

        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Empty(Temporary());
    }

    private IEnumerable<string> Temporary() => Directory.EnumerateFiles(_temp, "*.tmp");

    private Process Start(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _temp,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "capital-health.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CAPITALHEALTH_HOME"] = RepositoryPaths.Root;
        return Process.Start(start) ?? throw new InvalidOperationException("capital-health did not start");
    }

    private static void Send(string signal, int pid)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
