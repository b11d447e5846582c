using CapitalHealthReport.Testing;
using NJsonSchema;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary>The official SARIF 2.1.0 schema (vendored beside this file with its licence) and validation against it.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepositoryPaths.TestProject("CapitalHealthReport.Cli.Tests"), "CiKit", "Sarif", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    /// <summary>Every violation of the schema in <paramref name="sarif"/>, as <c>path: kind</c>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Violations(string sarif) =>
        [.. YamlSchemas.Flatten(Schema.Value.Validate(sarif)).Select(static e => $"{e.Path}: {e.Kind} {e.Property}")];
}
