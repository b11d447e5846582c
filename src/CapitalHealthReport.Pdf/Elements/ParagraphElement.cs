using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Output;
using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// A shaped paragraph that continues on the next page line by line, with widow and orphan control: a break leaves
/// at least <see cref="MinLinesAtBreak"/> lines on each side (relaxed only at the top of a page).
/// </summary>
internal sealed class ParagraphElement : Element
{
    public const int MinLinesAtBreak = 2;

    private readonly TextBlock _text;
    private readonly TextAlignment _alignment;
    private float _cachedWidth = float.NaN;
    private IReadOnlyList<TextLine> _cachedLines = [];
    private int _line;

    public ParagraphElement(TextBlock text, TextAlignment alignment)
    {
        _text = text;
        _alignment = alignment;
    }

    /// <summary>Set for headings: registered with the pass and marked as a named destination.</summary>
    public HeadingTarget? Heading { get; init; }

    public string Text => _text.Text;

    public override bool AtStart => _line == 0;

    public override SpacePlan Measure(Space space)
    {
        var (count, height) = Fit(space);
        var remaining = Lines(space.Width).Count - _line;
        if (count == 0)
        {
            return remaining == 0 ? SpacePlan.Full(space.Width, 0f) : SpacePlan.Wrap();
        }

        return count == remaining ? SpacePlan.Full(space.Width, height) : SpacePlan.Partial(space.Width, height);
    }

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        var lines = Lines(space.Width);
        var (count, _) = Fit(space);
        if (Heading is { } heading && _line == 0)
        {
            context.AddHeading(new PlacedHeading(heading.Level, _text.Text, heading.Anchor, context.PageNumber));
            if (heading.Level == 1 && space.AtPageTop)
            {
                context.ChapterStartPages.Add(context.PageNumber);
            }

            context.Canvas?.DrawNamedDestinationAnnotation(new SKPoint(area.Left, area.Top), DestinationNames.Of(heading.Anchor));
        }

        var y = area.Top;
        for (var i = _line; i < _line + count; i++)
        {
            var line = lines[i];
            if (context.Canvas is { } canvas)
            {
                line.Draw(canvas, area.Left, y, area.Width, _alignment);
            }

            y += line.Height;
        }

        _line += count;
    }

    public override void Reset() => _line = 0;

    public override (float Min, float Max) ContentWidths() => (_text.MinContentWidth, _text.MaxContentWidth);

    /// <summary>Lines of the paragraph broken at a width (cached for the last width asked).</summary>
    public IReadOnlyList<TextLine> Lines(float width)
    {
        if (width != _cachedWidth)
        {
            _cachedLines = _text.BreakLines(width);
            _cachedWidth = width;
        }

        return _cachedLines;
    }

    // How many of the remaining lines go on this page, and their height.
    private (int Count, float Height) Fit(Space space)
    {
        var lines = Lines(space.Width);
        var remaining = lines.Count - _line;
        var fit = 0;
        var height = 0f;
        while (fit < remaining && height + lines[_line + fit].Height <= space.Height + 0.01f)
        {
            height += lines[_line + fit].Height;
            fit++;
        }

        if (fit < remaining)
        {
            var allowed = fit;
            if (remaining - allowed < MinLinesAtBreak)
            {
                allowed = remaining - MinLinesAtBreak;
            }

            if (_line == 0 && allowed < MinLinesAtBreak)
            {
                allowed = 0;
            }

            if (allowed <= 0 && space.AtPageTop)
            {
                // Nothing placed above: the page must make progress even if the rules cannot be kept.
                allowed = Math.Max(1, fit);
            }

            fit = Math.Max(0, allowed);
            height = 0f;
            for (var i = 0; i < fit; i++)
            {
                height += lines[_line + i].Height;
            }
        }

        return (fit, height);
    }
}

/// <summary>What makes a paragraph a heading: its level and anchor.</summary>
internal sealed record HeadingTarget(int Level, string Anchor);
