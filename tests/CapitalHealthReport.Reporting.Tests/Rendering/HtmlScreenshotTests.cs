using System.Text.RegularExpressions;
using CapitalHealthReport.Pdf.Fonts;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Reporting.Tests.Report;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>
/// The sample report's HTML edition as a browser draws it (headless Chromium): in its embedded fonts, not the machine's,
/// and with every character the page uses in the embedded subsets. The screenshots are kept under
/// <c>artifacts/screenshots/</c> to look at. Skips, saying so, when no Chromium is installed.
/// </summary>
public sealed partial class HtmlScreenshotTests
{
    private const int Width = 1000;
    private const int Height = 1800;

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.Chinese)]
    public void The_html_edition_draws_in_its_embedded_fonts_and_misses_no_character(ReportLanguage language)
    {
        if (HeadlessChromium.Path is null)
        {
            Assert.Skip(HeadlessChromium.Missing);
        }

        var report = SampleReportTests.Render(language);
        var html = ReportRenderer.RenderHtml(report.Markdown, report.Options);
        var tag = ReportLanguages.Tag(language);
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;

        var embedded = Shoot(folder, $"report.{tag}", html);

        // The same page with the @font-face rules gone: whatever the machine has draws it.
        var withoutFonts = Shoot(folder, $"report.{tag}.system-fonts", FontFace().Replace(html, string.Empty));

        // The same page with each face loaded whole from assets/fonts instead of its embedded subset.
        var wholeFonts = Shoot(folder, $"report.{tag}.whole-fonts", FontFace().Replace(html, m => WholeFace(m.Value)));

        Assert.InRange(HeadlessChromium.Ink(embedded), 0.02, 0.5);
        var fromSystem = HeadlessChromium.DifferingShare(embedded, withoutFonts);
        Assert.True(fromSystem > 0.01, $"only {fromSystem:P2} of the page changes without the embedded fonts: they are not what draws it");
        var fromWhole = HeadlessChromium.DifferingShare(embedded, wholeFonts);
        Assert.True(fromWhole < 0.0005, $"{fromWhole:P2} of the page differs from the whole fonts: the subsets lack characters the page uses");
    }

    private static SkiaSharp.SKBitmap Shoot(string folder, string name, string html)
    {
        var page = Path.Combine(folder, name + ".html");
        var png = Path.Combine(folder, name + ".png");
        File.Delete(png);
        File.WriteAllText(page, html);
        return HeadlessChromium.Screenshot(page, png, Width, Height);
    }

    // One rule of the page's embedded fonts, with the bundled file whole in place of the subset.
    private static string WholeFace(string rule)
    {
        var family = Regex.Match(rule, "font-family: \"([^\"]+)\"").Groups[1].Value;
        var bold = rule.Contains("font-weight: 700", StringComparison.Ordinal);
        var italic = rule.Contains("font-style: italic", StringComparison.Ordinal);
        var file = (family, bold, italic) switch
        {
            ("Report Sans", false, false) => BundledFonts.LatinRegular,
            ("Report Sans", true, false) => BundledFonts.LatinBold,
            ("Report Sans", false, true) => BundledFonts.LatinItalic,
            ("Report Sans", true, true) => BundledFonts.LatinBoldItalic,
            ("Report Mono", false, _) => BundledFonts.MonoRegular,
            ("Report Mono", true, _) => BundledFonts.MonoBold,
            ("Report Sans CJK", false, _) => BundledFonts.CjkRegular,
            _ => BundledFonts.CjkBold,
        };
        var url = new Uri(Path.Combine(RenderingKit.FontsFolder, file)).AbsoluteUri;
        return DataUrl().Replace(rule, "url(\"" + url + "\")");
    }

    [GeneratedRegex(@"@font-face \{[^}]*\}\n", RegexOptions.CultureInvariant)]
    private static partial Regex FontFace();

    [GeneratedRegex(@"url\(data:[^)]*\) format\(""woff2""\)", RegexOptions.CultureInvariant)]
    private static partial Regex DataUrl();
}
