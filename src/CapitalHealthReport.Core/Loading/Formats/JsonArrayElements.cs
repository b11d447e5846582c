using System.Text;
using System.Text.Json;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The elements of a file exported as one JSON array of deal objects (<c>[{…}, {…}]</c>), read one at a time from its
/// UTF-8 bytes, each with the line it begins on; the array is never held as a document. A file that is not one
/// well-formed array is an <see cref="InputException"/> naming the line where it breaks.
/// </summary>
internal sealed class JsonArrayElements
{
    private readonly byte[] _utf8;
    private readonly string _file;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 64 });
    private int _offset;
    private int _lineStart;
    private int _line = 1;
    private bool _started;

    /// <param name="utf8">The file's text as UTF-8.</param>
    /// <param name="start">Where the text begins (after a byte-order mark).</param>
    /// <param name="file">The file, for messages.</param>
    public JsonArrayElements(byte[] utf8, int start, string file)
    {
        _utf8 = utf8;
        _offset = _lineStart = start;
        _file = file;
    }

    /// <summary>True when <paramref name="text"/> begins (after white space) with <c>[</c>: a JSON array, not JSON Lines.</summary>
    public static bool IsArray(ReadOnlySpan<char> text) => text.TrimStart().StartsWith('[');

    /// <summary>Reads the next element: its JSON text and the line it begins on; false after the last.</summary>
    public bool Next(out int line, out string text)
    {
        var reader = new Utf8JsonReader(_utf8.AsSpan(_offset), isFinalBlock: true, _state);
        try
        {
            if (!_started)
            {
                reader.Read();
                _started = true;
            }

            if (!reader.Read())
            {
                throw new JsonException("The array is not closed.");
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                if (reader.Read())
                {
                    throw new JsonException("Text follows the array's closing ']'.");
                }

                line = LineOf(_utf8.Length);
                text = "";
                return false;
            }

            var start = _offset + (int)reader.TokenStartIndex;
            reader.Skip();
            var end = _offset + (int)reader.BytesConsumed;
            line = LineOf(start);
            text = Encoding.UTF8.GetString(_utf8, start, end - start);
            _offset = end;
            _state = reader.CurrentState;
            return true;
        }
        catch (JsonException ex)
        {
            // The reader's state carries its line count from the start of the text: the line is 0-based from there.
            var at = (int)(ex.LineNumber ?? 0) + 1;
            var reason = ex.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd();
            throw new InputException($"is not a well-formed JSON array of deal objects ({reason}).", _file, at,
                hint: "Export the deals again, as one JSON array of objects or as JSON Lines (one object per line).");
        }
    }

    // Elements are read in order, so the lines are counted once, from the last position counted up to this one.
    private int LineOf(int position)
    {
        _line += _utf8.AsSpan(_lineStart, position - _lineStart).Count((byte)'\n');
        _lineStart = position;
        return _line;
    }
}
