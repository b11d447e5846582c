using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Loading;

/// <summary>
/// A streaming CSV/TSV record reader over decoded text: RFC 4180 quotes (doubled quotes inside), CR, LF and
/// CRLF line ends, physical line numbers that stay right across quoted newlines, and a 1 MB cap per field.
/// Fields are exposed as spans into a reused buffer, so reading allocates nothing per field.
/// </summary>
internal sealed class DelimitedReader
{
    /// <summary>The longest field accepted, in characters (1 MB).</summary>
    public const int MaxFieldLength = 1 << 20;

    private readonly TextReader _reader;
    private readonly string _file;
    private readonly char _delimiter;
    private readonly int _maxField;
    private readonly int _maxColumns;
    private readonly SearchValues<char> _unquotedStops;
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");
    private readonly char[] _buffer = new char[1 << 16];
    private int _position;
    private int _length;
    private char[] _record = new char[4096];
    private int _recordLength;
    private int[] _ends = new int[64];
    private int _fieldStart;
    private int _line = 1;

    /// <param name="reader">The decoded text.</param>
    /// <param name="delimiter">Field delimiter.</param>
    /// <param name="file">File name for messages.</param>
    /// <param name="limits">Field length and column limits.</param>
    /// <param name="firstLine">Physical line number of the text's first line (a later chunk of a file starts after line 1).</param>
    public DelimitedReader(TextReader reader, char delimiter, string file, ResourceLimits? limits = null, int firstLine = 1)
    {
        _line = firstLine;
        _maxField = (limits ?? ResourceLimits.Default).MaxFieldLength;
        _maxColumns = (limits ?? ResourceLimits.Default).MaxColumns;
        _reader = reader;
        _delimiter = delimiter;
        _file = file;
        _unquotedStops = SearchValues.Create(string.Concat(delimiter.ToString(), "\r\n"));
    }

    /// <summary>Physical line (1-based) where the current record starts.</summary>
    public int Line { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>Blank lines skipped so far.</summary>
    public int BlankLines { get; private set; }

    /// <summary>The raw field <paramref name="index"/> of the current record (not trimmed); empty beyond the last field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Field(int index)
    {
        if ((uint)index >= (uint)FieldCount)
        {
            return default;
        }

        var start = index == 0 ? 0 : _ends[index - 1];
        return _record.AsSpan(start, _ends[index] - start);
    }

    /// <summary>Reads the next non-blank record; false at the end of the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        FieldCount = 0;
        _recordLength = 0;
        _fieldStart = 0;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return false;
            }

            var c = _buffer[_position];
            if (c is '\r' or '\n')
            {
                ConsumeLineEnd();
                BlankLines++;
                continue;
            }

            break;
        }

        Line = _line;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                EndField();
                return true;
            }

            if (_buffer[_position] == '"')
            {
                _position++;
                ReadQuoted();
            }

            while (true)
            {
                if (_position >= _length && !Fill())
                {
                    EndField();
                    return true;
                }

                var span = _buffer.AsSpan(_position, _length - _position);
                var stop = span.IndexOfAny(_unquotedStops);
                if (stop < 0)
                {
                    Append(span);
                    _position = _length;
                    continue;
                }

                Append(span[..stop]);
                _position += stop;
                if (_buffer[_position] == _delimiter)
                {
                    _position++;
                    EndField();
                    break;
                }

                ConsumeLineEnd();
                EndField();
                return true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadQuoted()
    {
        var openLine = _line;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"a quote opened on line {openLine} (field {FieldCount + 1}) is never closed."),
                    _file,
                    openLine,
                    hint: "Close the quote, or double quotes that are part of a value (\"\").");
            }

            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny(QuotedStops);
            if (stop < 0)
            {
                Append(span);
                _position = _length;
                continue;
            }

            Append(span[..stop]);
            _position += stop;
            var c = _buffer[_position];
            if (c == '"')
            {
                _position++;
                if (_position >= _length && !Fill())
                {
                    return;
                }

                if (_buffer[_position] == '"')
                {
                    Append("\"");
                    _position++;
                    continue;
                }

                return;
            }

            // A line end inside quotes belongs to the value; count the physical line.
            Append(c == '\r' ? "\r" : "\n");
            _position++;
            if (c == '\r')
            {
                if (_position < _length || Fill())
                {
                    if (_buffer[_position] == '\n')
                    {
                        Append("\n");
                        _position++;
                    }
                }
            }

            _line++;
        }
    }

    private void ConsumeLineEnd()
    {
        var c = _buffer[_position++];
        if (c == '\r' && (_position < _length || Fill()) && _buffer[_position] == '\n')
        {
            _position++;
        }

        _line++;
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        if (_recordLength - _fieldStart + chars.Length > _maxField)
        {
            throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"field {FieldCount + 1} of the record starting on line {Line} is longer than {ByteSize.Format(_maxField)} ({_maxField:N0} characters)."),
                _file,
                Line,
                hint: "Deal fields are short; check for an unclosed quote or a wrong delimiter, shorten the value, or raise the limit with --max-field-length.");
        }

        if (_recordLength + chars.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + chars.Length));
        }

        chars.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += chars.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EndField()
    {
        if (FieldCount >= _maxColumns)
        {
            throw new LimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"the record starting on line {Line} has more than {_maxColumns:N0} fields."),
                _file,
                Line,
                "--max-columns",
                "Check the delimiter (set 'delimiter:' in a mapping file), or raise the limit with --max-columns.");
        }

        if (FieldCount == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        _ends[FieldCount++] = _recordLength;
        _fieldStart = _recordLength;
    }

    /// <summary>Guesses the delimiter from the first line: the most frequent of <c>, ; \t |</c> outside quotes (ties in that order).</summary>
    public static char DetectDelimiter(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[4];
        const string candidates = ",;\t|";
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (!quoted && c is '\r' or '\n')
            {
                break;
            }

            if (!quoted)
            {
                var index = candidates.IndexOf(c, StringComparison.Ordinal);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return candidates[best];
    }
}
