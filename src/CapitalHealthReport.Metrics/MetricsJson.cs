using System.Text.Encodings.Web;
using System.Text.Json;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Writes metrics as JSON in the shape of DESIGN.md ("Outputs"): <c>currency</c>, <c>period</c>, then
/// <c>scopes[]</c> with <c>period</c>, <c>slice</c>, <c>metrics</c>, <c>prev</c>, <c>yoy</c>,
/// <c>delta_prev</c> and <c>delta_yoy</c>. Numbers are shortest round-trip invariant; undefined values are null.
/// </summary>
public static class MetricsJson
{
    /// <summary>Writer options for files: indented with LF line ends, non-ASCII names (<c>北京</c>) kept readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the whole document to a stream (UTF-8, no BOM, final newline).</summary>
    public static void Write(Stream stream, MetricsDocument document)
    {
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, document);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the whole document as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, MetricsDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("currency", document.Currency);
        writer.WriteString("period", document.Period);
        if (document.Series is { } series)
        {
            writer.WriteString("series", series);
        }

        writer.WriteStartArray("filters");
        foreach (var filter in document.Filters)
        {
            writer.WriteStringValue(filter.ToString());
        }

        writer.WriteEndArray();
        writer.WriteStartArray("scopes");
        foreach (var scope in document.Scopes)
        {
            WriteScope(writer, scope);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one scope object.</summary>
    public static void WriteScope(Utf8JsonWriter writer, ScopeMetrics scope)
    {
        writer.WriteStartObject();
        writer.WriteString("period", scope.Scope.Period.Label);
        writer.WritePropertyName("slice");
        WriteSlice(writer, scope.Scope.Slice);
        writer.WritePropertyName("metrics");
        WriteMetrics(writer, scope.Metrics);
        writer.WriteString("prev_period", scope.PrevScope.Period.Label);
        writer.WritePropertyName("prev");
        WriteComparison(writer, scope.PrevKnown ? scope.Prev : null);
        writer.WriteString("yoy_period", scope.YoyScope.Period.Label);
        writer.WritePropertyName("yoy");
        WriteComparison(writer, scope.YoyKnown ? scope.Yoy : null);
        writer.WritePropertyName("delta_prev");
        WriteDeltas(writer, scope.Metrics, scope.PrevKnown ? scope.Prev : null);
        writer.WritePropertyName("delta_yoy");
        WriteDeltas(writer, scope.Metrics, scope.YoyKnown ? scope.Yoy : null);
        writer.WriteEndObject();
    }

    /// <summary>Writes a slice as <c>{ "sector": "AI" }</c>, or null.</summary>
    public static void WriteSlice(Utf8JsonWriter writer, Slice? slice)
    {
        if (slice is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(slice.Dimension, slice.Value);
        writer.WriteEndObject();
    }

    /// <summary>Writes every catalog metric of a set, in catalog order, as one object.</summary>
    public static void WriteMetrics(Utf8JsonWriter writer, MetricSet metrics)
    {
        writer.WriteStartObject();
        foreach (var metric in MetricCatalog.All)
        {
            writer.WritePropertyName(metric.JsonName);
            switch (metric.GetValue(metrics))
            {
                case int count:
                    writer.WriteNumberValue(count);
                    break;
                case double number:
                    WriteNumber(writer, number);
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case IReadOnlyDictionary<string, double> keyed:
                    writer.WriteStartObject();
                    foreach (var (key, value) in keyed)
                    {
                        writer.WritePropertyName(key);
                        WriteNumber(writer, value);
                    }

                    writer.WriteEndObject();
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a number with shortest round-trip formatting; a non-finite value as null.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumberValue(v == 0d ? 0d : v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteComparison(Utf8JsonWriter writer, MetricSet? comparison)
    {
        if (comparison is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteMetrics(writer, comparison);
        }
    }

    private static void WriteDeltas(Utf8JsonWriter writer, MetricSet current, MetricSet? comparison)
    {
        if (comparison is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var metric in MetricCatalog.All)
        {
            if (metric.Kind == MetricKind.Text)
            {
                continue;
            }

            writer.WritePropertyName(metric.JsonName);
            if (metric.IsKeyed)
            {
                writer.WriteStartObject();
                foreach (var (key, value) in metric.KeyedDelta(current, comparison))
                {
                    writer.WritePropertyName(key);
                    WriteNumber(writer, value);
                }

                writer.WriteEndObject();
            }
            else
            {
                WriteNumber(writer, metric.Delta(current, comparison));
            }
        }

        writer.WriteEndObject();
    }
}

/// <summary>One metrics output: reporting currency, the period label (or the span of a series), the series granularity, the filters and the scopes in output order.</summary>
public sealed record MetricsDocument(string Currency, string Period, string? Series, IReadOnlyList<Filter> Filters, IReadOnlyList<ScopeMetrics> Scopes);
