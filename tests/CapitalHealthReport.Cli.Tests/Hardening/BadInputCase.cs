using CapitalHealthReport.Testing;
using YamlDotNet.RepresentationModel;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// One case of the bad-input corpus: a folder under <c>BadInputs/&lt;category&gt;/&lt;case&gt;/</c> with its input
/// files and a <c>case.yaml</c>: <c>args</c> (the command line; <c>{dir}</c> is the case folder, <c>{readonly}</c>
/// a folder that refuses writes), <c>exit</c>, <c>message</c> (one fragment or a list that the output must
/// contain), and optionally <c>generate</c> (a generator that writes large or binary inputs at test time),
/// <c>no_output</c> (a path that must not exist afterwards) and <c>unchanged</c> (a file whose bytes must survive).
/// </summary>
public sealed record BadInputCase(
    string Name,
    string Folder,
    IReadOnlyList<string> Args,
    int Exit,
    IReadOnlyList<string> Messages,
    string? Generate,
    string? NoOutput,
    string? Unchanged)
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "args", "exit", "message", "generate", "no_output", "unchanged" };

    /// <summary>True when the case expects the invalid-input exit code (2), whose message goes to standard error as <c>error: …</c>.</summary>
    public bool ExitIsError => Exit == ExitCodes.InvalidInput;

    /// <summary>The corpus folder in the source tree.</summary>
    public static string Root => Path.Combine(RepositoryPaths.TestProject("CapitalHealthReport.Cli.Tests"), "BadInputs");

    /// <summary>Every case name (<c>category/case</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Root, "case.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static BadInputCase Load(string name)
    {
        var folder = Path.Combine(Root, name);
        var file = Path.Combine(folder, "case.yaml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var key in root.Children.Keys)
        {
            var text = ((YamlScalarNode)key).Value ?? "";
            if (!Keys.Contains(text))
            {
                throw new InvalidDataException($"{file}: unknown key '{text}'; known: {string.Join(", ", Keys.Order(StringComparer.Ordinal))}.");
            }
        }

        return new BadInputCase(
            name,
            folder,
            Strings(root, "args") ?? throw new InvalidDataException($"{file}: 'args' is required."),
            int.Parse(Scalar(root, "exit") ?? throw new InvalidDataException($"{file}: 'exit' is required."), System.Globalization.CultureInfo.InvariantCulture),
            Strings(root, "message") ?? throw new InvalidDataException($"{file}: 'message' is required."),
            Scalar(root, "generate"),
            Scalar(root, "no_output"),
            Scalar(root, "unchanged"));
    }

    private static string? Scalar(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static IReadOnlyList<string>? Strings(YamlMappingNode root, string key)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        return node switch
        {
            YamlSequenceNode list => [.. list.Children.Select(c => ((YamlScalarNode)c).Value ?? "")],
            YamlScalarNode scalar => [scalar.Value ?? ""],
            _ => throw new InvalidDataException($"'{key}' must be a value or a list."),
        };
    }
}
