using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CapitalHealthReport.Testing;
using CapitalHealthReport.Yaml;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary>
/// The JSON Schemas of <c>schemas/</c> applied to YAML files as an editor applies them: YAML read into JSON with the
/// YAML 1.2 core schema's types (plain <c>20</c> is a number, <c>true</c> a boolean, <c>null</c> or nothing is null,
/// everything else text), then validated.
/// </summary>
internal static partial class YamlSchemas
{
    private static readonly Dictionary<string, Lazy<JsonSchema>> Schemas = new(StringComparer.Ordinal)
    {
        ["rule-pack"] = Load("rule-pack"),
        ["capitalhealth"] = Load("capitalhealth"),
        ["mapping"] = Load("mapping"),
        ["rule-tests"] = Load("rule-tests"),
    };

    public static string Folder => Path.Combine(RepositoryPaths.Root, "schemas");

    /// <summary>The schema file's JSON.</summary>
    public static JsonNode Json(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".schema.json")))!;

    /// <summary>Every violation (nested ones included) of <paramref name="yaml"/> against the schema <paramref name="name"/>, as <c>path kind</c>.</summary>
    public static IReadOnlyList<string> Violations(string name, string yaml, string file = "file.yaml")
    {
        var json = ToJson(YamlTree.Parse(yaml, file));
        return [.. Flatten(Schemas[name].Value.Validate(json?.ToJsonString() ?? "null")).Select(static e => $"{e.Path} {e.Kind}")];
    }

    /// <summary>A YAML tree as JSON, typed as the YAML 1.2 core schema types plain scalars.</summary>
    public static JsonNode? ToJson(YNode? node) => node switch
    {
        null => null,
        YMapping map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YSequence list => new JsonArray([.. list.Items.Select(ToJson)]),
        YScalar { IsNull: true } => null,
        YScalar { IsPlain: true, Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YScalar { IsPlain: true, Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YScalar { IsPlain: true } s when Integer().IsMatch(s.Value) && long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YScalar { IsPlain: true } s when Float().IsMatch(s.Value) => JsonValue.Create(double.Parse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        YScalar s => JsonValue.Create(s.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static Lazy<JsonSchema> Load(string name) =>
        new(() => JsonSchema.FromFileAsync(Path.Combine(Folder, name + ".schema.json")).GetAwaiter().GetResult());

    /// <summary>Every error with the errors nested in it (a type or one-of failure holds those of each branch).</summary>
    internal static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            var nested = error switch
            {
                ChildSchemaValidationError child => child.Errors.SelectMany(static e => e.Value),
                MultiTypeValidationError types => types.Errors.SelectMany(static e => e.Value),
                _ => [],
            };
            foreach (var inner in Flatten(nested))
            {
                yield return inner;
            }
        }
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
