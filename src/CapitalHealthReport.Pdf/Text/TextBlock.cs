namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// A shaped paragraph: measures itself (<see cref="MinContentWidth"/>, <see cref="MaxContentWidth"/>) and breaks into
/// lines for any width. Line breaks fall after spaces, after hyphens in words, between ideographs and between Chinese and
/// Latin text, never before closing or after opening punctuation (kinsoku); a word wider than the line is broken between
/// graphemes. Trailing spaces hang: they never count toward a line's width.
/// </summary>
public sealed class TextBlock
{
    private const float Epsilon = 0.01f;

    private readonly float _minContentWidth;
    private readonly float _maxContentWidth;

    // The lines of the last width asked: blocks are shared between identical table cells, and lines are immutable.
    private (float Width, IReadOnlyList<TextLine> Lines)? _lastBreak;

    internal TextBlock(FontSet fonts, string text, IReadOnlyList<TextRun> runs, ShapedSegment[] segments, TextUnit[] units)
    {
        Fonts = fonts;
        Text = text;
        Runs = runs;
        Segments = segments;
        Units = units;
        (_minContentWidth, _maxContentWidth) = MeasureContent();
    }

    /// <summary>The paragraph's text (all runs concatenated).</summary>
    public string Text { get; }

    /// <summary>Width of the widest piece that cannot be broken (a long word, an ideograph with its punctuation): the narrowest useful column.</summary>
    public float MinContentWidth => _minContentWidth;

    /// <summary>Width of the widest line when nothing wraps (only hard line breaks).</summary>
    public float MaxContentWidth => _maxContentWidth;

    internal FontSet Fonts { get; }

    internal IReadOnlyList<TextRun> Runs { get; }

    internal ShapedSegment[] Segments { get; }

    internal TextUnit[] Units { get; }

    /// <summary>
    /// Breaks the paragraph into lines no wider than <paramref name="maxWidth"/> (greedy, first fit). A line is wider only
    /// when a single grapheme is. Always returns at least one line (an empty paragraph gives one empty line).
    /// </summary>
    public IReadOnlyList<TextLine> BreakLines(float maxWidth)
    {
        if (float.IsNaN(maxWidth))
        {
            throw new ArgumentOutOfRangeException(nameof(maxWidth), "The line width is not a number.");
        }

        if (_lastBreak is { } last && last.Width == maxWidth)
        {
            return last.Lines;
        }

        var lines = Array.AsReadOnly(BreakLinesFresh(maxWidth));
        _lastBreak = (maxWidth, lines);
        return lines;
    }

    private TextLine[] BreakLinesFresh(float maxWidth)
    {
        var lines = new List<TextLine>();
        var units = Units;
        var lineStart = 0;
        while (true)
        {
            var width = 0f; // everything so far, including trailing spaces
            var lastBreak = -1;
            var end = -1;
            var hardBreak = false;
            for (var j = lineStart; j < units.Length; j++)
            {
                var unit = units[j];
                if (unit.IsNewline)
                {
                    end = j;
                    hardBreak = true;
                    break;
                }

                if (j > lineStart && unit.BreakBefore)
                {
                    lastBreak = j;
                }

                if (!unit.IsSpace && j > lineStart && width + unit.Advance > maxWidth + Epsilon)
                {
                    end = lastBreak > lineStart ? lastBreak : EmergencyBreak(lineStart, j);
                    break;
                }

                width += unit.Advance;
            }

            if (end < 0)
            {
                lines.Add(new TextLine(this, lineStart, units.Length, endsParagraph: true));
                return [.. lines];
            }

            lines.Add(new TextLine(this, lineStart, end, endsParagraph: hardBreak));
            lineStart = hardBreak ? end + 1 : end;
        }
    }

    /// <summary>
    /// Where to break a piece with no break opportunity that overflows at unit <paramref name="overflow"/>: between
    /// graphemes, but not before closing or after opening punctuation when an earlier grapheme boundary exists.
    /// </summary>
    private int EmergencyBreak(int lineStart, int overflow)
    {
        var end = overflow;
        while (end > lineStart + 1 && (Units[end].AvoidAtLineStart || Units[end - 1].AvoidAtLineEnd))
        {
            end--;
        }

        return end > lineStart + 1 || !(Units[end].AvoidAtLineStart || Units[end - 1].AvoidAtLineEnd) ? end : overflow;
    }

    /// <summary>Width of units [start, end) without trailing spaces and line breaks.</summary>
    internal float Width(int start, int end)
    {
        var last = end;
        while (last > start && (Units[last - 1].IsSpace || Units[last - 1].IsNewline))
        {
            last--;
        }

        var width = 0f;
        for (var i = start; i < last; i++)
        {
            width += Units[i].Advance;
        }

        return width;
    }

    private (float Min, float Max) MeasureContent()
    {
        float min = 0f, max = 0f, piece = 0f, pieceSpaces = 0f, line = 0f, lineSpaces = 0f;
        foreach (var unit in Units)
        {
            if (unit.IsNewline)
            {
                min = Math.Max(min, piece);
                max = Math.Max(max, line);
                piece = pieceSpaces = line = lineSpaces = 0f;
                continue;
            }

            if (unit.BreakBefore)
            {
                min = Math.Max(min, piece);
                piece = pieceSpaces = 0f;
            }

            if (unit.IsSpace)
            {
                pieceSpaces += unit.Advance;
                lineSpaces += unit.Advance;
            }
            else
            {
                piece += pieceSpaces + unit.Advance;
                line += lineSpaces + unit.Advance;
                pieceSpaces = lineSpaces = 0f;
            }
        }

        return (Math.Max(min, piece), Math.Max(max, line));
    }
}
