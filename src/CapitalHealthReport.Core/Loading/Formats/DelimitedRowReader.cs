using System.Globalization;
using System.Text;
using CapitalHealthReport.Limits;
using nietras.SeparatedValues;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Rows of CSV/TSV text, split by Sep: RFC 4180 quotes (doubled quotes inside), CR, LF and CRLF line ends, and
/// physical line numbers that stay right across quoted line ends. Beyond Sep it refuses, with file, line and column,
/// a field over the length limit, a record over the column limit, a NUL character and a quote never closed; and it
/// warns about a row whose field count differs from the header's.
/// </summary>
internal sealed class DelimitedRowReader : IRowReader
{
    private readonly SepReader _sep;
    private readonly IssueLog _issues;
    private readonly ResourceLimits _limits;
    private readonly char _delimiter;
    private readonly string[] _columns;
    private int _fieldCount;

    /// <summary>Reads the column names from the first record that is not blank, after <paramref name="skip"/> records above them (a title or a note).</summary>
    public DelimitedRowReader(TextReader text, char delimiter, string format, Encoding encoding, IssueLog issues, ResourceLimits limits, int skip = 0)
    {
        _issues = issues;
        _limits = limits;
        _delimiter = delimiter;
        Format = format;
        Encoding = encoding.WebName;
        _sep = Sep.New(delimiter).Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(text);
        var above = new List<(int Line, string Text)>();
        for (var k = 0; k <= skip; k++)
        {
            if (!NextRecord())
            {
                throw new InputException("is empty.", issues.File, hint: "Export the deals again; the file holds no header and no rows.");
            }

            if (k < skip)
            {
                above.Add((Line, _sep.Current.Span.ToString()));
            }
        }

        AboveHeader = above;
        HeaderLine = Line;
        _columns = new string[_fieldCount];
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i] = ByteOrderMarks.Remove(this[i].ToString()).Trim();
        }
    }

    public IReadOnlyList<string> Columns => _columns;

    public int HeaderLine { get; }

    public IReadOnlyList<(int Line, string Text)> AboveHeader { get; }

    public int FieldCount => _fieldCount;

    public int Line { get; private set; }

    public int BlankRows { get; private set; }

    public string Format { get; }

    public string Encoding { get; }

    public string? Unreadable => null;

    public char? Delimiter => _delimiter;

    public ReadOnlySpan<char> this[int column] => (uint)column < (uint)_fieldCount ? _sep.Current[column].Span : default;

    /// <summary>Every cell of delimited text is text.</summary>
    public bool HasTypedNumbers => false;

    public bool IsTypedNumber(int column) => false;

    public bool Read()
    {
        if (!NextRecord())
        {
            return false;
        }

        if (_fieldCount != _columns.Length)
        {
            WarnFieldCount();
        }

        return true;
    }

    /// <summary>The next record that is not blank, checked against the limits.</summary>
    private bool NextRecord()
    {
        while (true)
        {
            try
            {
                if (!_sep.MoveNext())
                {
                    return false;
                }
            }
            catch (NotSupportedException)
            {
                // Sep holds a whole record in memory, up to 16 M characters.
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"the record after line {Line} is longer than 16 M characters."),
                    _issues.File,
                    Line + 1,
                    hint: "Check for a quote that is never closed or a wrong delimiter.");
            }

            var row = _sep.Current;
            // Without a header row, Sep numbers the first row's line from after it.
            Line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            _fieldCount = row.ColCount;
            var span = row.Span;
            // A blank line, or a row of empty cells only (",,,,," where a spreadsheet exported its empty rows).
            if (IsEmptyRecord(span))
            {
                BlankRows++;
                continue;
            }

            Check(span);
            return true;
        }
    }

    /// <summary>True for a record of nothing but white space and delimiters (it stops at the first other character).</summary>
    private bool IsEmptyRecord(ReadOnlySpan<char> record)
    {
        foreach (var c in record)
        {
            if (c != _delimiter && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private void Check(ReadOnlySpan<char> record)
    {
        if ((record.Count('"') & 1) != 0)
        {
            // A record ends at a line end outside quotes, so an odd count means the file ended inside a quoted value.
            var (line, _, field) = Locate(record, OpeningOfLastQuote(record));
            throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"a quote opened on line {line} (field {field}) is never closed."),
                _issues.File,
                line,
                hint: "Close the quote, or double quotes that are part of a value (\"\").");
        }

        if (record.IndexOf('\0') is var nul and >= 0)
        {
            var (line, column, field) = Locate(record, nul);
            throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"field {field} holds a NUL character (byte 0), which no text export contains."),
                _issues.File,
                line,
                column,
                "The file is damaged or not text; export it again.");
        }

        if (_fieldCount > _limits.MaxColumns)
        {
            throw new LimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"the record starting on line {Line} has more than {_limits.MaxColumns:N0} fields."),
                _issues.File,
                Line,
                Settings.MaxColumns,
                SettingText.Of($"Check the delimiter (set 'delimiter:' in a mapping file), or raise the limit with {Settings.MaxColumns}."));
        }

        if (record.Length > _limits.MaxFieldLength)
        {
            for (var i = 0; i < _fieldCount; i++)
            {
                if (_sep.Current[i].Span.Length > _limits.MaxFieldLength)
                {
                    throw new InputException(
                        string.Create(CultureInfo.InvariantCulture, $"field {i + 1} of the record starting on line {Line} is longer than {ByteSize.Format(_limits.MaxFieldLength)} ({_limits.MaxFieldLength:N0} characters)."),
                        _issues.File,
                        Line,
                        hint: SettingText.Of($"Deal fields are short; check for an unclosed quote or a wrong delimiter, shorten the value, or raise the limit with {Settings.MaxFieldLength}."));
                }
            }
        }
    }

    /// <summary>The position of the quote that opens the value left open at the end of <paramref name="record"/>.</summary>
    private static int OpeningOfLastQuote(ReadOnlySpan<char> record)
    {
        var open = -1;
        for (var i = 0; i < record.Length; i++)
        {
            if (record[i] == '"')
            {
                open = open < 0 ? i : -1;
            }
        }

        return open;
    }

    /// <summary>Physical line, 1-based column in that line, and 1-based field of position <paramref name="at"/> of the current record.</summary>
    private (int Line, int Column, int Field) Locate(ReadOnlySpan<char> record, int at)
    {
        int line = Line, lineStart = 0, field = 1;
        var quoted = false;
        for (var i = 0; i < at; i++)
        {
            var c = record[i];
            quoted ^= c == '"';
            field += !quoted && c == _delimiter ? 1 : 0;
            if (c == '\n' || (c == '\r' && (i + 1 >= record.Length || record[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, at - lineStart + 1, field);
    }

    private void WarnFieldCount()
    {
        var header = _columns.Length;
        if (_fieldCount < header)
        {
            _issues.Warn(DataIssueCodes.MissingFields, Line, null, string.Create(CultureInfo.InvariantCulture, $"the row has {_fieldCount} fields but the header has {header}; the missing fields are empty."));
            return;
        }

        for (var i = header; i < _fieldCount; i++)
        {
            if (!this[i].IsWhiteSpace())
            {
                var shown = _delimiter == '\t' ? "\\t" : _delimiter.ToString();
                _issues.Warn(DataIssueCodes.ExtraFields, Line, null, string.Create(CultureInfo.InvariantCulture, $"the row has {_fieldCount} fields but the header has {header}; the extra fields are ignored (a value with an unquoted '{shown}'?)."));
                return;
            }
        }
    }

    /// <summary>
    /// Guesses the delimiter from the first line that holds one (a title line above the header may hold none): the most
    /// frequent of <c>, ; \t |</c> outside quotes (ties in that order).
    /// </summary>
    public static char DetectDelimiter(ReadOnlySpan<char> text)
    {
        const string candidates = ",;\t|";
        Span<int> counts = stackalloc int[candidates.Length];
        var quoted = false;
        foreach (var c in text)
        {
            quoted ^= c == '"';
            if (!quoted && c is '\r' or '\n')
            {
                if (counts.ContainsAnyExcept(0))
                {
                    break;
                }

                continue;
            }

            if (!quoted && candidates.IndexOf(c, StringComparison.Ordinal) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }

        return candidates[best];
    }

    public void Dispose() => _sep.Dispose();
}
