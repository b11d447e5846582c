using Markdig.Syntax;

namespace CapitalHealthReport.Reporting.Rendering.Markdown;

/// <summary>The two HTML comments the report dialect gives meaning to; every other HTML is shown as text.</summary>
internal enum ReportMarker
{
    /// <summary>Not a marker: the HTML is shown literally.</summary>
    None,

    /// <summary><c>&lt;!-- toc --&gt;</c>: the table of contents goes here.</summary>
    TableOfContents,

    /// <summary><c>&lt;!-- pagebreak --&gt;</c>: the next block starts a new page.</summary>
    PageBreak,
}

/// <summary>Recognises the dialect's markers in HTML blocks (case-insensitive, any inner spacing).</summary>
internal static class ReportMarkers
{
    public static ReportMarker Of(HtmlBlock block)
    {
        if (block.Type != HtmlBlockType.Comment)
        {
            return ReportMarker.None;
        }

        var text = block.Lines.ToString().Trim();
        if (!text.StartsWith("<!--", StringComparison.Ordinal) || !text.EndsWith("-->", StringComparison.Ordinal))
        {
            return ReportMarker.None;
        }

        var inner = text[4..^3].Trim();
        return inner.ToUpperInvariant() switch
        {
            "TOC" => ReportMarker.TableOfContents,
            "PAGEBREAK" => ReportMarker.PageBreak,
            _ => ReportMarker.None,
        };
    }
}
