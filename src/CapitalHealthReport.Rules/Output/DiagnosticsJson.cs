using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Writes <c>analyze --format json</c>: <c>{ "period", "currency", "diagnostics": [ … ], "summary": { … } }</c>, each diagnostic in
/// the documented shape (id, severity, category, title, message, scope, evidence, help, suppressed, baseline).
/// Deterministic: ranked order, ordinal keys, invariant numbers, LF line ends, UTF-8 without BOM.
/// </summary>
public static class DiagnosticsJson
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(AnalysisResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(AnalysisResult result, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("period", result.Period.Label);
            if (result.Currency is { } currency)
            {
                writer.WriteString("currency", currency);
            }

            writer.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("id", d.Id);
                writer.WriteString("severity", Severities.Name(d.Severity));
                writer.WriteString("category", d.Category);
                writer.WriteString("title", d.Title);
                writer.WriteString("message", d.Message);
                writer.WritePropertyName("scope");
                WriteScope(writer, d.Scope);
                if (d.Subject is not null)
                {
                    writer.WriteString("subject", d.Subject);
                }

                writer.WriteStartObject("evidence");
                foreach (var (name, value) in d.Evidence.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    WriteNumber(writer, name, value);
                }

                writer.WriteEndObject();
                writer.WriteString("help", d.Help);
                if (d.Suppressed is null)
                {
                    writer.WriteNull("suppressed");
                }
                else
                {
                    writer.WriteStartObject("suppressed");
                    writer.WriteString("kind", "external");
                    writer.WriteString("justification", d.Suppressed.Justification);
                    writer.WriteString("source", d.Suppressed.Source);
                    if (d.Suppressed.Expires is { } expires)
                    {
                        writer.WriteString("expires", expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        writer.WriteNull("expires");
                    }

                    writer.WriteEndObject();
                }

                writer.WriteString("baseline", BaselineName(d.Baseline));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            var s = result.Summary;
            writer.WriteStartObject("summary");
            writer.WriteNumber("error", s.Error);
            writer.WriteNumber("warning", s.Warning);
            writer.WriteNumber("info", s.Info);
            writer.WriteNumber("suppressed", s.Suppressed);
            if (result.ComparedWithBaseline)
            {
                writer.WriteNumber("new", s.New);
                writer.WriteNumber("unchanged", s.Unchanged);
                writer.WriteNumber("absent", s.Absent);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary><c>new</c>, <c>unchanged</c> or <c>absent</c> (also SARIF's <c>baselineState</c> values).</summary>
    public static string BaselineName(BaselineState state) => state switch
    {
        BaselineState.Unchanged => "unchanged",
        BaselineState.Absent => "absent",
        _ => "new",
    };

    internal static void WriteScope(Utf8JsonWriter writer, Scope scope)
    {
        writer.WriteStartObject();
        writer.WriteString("period", scope.Period.Label);
        if (scope.Slice is null)
        {
            writer.WriteNull("slice");
        }
        else
        {
            writer.WriteStartObject("slice");
            writer.WriteString(scope.Slice.Dimension, scope.Slice.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    internal static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            // Twelve significant digits: stable across platforms, far beyond what any threshold needs.
            var rounded = double.Parse(v.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            writer.WriteNumber(name, rounded);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
