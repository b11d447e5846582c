using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// A table that continues on the next page row by row, repeating its header rows on every page. A row moves
/// whole to the next page; only a row taller than a whole page is split, between lines of its cells. Breaks keep
/// rows together as <see cref="TableBreaks"/> says, and the table's note (its source line) stays on the page of
/// its last rows.
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

    /// <summary>Space below the table: before its note, or before what follows a table without one.</summary>
    public const float GapBelow = 10f;

    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly IReadOnlyList<Element[]> _header;
    private readonly IReadOnlyList<Element[]> _rows;
    private readonly TableColors _colors;
    private readonly Element? _note;
    private readonly ColumnContent[] _content;
    private float _cachedWidth = float.NaN;
    private float[] _cachedWidths = [];
    private int _row;
    private bool _noteDone;

    // The last plan, valid until this table's state changes (Draw or Reset): Measure and Draw of one page share it.
    private (Space Space, TablePlan Plan)? _memo;

    /// <param name="columns">Width rule and alignment of each column.</param>
    /// <param name="header">Header rows, repeated on every page.</param>
    /// <param name="rows">Body rows.</param>
    /// <param name="colors">Decorations.</param>
    /// <param name="note">Set under the last row, as wide as the table (its source line); null for none.</param>
    public TableElement(IReadOnlyList<TableColumn> columns, IReadOnlyList<Element[]> header, IReadOnlyList<Element[]> rows, TableColors colors, Element? note = null)
    {
        _columns = columns;
        _header = header;
        _rows = rows;
        _colors = colors;
        _note = note;
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

    public override bool AtStart =>
        _row == 0 && (_rows.Count == 0 || _rows[0].All(cell => cell.AtStart)) && !_noteDone && (_note?.AtStart ?? true);

    public override SpacePlan Measure(Space space)
    {
        var plan = Plan(space);
        return plan.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(space.Width, plan.Height),
            SpacePlanKind.PartialRender => SpacePlan.Partial(space.Width, plan.Height),
            _ => SpacePlan.Wrap(),
        };
    }

    /// <summary>
    /// The body rows this page would receive, first to last (a row split between pages counts on each), without placing
    /// them: the table's break decisions as the page sees them.
    /// </summary>
    public IReadOnlyList<int> RowsOnPage(Space space) =>
        Plan(space).Rows.Where(static p => !p.IsHeader).Select(static p => p.Index).ToArray();

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        var plan = Plan(space);
        var placements = plan.Rows;
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

        if (plan.Note is { } note && _note is not null)
        {
            var top = area.Top + note.Top;
            _note.Draw(context, new SKRect(area.Left, top, area.Right, top + note.Plan.Height), note.Space);
            _noteDone = note.Plan.IsFull;
        }

        _memo = null;
    }

    public override void Reset()
    {
        _memo = null;
        _row = 0;
        _noteDone = false;
        foreach (var cell in _header.Concat(_rows).SelectMany(row => row))
        {
            cell.Reset();
        }

        _note?.Reset();
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

    private TablePlan Plan(Space space)
    {
        if (_memo is { } memo && memo.Space == space)
        {
            return memo.Plan;
        }

        var plan = PlanFresh(space);
        _memo = (space, plan);
        return plan;
    }

    private TablePlan PlanFresh(Space space)
    {
        if (_row >= _rows.Count)
        {
            // Every row is placed (or there is none): what is left of the note, alone.
            return PlanNote([], 0f, space) ?? TablePlan.Wrap;
        }

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
        if (headerHeight > space.Height && !space.AtPageTop)
        {
            return TablePlan.Wrap;
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
                    return split.Complete && r == _rows.Count - 1
                        ? PlanNote(placements, y + split.Height, space) ?? new TablePlan(placements, null, SpacePlanKind.PartialRender)
                        : new TablePlan(placements, null, SpacePlanKind.PartialRender);
                }
            }

            return BreakAfter(placements, _header.Count, bodyRows, space);
        }

        // Every row fits: the note follows them here, or the last rows go on with it.
        return PlanNote(placements, y, space) ?? BreakAfter(placements, _header.Count, bodyRows, space);
    }

    // The page ends inside the body: keep the rows that TableBreaks allows before the break.
    private TablePlan BreakAfter(List<RowPlacement> placements, int headerRows, int fitted, Space space)
    {
        var tableStarts = _row == 0 && _rows[0].All(cell => cell.AtStart);
        var rows = TableBreaks.RowsBeforeBreak(fitted, _rows.Count - _row, tableStarts, space.AtPageTop);
        if (rows <= 0)
        {
            return TablePlan.Wrap;
        }

        placements.RemoveRange(headerRows + rows, placements.Count - headerRows - rows);
        if (_row + rows < _rows.Count)
        {
            return new TablePlan(placements, null, SpacePlanKind.PartialRender);
        }

        // Nothing smaller makes progress: all the rows, and as much of the note as fits (the rest on the next page).
        var last = placements[^1];
        var top = last.Top + last.Height + GapBelow;
        var noteSpace = space.WithHeight(space.Height - top, false);
        var partial = _note is null || noteSpace.Height < 0f ? SpacePlan.Wrap() : _note.Measure(noteSpace);
        return partial.IsWrap
            ? new TablePlan(placements, null, SpacePlanKind.PartialRender)
            : new TablePlan(placements, new NotePlacement(top, partial, noteSpace), SpacePlanKind.PartialRender);
    }

    // The note after the rows placed so far (ending at `bottom`): null when it does not fit whole. With no row
    // placed on this page, what is left of the note is placed as the note's own rules allow.
    private TablePlan? PlanNote(List<RowPlacement> placements, float bottom, Space space)
    {
        if (_note is null || _noteDone)
        {
            return new TablePlan(placements, null, SpacePlanKind.FullRender);
        }

        var rowsPlaced = placements.Any(static p => !p.IsHeader);
        var top = rowsPlaced ? bottom + GapBelow : 0f;
        var noteSpace = space.WithHeight(space.Height - top, space.AtPageTop && !rowsPlaced);
        var plan = noteSpace.Height < 0f ? SpacePlan.Wrap() : _note.Measure(noteSpace);
        if (plan.IsFull)
        {
            return new TablePlan(placements, new NotePlacement(top, plan, noteSpace), SpacePlanKind.FullRender);
        }

        if (rowsPlaced)
        {
            return null;
        }

        return plan.IsWrap ? null : new TablePlan(placements, new NotePlacement(top, plan, noteSpace), SpacePlanKind.PartialRender);
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

    private sealed record NotePlacement(float Top, SpacePlan Plan, Space Space);

    // What one page receives: rows (header rows first), the note when it goes here, and what is left after.
    private sealed record TablePlan(List<RowPlacement> Rows, NotePlacement? Note, SpacePlanKind Kind)
    {
        public static TablePlan Wrap => new([], null, SpacePlanKind.Wrap);

        public float Height =>
            Note is { } note ? note.Top + note.Plan.Height : Rows.Count == 0 ? 0f : Rows[^1].Top + Rows[^1].Height;
    }
}

/// <summary>Colours of a table's decorations.</summary>
internal sealed record TableColors(SKColor HeaderBackground, SKColor ZebraBackground, SKColor Rule, bool Zebra);
