using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// A table that continues on the next page row by row, repeating its header rows on every page. A row moves
/// whole to the next page; only a row taller than a whole page is split, between lines of its cells.
/// </summary>
internal sealed class TableElement : Element
{
    public const float CellPaddingX = 4f;
    public const float CellPaddingY = 3f;

    /// <summary>
    /// A body cell at most this wide (points, before padding) is not wrapped while the table has room, and a word at
    /// most this wide is not broken; a wider word is a long token, which gives way first.
    /// </summary>
    private const float ShortCell = 80f;

    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly IReadOnlyList<Element[]> _header;
    private readonly IReadOnlyList<Element[]> _rows;
    private readonly TableColors _colors;
    private readonly ColumnContent[] _content;
    private float _cachedWidth = float.NaN;
    private float[] _cachedWidths = [];
    private int _row;

    // The last plan, valid until this table's state changes (Draw or Reset): Measure and Draw of one page share it.
    private (Space Space, List<RowPlacement> Placements, SpacePlanKind Kind)? _memo;

    public TableElement(IReadOnlyList<TableColumn> columns, IReadOnlyList<Element[]> header, IReadOnlyList<Element[]> rows, TableColors colors)
    {
        _columns = columns;
        _header = header;
        _rows = rows;
        _colors = colors;
        _content = new ColumnContent[columns.Count];
        foreach (var row in header.Concat(rows))
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var (word, max) = row[c].ContentWidths();

                // Figures (a right-aligned column: "750 M USD", "3.9%") and short labels ("Series C") keep to one line
                // while the table has room, and longer text wraps instead; a header may still wrap.
                var oneLine = (columns[c].Alignment == TextAlignment.Right || max <= ShortCell) && !header.Contains(row) ? max : word;
                var known = _content[c];
                _content[c] = new ColumnContent(
                    Math.Max(known.Word, word + (2 * CellPaddingX)),
                    word <= ShortCell ? Math.Max(known.ShortWord, word + (2 * CellPaddingX)) : known.ShortWord,
                    Math.Max(known.OneLine, oneLine + (2 * CellPaddingX)),
                    Math.Max(known.Max, max + (2 * CellPaddingX)));
            }
        }
    }

    public override bool AtStart => _row == 0 && (_rows.Count == 0 || _rows[0].All(cell => cell.AtStart));

    public override SpacePlan Measure(Space space)
    {
        var (placements, kind) = Plan(space);
        var height = placements.Count == 0 ? 0f : placements[^1].Top + placements[^1].Height;
        return kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(space.Width, height),
            SpacePlanKind.PartialRender => SpacePlan.Partial(space.Width, height),
            _ => SpacePlan.Wrap(),
        };
    }

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        var (placements, _) = Plan(space);
        var widths = ColumnWidths(space.Width);
        var canvas = context.Canvas;
        using var fill = new SKPaint { Style = SKPaintStyle.Fill };
        using var line = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, Color = _colors.Rule, IsAntialias = true };
        foreach (var placement in placements)
        {
            var top = area.Top + placement.Top;
            var rowRect = new SKRect(area.Left, top, area.Left + widths.Sum(), top + placement.Height);
            if (canvas is not null)
            {
                SKColor? background = placement.IsHeader ? _colors.HeaderBackground : (_colors.Zebra && placement.Index % 2 == 1 ? _colors.ZebraBackground : null);
                if (background is { } color)
                {
                    fill.Color = color;
                    canvas.DrawRect(rowRect, fill);
                }
            }

            var cells = placement.IsHeader ? _header[placement.Index] : _rows[placement.Index];
            var x = area.Left;
            for (var c = 0; c < cells.Length; c++)
            {
                var cellSpace = placement.CellSpaces[c];
                var cellRect = new SKRect(x + CellPaddingX, top + CellPaddingY, x + widths[c] - CellPaddingX, top + placement.Height - CellPaddingY);
                cells[c].Draw(context, cellRect, cellSpace);
                x += widths[c];
            }

            if (canvas is not null)
            {
                line.StrokeWidth = placement.IsHeader ? 0.9f : 0.4f;
                canvas.DrawLine(rowRect.Left, rowRect.Bottom, rowRect.Right, rowRect.Bottom, line);
            }

            if (placement.IsHeader)
            {
                foreach (var cell in cells)
                {
                    cell.Reset();
                }
            }
            else if (placement.Complete)
            {
                _row = placement.Index + 1;
            }
        }

        _memo = null;
    }

    public override void Reset()
    {
        _memo = null;
        _row = 0;
        foreach (var cell in _header.Concat(_rows).SelectMany(row => row))
        {
            cell.Reset();
        }
    }

    public override (float Min, float Max) ContentWidths() => (_content.Sum(w => w.OneLine), _content.Sum(w => w.Max));

    /// <summary>Column widths for a table width (<see cref="TableColumnWidths"/>).</summary>
    public float[] ColumnWidths(float width)
    {
        if (width != _cachedWidth)
        {
            _cachedWidths = TableColumnWidths.Compute(_columns, _content, width);
            _cachedWidth = width;
        }

        return _cachedWidths;
    }

    private (List<RowPlacement> Placements, SpacePlanKind Kind) Plan(Space space)
    {
        if (_memo is { } memo && memo.Space == space)
        {
            return (memo.Placements, memo.Kind);
        }

        var (placements, kind) = PlanFresh(space);
        _memo = (space, placements, kind);
        return (placements, kind);
    }

    private (List<RowPlacement> Placements, SpacePlanKind Kind) PlanFresh(Space space)
    {
        var widths = ColumnWidths(space.Width);
        var placements = new List<RowPlacement>();
        var y = 0f;
        for (var h = 0; h < _header.Count; h++)
        {
            var (complete, height, spaces) = MeasureRow(_header[h], widths, float.PositiveInfinity, false, space.PageHeight, allowSplit: false);
            placements.Add(new RowPlacement(true, h, y, height, complete, spaces));
            y += height;
        }

        var headerHeight = y;
        if (_row >= _rows.Count)
        {
            return ([], SpacePlanKind.FullRender);
        }

        if (headerHeight > space.Height && !space.AtPageTop)
        {
            return ([], SpacePlanKind.Wrap);
        }

        var bodyRows = 0;
        for (var r = _row; r < _rows.Count; r++)
        {
            var available = space.Height - y;
            var atTop = space.AtPageTop && bodyRows == 0;
            var (complete, height, spaces) = MeasureRow(_rows[r], widths, available, atTop, space.PageHeight, allowSplit: false);
            if (complete)
            {
                placements.Add(new RowPlacement(false, r, y, height, true, spaces));
                y += height;
                bodyRows++;
                continue;
            }

            var started = !_rows[r].All(cell => cell.AtStart);
            var pageRoom = space.PageHeight - headerHeight;
            var fitsOnAPage = MeasureRow(_rows[r], widths, pageRoom, true, space.PageHeight, allowSplit: false).Complete;
            if (bodyRows == 0 && (started || !fitsOnAPage || atTop))
            {
                // Split between lines: the row is taller than a page (or already split).
                var split = MeasureRow(_rows[r], widths, available, atTop, space.PageHeight, allowSplit: true);
                if (split.Height > 2 * CellPaddingY || split.Complete)
                {
                    placements.Add(new RowPlacement(false, r, y, split.Height, split.Complete, split.Spaces));
                    return (placements, split.Complete && r == _rows.Count - 1 ? SpacePlanKind.FullRender : SpacePlanKind.PartialRender);
                }
            }

            return bodyRows == 0 ? ([], SpacePlanKind.Wrap) : (placements, SpacePlanKind.PartialRender);
        }

        return (placements, SpacePlanKind.FullRender);
    }

    // Measures one row. Without splitting, the row is complete only if every cell fits whole; with splitting,
    // each cell places what fits and the row is complete when every cell finishes.
    private static (bool Complete, float Height, Space[] Spaces) MeasureRow(Element[] cells, float[] widths, float available, bool atTop, float pageHeight, bool allowSplit)
    {
        var spaces = new Space[cells.Length];
        var complete = true;
        var height = 0f;
        for (var c = 0; c < cells.Length; c++)
        {
            var space = new Space(Math.Max(0f, widths[c] - (2 * CellPaddingX)), available - (2 * CellPaddingY), atTop, pageHeight - (2 * CellPaddingY));
            spaces[c] = space;
            var plan = space.Height < 0f ? SpacePlan.Wrap() : cells[c].Measure(space);
            if (!plan.IsFull)
            {
                complete = false;
                if (!allowSplit)
                {
                    return (false, 0f, spaces);
                }
            }

            height = Math.Max(height, plan.Height);
        }

        return (complete, height + (2 * CellPaddingY), spaces);
    }

    private sealed record RowPlacement(bool IsHeader, int Index, float Top, float Height, bool Complete, Space[] CellSpaces);
}

/// <summary>Colours of a table's decorations.</summary>
internal sealed record TableColors(SKColor HeaderBackground, SKColor ZebraBackground, SKColor Rule, bool Zebra);
