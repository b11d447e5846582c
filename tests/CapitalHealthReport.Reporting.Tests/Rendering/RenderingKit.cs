using System.Security.Cryptography;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Testing;
using UglyToad.PdfPig;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>Shared inputs for rendering tests: fonts, charts, options, and PDF text extraction with PdfPig.</summary>
internal static class RenderingKit
{
    public static string FontsFolder => Path.Combine(RepositoryPaths.Root, "assets", "fonts");

    public static ChartSpec BarChart(string id = "deals", string title = "Deals by quarter") => new()
    {
        Id = id,
        Kind = ChartKind.Bar,
        Title = title,
        XLabel = "Quarter",
        YLabel = "Deals (count)",
        Categories = ["2024Q4", "2025Q1"],
        Series = [new ChartSeries("AI", [120, 140]), new ChartSeries("Other", [80, null])],
        ReferenceLines = [new ReferenceLine(100, "Target")],
    };

    public static ChartSpec LorenzChart(string id = "lorenz", string title = "Lorenz curve of capital") => new()
    {
        Id = id,
        Kind = ChartKind.Lorenz,
        Title = title,
        XLabel = "Companies (cumulative share)",
        YLabel = "Capital (cumulative share)",
        ValueFormat = "percent",
        Series = [new ChartSeries("2025Q1", [0, 0.05, 0.2, 1.0], [0, 0.5, 0.8, 1.0])],
    };

    public static RenderOptions Options(string language = "en", params ChartSpec[] charts) => new()
    {
        Language = language,
        Charts = charts.ToDictionary(c => c.Id, StringComparer.Ordinal),
        PageLabelFormat = language == "zh-CN" ? "第 {0} 页，共 {1} 页" : "Page {0} of {1}",
        Metadata = new ReportMetadata
        {
            Title = language == "zh-CN" ? "资本生态健康报告" : "Capital health report",
            Author = "Policy team",
            Subject = "Quarterly monitor",
            Keywords = "venture, concentration",
            Language = language,
            Creator = "capital-health test",
            Date = new DateOnly(2025, 6, 30),
        },
    };

    /// <summary>Each page's words joined by single spaces.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToArray();
    }

    /// <summary>All text of the document with whitespace removed (for scripts where word splitting varies).</summary>
    public static string CompactText(byte[] pdf) =>
        new(string.Concat(PageTexts(pdf)).Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
