using System.Text.Json;
using System.Text.RegularExpressions;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The fields of one JSON Lines object as text, in the order their keys appear: numbers as written, arrays of values
/// joined with <c>;</c>, null as empty. A nested object's keys are named by their path (<c>{"company": {"name": …}}</c>
/// gives <c>company.name</c>), and an array of objects gives one such field per key, its values joined with <c>;</c>
/// (<c>investors.name</c>: <c>A;B</c>). A key repeated in one object keeps its first value. The loader and
/// <c>capital-health init</c> read objects through this, so that both see the same keys.
/// </summary>
public static partial class JsonLinesFields
{
    /// <summary>The fields of <paramref name="value"/>, a JSON object, by path.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(JsonElement value) =>
        [.. ReadTyped(value).Select(static f => new KeyValuePair<string, string>(f.Name, f.Text))];

    /// <summary>The fields of <paramref name="value"/>, a JSON object, by path, each saying whether it is one JSON number (which has no locale).</summary>
    internal static List<JsonField> ReadTyped(JsonElement value)
    {
        var fields = new List<JsonField>();
        Read(value, "", inArray: false, fields, new Dictionary<string, int>(StringComparer.Ordinal));
        return fields;
    }

    /// <summary>
    /// Adds the fields of <paramref name="value"/>'s keys, named by their path from <paramref name="path"/>. Within an
    /// array of objects each key's values are joined with <c>;</c>; elsewhere a key repeated in one object keeps its first value.
    /// </summary>
    private static void Read(JsonElement value, string path, bool inArray, List<JsonField> fields, Dictionary<string, int> index)
    {
        foreach (var property in value.EnumerateObject())
        {
            var name = path.Length == 0 ? property.Name : path + "." + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Read(property.Value, name, inArray, fields, index);
                    break;
                case JsonValueKind.Array when property.Value.EnumerateArray().Any(static e => e.ValueKind is JsonValueKind.Object or JsonValueKind.Array):
                    foreach (var element in property.Value.EnumerateArray())
                    {
                        if (element.ValueKind == JsonValueKind.Object)
                        {
                            Read(element, name, inArray: true, fields, index);
                        }
                        else
                        {
                            Set(name, Text(element), number: false, append: true, fields, index);
                        }
                    }

                    break;
                default:
                    Set(name, Text(property.Value), property.Value.ValueKind == JsonValueKind.Number, inArray, fields, index);
                    break;
            }
        }
    }

    private static void Set(string name, string text, bool number, bool append, List<JsonField> fields, Dictionary<string, int> index)
    {
        if (!index.TryGetValue(name, out var at))
        {
            index[name] = fields.Count;
            fields.Add(new(name, text, number));
        }
        else if (append && text.Length > 0)
        {
            // Values joined from an array are text, whatever each was.
            var joined = fields[at].Text;
            fields[at] = new(name, joined.Length == 0 ? text : joined + ";" + text, Number: joined.Length == 0 && number);
        }
    }

    /// <summary>A scalar's text, or an array of scalars joined with <c>;</c> (nested arrays flattened).</summary>
    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => StringText(value),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Array => string.Join(";", value.EnumerateArray().Select(Text).Where(static t => t.Length > 0)),
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
}

/// <summary>One field of a JSON object: its path, its text, and whether it is one JSON number.</summary>
internal readonly record struct JsonField(string Name, string Text, bool Number);
