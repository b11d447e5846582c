using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Charts;
using SkiaSharp;

namespace CapitalHealthReport.Reporting.Rendering.Html;

/// <summary>
/// Charts as inline SVG. ScottPlot's SVG (Skia's SVG canvas) escapes text; on top of that the SVG is given a
/// view box, a title for screen readers, ids unique in the page, and CJK characters that Skia may have mapped
/// back to look-alike Kangxi radicals are restored.
/// </summary>
internal static partial class HtmlCharts
{
    public static void Write(HtmlContext context, ChartSpec spec)
    {
        if (!spec.HasData)
        {
            context.Write("<p class=\"no-chart\">").Text(ChartRendering.NothingToDrawSentence(spec, context.Language)).Write("</p>\n");
            return;
        }

        context.ChartCount++;
        var prefix = "c" + context.ChartCount.ToString(CultureInfo.InvariantCulture) + "-";
        var svg = RenderSvg(spec, context.Typefaces, context.Language, prefix);
        var half = spec.Width == ChartWidth.Half && spec.Kind != ChartKind.TileMap;
        context.Write("<figure class=\"chart" + (half ? " half" : string.Empty) + "\" id=\"chart-").Text(spec.Id).Write("\">\n")
            .Write(svg)
            .Write("\n");
        if (!string.IsNullOrWhiteSpace(spec.Caption))
        {
            context.Write("<figcaption>").Text(spec.Caption).Write("</figcaption>\n");
        }

        context.Write("</figure>\n");
    }

    /// <summary>The chart as a standalone <c>&lt;svg&gt;</c> element (no XML declaration) for inlining, at the size the PDF draws it (points as SVG units).</summary>
    public static string RenderSvg(ChartSpec spec, ChartTypefaces? typefaces, string language, string idPrefix)
    {
        using var plot = ChartRendering.CreatePlot(spec, typefaces, language);
        var (width, height) = ChartRendering.Size(spec);
        var w = (int)width;
        var h = (int)Math.Max(height, CapitalHealthReport.Pdf.Elements.ChartFonts.MinimumHeight(plot));

        // ScottPlot settles its layout on the first render; render once off-screen so the SVG holds one drawing.
        using (var canvas = new SKNoDrawCanvas(w, h))
        {
            plot.Render(canvas, w, h);
        }

        var svg = plot.GetSvgXml(w, h);
        return Clean(svg, spec, idPrefix, w, h);
    }

    internal static string Clean(string svg, ChartSpec spec, string idPrefix, int width, int height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The chart renderer produced no SVG element.");
        }

        svg = svg[start..].Trim();

        // Ids from Skia's SVG canvas (clip paths) would repeat across charts in one page: renumber them.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = IdAttribute().Replace(svg, m =>
        {
            var id = m.Groups[1].Value;
            if (!ids.TryGetValue(id, out var renamed))
            {
                renamed = idPrefix + ids.Count.ToString(CultureInfo.InvariantCulture);
                ids.Add(id, renamed);
            }

            return "id=\"" + renamed + "\"";
        });
        svg = IdReference().Replace(svg, m =>
            ids.TryGetValue(m.Groups[2].Value, out var renamed) ? m.Groups[1].Value + renamed + m.Groups[3].Value : m.Value);

        svg = RestoreIdeographs(svg, spec);

        // Root element: scalable, labelled for screen readers.
        var rootEnd = svg.IndexOf('>', StringComparison.Ordinal);
        var root = svg[..rootEnd];
        var size = " viewBox=\"0 0 " + width.ToString(CultureInfo.InvariantCulture) + " " + height.ToString(CultureInfo.InvariantCulture) + "\"";
        var label = HtmlText.Escape(spec.Title);
        return root + size + " role=\"img\" aria-label=\"" + label + "\">\n<title>" + label + "</title>" + svg[(rootEnd + 1)..];
    }

    /// <summary>
    /// Skia writes SVG text by mapping glyphs back to characters; where a font maps an ideograph and a Kangxi
    /// radical (U+2F00–U+2FDF) to one glyph, the radical can come out. Restore the ideograph unless the chart's
    /// own text really contains radicals.
    /// </summary>
    private static string RestoreIdeographs(string svg, ChartSpec spec)
    {
        if (!svg.Any(IsRadical))
        {
            return svg;
        }

        var texts = new[] { spec.Title, spec.XLabel, spec.YLabel }
            .Concat(spec.Categories)
            .Concat(spec.Series.Select(s => s.Name))
            .Concat(spec.ReferenceLines.Select(r => r.Label));
        if (texts.Any(t => t.Any(IsRadical)))
        {
            return svg;
        }

        var builder = new StringBuilder(svg.Length);
        foreach (var c in svg)
        {
            builder.Append(IsRadical(c) ? c.ToString().Normalize(NormalizationForm.FormKC) : c);
        }

        return builder.ToString();
    }

    private static bool IsRadical(char c) => c is >= '\u2F00' and <= '\u2FDF';

    [GeneratedRegex("(?<=\\s)id=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("""(url\(#|href="#)([^)"]+)([)"])""", RegexOptions.CultureInvariant)]
    private static partial Regex IdReference();
}
