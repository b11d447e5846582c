using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// Times whole <c>capital-health</c> processes, as a user or a CI job runs them: wall time, CPU time (user + system)
/// and peak resident memory of each run, from <c>getrusage(RUSAGE_CHILDREN)</c>. Run
/// <c>dotnet run -c Release --project tests/CapitalHealthReport.Benchmarks -- process-figures EXE REPS -- ARGS…</c>
/// with EXE a published <c>capital-health</c> (<c>dotnet publish src/CapitalHealthReport.Cli -c Release -o DIR</c>).
/// </summary>
internal static partial class ProcessFigures
{
    public static void Run(TextWriter output, string executable, int repetitions, IReadOnlyList<string> arguments)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        var peaks = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            var before = Children();
            var (exitCode, seconds, stderr) = RunOnce(executable, arguments);
            if (exitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"exit code {exitCode}: {stderr}");
            }

            var after = Children();
            wall.Add(seconds);
            cpu.Add(after.Cpu - before.Cpu);
            peaks.Add(after.MaxRssKb / 1024.0);
        }

        wall.Sort();
        cpu.Sort();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(executable)} {string.Join(' ', arguments)}: wall best {wall[0]:F3} s, median {wall[wall.Count / 2]:F3} s, worst {wall[^1]:F3} s ({wall.Count} runs); CPU best {cpu[0]:F2} s, median {cpu[cpu.Count / 2]:F2} s; peak RSS {peaks.Max():F0} MB; loadavg {load}"));
    }

    /// <summary>Runs <paramref name="executable"/> to its end, its output read and dropped: its exit code, wall seconds and standard error.</summary>
    internal static (int ExitCode, double Seconds, string Stderr) RunOnce(string executable, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + executable);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        _ = stdout.Result;
        return (process.ExitCode, watch.Elapsed.TotalSeconds, stderr.Result);
    }

    /// <summary>CPU seconds and largest resident set of the finished child processes (Linux; zeros elsewhere).</summary>
    internal static (double Cpu, long MaxRssKb) Children()
    {
        if (!OperatingSystem.IsLinux() || getrusage(-1, out var usage) != 0)
        {
            return (0, 0);
        }

        return (usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6), usage.MaxRss);
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrusage(int who, out RUsage usage);

    /// <summary>The start of Linux's <c>struct rusage</c> on 64-bit: two timevals, then <c>ru_maxrss</c> (KB).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long Padding0;
        public long Padding1;
        public long Padding2;
        public long Padding3;
        public long Padding4;
        public long Padding5;
        public long Padding6;
        public long Padding7;
        public long Padding8;
        public long Padding9;
        public long Padding10;
        public long Padding11;
        public long Padding12;
    }
}
