using System.Reflection;
using System.Text;
using System.Text.Json;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Writes SARIF 2.1.0 that GitHub code scanning and Azure DevOps accept and that validates against the official schema:
/// one run whose <c>tool.driver.rules</c> is the rule catalog (id, name, short and full description, the help text
/// embedded as text and Markdown, <c>helpUri</c> only from an absolute help base URL, default level, category), and one
/// result per finding with <c>ruleId</c>, <c>ruleIndex</c>, <c>level</c>, <c>message.text</c>, a physical location (the
/// rule's line in its pack, or the configuration entry of a CH0xxx finding) beside a logical location for the scope,
/// the deals file as a related location, a partial fingerprint of (rule, scope) that stays the same across runs,
/// suppressions with their justification and, after a baseline comparison, <c>baselineState</c>.
/// </summary>
public static class SarifWriter
{
    /// <summary>The official SARIF 2.1.0 schema (OASIS errata 01).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string FingerprintKey = "capitalHealth/v1";
    public const string InformationUri = "https://www.nuget.org/packages/CapitalHealthReport";

    public static string Write(AnalysisResult result, RuleCatalog catalog, SarifOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(result, catalog, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(AnalysisResult result, RuleCatalog catalog, Stream output, SarifOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        options ??= SarifOptions.Default;
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
                WriteRule(writer, rule, options);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartArray("results");
            foreach (var d in result.Diagnostics)
            {
                WriteResult(writer, d, index, FindingSources.Of(d, catalog, options.Config), options, result.ComparedWithBaseline);
            }

            writer.WriteEndArray();
            writer.WriteString("columnKind", "unicodeCodePoints");
            writer.WriteStartObject("properties");
            writer.WriteString("period", result.Period.Label);
            if (result.Currency is { } currency)
            {
                // The amounts in the findings' messages and evidence are in this currency.
                writer.WriteString("reportingCurrency", currency);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule, SarifOptions options)
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
        if (options.HelpUri(rule.Id) is { } helpUri)
        {
            writer.WriteString("helpUri", helpUri);
        }

        writer.WriteStartObject("help");
        writer.WriteString("text", HelpText(rule));
        writer.WriteString("markdown", RuleDocs.Page(rule));
        writer.WriteEndObject();
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

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic d, Dictionary<string, int> index, SourceLocation source, SarifOptions options, bool withBaseline)
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
        WritePhysical(writer, source.File, source.Line, source.Column);
        writer.WriteStartArray("logicalLocations");
        writer.WriteStartObject();
        writer.WriteString("name", d.Scope.Slice is null ? d.Scope.Period.Label : $"{d.Scope.Slice.Dimension}={d.Scope.Slice.Value}");
        writer.WriteString("fullyQualifiedName", d.Location);
        writer.WriteString("kind", d.Scope.Slice is null ? "namespace" : "module");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (options.DealsFile is { } deals)
        {
            writer.WriteStartArray("relatedLocations");
            writer.WriteStartObject();
            writer.WriteNumber("id", 1);
            WritePhysical(writer, deals, null, null);
            writer.WriteStartObject("message");
            writer.WriteString("text", "The deals analysed in " + d.Location);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

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

        if (withBaseline)
        {
            writer.WriteString("baselineState", DiagnosticsJson.BaselineName(d.Baseline));
        }

        writer.WriteStartObject("properties");
        writer.WriteString("category", d.Category);
        writer.WriteString("title", d.Title);
        writer.WritePropertyName("scope");
        DiagnosticsJson.WriteScope(writer, d.Scope);
        if (d.Subject is not null)
        {
            writer.WriteString("subject", d.Subject);
        }

        writer.WriteStartObject("evidence");
        foreach (var (name, value) in d.Evidence.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            DiagnosticsJson.WriteNumber(writer, name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePhysical(Utf8JsonWriter writer, string file, int? line, int? column)
    {
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", FindingSources.Uri(file));
        writer.WriteEndObject();
        if (line is { } startLine)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", Math.Max(1, startLine));
            writer.WriteNumber("startColumn", Math.Max(1, column ?? 1));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>The help as plain text: the title, the condition (the threshold in words, then the expression) and why it matters.</summary>
    internal static string HelpText(RuleDescriptor rule)
    {
        var b = new StringBuilder();
        b.Append(rule.Id).Append(": ").Append(rule.Title).Append("\n\n");
        if (rule.Threshold is { } threshold)
        {
            b.Append(threshold.Describe(RuleLanguages.English)).Append('\n');
        }

        b.Append("Condition: ").Append(rule.When).Append('\n');
        foreach (var (level, expression) in rule.Escalate.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            b.Append("Escalates to ").Append(level).Append(" when ").Append(expression).Append('\n');
        }

        b.Append('\n').Append(rule.Description.Trim()).Append('\n');
        return b.ToString();
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
