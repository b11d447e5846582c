using System.Diagnostics;
using System.Globalization;
using SkiaSharp;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>
/// Screenshots of HTML pages in headless Chromium (Debian's <c>chromium</c> package, or the browser named by
/// <c>CAPITALHEALTH_CHROMIUM</c>), with the flags that work on a machine without a display, sandbox or network.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly Lazy<string?> Executable = new(Find);

    /// <summary>The browser's path, or null when none is installed.</summary>
    public static string? Path => Executable.Value;

    /// <summary>Why screenshot tests skip when there is no browser, and how to get one.</summary>
    public const string Missing =
        "Headless Chromium is not installed: `apt-get install -y chromium` (or set CAPITALHEALTH_CHROMIUM to a Chromium or Chrome binary) to run the HTML screenshot tests.";

    /// <summary>Renders <paramref name="html"/> (a file) at <paramref name="width"/> × <paramref name="height"/> CSS pixels and returns the screenshot.</summary>
    public static SKBitmap Screenshot(string html, string png, int width, int height)
    {
        var browser = Path ?? throw new InvalidOperationException(Missing);
        var profile = Directory.CreateTempSubdirectory("chr-profile-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--allow-file-access-from-files",
                "--force-device-scale-factor=1", "--user-data-dir=" + profile.FullName,
                "--window-size=" + width.ToString(CultureInfo.InvariantCulture) + "," + height.ToString(CultureInfo.InvariantCulture),
                "--screenshot=" + png, new Uri(html).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium took more than 90 s to take a screenshot of " + html);
            }

            if (!File.Exists(png))
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} and wrote no screenshot: {stderr.Result}");
            }

            return SKBitmap.Decode(png) ?? throw new InvalidOperationException("The screenshot is not a PNG: " + png);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>The share of pixels (0–1) that differ by more than a little between two screenshots of one size.</summary>
    public static double DifferingShare(SKBitmap a, SKBitmap b)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        long differing = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                if (Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue) > 48)
                {
                    differing++;
                }
            }
        }

        return differing / (double)(a.Width * a.Height);
    }

    /// <summary>The share of pixels (0–1) that are not near-white: how much ink the page shows.</summary>
    public static double Ink(SKBitmap bitmap)
    {
        long ink = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (p.Red + p.Green + p.Blue < 600)
                {
                    ink++;
                }
            }
        }

        return ink / (double)(bitmap.Width * bitmap.Height);
    }

    private static string? Find()
    {
        var named = Environment.GetEnvironmentVariable("CAPITALHEALTH_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(named))
        {
            return File.Exists(named) ? named : null;
        }

        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
        {
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = System.IO.Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
