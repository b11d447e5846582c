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

/// <summary>How <see cref="ReportRenderer"/> renders report Markdown.</summary>
public sealed record RenderOptions
{
    /// <summary>Language of the content (<c>en</c>, <c>zh-CN</c>): HTML <c>lang</c>, line breaking, chart tick units, the renderer's own words.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The folder with the bundled fonts (normally <see cref="ProductPaths.Fonts"/>).</summary>
    public required string FontsFolder { get; init; }

    /// <summary>The charts the Markdown may place with <c>```chart &lt;id&gt;</c>, by id.</summary>
    public IReadOnlyDictionary<string, ChartSpec> Charts { get; init; } = new Dictionary<string, ChartSpec>(StringComparer.Ordinal);

    public required ReportMetadata Metadata { get; init; }

    /// <summary>Footer page label; <c>{0}</c> is the page number and <c>{1}</c> the page count (Chinese: <c>第 {0} 页，共 {1} 页</c>).</summary>
    public string PageLabelFormat { get; init; } = "Page {0} of {1}";

    /// <summary>How error messages name the Markdown (e.g. <c>quarterly.en.sbn.md (rendered)</c>); line numbers count in the Markdown.</summary>
    public string SourceName { get; init; } = "report.md";
}
