using System.Globalization;
using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Reporting;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// Regenerates the report pictures in <c>docs/</c> (shown in the README): the cover and two inner pages of the sample's
/// 2025Q1 report in English and Chinese, drawn as PNG by the product's own PDF drawing code (no PDF viewer involved).
/// <c>dotnet run -c Release --project tests/CapitalHealthReport.Benchmarks -- docs-images [folder]</c>.
/// </summary>
public static class DocsImages
{
    /// <summary>Resolution of the pictures: an A4 page is 595 × 842 pixels at 72 dpi.</summary>
    public const float Dpi = 72f;

    /// <summary>The inner pages shown, by the first heading on them (English, Chinese): the concentration page and the regional map.</summary>
    private static readonly (string Name, string English, string Chinese)[] InnerPages =
    [
        ("concentration", "Concentration", "资本集中度"),
        ("regions", "Regions", "区域分布"),
    ];

    public static void Run(TextWriter output, string? folder)
    {
        var root = RepositoryRoot();
        folder ??= Path.Combine(root, "docs");
        Directory.CreateDirectory(folder);
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            var tag = ReportLanguages.Tag(language);
            var report = ReportPipeline.Render(new ReportRequest
            {
                ConfigPath = Path.Combine(root, "capitalhealth.yaml"),
                Period = "2025Q1",
                Language = language,
            });
            var names = new Dictionary<int, string> { [1] = "cover" };
            var images = ReportRenderer.RenderPageImages(report.Markdown, report.Options, (headings, pages) =>
            {
                var fallback = 2;
                foreach (var (name, english, chinese) in InnerPages)
                {
                    var heading = language == ReportLanguage.Chinese ? chinese : english;
                    var page = PageOf(headings, heading) ?? Math.Min(fallback, pages);
                    names.TryAdd(page, name);
                    fallback = page + 1;
                }

                return names.Keys.Order();
            }, Dpi);

            foreach (var (page, png) in images)
            {
                var path = Path.Combine(folder, $"report.{tag}.{names[page]}.png");
                File.WriteAllBytes(path, png);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: page {page}, {png.Length / 1024.0:0.0} KB"));
            }
        }
    }

    private static int? PageOf(IReadOnlyList<PlacedHeading> headings, string text) =>
        headings.FirstOrDefault(h => h.Level <= 2 && h.Text.StartsWith(text, StringComparison.Ordinal))?.PageNumber;

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CapitalHealthReport.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run docs-images from inside the repository (CapitalHealthReport.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
