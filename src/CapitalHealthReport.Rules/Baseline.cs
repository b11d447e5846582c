using System.Text;
using System.Text.Json;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Rules;

/// <summary>One finding of a previous run, as read from its JSON or SARIF output.</summary>
public sealed record BaselineEntry(string Id, string Location, string Fingerprint, DiagnosticSeverity Severity, string Category, string Title, string Message)
{
    /// <summary>What a configuration finding is about besides its scope (<see cref="Diagnostic.Subject"/>); null for a rule's finding.</summary>
    public string? Subject { get; init; }
}

/// <summary>
/// The findings of a previous <c>analyze</c> output (JSON or SARIF). Findings are matched by
/// (rule id, scope, message-independent fingerprint), so rewording a message keeps a finding <c>unchanged</c>.
/// </summary>
public sealed class Baseline
{
    public Baseline(IReadOnlyList<BaselineEntry> entries)
    {
        Entries = entries;
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The period the baseline's run judged (JSON's <c>period</c>, SARIF's <c>runs[0].properties.period</c>); null when it does not say.</summary>
    public string? Period { get; init; }

    /// <summary>
    /// The JSON document of a baseline file, read as configuration files and rule packs are: a UTF-8 byte-order mark
    /// (as Windows editors save) is skipped, and a file a UTF-16 or UTF-32 mark announces (as Windows PowerShell
    /// redirects output) is decoded first.
    /// </summary>
    private static JsonDocument Parse(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return JsonDocument.Parse(bytes.AsMemory(3));
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return JsonDocument.Parse(reader.ReadToEnd());
        }

        return JsonDocument.Parse(bytes);
    }

    /// <summary>Reads a previous <c>analyze --format json</c> or <c>--format sarif</c> output.</summary>
    /// <exception cref="InputException">The file is missing, too large, not JSON, or not shaped like either output.</exception>
    public static Baseline Load(string path, ResourceLimits? limits = null)
    {
        if (!File.Exists(path))
        {
            throw new InputException("the baseline file does not exist.", path, hint: "Give a previous 'analyze --format json' or '--format sarif' output.");
        }

        var bytes = BoundedFile.ReadAllBytes(path, (limits ?? ResourceLimits.Default).BaselinePolicy);
        try
        {
            using var document = Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("runs", out var runs))
            {
                var period = Array(runs, "runs", path).EnumerateArray().Select(static run => run.ValueKind == JsonValueKind.Object && run.TryGetProperty("properties", out var p) ? String(p, "period") : null).FirstOrDefault();
                return new Baseline(ReadSarif(runs, path)) { Period = period };
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("diagnostics", out var diagnostics))
            {
                return new Baseline(ReadJson(Array(diagnostics, "diagnostics", path), path)) { Period = String(root, "period") };
            }

            throw new InputException("the baseline is neither an 'analyze --format json' output (with 'diagnostics') nor a SARIF log (with 'runs').", path);
        }
        catch (JsonException ex)
        {
            throw new InputException($"the baseline is not valid JSON: {ex.Message}", path, (int?)(ex.LineNumber + 1), (int?)(ex.BytePositionInLine + 1), innerException: ex);
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement.GetString refuses a string with a broken escape (a lone surrogate such as \udc00).
            throw new InputException($"the baseline holds a value that cannot be read: {ex.Message}", path, hint: "Give an unedited 'analyze --format json' or '--format sarif' output.", innerException: ex);
        }
    }

    /// <summary>
    /// Marks each current finding <see cref="BaselineState.New"/> or <see cref="BaselineState.Unchanged"/>, and adds
    /// the baseline's findings that are no longer present as <see cref="BaselineState.Absent"/>.
    /// </summary>
    public IReadOnlyList<Diagnostic> Compare(IReadOnlyList<Diagnostic> current)
    {
        var known = new HashSet<string>(Entries.Select(e => e.Fingerprint), StringComparer.Ordinal);
        var result = current.Select(d => d with { Baseline = known.Contains(d.Fingerprint) ? BaselineState.Unchanged : BaselineState.New }).ToList();
        var present = new HashSet<string>(current.Select(d => d.Fingerprint), StringComparer.Ordinal);
        var empty = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var entry in Entries.Where(e => !present.Contains(e.Fingerprint)).DistinctBy(e => e.Fingerprint))
        {
            if (ScopeNames.TryParse(entry.Location) is not { } scope)
            {
                continue;
            }

            result.Add(new Diagnostic(entry.Id, entry.Severity, entry.Category, entry.Title, entry.Message, scope, empty, $"docs/rules/{entry.Id}.md", null, BaselineState.Absent)
            {
                Subject = entry.Subject,
            });
        }

        return result;
    }

    private static List<BaselineEntry> ReadJson(JsonElement diagnostics, string path)
    {
        var entries = new List<BaselineEntry>();
        foreach (var item in diagnostics.EnumerateArray())
        {
            Object(item, "each of 'diagnostics'", path);
            var id = String(item, "id") ?? throw new InputException("a baseline diagnostic has no 'id'.", path);
            if (String(item, "baseline") == "absent")
            {
                continue;
            }

            var location = item.TryGetProperty("scope", out var scopeElement) ? LocationOf(scopeElement) : null;
            if (location is null)
            {
                throw new InputException($"baseline diagnostic {id} has no readable 'scope' (period and slice).", path);
            }

            var subject = String(item, "subject");
            entries.Add(new BaselineEntry(id, location, ScopeNames.Fingerprint(id, location, subject), Severities.TryParse(String(item, "severity")) ?? DiagnosticSeverity.Warning,
                String(item, "category") ?? "", String(item, "title") ?? "", String(item, "message") ?? "")
            {
                Subject = subject,
            });
        }

        return entries;
    }

    private static List<BaselineEntry> ReadSarif(JsonElement runs, string path)
    {
        var entries = new List<BaselineEntry>();
        foreach (var run in runs.EnumerateArray())
        {
            Object(run, "each of 'runs'", path);
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in Array(results, "runs[].results", path).EnumerateArray())
            {
                Object(result, "each of 'runs[].results'", path);
                var id = String(result, "ruleId") ?? throw new InputException("a SARIF result in the baseline has no 'ruleId'.", path);
                if (String(result, "baselineState") == "absent")
                {
                    continue;
                }

                string? location = null;
                if (result.TryGetProperty("locations", out var locations))
                {
                    foreach (var loc in Array(locations, "results[].locations", path).EnumerateArray())
                    {
                        if (loc.ValueKind == JsonValueKind.Object && loc.TryGetProperty("logicalLocations", out var logical))
                        {
                            foreach (var l in Array(logical, "locations[].logicalLocations", path).EnumerateArray())
                            {
                                location ??= String(l, "fullyQualifiedName");
                            }
                        }
                    }
                }

                if (location is null)
                {
                    throw new InputException($"SARIF result {id} in the baseline has no logical location (fullyQualifiedName).", path);
                }

                var message = result.TryGetProperty("message", out var m) ? String(m, "text") ?? "" : "";
                var category = result.TryGetProperty("properties", out var p) ? String(p, "category") ?? "" : "";
                var title = result.TryGetProperty("properties", out var p2) ? String(p2, "title") ?? "" : "";
                var subject = result.TryGetProperty("properties", out var p3) ? String(p3, "subject") : null;
                entries.Add(new BaselineEntry(id, location, ScopeNames.Fingerprint(id, location, subject), Severities.FromSarifLevel(String(result, "level")), category, title, message)
                {
                    Subject = subject,
                });
            }
        }

        return entries;
    }

    private static string? LocationOf(JsonElement scope)
    {
        var period = String(scope, "period");
        if (period is null)
        {
            return null;
        }

        if (!scope.TryGetProperty("slice", out var slice) || slice.ValueKind != JsonValueKind.Object)
        {
            return period;
        }

        foreach (var property in slice.EnumerateObject())
        {
            return property.Value.ValueKind == JsonValueKind.String ? $"{period}/{property.Name}={property.Value.GetString()}" : null;
        }

        return period;
    }

    private static JsonElement Array(JsonElement element, string name, string path) =>
        element.ValueKind == JsonValueKind.Array
            ? element
            : throw new InputException($"'{name}' in the baseline must be a list, not {Kind(element)}.", path, hint: "Give an unedited 'analyze --format json' or '--format sarif' output.");

    private static void Object(JsonElement element, string name, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"{name} in the baseline must be an object, not {Kind(element)}.", path, hint: "Give an unedited 'analyze --format json' or '--format sarif' output.");
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
