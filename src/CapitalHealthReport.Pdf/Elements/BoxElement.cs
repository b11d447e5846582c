using CapitalHealthReport.Pdf.Layout;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// Content inside padding, with an optional tinted background and a coloured bar on the left (quotes and
/// callouts). Splits across pages with its content; each page's part gets its own background and bar.
/// </summary>
internal sealed class BoxElement : Element
{
    private readonly Element _content;
    private readonly float _padding;
    private readonly float _barWidth;
    private readonly SKColor _barColor;
    private readonly SKColor? _background;

    public BoxElement(Element content, float padding, float barWidth, SKColor barColor, SKColor? background)
    {
        _content = content;
        _padding = padding;
        _barWidth = barWidth;
        _barColor = barColor;
        _background = background;
    }

    public override bool AtStart => _content.AtStart;

    private float Horizontal => (2f * _padding) + _barWidth;

    private float Vertical => 2f * _padding;

    public override SpacePlan Measure(Space space)
    {
        var plan = _content.Measure(space.Inset(Horizontal, Vertical));
        return plan.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(space.Width, plan.Height + Vertical),
            SpacePlanKind.PartialRender => SpacePlan.Partial(space.Width, plan.Height + Vertical),
            _ => SpacePlan.Wrap(),
        };
    }

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        if (context.Canvas is { } canvas)
        {
            if (_background is { } background)
            {
                using var fill = new SKPaint { Color = background, Style = SKPaintStyle.Fill };
                canvas.DrawRect(area, fill);
            }

            if (_barWidth > 0f)
            {
                using var bar = new SKPaint { Color = _barColor, Style = SKPaintStyle.Fill };
                canvas.DrawRect(new SKRect(area.Left, area.Top, area.Left + _barWidth, area.Bottom), bar);
            }
        }

        var inner = new SKRect(area.Left + _barWidth + _padding, area.Top + _padding, area.Right - _padding, area.Bottom - _padding);
        _content.Draw(context, inner, space.Inset(Horizontal, Vertical));
    }

    public override void Reset() => _content.Reset();

    public override (float Min, float Max) ContentWidths()
    {
        var (min, max) = _content.ContentWidths();
        return (min + Horizontal, max + Horizontal);
    }
}

/// <summary>A list item: a marker (bullet or number) beside the item's blocks; the marker is drawn once, at the start.</summary>
internal sealed class ListItemElement : Element
{
    private readonly ParagraphElement _marker;
    private readonly Element _content;
    private readonly float _indent;

    public ListItemElement(ParagraphElement marker, Element content, float indent)
    {
        _marker = marker;
        _content = content;
        _indent = indent;
    }

    public override bool AtStart => _content.AtStart;

    public override SpacePlan Measure(Space space)
    {
        var plan = _content.Measure(space.Inset(_indent, 0f));
        return plan.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(space.Width, plan.Height),
            SpacePlanKind.PartialRender => SpacePlan.Partial(space.Width, plan.Height),
            _ => SpacePlan.Wrap(),
        };
    }

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        if (_content.AtStart)
        {
            var markerSpace = new Space(_indent - 4f, float.PositiveInfinity, false, float.PositiveInfinity);
            _marker.Reset();
            _marker.Draw(context, new SKRect(area.Left, area.Top, area.Left + _indent - 4f, area.Bottom), markerSpace);
        }

        _content.Draw(context, new SKRect(area.Left + _indent, area.Top, area.Right, area.Bottom), space.Inset(_indent, 0f));
    }

    public override void Reset()
    {
        _marker.Reset();
        _content.Reset();
    }

    public override (float Min, float Max) ContentWidths()
    {
        var (min, max) = _content.ContentWidths();
        return (min + _indent, max + _indent);
    }
}
