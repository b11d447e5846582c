using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Layout;

/// <summary>A heading as placed by a layout pass: where internal links and the table of contents point.</summary>
public sealed record PlacedHeading(int Level, string Text, string Anchor, int PageNumber);

/// <summary>
/// State shared by the elements during one pass over the document: the canvas (null while only paginating),
/// the current page, headings placed so far, and the page numbers learned by the previous pass.
/// </summary>
internal sealed class RenderContext
{
    private readonly Dictionary<string, int> _previousAnchorPages;
    private readonly List<PlacedHeading> _headings = [];

    public RenderContext(FontSet fonts, IReadOnlyList<PlacedHeading> previousHeadings, int previousPageCount)
    {
        Fonts = fonts;
        PreviousHeadings = previousHeadings;
        PreviousPageCount = previousPageCount;
        _previousAnchorPages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in previousHeadings)
        {
            _previousAnchorPages.TryAdd(heading.Anchor, heading.PageNumber);
        }
    }

    public FontSet Fonts { get; }

    /// <summary>The canvas of the current page; null during a pagination-only pass.</summary>
    public SKCanvas? Canvas { get; set; }

    /// <summary>1-based number of the page being laid out.</summary>
    public int PageNumber { get; set; }

    public IReadOnlyList<PlacedHeading> PreviousHeadings { get; }

    public int PreviousPageCount { get; }

    public IReadOnlyList<PlacedHeading> Headings => _headings;

    public void AddHeading(PlacedHeading heading) => _headings.Add(heading);

    /// <summary>The page of an anchor as the previous pass placed it, or null before the first pass.</summary>
    public int? PreviousPageOf(string anchor) => _previousAnchorPages.TryGetValue(anchor, out var page) ? page : null;
}
