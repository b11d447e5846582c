using System.Reflection;
using System.Text;
using System.Text.Json;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Writes SARIF 2.1.0: one run whose <c>tool.driver.rules</c> is the rule catalog (id, name, short and full
/// description, help URI, default level, category), and one result per finding with <c>ruleId</c>,
/// <c>ruleIndex</c>, <c>level</c>, <c>message.text</c>, a logical location for the scope, partial fingerprints,
/// suppressions with their justification and, after a baseline comparison, <c>baselineState</c>.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string FingerprintKey = "capitalHealth/v1";
    public const string InformationUri = "https://www.nuget.org/packages/CapitalHealthReport";

    public static string Write(AnalysisResult result, RuleCatalog catalog)
    {
        using var stream = new MemoryStream();
        Write(result, catalog, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(AnalysisResult result, RuleCatalog catalog, Stream output)
    {
        var rules = catalog.Rules.Concat(ConfigurationRules.All).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        using (var writer = new Utf8JsonWriter(output, DiagnosticsJson.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "capital-health");
            writer.WriteString("version", version);
            writer.WriteString("semanticVersion", version);
            writer.WriteString("informationUri", InformationUri);
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("name", PascalName(rule.Title));
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", rule.Title);
                writer.WriteEndObject();
                writer.WriteStartObject("fullDescription");
                writer.WriteString("text", rule.Description);
                writer.WriteEndObject();
                writer.WriteString("helpUri", rule.HelpUri);
                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", Severities.SarifLevel(rule.DefaultSeverity));
                writer.WriteEndObject();
                writer.WriteStartObject("properties");
                writer.WriteString("category", rule.Category);
                writer.WriteString("scope", rule.ScopeKind);
                writer.WriteStartArray("tags");
                foreach (var tag in rule.Tags)
                {
                    writer.WriteStringValue(tag);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartArray("results");
            foreach (var d in result.Diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", d.Id);
                if (index.TryGetValue(d.Id, out var ruleIndex))
                {
                    writer.WriteNumber("ruleIndex", ruleIndex);
                }

                writer.WriteString("kind", "fail");
                writer.WriteString("level", Severities.SarifLevel(d.Severity));
                writer.WriteStartObject("message");
                writer.WriteString("text", d.Message);
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteStartArray("logicalLocations");
                writer.WriteStartObject();
                writer.WriteString("name", d.Scope.Slice is null ? d.Scope.Period.Label : $"{d.Scope.Slice.Dimension}={d.Scope.Slice.Value}");
                writer.WriteString("fullyQualifiedName", d.Location);
                writer.WriteString("kind", d.Scope.Slice is null ? "namespace" : "module");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartObject("partialFingerprints");
                writer.WriteString(FingerprintKey, d.Fingerprint);
                writer.WriteEndObject();
                if (d.Suppressed is not null)
                {
                    writer.WriteStartArray("suppressions");
                    writer.WriteStartObject();
                    writer.WriteString("kind", "external");
                    writer.WriteString("status", "accepted");
                    writer.WriteString("justification", d.Suppressed.Justification);
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                }

                if (result.ComparedWithBaseline)
                {
                    writer.WriteString("baselineState", DiagnosticsJson.BaselineName(d.Baseline));
                }

                writer.WriteStartObject("properties");
                writer.WriteString("category", d.Category);
                writer.WriteString("title", d.Title);
                writer.WritePropertyName("scope");
                DiagnosticsJson.WriteScope(writer, d.Scope);
                writer.WriteStartObject("evidence");
                foreach (var (name, value) in d.Evidence.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    DiagnosticsJson.WriteNumber(writer, name, value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("columnKind", "unicodeCodePoints");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>A rule's SARIF <c>name</c>: its title in PascalCase letters and digits.</summary>
    internal static string PascalName(string title)
    {
        var builder = new StringBuilder();
        foreach (var word in title.Split([' ', '-', '/', ',', '(', ')', '.', ':', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return builder.ToString();
    }
}
