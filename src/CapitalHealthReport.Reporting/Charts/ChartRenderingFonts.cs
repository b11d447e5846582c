using SkiaSharp;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// The typefaces a chart draws its text with: the report's own fonts, so that Chinese labels render and
/// the PDF embeds only the report's fonts (never a system font).
/// </summary>
/// <param name="Regular">Ticks, axis labels, legend, reference-line labels.</param>
/// <param name="Bold">The chart title.</param>
public sealed record ChartTypefaces(SKTypeface Regular, SKTypeface Bold);
