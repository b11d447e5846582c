using CapitalHealthReport.Reporting.Charts;

namespace CapitalHealthReport.Reporting.Rendering;

/// <summary>
/// Document properties written into the PDF (Info dictionary and XMP) and the HTML head. <see cref="Date"/>
/// comes from the data period or <c>--as-of</c>, never the clock; PDF dates are that day at 00:00 UTC.
/// </summary>
public sealed record ReportMetadata
{
    public required string Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    /// <summary>BCP 47 tag of the content (<c>en</c>, <c>zh-CN</c>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>The producing application, e.g. <c>capital-health 0.1.0</c>.</summary>
    public string Creator { get; init; } = "capital-health";

    public required DateOnly Date { get; init; }

    /// <summary>The date as a UTC timestamp at midnight: the PDF's creation and modification date.</summary>
    public DateTimeOffset Timestamp => new(Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
}

/// <summary>Where the PDF starts a new page besides explicit <c>&lt;!-- pagebreak --&gt;</c> markers.</summary>
public enum PageBreakRule
{
    /// <summary>Sections follow each other on the page; only the markers start a page.</summary>
    None,

    /// <summary>Every level-1 heading (chapter) but the first starts a new page.</summary>
    BeforeChapter,
}

/// <summary>How <see cref="ReportRenderer"/> renders report Markdown.</summary>
public sealed record RenderOptions
{
    /// <summary>Language of the content (<c>en</c>, <c>zh-CN</c>): HTML <c>lang</c>, line breaking, chart tick units, the renderer's own words.</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// A folder holding faces named as the bundled ones, to use instead of them; null (the default) uses the fonts
    /// embedded in the product.
    /// </summary>
    public string? FontsFolder { get; init; }

    /// <summary>The charts the Markdown may place with <c>```chart &lt;id&gt;</c>, by id.</summary>
    public IReadOnlyDictionary<string, ChartSpec> Charts { get; init; } = new Dictionary<string, ChartSpec>(StringComparer.Ordinal);

    public required ReportMetadata Metadata { get; init; }

    /// <summary>Footer page label; <c>{0}</c> is the page number and <c>{1}</c> the page count (Chinese: <c>第 {0} 页，共 {1} 页</c>).</summary>
    public string PageLabelFormat { get; init; } = "Page {0} of {1}";

    /// <summary>
    /// When false (the default) a character no bundled font can draw, in the text or a chart, is an error naming the
    /// text; when true the PDF is written with the font's empty box in its place and the characters are reported in
    /// <see cref="RenderResult.MissingGlyphs"/>.
    /// </summary>
    public bool AllowMissingGlyphs { get; init; }

    /// <summary>
    /// Where the PDF starts new pages; null takes the report's front matter (<c>page_breaks: none|chapter</c>), else
    /// <see cref="PageBreakRule.None"/>: a flowing publication.
    /// </summary>
    public PageBreakRule? PageBreaks { get; init; }

    /// <summary>How error messages name the Markdown (e.g. <c>quarterly.en.sbn.md (rendered)</c>); line numbers count in the Markdown.</summary>
    public string SourceName { get; init; } = "report.md";
}
