using System.Diagnostics;
using System.Globalization;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Determinism;

/// <summary>The machine settings one child process of <c>capital-health</c> runs under.</summary>
/// <param name="TimeZone">IANA time zone for <c>TZ</c>.</param>
/// <param name="Culture">.NET culture name; becomes <c>LANG</c>/<c>LC_ALL</c> (e.g. <c>tr_TR.UTF-8</c>).</param>
/// <param name="ProcessorCount">Value of <c>DOTNET_PROCESSOR_COUNT</c>.</param>
public sealed record MachineSettings(string TimeZone, string Culture, int ProcessorCount)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"TZ={TimeZone} culture={Culture} processors={ProcessorCount}");
}

/// <summary>The outcome of one command line: exit code and both streams.</summary>
public sealed record CommandOutcome(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}");
}

/// <summary>Runs the built <c>capital-health</c> (copied beside the test assembly) in a child process with chosen machine settings.</summary>
public static class CapitalHealthProcess
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);

    /// <summary>The built tool's entry assembly beside the tests.</summary>
    public static string ToolAssembly => Path.Combine(AppContext.BaseDirectory, "capital-health.dll");

    public static CommandOutcome Run(MachineSettings settings, string workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(ToolAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var posixLocale = settings.Culture.Replace('-', '_') + ".UTF-8";
        start.Environment["TZ"] = settings.TimeZone;
        start.Environment["LANG"] = posixLocale;
        start.Environment["LC_ALL"] = posixLocale;
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "false";
        start.Environment["DOTNET_PROCESSOR_COUNT"] = settings.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        start.Environment["CAPITALHEALTH_HOME"] = RepositoryPaths.Root;
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        start.Environment.Remove(Snapshot.AcceptVariable);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the dotnet host did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Budget))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"'capital-health {string.Join(' ', args)}' under {settings} did not finish within {Budget.TotalMinutes:0} minutes."));
        }

        return new CommandOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
