using System.Globalization;
using System.IO.Compression;
using CapitalHealthReport.Limits;
using ExcelDataReader;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Rows of one sheet of an XLSX workbook (ExcelDataReader), cells as invariant text: dates as <c>yyyy-MM-dd</c>,
/// numbers in full. Work is bounded by the limits: the shared-strings table, which the workbook reader holds in
/// memory, may unpack to at most 16 times the file's size plus 64 MB; every sheet row, empty ones too, counts
/// toward the row limit; and a cell over the field length is refused.
/// </summary>
internal sealed class XlsxRowReader : IRowReader
{
    private readonly MemoryStream _stream;
    private readonly IExcelDataReader _excel;
    private readonly string _file;
    private readonly ResourceLimits _limits;
    private readonly string[] _columns;
    private string[] _cells = [];
    private bool[] _numbers = [];

    /// <summary>Opens <paramref name="sheet"/> (the first when null) and reads the column names from its first row that holds a value, after <paramref name="skip"/> such rows above them (a title or a note).</summary>
    public XlsxRowReader(byte[] bytes, string file, string? sheet, ResourceLimits limits, int skip = 0)
    {
        _file = file;
        _limits = limits;
        if (!bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            throw new InputException("is not an XLSX workbook (it is not a ZIP archive).", file, hint: "If it is a CSV export, give it the .csv extension or set 'format: csv' in the mapping; otherwise save it again from Excel as .xlsx.");
        }

        TextDecoding.EnsureRegistered();
        _stream = new MemoryStream(bytes, writable: false);
        try
        {
            CheckSharedStrings(bytes.Length);
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

    /// <summary>Refuses a shared-strings table that unpacks to more than the budget (a small file that would cost gigabytes).</summary>
    private void CheckSharedStrings(long fileBytes)
    {
        var budget = Math.Min(ResourceLimits.FileBytesCeiling, (16 * fileBytes) + (64L << 20));
        using var zip = new ZipArchive(_stream, ZipArchiveMode.Read, leaveOpen: true);
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
    }

    private string[] SelectSheet(string? sheet, int skip)
    {
        var names = new List<string>();
        while (sheet is not null && !string.Equals(_excel.Name, sheet, StringComparison.OrdinalIgnoreCase))
        {
            names.Add(_excel.Name);
            if (!_excel.NextResult())
            {
                throw new InputException($"has no sheet named '{sheet}'. Sheets: {string.Join(", ", names)}.", _file, hint: "Pass one of those names with --sheet.");
            }
        }

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

        throw new InputException($"sheet '{_excel.Name}' is empty.", _file, hint: "Choose the sheet with the deals with --sheet.");
    }

    /// <summary>The next sheet row, empty or not; each counts toward the row limit.</summary>
    private bool NextRow()
    {
        if (!_excel.Read())
        {
            return false;
        }

        Line++;
        _limits.CheckRows(Line - 1, _file, Line);
        _cells = new string[_excel.FieldCount];
        if (_numbers.Length != _cells.Length)
        {
            _numbers = new bool[_cells.Length];
        }

        for (var i = 0; i < _cells.Length; i++)
        {
            var value = _excel.GetValue(i);
            _numbers[i] = value is double;
            _cells[i] = Text(value);
            if (_cells[i].Length > _limits.MaxFieldLength)
            {
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"the cell in column {i + 1} of row {Line} is longer than {ByteSize.Format(_limits.MaxFieldLength)} ({_limits.MaxFieldLength:N0} characters)."),
                    _file,
                    Line,
                    i + 1,
                    "Deal fields are short; shorten the value, or raise the limit with --max-field-length.");
            }
        }

        return true;
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
