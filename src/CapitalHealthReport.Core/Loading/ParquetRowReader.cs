using System.Globalization;
using CapitalHealthReport.Limits;
using Parquet;
using Parquet.Schema;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Rows of a Parquet file (Parquet.Net), one row group at a time, cells as invariant text: dates as <c>yyyy-MM-dd</c>,
/// numbers in full, nulls empty. Lines are numbered as in a CSV export of the file (the column names on line 1, the
/// first row on line 2), so every message points at a row. The row count in the file's footer is checked against the
/// row limit before any row is read, and a text cell over the field length is refused. Columns that hold lists or
/// nested groups are refused: deals are flat rows.
/// </summary>
internal sealed class ParquetRowReader : IRowReader
{
    private readonly MemoryStream _stream;
    private readonly ParquetReader _parquet;
    private readonly DataField[] _fields;
    private readonly string _file;
    private readonly ResourceLimits _limits;
    private readonly string[] _columns;
    private string?[][] _group = [];
    private int _groupIndex = -1;
    private int _rowInGroup;
    private int _groupRows;
    private int _row;

    public ParquetRowReader(byte[] bytes, string file, ResourceLimits limits)
    {
        _file = file;
        _limits = limits;
        ReadOnlySpan<byte> magic = "PAR1"u8;
        if (bytes.Length < 12 || !bytes.AsSpan().StartsWith(magic) || !bytes.AsSpan().EndsWith(magic))
        {
            throw new InputException("is not a Parquet file (it does not start and end with 'PAR1').", file, hint: "If it is a CSV export, give it the .csv extension or set 'format: csv' in the mapping; otherwise write it again as Parquet.");
        }

        _stream = new MemoryStream(bytes, writable: false);
        try
        {
            _parquet = ParquetReader.CreateAsync(_stream).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not InputException)
        {
            _stream.Dispose();
            throw Broken(ex);
        }

        _fields = [.. _parquet.Schema.DataFields];
        var nested = _parquet.Schema.Fields.FirstOrDefault(static f => f is not DataField) ?? (Field?)_fields.FirstOrDefault(static f => f.IsArray);
        if (nested is not null)
        {
            Dispose();
            throw new InputException($"column '{nested.Name}' holds lists or nested groups; deals are flat rows.", file, 1, null, "Write that column as text (for example investors joined with ';'), or leave it out of the file.");
        }

        _columns = [.. _fields.Select(static f => f.Name.Trim())];
        if ((_parquet.Metadata?.NumRows ?? 0) > _limits.MaxRows)
        {
            Dispose();
            _limits.CheckRows(_limits.MaxRows + 1, _file, _limits.MaxRows + 2);
        }
    }

    public IReadOnlyList<string> Columns => _columns;

    public int HeaderLine => 1;

    /// <summary>The schema names the columns: nothing stands above them.</summary>
    public IReadOnlyList<(int Line, string Text)> AboveHeader => [];

    public int FieldCount => _columns.Length;

    public int Line => _row + 1;

    public int BlankRows { get; private set; }

    public string Format => "parquet";

    public string Encoding => "";

    public string? Unreadable => null;

    public char? Delimiter => null;

    public ReadOnlySpan<char> this[int column] =>
        (uint)column < (uint)_group.Length ? _group[column][_rowInGroup].AsSpan() : default;

    public bool Read()
    {
        while (true)
        {
            if (_groupIndex >= 0 && _rowInGroup + 1 < _groupRows)
            {
                _rowInGroup++;
            }
            else if (!NextGroup())
            {
                return false;
            }

            _row++;
            if (_group.Any(column => !string.IsNullOrEmpty(column[_rowInGroup])))
            {
                return true;
            }

            BlankRows++;
        }
    }

    /// <summary>Reads the next row group that holds rows, every column as text; false after the last.</summary>
    private bool NextGroup()
    {
        while (++_groupIndex < _parquet.RowGroupCount)
        {
            try
            {
                using var group = _parquet.OpenRowGroupReader(_groupIndex);
                if (group.RowCount < 0)
                {
                    throw new InvalidDataException("a row group has a negative row count");
                }

                if (_row + group.RowCount > _limits.MaxRows)
                {
                    // A footer whose total disagrees with its row groups: held to the limit all the same.
                    _limits.CheckRows(_limits.MaxRows + 1, _file, _limits.MaxRows + 2);
                }

                _groupRows = (int)group.RowCount;
                _group = new string?[_fields.Length][];
                for (var i = 0; i < _fields.Length; i++)
                {
                    _group[i] = ParquetCells.Read(group, _fields[i], _groupRows, _file);
                    CheckLengths(i);
                }
            }
            catch (Exception ex) when (ex is not InputException)
            {
                throw Broken(ex);
            }

            _rowInGroup = 0;
            if (_groupRows > 0)
            {
                return true;
            }
        }

        return false;
    }

    private void CheckLengths(int column)
    {
        var cells = _group[column];
        for (var r = 0; r < cells.Length; r++)
        {
            if (cells[r] is { } text && text.Length > _limits.MaxFieldLength)
            {
                var line = _row + r + 2;
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"the value of column '{_columns[column]}' on line {line} (row {line - 1}) is longer than {ByteSize.Format(_limits.MaxFieldLength)} ({_limits.MaxFieldLength:N0} characters)."),
                    _file,
                    line,
                    column + 1,
                    "Deal fields are short; shorten the value, or raise the limit with --max-field-length.");
            }
        }
    }

    private InputException Broken(Exception ex) =>
        new(string.Create(CultureInfo.InvariantCulture, $"could not be read as a Parquet file ({ex.Message}){(_groupIndex >= 0 ? $" in row group {_groupIndex + 1}" : "")}."), _file, hint: "Write the file again as Parquet, or export it as CSV.");

    public void Dispose()
    {
        _parquet?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    /// <summary>The cells of one column of a row group as invariant text, by the column's stored type.</summary>
    private static class ParquetCells
    {
        public static string?[] Read(ParquetRowGroupReader group, DataField field, int rows, string file)
        {
            var type = field.ClrType;
            if (type == typeof(ReadOnlyMemory<char>) || type == typeof(string))
            {
                var text = new string?[rows];
                group.ReadAsync(field, text.AsMemory()).AsTask().GetAwaiter().GetResult();
                return text;
            }

            if (type == typeof(byte[]))
            {
                var bytes = new byte[]?[rows];
                group.ReadAsync(field, bytes.AsMemory()).AsTask().GetAwaiter().GetResult();
                return [.. bytes.Select(static b => b is null ? null : System.Text.Encoding.UTF8.GetString(b))];
            }

            return type switch
            {
                _ when type == typeof(bool) => Values<bool>(group, field, rows, static b => b ? "true" : "false"),
                _ when type == typeof(sbyte) => Values<sbyte>(group, field, rows, Invariant),
                _ when type == typeof(byte) => Values<byte>(group, field, rows, Invariant),
                _ when type == typeof(short) => Values<short>(group, field, rows, Invariant),
                _ when type == typeof(ushort) => Values<ushort>(group, field, rows, Invariant),
                _ when type == typeof(int) => Values<int>(group, field, rows, Invariant),
                _ when type == typeof(uint) => Values<uint>(group, field, rows, Invariant),
                _ when type == typeof(long) => Values<long>(group, field, rows, Invariant),
                _ when type == typeof(ulong) => Values<ulong>(group, field, rows, Invariant),
                _ when type == typeof(float) => Values<float>(group, field, rows, static f => Number(f)),
                _ when type == typeof(double) => Values<double>(group, field, rows, Number),
                _ when type == typeof(decimal) => Values<decimal>(group, field, rows, Invariant),
                _ when type == typeof(DateTime) => Values<DateTime>(group, field, rows, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ when type == typeof(DateOnly) => Values<DateOnly>(group, field, rows, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ when type == typeof(DateTimeOffset) => Values<DateTimeOffset>(group, field, rows, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ when type == typeof(TimeSpan) => Values<TimeSpan>(group, field, rows, static t => t.ToString("c", CultureInfo.InvariantCulture)),
                _ when type == typeof(TimeOnly) => Values<TimeOnly>(group, field, rows, static t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)),
                _ when type == typeof(Guid) => Values<Guid>(group, field, rows, static g => g.ToString("D", CultureInfo.InvariantCulture)),
                _ => throw new InputException($"column '{field.Name}' is of a type deals do not use ({type.Name}).", file, 1, null, hint: "Write that column as text or a number, or leave it out of the file."),
            };
        }

        private static string?[] Values<T>(ParquetRowGroupReader group, DataField field, int rows, Func<T, string> format)
            where T : struct
        {
            var values = new T?[rows];
            group.ReadAsync<T>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
            var cells = new string?[rows];
            for (var i = 0; i < rows; i++)
            {
                cells[i] = values[i] is { } value ? format(value) : null;
            }

            return cells;
        }

        private static string Invariant<T>(T value)
            where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

        // Whole amounts in full (no exponent) where a decimal holds them; others round-trip.
        private static string Number(double d) =>
            double.IsFinite(d) && Math.Abs(d) < 7.9e27 ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
    }
}
