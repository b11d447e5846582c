using System.Diagnostics;
using System.Globalization;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// Measures one child process on its own: the benchmark starts itself as <c>measure-child EXE ARGS…</c>, which runs
/// EXE, waits for it and prints its wall time, CPU time and peak resident memory (from
/// <c>getrusage(RUSAGE_CHILDREN)</c>, which then covers that one child only).
/// </summary>
internal static class ChildRun
{
    public readonly record struct Figures(double Wall, double Cpu, double PeakMb);

    public static Figures Measure(string self, string executable, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("measure-child");
        start.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + self);
        var stderr = process.StandardError.ReadToEndAsync();
        var line = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} failed: {line} {stderr.Result}");
        }

        var parts = line.Split(' ');
        return new Figures(
            double.Parse(parts[0], CultureInfo.InvariantCulture),
            double.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>The <c>measure-child</c> side: runs the command, prints "wall cpu peakMB"; exit 0 when the command exited 0 or 1.</summary>
    public static int Child(string executable, IReadOnlyList<string> arguments)
    {
        var (exitCode, seconds, stderr) = ProcessFigures.RunOnce(executable, arguments);
        if (exitCode is not (0 or 1))
        {
            Console.WriteLine($"exit {exitCode}: {stderr}");
            return 1;
        }

        var (cpu, peakKb) = ProcessFigures.Children();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:F4} {cpu:F3} {peakKb / 1024.0:F1}"));
        return 0;
    }

    /// <summary>The <c>capital-health</c> executable in a folder of <c>dotnet publish</c>, or <paramref name="published"/> itself when it names the executable.</summary>
    public static string Executable(string published) =>
        Directory.Exists(published) ? Path.Combine(published, OperatingSystem.IsWindows() ? "capital-health.exe" : "capital-health") : published;

    /// <summary>A markdown table row: the runs' median wall time (min–max), median CPU time and median peak memory.</summary>
    public static void Row(TextWriter output, string what, List<Figures> runs) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {Median(runs, f => f.Wall):F2} s ({runs.Min(f => f.Wall):F2}–{runs.Max(f => f.Wall):F2}) | {Median(runs, f => f.Cpu):F2} s | {Median(runs, f => f.PeakMb):F0} MB |"));

    public static double Median(List<Figures> runs, Func<Figures, double> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The machine's 1, 5 and 15 minute load averages ("?" where /proc/loadavg is absent).</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
