using System.Text.Encodings.Web;
using System.Text.Json;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Writes metrics as JSON in the documented shape (<c>docs/metrics.md</c>, "Command and outputs"): <c>currency</c>, <c>period</c>, then
/// <c>scopes[]</c> with <c>period</c>, <c>slice</c>, <c>metrics</c>, <c>prev</c>, <c>yoy</c>,
/// <c>delta_prev</c> and <c>delta_yoy</c>. Numbers are shortest round-trip invariant; undefined values are null.
/// </summary>
public static partial class MetricsJson
{
    /// <summary>Writer options for files: indented with LF line ends, non-ASCII names (<c>北京</c>) kept readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the whole document to a stream (UTF-8, no BOM, final newline); returns the number of bytes written.</summary>
    public static long Write(Stream stream, MetricsDocument document)
    {
        long written;
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, document);
            writer.Flush();
            written = writer.BytesCommitted;
        }

        stream.WriteByte((byte)'\n');
        return written + 1;
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
        writer.WriteStartArray(Names.Scopes);
        WriteScopes(writer, document.Scopes);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the scopes into the array just opened: many of them in runs on every processor (<see cref="ScopeRuns"/>),
    /// the bytes those one writer would have written.
    /// </summary>
    private static void WriteScopes(Utf8JsonWriter writer, IReadOnlyList<ScopeMetrics> scopes)
    {
        if (ScopeRuns.Worthwhile(scopes.Count))
        {
            ScopeRuns.Write(writer, scopes);
            return;
        }

        var context = new WriteContext(writer.Options);
        foreach (var scope in scopes)
        {
            WriteScope(writer, scope, context);
        }
    }

    /// <summary>Writes one scope object.</summary>
    public static void WriteScope(Utf8JsonWriter writer, ScopeMetrics scope) => WriteScope(writer, scope, new WriteContext(writer.Options));

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
    public static void WriteMetrics(Utf8JsonWriter writer, MetricSet metrics) => WriteMetrics(writer, metrics, new WriteContext(writer.Options));

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

    private static void WriteScope(Utf8JsonWriter writer, ScopeMetrics scope, WriteContext context)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Period, scope.Scope.Period.Label);
        writer.WritePropertyName(Names.Slice);
        WriteSlice(writer, scope.Scope.Slice);
        writer.WritePropertyName(Names.Metrics);
        context.WriteMetricsValue(writer, scope.Metrics);
        writer.WriteString(Names.PrevPeriod, scope.PrevScope.Period.Label);
        writer.WritePropertyName(Names.Prev);
        WriteComparison(writer, scope.PrevKnown ? scope.Prev : null, context);
        writer.WriteString(Names.YoyPeriod, scope.YoyScope.Period.Label);
        writer.WritePropertyName(Names.Yoy);
        WriteComparison(writer, scope.YoyKnown ? scope.Yoy : null, context);
        writer.WritePropertyName(Names.DeltaPrev);
        WriteDeltas(writer, scope.Metrics, scope.PrevKnown ? scope.Prev : null, context);
        writer.WritePropertyName(Names.DeltaYoy);
        WriteDeltas(writer, scope.Metrics, scope.YoyKnown ? scope.Yoy : null, context);
        writer.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter writer, MetricSet metrics, WriteContext context)
    {
        writer.WriteStartObject();
        var all = MetricCatalog.All;
        for (var m = 0; m < all.Count; m++)
        {
            writer.WritePropertyName(Names.Metric(m));
            switch (all[m].GetValue(metrics))
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
                case KeyedValueDictionary keyed:
                    writer.WriteStartObject();
                    var keys = context.Keys(keyed);
                    var values = keyed.ValueSpan;
                    for (var k = 0; k < keys.Length; k++)
                    {
                        writer.WritePropertyName(keys[k]);
                        WriteNumber(writer, values[k]);
                    }

                    writer.WriteEndObject();
                    break;
                case IReadOnlyDictionary<string, double> keyed:
                    writer.WriteStartObject();
                    foreach (var (key, value) in keyed)
                    {
                        writer.WritePropertyName(context.Key(key));
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

    private static void WriteComparison(Utf8JsonWriter writer, MetricSet? comparison, WriteContext context)
    {
        if (comparison is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            context.WriteMetricsValue(writer, comparison);
        }
    }

    private static void WriteDeltas(Utf8JsonWriter writer, MetricSet current, MetricSet? comparison, WriteContext context)
    {
        if (comparison is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        var all = MetricCatalog.All;
        for (var m = 0; m < all.Count; m++)
        {
            var metric = all[m];
            if (metric.Kind == MetricKind.Text)
            {
                continue;
            }

            writer.WritePropertyName(Names.Metric(m));
            if (metric.IsKeyed)
            {
                writer.WriteStartObject();
                if (metric.GetKeyed(current) is KeyedValueDictionary a && metric.GetKeyed(comparison) is KeyedValueDictionary b)
                {
                    WriteKeyedDeltas(writer, metric.IsShare, a, b, context);
                }
                else
                {
                    foreach (var (key, value) in metric.KeyedDelta(current, comparison))
                    {
                        writer.WritePropertyName(context.Key(key));
                        WriteNumber(writer, value);
                    }
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

    /// <summary>
    /// The per-key deltas of two keyed values, as <see cref="MetricDescriptor.KeyedDelta"/> gives them (union of
    /// keys in ordinal order; null for a key missing on either side), by merging the two ordinal key sequences.
    /// </summary>
    private static void WriteKeyedDeltas(Utf8JsonWriter writer, bool isShare, KeyedValueDictionary current, KeyedValueDictionary comparison, WriteContext context)
    {
        var keysA = current.KeySpan;
        var valuesA = current.ValueSpan;
        var keysB = comparison.KeySpan;
        var valuesB = comparison.ValueSpan;
        var namesA = context.Keys(current);
        var namesB = context.Keys(comparison);
        int i = 0, j = 0;
        while (i < keysA.Length || j < keysB.Length)
        {
            var order = i == keysA.Length ? 1 : j == keysB.Length ? -1 : string.CompareOrdinal(keysA[i], keysB[j]);
            writer.WritePropertyName(order <= 0 ? namesA[i] : namesB[j]);
            if (order == 0)
            {
                var difference = valuesA[i] - valuesB[j];
                WriteNumber(writer, isShare ? difference * 100d : difference);
            }
            else
            {
                writer.WriteNullValue();
            }

            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
    }

    /// <summary>Property names of the scope objects and the catalog, encoded once.</summary>
    private static class Names
    {
        private static readonly JsonEncodedText[] MetricNames = MetricCatalog.All.Select(m => JsonEncodedText.Encode(m.JsonName, WriterOptions.Encoder)).ToArray();

        public static readonly JsonEncodedText Scopes = JsonEncodedText.Encode("scopes");
        public static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");
        public static readonly JsonEncodedText Slice = JsonEncodedText.Encode("slice");
        public static readonly JsonEncodedText Metrics = JsonEncodedText.Encode("metrics");
        public static readonly JsonEncodedText PrevPeriod = JsonEncodedText.Encode("prev_period");
        public static readonly JsonEncodedText Prev = JsonEncodedText.Encode("prev");
        public static readonly JsonEncodedText YoyPeriod = JsonEncodedText.Encode("yoy_period");
        public static readonly JsonEncodedText Yoy = JsonEncodedText.Encode("yoy");
        public static readonly JsonEncodedText DeltaPrev = JsonEncodedText.Encode("delta_prev");
        public static readonly JsonEncodedText DeltaYoy = JsonEncodedText.Encode("delta_yoy");

        public static JsonEncodedText Metric(int index) => MetricNames[index];
    }
}

/// <summary>One metrics output: reporting currency, the period label (or the span of a series), the series granularity, the filters and the scopes in output order.</summary>
public sealed record MetricsDocument(string Currency, string Period, string? Series, IReadOnlyList<Filter> Filters, IReadOnlyList<ScopeMetrics> Scopes);
