using SkiaSharp;

namespace CapitalHealthReport.Pdf.Layout;

/// <summary>
/// Children side by side in columns of equal width with a gap between them, as tall as the tallest. The row continues on the
/// next page only when it must (each child where it stopped); a row no taller than a page moves whole.
/// </summary>
internal sealed class RowElement : Element
{
    private readonly IReadOnlyList<Element> _children;
    private readonly float _gap;

    public RowElement(IReadOnlyList<Element> children, float gap)
    {
        _children = children;
        _gap = gap;
    }

    public override bool AtStart => _children.All(c => c.AtStart);

    public override SpacePlan Measure(Space space)
    {
        var childSpace = ChildSpace(space);
        var height = 0f;
        var full = true;
        foreach (var child in _children)
        {
            var plan = child.Measure(childSpace);
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap();
            }

            full &= plan.IsFull;
            height = Math.Max(height, plan.Height);
        }

        return full ? SpacePlan.Full(space.Width, height) : SpacePlan.Partial(space.Width, height);
    }

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        var childSpace = ChildSpace(space);
        for (var i = 0; i < _children.Count; i++)
        {
            var left = area.Left + (i * (childSpace.Width + _gap));
            var plan = _children[i].Measure(childSpace);
            _children[i].Draw(context, new SKRect(left, area.Top, left + childSpace.Width, area.Top + plan.Height), childSpace);
        }
    }

    public override void Reset()
    {
        foreach (var child in _children)
        {
            child.Reset();
        }
    }

    public override (float Min, float Max) ContentWidths()
    {
        float min = 0f, max = 0f;
        foreach (var child in _children)
        {
            var (childMin, childMax) = child.ContentWidths();
            min += childMin;
            max += childMax;
        }

        var gaps = _gap * Math.Max(0, _children.Count - 1);
        return (min + gaps, max + gaps);
    }

    /// <summary>The width of each column for a row <paramref name="width"/> wide.</summary>
    public static float ColumnWidth(float width, int columns, float gap) =>
        columns <= 0 ? width : Math.Max(0f, (width - (gap * (columns - 1))) / columns);

    private Space ChildSpace(Space space) => space with { Width = ColumnWidth(space.Width, _children.Count, _gap) };
}
