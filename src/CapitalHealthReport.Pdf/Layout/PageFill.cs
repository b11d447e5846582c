namespace CapitalHealthReport.Pdf.Layout;

/// <summary>
/// How full one page is, from the layout: the height its content takes out of the page's content height, and whether the
/// page ends a chapter (the next page opens with a level-1 heading, an explicit page break ends it, or it is the last).
/// </summary>
public sealed record PageFill(int PageNumber, float UsedHeight, float ContentHeight, bool IsCover, bool EndsChapter)
{
    /// <summary>The share of the content height in use, 0–1.</summary>
    public float Fill => ContentHeight <= 0f ? 0f : Math.Clamp(UsedHeight / ContentHeight, 0f, 1f);

    /// <summary>
    /// The pages less than <paramref name="minimumFill"/> full that neither end a chapter nor belong to the cover: what a
    /// publication's layout should not have (e.g. <c>Underfilled(document.Pages, 2f / 3f)</c> is empty).
    /// </summary>
    public static IReadOnlyList<PageFill> Underfilled(IEnumerable<PageFill> pages, float minimumFill)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages.Where(p => !p.IsCover && !p.EndsChapter && p.Fill < minimumFill).ToArray();
    }
}
