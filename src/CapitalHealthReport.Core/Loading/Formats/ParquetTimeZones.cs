using System.Globalization;
using System.Text.Json;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The time zones of a Parquet file's timestamp columns, as pandas records them in the file's <c>pandas</c> metadata
/// (<c>"metadata": {"timezone": "Asia/Shanghai"}</c> for a time-zone-aware column). Such a column stores instants in
/// UTC: a deal dated midnight in Beijing is 16:00 the day before in UTC, so its date is read in the column's zone.
/// </summary>
internal static class ParquetTimeZones
{
    /// <summary>The zone of each column that names one the system knows (an IANA name or a fixed offset such as <c>+08:00</c>).</summary>
    public static IReadOnlyDictionary<string, TimeZoneInfo> Read(IReadOnlyDictionary<string, string>? metadata)
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        if (metadata is null || !metadata.TryGetValue("pandas", out var json))
        {
            return zones;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            if (!document.RootElement.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Array)
            {
                return zones;
            }

            foreach (var column in columns.EnumerateArray())
            {
                if (column.ValueKind == JsonValueKind.Object
                    && column.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
                    && meta.TryGetProperty("timezone", out var timezone) && timezone.ValueKind == JsonValueKind.String
                    && Name(column) is { } name && Zone(timezone.GetString()!) is { } zone)
                {
                    zones[name] = zone;
                }
            }
        }
        catch (JsonException)
        {
            // Metadata that is not pandas' JSON says nothing about zones: the timestamps are read in UTC.
        }

        return zones;
    }

    private static string? Name(JsonElement column) =>
        (column.TryGetProperty("field_name", out var field) && field.ValueKind == JsonValueKind.String) ? field.GetString()
        : (column.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String) ? name.GetString()
        : null;

    /// <summary>A zone by IANA name (<c>Asia/Shanghai</c>) or fixed offset (<c>+08:00</c>); null when the system knows neither.</summary>
    private static TimeZoneInfo? Zone(string id)
    {
        if (id is "UTC" or "utc" or "Z" or "Etc/UTC")
        {
            return null;
        }

        if (id.Length > 0 && id[0] is '+' or '-'
            && TimeSpan.TryParseExact(id[1..], [@"hh\:mm", "hhmm", "hh"], CultureInfo.InvariantCulture, out var offset))
        {
            offset = id[0] == '-' ? -offset : offset;
            return offset == TimeSpan.Zero ? null : TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
