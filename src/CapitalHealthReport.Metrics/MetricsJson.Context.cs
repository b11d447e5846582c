using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace CapitalHealthReport.Metrics;

public static partial class MetricsJson
{
    /// <summary>
    /// State of one writer: keys encoded once with the writer's encoder (a keyed metric's whole key table at once), and
    /// each metric set's object rendered once (a set is also the previous or year-ago comparison of later scopes) and
    /// copied where it appears again. The rendered sets may be shared by the contexts of several threads writing parts
    /// of one document.
    /// </summary>
    private sealed class WriteContext(JsonWriterOptions options, ConcurrentDictionary<MetricSet, (int Depth, byte[] Json)>? rendered = null)
    {
        private readonly Dictionary<string, JsonEncodedText> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string[], JsonEncodedText[]> _keyTables = new(ReferenceEqualityComparer.Instance);
        private readonly ConcurrentDictionary<MetricSet, (int Depth, byte[] Json)> _rendered = rendered ?? NewRenderedSets();
        private readonly ArrayBufferWriter<byte> _buffer = new();

        /// <summary>An empty table of rendered metric sets, to share between the contexts writing one document.</summary>
        public static ConcurrentDictionary<MetricSet, (int Depth, byte[] Json)> NewRenderedSets() => new(ReferenceEqualityComparer.Instance);

        public JsonEncodedText Key(string key)
        {
            if (!_keys.TryGetValue(key, out var encoded))
            {
                encoded = JsonEncodedText.Encode(key, options.Encoder);
                _keys[key] = encoded;
            }

            return encoded;
        }

        /// <summary>The encoded names of a keyed value's keys, in key order (encoded once per key table, which the scopes of an engine share).</summary>
        public JsonEncodedText[] Keys(KeyedValueDictionary keyed)
        {
            var table = keyed.KeyTable;
            if (!_keyTables.TryGetValue(table, out var names))
            {
                names = Array.ConvertAll(table, Key);
                _keyTables[table] = names;
            }

            return names;
        }

        /// <summary>Writes the metrics object of a set as the value of the property just written.</summary>
        public void WriteMetricsValue(Utf8JsonWriter writer, MetricSet metrics)
        {
            var depth = writer.CurrentDepth;
            if (!_rendered.TryGetValue(metrics, out var rendered) || rendered.Depth != depth)
            {
                rendered = (depth, Render(metrics, depth));
                _rendered[metrics] = rendered;
            }

            writer.WriteRawValue(rendered.Json, skipInputValidation: true);
        }

        /// <summary>
        /// The bytes the writer would produce for the set's object at this depth: the object is written by a writer
        /// with the same options inside as many enclosing objects, and cut out of its output.
        /// </summary>
        private byte[] Render(MetricSet metrics, int depth)
        {
            _buffer.ResetWrittenCount();
            using var writer = new Utf8JsonWriter(_buffer, options with { SkipValidation = true });
            for (var d = 0; d < depth; d++)
            {
                if (d == 0)
                {
                    writer.WriteStartObject();
                }
                else
                {
                    writer.WriteStartObject(Names.Metrics);
                }
            }

            writer.WritePropertyName(Names.Metrics);
            writer.Flush();
            var start = _buffer.WrittenCount;
            WriteMetrics(writer, metrics, this);
            writer.Flush();
            return _buffer.WrittenSpan[start..].ToArray();
        }
    }
}
