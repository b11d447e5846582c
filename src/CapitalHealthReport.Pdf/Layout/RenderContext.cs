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

    /// <summary>Pages whose content opens with a level-1 heading (a chapter starts at the top).</summary>
    public HashSet<int> ChapterStartPages { get; } = [];

    /// <summary>Pages an explicit page break ended.</summary>
    public HashSet<int> BrokenPages { get; } = [];

    /// <summary>Content height used on each page laid out so far, with whether it is a cover page.</summary>
    public List<(int Page, float Used, float Available, bool Cover)> PageHeights { get; } = [];

    /// <summary>How full each page is, once the pass is done.</summary>
    public IReadOnlyList<PageFill> PageFills()
    {
        var last = PageHeights.Count == 0 ? 0 : PageHeights[^1].Page;
        return PageHeights
            .Select(p => new PageFill(
                p.Page,
                p.Used,
                p.Available,
                p.Cover,
                p.Page == last || BrokenPages.Contains(p.Page) || ChapterStartPages.Contains(p.Page + 1) || (p.Cover && !PageHeights.Any(q => q.Page == p.Page + 1 && q.Cover))))
            .ToArray();
    }

    /// <summary>The page of an anchor as the previous pass placed it, or null before the first pass.</summary>
    public int? PreviousPageOf(string anchor) => _previousAnchorPages.TryGetValue(anchor, out var page) ? page : null;
}
