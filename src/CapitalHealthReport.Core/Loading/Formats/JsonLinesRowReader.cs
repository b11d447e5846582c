using System.Globalization;
using System.Text.Json;
using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Rows of a JSON Lines file, one object per line, or of a file holding one JSON array of objects
/// (<see cref="JsonArrayElements"/>), one object per element: each key is a column (in the order keys first appear),
/// each value its text as <see cref="JsonLinesFields"/> reads it (nested keys by their path). A line or element that
/// is not a JSON object is a row that cannot be read (<see cref="Unreadable"/>); a line or value over the length
/// limits, or more keys than the column limit, is refused. Exporters often leave out a key whose value is null, so the
/// keys of the first objects are read ahead (<see cref="ReadKeysAhead"/>) before any row is mapped.
/// </summary>
internal sealed class JsonLinesRowReader : IRowReader
{
    private readonly TextReader? _text;
    private readonly JsonArrayElements? _elements;
    private readonly string _file;
    private readonly ResourceLimits _limits;
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _columnOf = new(StringComparer.Ordinal);
    private readonly Queue<(int Line, string Text)> _ahead = new();
    private bool _sourceDone;
    private int _linesRead;
    private string?[] _values = [];
    private bool[] _numbers = [];

    public JsonLinesRowReader(TextReader text, string file, System.Text.Encoding encoding, ResourceLimits limits)
    {
        _text = text;
        _file = file;
        _limits = limits;
        Encoding = encoding.WebName;
    }

    /// <summary>Reads the elements of one JSON array, its text given as UTF-8 from <paramref name="start"/>.</summary>
    public JsonLinesRowReader(byte[] utf8, int start, string file, System.Text.Encoding encoding, ResourceLimits limits)
    {
        _elements = new JsonArrayElements(utf8, start, file);
        _file = file;
        _limits = limits;
        Encoding = encoding.WebName;
    }

    public IReadOnlyList<string> Columns => _columns;

    public int HeaderLine { get; private set; }

    /// <summary>Keys name the fields: nothing stands above them.</summary>
    public IReadOnlyList<(int Line, string Text)> AboveHeader => [];

    public int FieldCount => _columns.Count;

    public int Line { get; private set; }

    public int BlankRows { get; private set; }

    /// <summary><c>jsonl</c>, or <c>json</c> for one array of objects.</summary>
    public string Format => _elements is null ? "jsonl" : "json";

    public string Encoding { get; }

    public char? Delimiter => null;

    /// <summary>Why the current line or element holds no fields (not JSON, or not an object); null when it does.</summary>
    public string? Unreadable { get; private set; }

    public ReadOnlySpan<char> this[int column] => (uint)column < (uint)_values.Length ? _values[column] : default;

    public bool HasTypedNumbers => true;

    /// <summary>Whether the value is a JSON number (<c>0.1</c>, not <c>"0,1"</c>).</summary>
    public bool IsTypedNumber(int column) => (uint)column < (uint)_numbers.Length && _numbers[column];

    /// <summary>The number of objects whose keys <see cref="ReadKeysAhead"/> read before the first row.</summary>
    public int ObjectsAhead { get; private set; }

    /// <summary>
    /// Reads the records of the first <paramref name="records"/> objects (at most <paramref name="maxChars"/> characters
    /// of them) ahead, so that <see cref="Columns"/> holds every key they hold before the first row is read; the rows
    /// are then read as if nothing had been read ahead.
    /// </summary>
    public void ReadKeysAhead(int records, long maxChars)
    {
        var what = _elements is null ? "line" : "element";
        var chars = 0L;
        while (_ahead.Count < records && chars < maxChars && NextRecord() is { } record)
        {
            _ahead.Enqueue(record);
            chars += record.Text.Length;
            if (ReadObject(record.Text, what) is { } root)
            {
                using (root)
                {
                    foreach (var (name, _, _) in JsonLinesFields.ReadTyped(root.RootElement))
                    {
                        ColumnOf(ByteOrderMarks.Remove(name));
                    }
                }

                ObjectsAhead++;
            }
        }

        Unreadable = null;
    }

    public bool Read()
    {
        if (!_ahead.TryDequeue(out var record))
        {
            if (NextRecord() is not { } next)
            {
                return false;
            }

            record = next;
        }

        Line = record.Line;
        Parse(record.Text, _elements is null ? "line" : "element");
        HeaderLine = HeaderLine == 0 && Unreadable is null ? Line : HeaderLine;
        return true;
    }

    /// <summary>The next line or element that is not blank, with the line it begins on; null after the last.</summary>
    private (int Line, string Text)? NextRecord()
    {
        if (_sourceDone)
        {
            return null;
        }

        if (_elements is not null)
        {
            if (!_elements.Next(out var at, out var element))
            {
                _sourceDone = true;
                return null;
            }

            Line = at;
            CheckLength(element, "an element");
            return (at, ByteOrderMarks.Remove(element));
        }

        // Files appended to each other keep each one's byte-order mark, at the start of a line: no part of its JSON.
        while (_text!.ReadLine() is { } read)
        {
            var line = ByteOrderMarks.Remove(read);
            Line = ++_linesRead;
            if (string.IsNullOrWhiteSpace(line))
            {
                BlankRows++;
                continue;
            }

            CheckLength(line, "a line");
            return (Line, line);
        }

        _sourceDone = true;
        return null;
    }

    private void CheckLength(string record, string what)
    {
        var maxLength = 4L * _limits.MaxFieldLength;
        if (record.Length > maxLength)
        {
            throw new InputException($"holds {what} longer than {ByteSize.Format(maxLength)}.", _file, Line, hint: "A deal object holds a deal's fields only.");
        }
    }

    private void Parse(string record, string what)
    {
        Array.Clear(_values);
        Array.Clear(_numbers);
        using var document = ReadObject(record, what);
        if (document is not null)
        {
            foreach (var (name, text, number) in JsonLinesFields.ReadTyped(document.RootElement))
            {
                Set(name, text, number);
            }
        }
    }

    /// <summary>The record as a JSON object; null, with <see cref="Unreadable"/> saying why, when it is not one.</summary>
    private JsonDocument? ReadObject(string record, string what)
    {
        Unreadable = null;
        try
        {
            var document = JsonDocument.Parse(record, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            Unreadable = $"the {what} is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.";
            document.Dispose();
            return null;
        }
        catch (JsonException ex)
        {
            Unreadable = $"the {what} is not valid JSON ({ex.Message}).";
            return null;
        }
    }

    private void Set(string key, string value, bool number)
    {
        // "\ufeffcompany": a mark written as an escape is no more part of a key or a value than a raw one.
        var name = ByteOrderMarks.Remove(key);
        var text = ByteOrderMarks.Remove(value);
        var column = ColumnOf(name);
        if (text.Length > _limits.MaxFieldLength)
        {
            throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"the value of '{name}' is longer than {ByteSize.Format(_limits.MaxFieldLength)} ({_limits.MaxFieldLength:N0} characters)."),
                _file,
                Line,
                hint: SettingText.Of($"Deal fields are short; shorten the value, or raise the limit with {Settings.MaxFieldLength}."));
        }

        _values[column] = text;
        _numbers[column] = number;
    }

    /// <summary>The column of a key, a new one (the last) when the key was not seen before.</summary>
    private int ColumnOf(string name)
    {
        if (!_columnOf.TryGetValue(name, out var column))
        {
            if (_columns.Count >= _limits.MaxColumns)
            {
                throw new LimitExceededException(
                    string.Create(CultureInfo.InvariantCulture, $"the objects hold more than {_limits.MaxColumns:N0} distinct keys (nested keys counted by their path)."),
                    _file,
                    Line,
                    Settings.MaxColumns,
                    SettingText.Of($"Export the deals with their fields only, or raise the limit with {Settings.MaxColumns}."));
            }

            column = _columns.Count;
            _columnOf[name] = column;
            _columns.Add(name);
            Array.Resize(ref _values, _columns.Count);
            Array.Resize(ref _numbers, _columns.Count);
        }

        return column;
    }

    public void Dispose() => _text?.Dispose();
}
