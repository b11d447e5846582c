using CapitalHealthReport.Pdf.Layout;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>Vertical space; truncated at the foot of a page, never carried over.</summary>
internal sealed class SpacerElement(float height) : Element
{
    private bool _done;

    public override bool AtStart => !_done;

    public override SpacePlan Measure(Space space) =>
        _done ? SpacePlan.Full(0f, 0f) : SpacePlan.Full(space.Width, Math.Clamp(height, 0f, Math.Max(0f, space.Height)));

    public override void Draw(RenderContext context, SKRect area, Space space) => _done = true;

    public override void Reset() => _done = false;
}

/// <summary>Ends the page; at the top of a page it does nothing, so it never makes an empty page.</summary>
internal sealed class PageBreakElement : Element
{
    private bool _done;

    public override bool AtStart => !_done;

    public override SpacePlan Measure(Space space) =>
        _done || space.AtPageTop ? SpacePlan.Full(0f, 0f) : SpacePlan.Partial(0f, 0f);

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        if (!_done && !space.AtPageTop)
        {
            context.BrokenPages.Add(context.PageNumber);
        }

        _done = true;
    }

    public override void Reset() => _done = false;
}

/// <summary>A thin rule across the width, with space above and below.</summary>
internal sealed class RuleElement(SKColor color) : Element
{
    private const float Height = 12f;
    private bool _done;

    public override bool AtStart => !_done;

    public override SpacePlan Measure(Space space) =>
        _done ? SpacePlan.Full(0f, 0f) : space.Height >= Height || space.AtPageTop ? SpacePlan.Full(space.Width, Height) : SpacePlan.Wrap();

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        if (context.Canvas is { } canvas)
        {
            using var paint = new SKPaint { Color = color, StrokeWidth = 0.75f, IsAntialias = true, Style = SKPaintStyle.Stroke };
            var y = area.Top + (Height / 2f);
            canvas.DrawLine(area.Left, y, area.Right, y, paint);
        }

        _done = true;
    }

    public override void Reset() => _done = false;
}

/// <summary>
/// Content of fixed aspect drawn whole (images, charts): scaled down to the width offered and to the page height,
/// moved to the next page when it does not fit.
/// </summary>
internal abstract class AtomicElement : Element
{
    private bool _done;

    protected AtomicElement(float width, float height)
    {
        NaturalWidth = width;
        NaturalHeight = height;
    }

    protected float NaturalWidth { get; }

    protected float NaturalHeight { get; }

    public override bool AtStart => !_done;

    public override SpacePlan Measure(Space space)
    {
        if (_done)
        {
            return SpacePlan.Full(0f, 0f);
        }

        var (width, height) = Fit(space);
        return height <= space.Height + 0.01f || space.AtPageTop ? SpacePlan.Full(width, height) : SpacePlan.Wrap();
    }

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        var (width, height) = Fit(space);
        if (context.Canvas is { } canvas)
        {
            DrawContent(context, canvas, new SKRect(area.Left, area.Top, area.Left + width, area.Top + height));
        }

        _done = true;
    }

    public override void Reset() => _done = false;

    public override (float Min, float Max) ContentWidths() => (Math.Min(NaturalWidth, 36f), NaturalWidth);

    protected abstract void DrawContent(RenderContext context, SKCanvas canvas, SKRect rect);

    private (float Width, float Height) Fit(Space space)
    {
        var scale = 1f;
        if (NaturalWidth > space.Width && NaturalWidth > 0f)
        {
            scale = space.Width / NaturalWidth;
        }

        if (NaturalHeight * scale > space.PageHeight && NaturalHeight > 0f)
        {
            scale = space.PageHeight / NaturalHeight;
        }

        return (NaturalWidth * scale, NaturalHeight * scale);
    }
}

/// <summary>A decoded PNG or JPEG image.</summary>
internal sealed class ImageElement(SKImage image, float width) : AtomicElement(width, width * image.Height / Math.Max(1, image.Width))
{
    protected override void DrawContent(RenderContext context, SKCanvas canvas, SKRect rect)
    {
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }
}
