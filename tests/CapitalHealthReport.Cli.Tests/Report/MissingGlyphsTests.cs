using CapitalHealthReport.Cli.Tests.Hardening;

namespace CapitalHealthReport.Cli.Tests.Report;

/// <summary><c>report</c> with text no bundled font can draw (Hangul): exit 2 naming its script and words, or, when allowed, a PDF and one warning per script.</summary>
public sealed class MissingGlyphsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chr-glyphs-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_character_no_font_has_exits_2_naming_the_text_and_writes_nothing()
    {
        var output = Path.Combine(_folder, "report.pdf");

        var result = CliRun.Run(["report", "--template", Template(), "--period", "2025Q1", "--output", output], TimeSpan.FromMinutes(3));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Hangul (Korean), 2 character(s) (U+D55C '한', U+BE5B '빛') in \"한빛\"", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--allow-missing-glyphs", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        result.AssertNoStackTrace();
    }

    [Fact]
    public void Allow_missing_glyphs_writes_the_report_and_warns_once_per_script_naming_the_text()
    {
        var output = Path.Combine(_folder, "report.pdf");

        var result = CliRun.Run(["report", "--template", Template(), "--period", "2025Q1", "--output", output, "--allow-missing-glyphs"], TimeSpan.FromMinutes(3));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(output));
        Assert.Contains("warning: no font has Hangul (Korean), 2 character(s) (U+D55C '한', U+BE5B '빛') in \"한빛\": drawn as boxes", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n'), static line => line.Contains("no font has", StringComparison.Ordinal));
    }

    private string Template()
    {
        var path = Path.Combine(_folder, "report.sbn.md");
        File.WriteAllText(path, "# Partners\n\nDeals in {{ period.label }} with 한빛 Ventures.\n");
        return path;
    }
}
