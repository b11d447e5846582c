using System.Text;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering.Markdown;

namespace CapitalHealthReport.Reporting.Rendering.Html;

/// <summary>State of one HTML rendering: the output, the parsed source, charts and the open section.</summary>
internal sealed class HtmlContext(ReportSource source, string language, IReadOnlyDictionary<string, ChartSpec> charts, ChartTypefaces? typefaces)
{
    public StringBuilder Output { get; } = new();

    public ReportSource Source { get; } = source;

    public string Language { get; } = language;

    public RenderStrings Strings { get; } = RenderStrings.For(language);

    public IReadOnlyDictionary<string, ChartSpec> Charts { get; } = charts;

    public ChartTypefaces? Typefaces { get; } = typefaces;

    /// <summary>True while a <c>&lt;section&gt;</c> opened by a level-1 heading is open.</summary>
    public bool SectionOpen { get; set; }

    /// <summary>Charts placed so far (each inline SVG gets its own id prefix).</summary>
    public int ChartCount { get; set; }

    /// <summary>True when the page has an element with this id (a heading's anchor).</summary>
    public bool HasAnchor(string id) => Source.Headings.Any(h => string.Equals(h.Id, id, StringComparison.Ordinal));

    public HtmlContext Write(string raw)
    {
        Output.Append(raw);
        return this;
    }

    public HtmlContext Text(string? text)
    {
        HtmlText.Append(Output, text);
        return this;
    }
}
