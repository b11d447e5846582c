using System.Globalization;
using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Output;
using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// One table-of-contents line: the heading text (indented by level, wrapping if long), a dotted leader and the
/// heading's page number from the previous layout pass, all of it a link to the heading.
/// </summary>
internal sealed class TocEntryElement : Element
{
    private const float NumberWidth = 32f;
    private const float IndentPerLevel = 14f;

    private readonly ParagraphElement _text;
    private readonly string _anchor;
    private readonly int _level;
    private readonly TextStyle _numberStyle;
    private readonly SKColor _leaderColor;
    private readonly Dictionary<string, TextBlock> _numbers = new(StringComparer.Ordinal);
    private bool _done;

    public TocEntryElement(ParagraphElement text, string anchor, int level, TextStyle numberStyle, SKColor leaderColor)
    {
        _text = text;
        _anchor = anchor;
        _level = level;
        _numberStyle = numberStyle;
        _leaderColor = leaderColor;
    }

    public override bool AtStart => !_done;

    private float Indent => (_level - 1) * IndentPerLevel;

    public override SpacePlan Measure(Space space)
    {
        if (_done)
        {
            return SpacePlan.Full(0f, 0f);
        }

        var height = Height(space.Width);
        return height <= space.Height + 0.01f || space.AtPageTop ? SpacePlan.Full(space.Width, height) : SpacePlan.Wrap();
    }

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        var textWidth = TextWidth(space.Width);
        var lines = _text.Lines(textWidth);
        var height = Height(space.Width);
        var page = context.PreviousPageOf(_anchor);
        var number = Number(context.Fonts, page is { } p ? p.ToString(CultureInfo.InvariantCulture) : string.Empty);
        if (context.Canvas is { } canvas && lines.Count > 0)
        {
            var left = area.Left + Indent;
            _text.Reset();
            _text.Draw(context, new SKRect(left, area.Top, left + textWidth, area.Top + height), new Space(textWidth, float.PositiveInfinity, true, float.PositiveInfinity));

            var last = lines[^1];
            var lastTop = area.Top + height - last.Height;
            var numberLines = number.BreakLines(NumberWidth);
            var numberLine = numberLines.Count > 0 ? numberLines[0] : null;
            numberLine?.Draw(canvas, area.Right - NumberWidth, lastTop, NumberWidth, TextAlignment.Right);

            var baseline = lastTop + ((last.Height - (last.Ascent + last.Descent)) / 2f) + last.Ascent;
            var from = left + last.Width + 4f;
            var to = area.Right - (numberLine?.Width ?? 0f) - 4f;
            using var dot = new SKPaint { Color = _leaderColor, IsAntialias = true, Style = SKPaintStyle.Fill };
            // Dots on a fixed grid from the left edge, so that leaders line up from entry to entry.
            const float Pitch = 3.5f;
            for (var x = area.Left + (MathF.Ceiling((from - area.Left) / Pitch) * Pitch); x <= to; x += Pitch)
            {
                canvas.DrawCircle(x, baseline - 0.6f, 0.55f, dot);
            }

            canvas.DrawLinkDestinationAnnotation(new SKRect(left, area.Top, area.Right, area.Top + height), DestinationNames.Of(_anchor));
        }

        _done = true;
    }

    public override void Reset()
    {
        _done = false;
        _text.Reset();
    }

    private float TextWidth(float width) => Math.Max(10f, width - Indent - NumberWidth - 8f);

    private float Height(float width) => _text.Lines(TextWidth(width)).Sum(line => line.Height);

    private TextBlock Number(FontSet fonts, string text)
    {
        if (!_numbers.TryGetValue(text, out var block))
        {
            block = fonts.Shape([new TextRun(text, _numberStyle)]);
            _numbers[text] = block;
        }

        return block;
    }
}
