using System.Globalization;
using System.IO.Compression;
using CapitalHealthReport.Limits;
using ExcelDataReader;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Rows of one sheet of an XLSX workbook (ExcelDataReader), cells as invariant text: dates as <c>yyyy-MM-dd</c>,
/// numbers in full. Work is bounded by the limits: the shared-strings table, which the workbook reader holds in
/// memory, may unpack to at most 16 times the file's size plus 64 MB; every sheet row, empty ones too, counts
/// toward the row limit; and a cell over the field length is refused. An error value (<c>#DIV/0!</c>) is read as the
/// text Excel shows, as its CSV export writes it; a formula with no saved value is refused at its cell, since its value
/// cannot be known.
/// </summary>
internal sealed class XlsxRowReader : IRowReader
{
    /// <summary>Columns a sheet may claim before its cells are measured: deals sheets have tens.</summary>
    private const int WideSheet = 256;

    /// <summary>Rows a sheet may claim per byte of its file before its cells are measured: a stored row takes several bytes even compressed.</summary>
    private const long RowsPerFileByte = 16;

    /// <summary>
    /// Sheet rows looked at for values past the column limit before the workbook reader opens the sheet, which it reads
    /// whole to measure: the header and the rows above it.
    /// </summary>
    private const int HeadRows = 64;

    /// <summary>The first number format id a workbook defines itself; those below are built in.</summary>
    private const int FirstCustomFormat = 164;

    private readonly MemoryStream _stream;
    private readonly IExcelDataReader _excel;
    private readonly string _file;
    private readonly ResourceLimits _limits;
    private readonly string[] _columns;
    private readonly WorkbookParts _parts;
    private string[] _cells = [];
    private bool[] _numbers = [];

    // The columns read and the last row that holds a value: the sheet's own, or, when it claims far more than the file
    // can hold (its dimension counts formatted empty cells), what its cells hold (SheetExtent).
    private int _width;
    private int _lastRow = int.MaxValue;

    /// <summary>Opens <paramref name="sheet"/> (the first visible one when null) and reads the column names from its first row that holds a value, after <paramref name="skip"/> such rows above them (a title or a note).</summary>
    public XlsxRowReader(byte[] bytes, string file, string? sheet, ResourceLimits limits, int skip = 0)
    {
        _file = file;
        _limits = limits;
        if (NotAWorkbook(bytes, file) is { } refusal)
        {
            throw refusal;
        }

        if (!bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            throw new InputException("is not an XLSX workbook (it is not a ZIP archive).", file, hint: "If it is a CSV export, give it the .csv extension or set 'format: csv' in the mapping; otherwise save it again from Excel as .xlsx.");
        }

        TextDecoding.EnsureRegistered();
        _stream = new MemoryStream(bytes, writable: false);
        try
        {
            _parts = CheckParts(bytes.Length);
            RefuseWideHead(sheet);
            _excel = ExcelReaderFactory.CreateOpenXmlReader(_stream);
            _columns = SelectSheet(sheet, skip);
        }
        catch (Exception ex) when (ex is not InputException)
        {
            throw new InputException($"is not a readable XLSX workbook ({ex.Message}).", file, hint: "Save it again from Excel as .xlsx, or export it as CSV.");
        }
    }

    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The name of the sheet read.</summary>
    public string Sheet => _excel.Name;

    /// <summary>The names of the workbook's sheets, in order.</summary>
    public IReadOnlyList<string> Sheets => [.. _parts.Sheets.Select(static s => s.Name)];

    /// <summary>
    /// Why <paramref name="bytes"/> cannot be an XLSX workbook when they are an OLE compound file: a workbook encrypted
    /// with a password (Excel stores those in such a file) or an old binary <c>.xls</c> one; null otherwise.
    /// </summary>
    public static InputException? NotAWorkbook(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return null;
        }

        return bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
            ? new InputException("is a password-protected (encrypted) workbook: its cells cannot be read without the password.", file, hint: "Open it in Excel, clear the password (File > Info > Protect Workbook > Encrypt with Password) and save it as .xlsx, or export the sheet as CSV.")
            : new InputException("is an old binary Excel (.xls) workbook.", file, hint: "Save it as .xlsx or export it as CSV.");
    }

    public int HeaderLine { get; private set; }

    public IReadOnlyList<(int Line, string Text)> AboveHeader { get; private set; } = [];

    public int FieldCount => _cells.Length;

    public int Line { get; private set; }

    public int BlankRows { get; private set; }

    public string Format => "xlsx";

    public string Encoding => "";

    public string? Unreadable => null;

    public char? Delimiter => null;

    public ReadOnlySpan<char> this[int column] => (uint)column < (uint)_cells.Length ? _cells[column] : default;

    public bool HasTypedNumbers => true;

    /// <summary>Whether the cell is a number cell (not a date, not text).</summary>
    public bool IsTypedNumber(int column) => (uint)column < (uint)_numbers.Length && _numbers[column];

    /// <summary>
    /// The cell's custom number format; null for a built-in one (ids below 164), whose currency formats (5 to 8) show the
    /// currency of whatever computer opens the workbook.
    /// </summary>
    public string? NumberFormat(int column) =>
        (uint)column < (uint)_width && _excel.GetNumberFormatIndex(column) >= FirstCustomFormat ? _excel.GetNumberFormatString(column) : null;

    public bool Read()
    {
        try
        {
            while (NextRow())
            {
                if (_cells.Any(c => c.Length > 0))
                {
                    return true;
                }

                BlankRows++;
            }

            return false;
        }
        catch (Exception ex) when (ex is not InputException)
        {
            throw Broken(ex);
        }
    }

    /// <summary>
    /// Refuses a shared-strings table that unpacks to more than the budget (a small file that would cost gigabytes), and
    /// reads the sheet list.
    /// </summary>
    private WorkbookParts CheckParts(long fileBytes)
    {
        var budget = Math.Min(ResourceLimits.FileBytesCeiling, (16 * fileBytes) + (64L << 20));
        using var zip = new ZipArchive(_stream, ZipArchiveMode.Read, leaveOpen: true);
        var parts = WorkbookParts.Read(zip);
        var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, "xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase));
        if (entry is not null)
        {
            using var content = entry.Open();
            var buffer = new byte[1 << 16];
            long total = 0;
            for (var n = content.Read(buffer); n > 0; n = content.Read(buffer))
            {
                total += n;
                if (total > budget)
                {
                    throw new LimitExceededException(
                        $"holds a shared-strings table that unpacks to more than {ByteSize.Format(budget)} (16 times the file plus 64 MB).",
                        _file,
                        null,
                        null,
                        "Save the workbook again from Excel, or export the sheet as CSV.");
                }
            }
        }

        _stream.Position = 0;
        return parts;
    }

    /// <summary>
    /// Sets the columns and rows read. A sheet that claims more columns than a deals sheet has, or more rows than its
    /// file could hold, is measured by the cells that hold a value: a stray formatted cell at XFD1048576 costs nothing,
    /// while values in more columns than the column limit are refused at the first of them.
    /// </summary>
    private void Bound()
    {
        _width = _excel.FieldCount;
        if (_width <= Math.Min(WideSheet, _limits.MaxColumns) && _excel.RowCount <= (RowsPerFileByte * _stream.Length) + 1024)
        {
            return;
        }

        var extent = Extent(_excel.Name, (long)_limits.MaxRows + 1);
        RefuseWide(_excel.Name, extent);
        _width = Math.Min(_width, extent.LastColumn);
        _lastRow = extent.LastRow;
    }

    /// <summary>
    /// Refuses the sheet to be read (<paramref name="sheet"/>, or the one <see cref="SelectSheet"/> chooses without a
    /// name) when its first rows, the header among them, hold values in more columns than the limit: the workbook reader
    /// would read the whole sheet to measure it before a row could be refused (a 16,384-column sheet of 17 MB takes
    /// seconds).
    /// </summary>
    private void RefuseWideHead(string? sheet)
    {
        var name = sheet is null
            ? _parts.Sheets.FirstOrDefault(static s => !s.Hidden).Name ?? (_parts.Sheets.Count > 0 ? _parts.Sheets[0].Name : null)
            : _parts.Sheets.FirstOrDefault(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase)).Name;
        if (name is not null)
        {
            RefuseWide(name, Extent(name, HeadRows));
        }
    }

    private SheetExtent Extent(string sheet, long lastRow)
    {
        SheetExtent extent;
        using (var zip = new ZipArchive(_stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            extent = _parts.Extent(zip, sheet, lastRow, _limits.MaxColumns);
        }

        _stream.Position = 0;
        return extent;
    }

    private void RefuseWide(string sheet, SheetExtent extent)
    {
        if (extent.FirstPastColumnLimit is var (row, column))
        {
            throw new LimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"sheet '{sheet}' holds values in more than {_limits.MaxColumns:N0} columns (cell {ColumnLetters.Of(column)}{row}; the last column holding one, up to that row, is {ColumnLetters.Of(extent.LastColumn)})."),
                _file,
                row,
                Settings.MaxColumns,
                SettingText.Of($"Delete the columns the deals do not need (or export the deals' columns as CSV), or raise the limit with {Settings.MaxColumns}."));
        }
    }

    /// <summary>Finds the error values and formulas with no saved value of the sheet read.</summary>
    private void ScanCells()
    {
        using (var zip = new ZipArchive(_stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            _parts.ScanCells(zip, _excel.Name, (long)_limits.MaxRows + 1);
        }

        _stream.Position = 0;
    }

    private string[] SelectSheet(string? sheet, int skip)
    {
        // Without a name, the first sheet a user of Excel sees: a hidden sheet (settings, lookups) is read only when named.
        var names = new List<string>();
        var hidden = _parts.Sheets.Where(static s => s.Hidden).Select(static s => s.Name).ToHashSet(StringComparer.Ordinal);
        var first = _parts.Sheets.FirstOrDefault(static s => !s.Hidden).Name;
        var wanted = sheet ?? (hidden.Count > 0 ? first : null);
        while (wanted is not null && !string.Equals(_excel.Name, wanted, StringComparison.OrdinalIgnoreCase))
        {
            names.Add(_excel.Name);
            if (!_excel.NextResult())
            {
                throw new InputException($"has no sheet named '{wanted}'. Sheets: {string.Join(", ", names)}.", _file, hint: SettingText.Of($"Pass one of those names with {Settings.Sheet}."));
            }
        }

        Bound();
        ScanCells();

        var above = new List<(int Line, string Text)>();
        while (NextRow())
        {
            if (_cells.Any(c => c.Length > 0))
            {
                if (above.Count < skip)
                {
                    above.Add((Line, string.Join(" ", _cells.Where(static c => c.Length > 0))));
                    continue;
                }

                AboveHeader = above;
                HeaderLine = Line;
                return [.. _cells.Select(c => ByteOrderMarks.Remove(c).Trim())];
            }
        }

        var others = _parts.Sheets.Select(static s => s.Name).Where(n => n != _excel.Name).ToList();
        throw new InputException(
            $"sheet '{_excel.Name}' is empty.",
            _file,
            hint: others.Count == 0 ? "Export the deals again with their rows." : SettingText.Of($"Choose the sheet with the deals with {Settings.Sheet} (the workbook's other sheets: {string.Join(", ", others)})."));
    }

    /// <summary>The next sheet row, empty or not, up to the last that holds a value; each counts toward the row limit.</summary>
    private bool NextRow()
    {
        if (Line >= _lastRow || !_excel.Read())
        {
            return false;
        }

        Line++;
        _limits.CheckRows(Line - 1, _file, Line);
        _cells = new string[_width];
        if (_numbers.Length != _cells.Length)
        {
            _numbers = new bool[_cells.Length];
        }

        for (var i = 0; i < _cells.Length; i++)
        {
            var value = _excel.GetValue(i);
            if (value is null && (_parts.Errors.Count > 0 || _parts.Uncalculated.Count > 0))
            {
                value = Unread(i + 1);
            }

            _numbers[i] = value is double;
            _cells[i] = Text(value);
            if (_cells[i].Length > _limits.MaxFieldLength)
            {
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"the cell in column {i + 1} of row {Line} is longer than {ByteSize.Format(_limits.MaxFieldLength)} ({_limits.MaxFieldLength:N0} characters)."),
                    _file,
                    Line,
                    i + 1,
                    SettingText.Of($"Deal fields are short; shorten the value, or raise the limit with {Settings.MaxFieldLength}."));
            }
        }

        return true;
    }

    /// <summary>An error value's text; a formula with no saved value is refused; null for an empty cell.</summary>
    private string? Unread(int column)
    {
        if (_parts.Errors.TryGetValue((Line, column), out var error))
        {
            return error;
        }

        if (_parts.Uncalculated.TryGetValue((Line, column), out var formula))
        {
            throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"the cell in column {column} of row {Line} holds a formula{(formula.Length > 0 ? $" (={formula})" : "")} with no saved value: the program that wrote the workbook did not calculate it, and its value cannot be known."),
                _file,
                Line,
                column,
                "Open the workbook in Excel or LibreOffice and save it, so that its formulas' values are saved with it, or export the sheet as CSV.");
        }

        return null;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when Math.Abs(d) < 7.9e27 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    private InputException Broken(Exception ex) =>
        new($"could not be read as an XLSX workbook ({ex.Message}).", _file, hint: "Save it again from Excel as .xlsx, or export it as CSV.");

    public void Dispose()
    {
        _excel?.Dispose();
        _stream.Dispose();
    }
}
