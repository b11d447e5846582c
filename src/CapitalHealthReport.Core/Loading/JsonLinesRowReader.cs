using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Rows of a JSON Lines file, one object per line: each key is a column (in the order keys first appear), each
/// value its text (numbers as written, arrays joined with <c>;</c>, null as empty). A line that is not a JSON object
/// is a row that cannot be read (<see cref="Unreadable"/>); a line or value over the length limits is refused.
/// </summary>
internal sealed partial class JsonLinesRowReader : IRowReader
{
    private readonly TextReader _text;
    private readonly string _file;
    private readonly ResourceLimits _limits;
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _columnOf = new(StringComparer.Ordinal);
    private string?[] _values = [];

    public JsonLinesRowReader(TextReader text, string file, System.Text.Encoding encoding, ResourceLimits limits)
    {
        _text = text;
        _file = file;
        _limits = limits;
        Encoding = encoding.WebName;
    }

    public IReadOnlyList<string> Columns => _columns;

    public int HeaderLine { get; private set; }

    public int Line { get; private set; }

    public int BlankRows { get; private set; }

    public string Format => "jsonl";

    public string Encoding { get; }

    public char? Delimiter => null;

    /// <summary>Why the current line holds no fields (not JSON, or not an object); null when it does.</summary>
    public string? Unreadable { get; private set; }

    public ReadOnlySpan<char> this[int column] => (uint)column < (uint)_values.Length ? _values[column] : default;

    public bool Read()
    {
        while (_text.ReadLine() is { } line)
        {
            Line++;
            if (string.IsNullOrWhiteSpace(line))
            {
                BlankRows++;
                continue;
            }

            var maxLine = 4L * _limits.MaxFieldLength;
            if (line.Length > maxLine)
            {
                throw new InputException($"holds a line longer than {ByteSize.Format(maxLine)}.", _file, Line, hint: "JSON Lines files hold one deal object per line.");
            }

            Parse(line);
            HeaderLine = HeaderLine == 0 && Unreadable is null ? Line : HeaderLine;
            return true;
        }

        return false;
    }

    private void Parse(string line)
    {
        Unreadable = null;
        Array.Clear(_values);
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                Unreadable = $"the line is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.";
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!_columnOf.TryGetValue(property.Name, out var column))
                {
                    column = _columns.Count;
                    _columnOf[property.Name] = column;
                    _columns.Add(property.Name);
                    Array.Resize(ref _values, _columns.Count);
                }

                var text = _values[column] ??= Text(property.Value);
                if (text.Length > _limits.MaxFieldLength)
                {
                    throw new InputException(
                        string.Create(CultureInfo.InvariantCulture, $"the value of '{property.Name}' is longer than {ByteSize.Format(_limits.MaxFieldLength)} ({_limits.MaxFieldLength:N0} characters)."),
                        _file,
                        Line,
                        hint: "Deal fields are short; shorten the value, or raise the limit with --max-field-length.");
                }
            }
        }
        catch (JsonException ex)
        {
            Unreadable = $"the line is not valid JSON ({ex.Message}).";
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => StringText(value),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Array => string.Join(";", value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };

    /// <summary>A JSON string's text; a lone surrogate escape (<c>\ud800</c>, not valid UTF-16) becomes U+FFFD instead of failing the load.</summary>
    private static string StringText(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return JsonSerializer.Deserialize<string>(SurrogateEscape().Replace(value.GetRawText(), "\\uFFFD")) ?? "";
        }
    }

    [GeneratedRegex(@"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex SurrogateEscape();

    public void Dispose() => _text.Dispose();
}
