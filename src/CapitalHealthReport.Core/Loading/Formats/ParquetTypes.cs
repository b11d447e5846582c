using Parquet.Schema;

namespace CapitalHealthReport.Loading;

/// <summary>A Parquet column's type as data tools write it (<c>list&lt;string&gt;</c>, <c>struct&lt;name: string, country: string&gt;</c>), for messages.</summary>
internal static class ParquetTypes
{
    /// <summary>Fields of a group named before the rest are left out.</summary>
    private const int FieldsShown = 6;

    /// <summary>Levels of nesting spelled out before the rest is left out.</summary>
    private const int LevelsShown = 3;

    /// <summary>The type of <paramref name="field"/>.</summary>
    public static string Describe(Field field) => Describe(field, LevelsShown);

    private static string Describe(Field field, int levels)
    {
        if (levels == 0)
        {
            return "…";
        }

        return field switch
        {
            DataField data => Scalar(data.ClrType),
            ListField list => $"list<{Describe(list.Item, levels - 1)}>",
            MapField map => $"map<{Describe(map.Key, levels - 1)}, {Describe(map.Value, levels - 1)}>",
            StructField group => $"struct<{string.Join(", ", group.Fields.Take(FieldsShown).Select(f => $"{f.Name}: {Describe(f, levels - 1)}"))}{(group.Fields.Count > FieldsShown ? ", …" : "")}>",
            _ => field.SchemaType.ToString().ToLowerInvariant(),
        };
    }

    private static string Scalar(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(ReadOnlyMemory<char>) => "string",
        _ when type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>) => "binary",
        _ when type == typeof(bool) => "boolean",
        _ when type == typeof(int) => "int32",
        _ when type == typeof(long) => "int64",
        _ when type == typeof(float) => "float",
        _ when type == typeof(double) => "double",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "timestamp",
        _ when type == typeof(DateOnly) => "date",
        _ => type.Name.ToLowerInvariant(),
    };
}
