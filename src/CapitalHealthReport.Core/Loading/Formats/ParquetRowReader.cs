using System.Globalization;
using CapitalHealthReport.Limits;
using Parquet;
using Parquet.Schema;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Rows of a Parquet file (Parquet.Net), one row group at a time, cells as invariant text: dates as <c>yyyy-MM-dd</c>,
/// numbers in full, nulls empty. Lines are numbered as in a CSV export of the file (the column names on line 1, the
/// first row on line 2), so every message points at a row. The row count in the file's footer is checked against the
/// row limit, and the column count against the column limit, before any row is read, and a text cell over the field
/// length is refused. A column holding a list of values (investors) gives its values joined with <c>;</c>; a column
/// holding groups of fields is left unread, and refused when the mapping reads it. Once the mapping has named the
/// columns it reads (<see cref="ReadOnly"/>), the others are not decoded: an export's descriptions and links cost
/// nothing, and are read only to tell whether a row whose read columns are all empty is blank.
/// </summary>
internal sealed class ParquetRowReader : IRowReader
{
    private readonly MemoryStream _stream;
    private readonly ParquetReader _parquet;
    private readonly DataField?[] _fields;
    private readonly string _file;
    private readonly ResourceLimits _limits;
    private readonly string[] _columns;
    private readonly bool[] _numbers;
    private readonly TimeZoneInfo?[] _zones;
    private bool[] _read;
    private string?[]?[] _group = [];
    private bool[] _blank = [];
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

        if (_parquet.Schema.Fields.Count > _limits.MaxColumns)
        {
            var count = _parquet.Schema.Fields.Count;
            Dispose();
            throw new LimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"holds {count:N0} columns, more than the {_limits.MaxColumns:N0} accepted."),
                file,
                1,
                Settings.MaxColumns,
                SettingText.Of($"Write the file with the deals' columns only, or raise the limit with {Settings.MaxColumns}."));
        }

        // A column is a value or a list of values (investors, industries): a list's values are joined with ';', as
        // in JSON exports. Groups of fields (structs, maps, lists of them) have no single text: such a column is read
        // as empty, and refused when the mapping reads it (RefuseNested).
        var columns = new List<(string Name, DataField? Leaf)>();
        foreach (var field in _parquet.Schema.Fields)
        {
            var leaf = field switch
            {
                DataField data => data,
                ListField { Item: DataField item } => item,
                _ => null,
            };
            columns.Add((ByteOrderMarks.Remove(field.Name).Trim(), leaf));
        }

        _fields = [.. columns.Select(static c => c.Leaf)];
        _columns = [.. columns.Select(static c => c.Name)];
        var zones = ParquetTimeZones.Read(_parquet.CustomMetadata);
        _zones = [.. _parquet.Schema.Fields.Select(f => zones.GetValueOrDefault(f.Name))];
        _numbers = [.. _parquet.Schema.Fields.Select(static f => f is DataField { MaxRepetitionLevel: 0 } data && ParquetCells.IsNumber(data.ClrType))];
        _read = [.. _fields.Select(static f => f is not null)];
        if ((_parquet.Metadata?.NumRows ?? 0) > _limits.MaxRows)
        {
            Dispose();
            _limits.CheckRows(_limits.MaxRows + 1, _file, _limits.MaxRows + 2);
        }
    }

    public IReadOnlyList<string> Columns => _columns;

    /// <summary>
    /// Refuses a column among <paramref name="used"/> (indexes of the columns the mapping reads) that holds groups of
    /// fields, naming it and its type; other such columns are left unread.
    /// </summary>
    public void RefuseNested(IEnumerable<(string Field, int Column)> used)
    {
        foreach (var (field, column) in used)
        {
            if ((uint)column < (uint)_fields.Length && _fields[column] is null)
            {
                var nested = _parquet.Schema.Fields[column];
                throw new InputException(
                    $"column '{_columns[column]}', read as the {field}, holds {ParquetTypes.Describe(nested)}: groups of fields, which no deal field can hold.",
                    _file,
                    1,
                    column + 1,
                    "Write that column as text (for example investors joined with ';') or as a list of values, or map the field to another column.");
            }
        }
    }

    /// <summary>
    /// Decodes from now on only <paramref name="used"/> (indexes of the columns the mapping reads) and the columns
    /// without a name, whose values are reported; the others' cells read as empty. <see cref="Columns"/> still lists
    /// every column.
    /// </summary>
    public void ReadOnly(IEnumerable<int> used)
    {
        var read = new bool[_fields.Length];
        foreach (var column in used)
        {
            if ((uint)column < (uint)read.Length)
            {
                read[column] = _fields[column] is not null;
            }
        }

        for (var i = 0; i < read.Length; i++)
        {
            read[i] |= _columns[i].Length == 0 && _fields[i] is not null;
        }

        _read = read;
    }

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
        (uint)column < (uint)_group.Length && _group[column] is { } cells ? cells[_rowInGroup].AsSpan() : default;

    public bool HasTypedNumbers => true;

    /// <summary>Whether the column holds single numbers (integers, floating point or decimals), not text or lists.</summary>
    public bool IsTypedNumber(int column) => (uint)column < (uint)_numbers.Length && _numbers[column];

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
            if (!_blank[_rowInGroup])
            {
                return true;
            }

            BlankRows++;
        }
    }

    /// <summary>Reads the next row group that holds rows, the columns read as text; false after the last.</summary>
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
                _blank = new bool[_groupRows];
                Array.Fill(_blank, true);
                for (var i = 0; i < _fields.Length; i++)
                {
                    if (_read[i] && _fields[i] is { } field)
                    {
                        _group[i] = ParquetCells.Read(group, field, _columns[i], _groupRows, _file, _zones[i]);
                        CheckLengths(i);
                        MarkValues(_group[i]!);
                    }
                }

                MarkValuesOfUnreadColumns(group);
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

    /// <summary>Notes the rows of the group in which <paramref name="cells"/> holds a value; false when none is left blank.</summary>
    private bool MarkValues(string?[] cells)
    {
        var blank = false;
        for (var r = 0; r < cells.Length; r++)
        {
            _blank[r] &= string.IsNullOrEmpty(cells[r]);
            blank |= _blank[r];
        }

        return blank;
    }

    /// <summary>
    /// A row whose read columns are all empty is a row all the same when a column left unread holds a value in it (it
    /// is mapped, and reported for what it lacks): the unread columns are decoded, one at a time, only while such rows
    /// remain, which most row groups have none of.
    /// </summary>
    private void MarkValuesOfUnreadColumns(ParquetRowGroupReader group)
    {
        if (!_blank.Contains(true))
        {
            return;
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            if (!_read[i] && _fields[i] is { } field && ParquetCells.IsReadable(field.ClrType)
                && !MarkValues(ParquetCells.Read(group, field, _columns[i], _groupRows, _file, _zones[i])))
            {
                return;
            }
        }
    }

    private void CheckLengths(int column)
    {
        var cells = _group[column]!;
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
                    SettingText.Of($"Deal fields are short; shorten the value, or raise the limit with {Settings.MaxFieldLength}."));
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

    /// <summary>The cells of one column of a row group as invariant text, by the column's stored type; a list's values joined with ';'.</summary>
    private static class ParquetCells
    {
        /// <summary>Values a list column may hold per row on average: investors or industries of a deal, not a table.</summary>
        private const int MaxListValuesPerRow = 64;

        /// <summary>Whether values of <paramref name="type"/> are numbers.</summary>
        public static bool IsNumber(Type type) =>
            type == typeof(sbyte) || type == typeof(byte) || type == typeof(short) || type == typeof(ushort) || type == typeof(int) || type == typeof(uint)
            || type == typeof(long) || type == typeof(ulong) || type == typeof(float) || type == typeof(double) || type == typeof(decimal);

        /// <summary>Whether <see cref="Read"/> reads values of <paramref name="type"/>.</summary>
        public static bool IsReadable(Type type) =>
            IsNumber(type) || type == typeof(ReadOnlyMemory<char>) || type == typeof(string) || type == typeof(byte[]) || type == typeof(bool) || type == typeof(DateTime)
            || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(TimeOnly) || type == typeof(Guid);

        /// <summary>
        /// The cells of one column. <paramref name="zone"/> is the time zone pandas recorded for a time-zone-aware
        /// timestamp column, whose values are UTC instants: they are dated in that zone.
        /// </summary>
        public static string?[] Read(ParquetRowGroupReader group, DataField field, string column, int rows, string file, TimeZoneInfo? zone)
        {
            var type = field.ClrType;
            return type switch
            {
                _ when type == typeof(ReadOnlyMemory<char>) || type == typeof(string) => Cells<ReadOnlyMemory<char>>(group, field, column, rows, static m => new string(m.Span)),
                _ when type == typeof(byte[]) => Cells<ReadOnlyMemory<byte>>(group, field, column, rows, static m => System.Text.Encoding.UTF8.GetString(m.Span)),
                _ when type == typeof(bool) => Cells<bool>(group, field, column, rows, static b => b ? "true" : "false"),
                _ when type == typeof(sbyte) => Cells<sbyte>(group, field, column, rows, Invariant),
                _ when type == typeof(byte) => Cells<byte>(group, field, column, rows, Invariant),
                _ when type == typeof(short) => Cells<short>(group, field, column, rows, Invariant),
                _ when type == typeof(ushort) => Cells<ushort>(group, field, column, rows, Invariant),
                _ when type == typeof(int) => Cells<int>(group, field, column, rows, Invariant),
                _ when type == typeof(uint) => Cells<uint>(group, field, column, rows, Invariant),
                _ when type == typeof(long) => Cells<long>(group, field, column, rows, Invariant),
                _ when type == typeof(ulong) => Cells<ulong>(group, field, column, rows, Invariant),
                _ when type == typeof(float) => Cells<float>(group, field, column, rows, static f => Number(f)),
                _ when type == typeof(double) => Cells<double>(group, field, column, rows, Number),
                _ when type == typeof(decimal) => Cells<decimal>(group, field, column, rows, Invariant),
                _ when type == typeof(DateTime) && zone is not null => Cells<DateTime>(group, field, column, rows, d => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ when type == typeof(DateTime) => Cells<DateTime>(group, field, column, rows, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ when type == typeof(DateOnly) => Cells<DateOnly>(group, field, column, rows, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ when type == typeof(DateTimeOffset) => Cells<DateTimeOffset>(group, field, column, rows, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ when type == typeof(TimeSpan) => Cells<TimeSpan>(group, field, column, rows, static t => t.ToString("c", CultureInfo.InvariantCulture)),
                _ when type == typeof(TimeOnly) => Cells<TimeOnly>(group, field, column, rows, static t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)),
                _ when type == typeof(Guid) => Cells<Guid>(group, field, column, rows, static g => g.ToString("D", CultureInfo.InvariantCulture)),
                _ => throw new InputException($"column '{column}' is of a type deals do not use ({type.Name}).", file, 1, null, hint: "Write that column as text or a number, or leave it out of the file."),
            };
        }

        /// <summary>
        /// Reads the column's stored values with their levels: a definition level below the field's maximum is a null (or
        /// an empty list), a repetition level of 0 begins the next row. A row's values are joined with ';'.
        /// </summary>
        private static string?[] Cells<T>(ParquetRowGroupReader group, DataField field, string column, int rows, Func<T, string> format)
            where T : struct
        {
            // A column of single values holds one per row; a list column as many as its lists hold, which the footer
            // gives and which is held to a bound before anything is allocated (a damaged footer can claim billions).
            var count = field.MaxRepetitionLevel == 0 ? rows : group.GetMetadata(field)?.MetaData?.NumValues ?? rows;
            if (count < rows || count > ((long)rows * MaxListValuesPerRow) + MaxListValuesPerRow)
            {
                throw new InvalidDataException($"column '{column}' claims {count} values for {rows} rows");
            }

            var values = new T[(int)count];
            var definitions = field.MaxDefinitionLevel > 0 ? new int[count] : null;
            var repetitions = field.MaxRepetitionLevel > 0 ? new int[count] : null;
            group.ReadRawAsync(field, values.AsMemory(), Levels(definitions), Levels(repetitions)).AsTask().GetAwaiter().GetResult();

            var cells = new string?[rows];
            var (row, next) = (-1, 0);
            for (var i = 0; i < count; i++)
            {
                row += repetitions is null || repetitions[i] == 0 ? 1 : 0;
                if ((uint)row >= (uint)rows)
                {
                    throw new InvalidDataException($"column '{column}' holds more values than the row group has rows");
                }

                if (definitions is not null && definitions[i] < field.MaxDefinitionLevel)
                {
                    continue;
                }

                var text = format(values[next++]);
                cells[row] = cells[row] is { } joined ? joined + ";" + text : text;
            }

            return cells;
        }

        // Not "levels is null ? null : …": the null would become an empty Memory<int> through the array conversion.
        private static Memory<int>? Levels(int[]? levels) => levels is null ? default(Memory<int>?) : levels.AsMemory();

        private static string Invariant<T>(T value)
            where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

        // Whole amounts in full (no exponent) where a decimal holds them; others round-trip.
        private static string Number(double d) =>
            double.IsFinite(d) && Math.Abs(d) < 7.9e27 ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
    }
}
