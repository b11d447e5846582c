namespace CapitalHealthReport.Pdf.Layout;

/// <summary>What an element can do in the space offered.</summary>
internal enum SpacePlanKind
{
    /// <summary>All remaining content fits.</summary>
    FullRender,

    /// <summary>Some content fits; the rest continues on the next page.</summary>
    PartialRender,

    /// <summary>Nothing should be placed here; the element moves to the next page.</summary>
    Wrap,
}

/// <summary>The answer of <see cref="Element.Measure"/>: a kind and the size the placed part takes.</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.FullRender, width, height);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.PartialRender, width, height);

    public static SpacePlan Wrap() => new(SpacePlanKind.Wrap, 0f, 0f);

    public bool IsFull => Kind == SpacePlanKind.FullRender;

    public bool IsWrap => Kind == SpacePlanKind.Wrap;
}

/// <summary>
/// The space offered to an element: width and height left on the page, whether nothing has been placed above it
/// on this page (then it must make progress, relaxing keep rules), and the full content height of a page.
/// </summary>
internal readonly record struct Space(float Width, float Height, bool AtPageTop, float PageHeight)
{
    public Space WithHeight(float height, bool atPageTop) => this with { Height = height, AtPageTop = atPageTop };

    public Space Inset(float horizontal, float vertical) =>
        this with { Width = Math.Max(0f, Width - horizontal), Height = Height - vertical, PageHeight = PageHeight - vertical };
}
