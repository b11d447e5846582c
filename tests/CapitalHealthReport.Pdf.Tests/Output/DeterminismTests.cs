using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace CapitalHealthReport.Pdf.Tests.Output;

public sealed class DeterminismTests
{
    private const string ProbeVariable = "CHR_PDF_DETERMINISM_PROBE";

    private static string RenderHash() =>
        PdfTestKit.Sha256(PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Build("chinese")))) + ":" +
        PdfTestKit.Sha256(PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Build("toc"))));

    [Fact]
    public void Two_renders_in_one_process_give_identical_bytes()
    {
        Assert.Equal(RenderHash(), RenderHash());
    }

    [Fact]
    public void Renders_under_three_time_zones_and_cultures_give_one_hash()
    {
        var here = RenderHash();
        var hashes = new[] { ("Asia/Shanghai", "zh-CN"), ("America/New_York", "tr-TR"), ("UTC", "de-DE") }
            .Select(setting => ChildProcessHash(setting.Item1, setting.Item2))
            .ToArray();

        Assert.All(hashes, hash => Assert.Equal(here, hash));
    }

    /// <summary>Entry point of the child process started by <see cref="Renders_under_three_time_zones_and_cultures_give_one_hash"/>.</summary>
    [Fact]
    public void Probe_writes_the_render_hash_when_asked_by_a_parent_test()
    {
        var output = Environment.GetEnvironmentVariable(ProbeVariable);
        if (string.IsNullOrEmpty(output))
        {
            Assert.Skip("Runs only as the child process of the time-zone determinism test.");
        }

        var culture = Environment.GetEnvironmentVariable("CHR_PDF_PROBE_CULTURE");
        if (!string.IsNullOrEmpty(culture))
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture;
        }

        File.WriteAllText(output!, TimeZoneInfo.Local.Id + "\n" + RenderHash());
    }

    private static string ChildProcessHash(string timeZone, string culture)
    {
        var output = Path.Combine(Path.GetTempPath(), "chr-pdf-probe-" + Guid.NewGuid().ToString("N") + ".txt");
        var assembly = Assembly.GetExecutingAssembly().Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("-method");
        start.ArgumentList.Add(typeof(DeterminismTests).FullName + "." + nameof(Probe_writes_the_render_hash_when_asked_by_a_parent_test));
        start.Environment["TZ"] = timeZone;
        start.Environment["CHR_PDF_PROBE_CULTURE"] = culture;
        start.Environment[ProbeVariable] = output;
        start.Environment["CAPITALHEALTH_HOME"] = Testing.RepositoryPaths.Root;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "child render timed out");
            Assert.True(File.Exists(output), $"child wrote no hash (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
            var lines = File.ReadAllLines(output);
            Assert.Equal(timeZone, lines[0]);
            return lines[1];
        }
        finally
        {
            File.Delete(output);
        }
    }
}
