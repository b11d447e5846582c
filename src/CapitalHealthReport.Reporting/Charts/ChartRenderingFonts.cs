using ScottPlot;
using SkiaSharp;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// The typefaces a chart draws its text with: the report's own fonts, so that Chinese labels render and
/// the PDF embeds only the report's fonts (never a system font).
/// </summary>
/// <param name="Regular">Ticks, axis labels, legend, reference-line labels.</param>
/// <param name="Bold">The chart title.</param>
public sealed record ChartTypefaces(SKTypeface Regular, SKTypeface Bold);

/// <summary>
/// Makes given typefaces reachable by name through ScottPlot's font resolvers. ScottPlot caches typefaces
/// by name for the life of the process and its legend looks fonts up by name at render time, so every
/// typeface instance gets its own name, and the instances are kept alive here (never disposed).
/// </summary>
internal sealed class ChartFontRegistry : IFontResolver
{
    private static readonly Lock Gate = new();
    private static readonly ChartFontRegistry Instance = new();
    private static readonly Dictionary<string, SKTypeface> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<SKTypeface, string> ByTypeface = new(ReferenceEqualityComparer.Instance);
    private static bool _installed;

    private ChartFontRegistry()
    {
    }

    /// <summary>The resolver name under which <paramref name="typeface"/> is registered (registers it on first use).</summary>
    public static string NameOf(SKTypeface typeface)
    {
        lock (Gate)
        {
            if (!_installed)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, Instance);
                _installed = true;
            }

            if (ByTypeface.TryGetValue(typeface, out var existing))
            {
                return existing;
            }

            var name = "CapitalHealthChart-" + ByName.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ByName.Add(name, typeface);
            ByTypeface.Add(typeface, name);
            return name;
        }
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) => Find(fontName);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Find(fontName);

    private static SKTypeface? Find(string fontName)
    {
        lock (Gate)
        {
            return ByName.GetValueOrDefault(fontName);
        }
    }
}
