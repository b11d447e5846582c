using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Loading;

/// <summary>The mapping's <c>dedupe:</c> key.</summary>
public enum DedupeMode
{
    /// <summary>Every row is kept; exact and probable duplicates are counted and listed.</summary>
    None,

    /// <summary>Rows identical to an earlier row in every column are dropped (and counted).</summary>
    Exact,
}

/// <summary>Reads and checks the values of the newer mapping keys, each mistake located at its value.</summary>
internal static class MappingKeys
{
    /// <summary>Most columns one field may be read from.</summary>
    public const int MaxSourceColumns = 4;

    /// <summary><c>columns:</c> field → one column name or a list of them; a field that is wrong is kept in <paramref name="problems"/> and left out.</summary>
    public static List<(string Field, IReadOnlyList<string> Sources, MappingPosition At)> Columns(YNode value, string file, InputProblems problems)
    {
        if (value is YScalar { IsNull: true })
        {
            return [];
        }

        if (value is not YMapping map)
        {
            throw new InputException($"'columns' must be a mapping of 'field: column' lines, not {value.Kind}.", file, value.Line, value.Column);
        }

        var columns = new List<(string, IReadOnlyList<string>, MappingPosition)>();
        foreach (var (field, source) in map.Entries)
        {
            problems.Try(() => columns.Add((field.Value, Sources(field, source, file), new MappingPosition(source.Line, source.Column))));
        }

        return columns;
    }

    private static IReadOnlyList<string> Sources(YScalar field, YNode source, string file)
    {
        if (!DealMapping.CanonicalFields.Contains(field.Value, StringComparer.Ordinal))
        {
            throw new InputException($"'columns' names the unknown field '{field.Value}'.", file, field.Line, field.Column, KnownFields(field.Value));
        }

        IReadOnlyList<string> sources = source switch
        {
            YScalar { IsNull: false } scalar => [scalar.Value],
            YSequence { Items.Count: > 0 and <= MaxSourceColumns } list => [.. list.Items.Select(item => item is YScalar { IsNull: false } s
                ? s.Value
                : throw new InputException($"'columns.{field.Value}' lists {(item is YScalar ? "an empty value" : item.Kind)}; write column names.", file, item.Line, item.Column))],
            YSequence list => throw new InputException($"'columns.{field.Value}' must list 1 to {MaxSourceColumns} columns, not {list.Items.Count}.", file, source.Line, source.Column),
            _ => throw new InputException($"'columns.{field.Value}' must be a value (a column name) or a list of column names, not {(source is YScalar ? "empty" : source.Kind)}.", file, source.Line, source.Column),
        };
        return sources.Any(s => s.Trim().Length == 0)
            ? throw new InputException($"'columns.{field.Value}' names an empty column.", file, source.Line, source.Column)
            : sources;
    }

    public static DecimalSeparator Decimal(YNode value, string file)
    {
        var text = YamlTree.ExpectString(value, file, "decimal_separator");
        return text.Trim() switch
        {
            "." => DecimalSeparator.Dot,
            "," => DecimalSeparator.Comma,
            "auto" => DecimalSeparator.Auto,
            _ => throw new InputException($"'decimal_separator: {text}' is not a decimal separator.", file, value.Line, value.Column, "Use \".\", \",\" or auto (quote the character)."),
        };
    }

    public static ThousandsSeparator Thousands(YNode value, string file)
    {
        var text = YamlTree.ExpectString(value, file, "thousands_separator");
        return text switch
        {
            "," => ThousandsSeparator.Comma,
            "." => ThousandsSeparator.Dot,
            " " or "space" => ThousandsSeparator.Space,
            "'" or "’" or "apostrophe" => ThousandsSeparator.Apostrophe,
            "none" or "" => ThousandsSeparator.None,
            "auto" => ThousandsSeparator.Auto,
            _ => throw new InputException($"'thousands_separator: {text}' is not a thousands separator.", file, value.Line, value.Column, "Use \",\", \".\", \" \" (space), \"'\", none or auto."),
        };
    }

    /// <summary>A list of non-empty texts (one text is a list of one).</summary>
    public static IReadOnlyList<string> Texts(YNode value, string file, string key)
    {
        var texts = YamlTree.ExpectStrings(value, file, key);
        if (texts.Any(t => t.Trim().Length == 0))
        {
            throw new InputException($"'{key}' lists an empty text; empty cells are already missing values.", file, value.Line, value.Column);
        }

        return texts;
    }

    /// <summary>The hint for an unknown field name: the field it most likely means, then the known ones.</summary>
    public static string KnownFields(string field) =>
        (Spelling.Suggestion(field, DealMapping.CanonicalFields) + $" Known fields: {string.Join(", ", DealMapping.CanonicalFields)}.").TrimStart();

    /// <summary>A list of canonical field names.</summary>
    public static IReadOnlyList<string> Fields(YNode value, string file, string key)
    {
        var fields = YamlTree.ExpectStrings(value, file, key);
        foreach (var field in fields)
        {
            if (!DealMapping.CanonicalFields.Contains(field, StringComparer.Ordinal))
            {
                throw new InputException($"'{key}' names the unknown field '{field}'.", file, value.Line, value.Column, KnownFields(field));
            }
        }

        return [.. fields.Distinct(StringComparer.Ordinal)];
    }

    public static DedupeMode Dedupe(YNode value, string file)
    {
        var text = YamlTree.ExpectString(value, file, "dedupe");
        return text.Trim().ToLowerInvariant() switch
        {
            "none" => DedupeMode.None,
            "exact" => DedupeMode.Exact,
            _ => throw new InputException($"'dedupe: {text}' is not a duplicate handling.", file, value.Line, value.Column, "Use none (count and list duplicates) or exact (drop rows identical to an earlier one)."),
        };
    }
}
