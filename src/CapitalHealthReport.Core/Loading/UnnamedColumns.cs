using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Values in the columns right of the last one the header names (a note typed beside the table, a column whose name
/// was deleted): they belong to no field and are not read, which is said once for the file, naming the columns (by
/// their letters in a workbook) and where the first value stands, as a row with more fields than the header is.
/// </summary>
internal sealed class UnnamedColumns
{
    /// <summary>Columns named in the warning before the rest are counted.</summary>
    private const int Shown = 5;

    private readonly int[] _columns;
    private readonly int[] _firstLine;
    private readonly bool _sheet;
    private readonly int _headerLine;
    private int _unseen;

    /// <param name="columns">The column names.</param>
    /// <param name="sheet">Whether the file is a workbook, whose columns have letters.</param>
    /// <param name="headerLine">The line (or sheet row) of the column names.</param>
    public UnnamedColumns(IReadOnlyList<string> columns, bool sheet, int headerLine)
    {
        var lastNamed = -1;
        for (var i = 0; i < columns.Count; i++)
        {
            lastNamed = columns[i].Length > 0 ? i : lastNamed;
        }

        _columns = [.. Enumerable.Range(lastNamed + 1, columns.Count - lastNamed - 1)];
        _firstLine = new int[_columns.Length];
        _unseen = _columns.Length;
        _sheet = sheet;
        _headerLine = headerLine;
    }

    /// <summary>Notes the unnamed columns of <paramref name="row"/>'s current row that hold a value.</summary>
    public void See(IRowReader row)
    {
        if (_unseen == 0)
        {
            return;
        }

        for (var k = 0; k < _columns.Length; k++)
        {
            if (_firstLine[k] == 0 && !row[_columns[k]].IsWhiteSpace())
            {
                _firstLine[k] = row.Line;
                _unseen--;
            }
        }
    }

    /// <summary>Warns once when an unnamed column held a value.</summary>
    public void Report(IssueLog issues)
    {
        var held = Enumerable.Range(0, _columns.Length).Where(k => _firstLine[k] > 0).ToList();
        if (held.Count == 0)
        {
            return;
        }

        var first = held.MinBy(k => (_firstLine[k], _columns[k]));
        var names = held.Take(Shown).Select(k => Name(_columns[k])).ToList();
        var list = held.Count > Shown
            ? string.Join(", ", names) + string.Create(CultureInfo.InvariantCulture, $" and {held.Count - Shown:N0} more")
            : names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
        var where = _sheet ? "row" : "line";
        var at = _sheet ? string.Create(CultureInfo.InvariantCulture, $"{ColumnLetters.Of(_columns[first] + 1)}{_firstLine[first]}") : string.Create(CultureInfo.InvariantCulture, $"{where} {_firstLine[first]}, field {_columns[first] + 1}");
        var subject = held.Count == 1 ? $"{(_sheet ? "column" : "field")} {list} has no name in the header ({where} {_headerLine.ToString(CultureInfo.InvariantCulture)}) but holds values" : $"{(_sheet ? "columns" : "fields")} {list} have no name in the header ({where} {_headerLine.ToString(CultureInfo.InvariantCulture)}) but hold values";
        issues.Warn(
            DataIssueCodes.ExtraFields,
            _firstLine[first],
            null,
            $"{subject}, the first at {at}; they are not read. Name the column in the header if it holds a deal field, or clear the cells.");
    }

    private string Name(int column) => _sheet ? ColumnLetters.Of(column + 1) : (column + 1).ToString(CultureInfo.InvariantCulture);
}
