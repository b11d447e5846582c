using CapitalHealthReport.IO;
using CapitalHealthReport.Testing;
using YamlDotNet.RepresentationModel;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// One case of the bad-input corpus: a folder under <c>BadInputs/&lt;category&gt;/&lt;case&gt;/</c> with its input
/// files and a <c>case.yaml</c>:
/// <list type="bullet">
/// <item><c>args</c>: the command line; <c>{dir}</c> is the case folder, <c>{outside}</c> a folder beside it that holds
/// a secret no run may read (<see cref="BadInputWorkspace.Canary"/>), <c>{readonly}</c> a folder that refuses writes;</item>
/// <item><c>exit</c>, <c>message</c> (one fragment or a list that the output must contain);</item>
/// <item><c>generate</c>: a generator that writes large or binary inputs at test time (<see cref="InputGenerators"/>);</item>
/// <item><c>setup</c>: nodes git cannot hold, made at test time: <c>link PATH -&gt; TARGET</c>, <c>hardlink PATH -&gt; TARGET</c>, <c>fifo PATH</c>;</item>
/// <item><c>env</c>: environment variables for the run (such a case runs in a child process);</item>
/// <item><c>no_output</c>: a path that must not exist afterwards; <c>output</c>: a regular file that must;</item>
/// <item><c>unchanged</c>: a file whose bytes must survive; <c>nodes</c>: <c>PATH: link|fifo|file</c>, what each node must still be;</item>
/// <item><c>max_stderr</c>: the most characters standard error may hold; <c>seconds</c>: the time budget (default 60).</item>
/// </list>
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
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "args", "exit", "message", "generate", "no_output", "unchanged", "setup", "env", "output", "nodes", "max_stderr", "seconds",
    };

    /// <summary>Nodes to make before the run (<c>link a -&gt; b</c>, <c>hardlink a -&gt; b</c>, <c>fifo a</c>).</summary>
    public IReadOnlyList<string> Setup { get; init; } = [];

    /// <summary>Environment variables for the run; a case with any runs in a child process.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>A regular file the run must have written.</summary>
    public string? Output { get; init; }

    /// <summary>What each named node must still be after the run (never replaced by a regular file).</summary>
    public IReadOnlyDictionary<string, FileNodeKind> Nodes { get; init; } = new Dictionary<string, FileNodeKind>();

    /// <summary>The most characters standard error may hold (long values must be cut in messages).</summary>
    public int? MaxStderr { get; init; }

    /// <summary>The time budget of the run.</summary>
    public TimeSpan Budget { get; init; } = CliRun.DefaultBudget;

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
            Int(root, "exit") ?? throw new InvalidDataException($"{file}: 'exit' is required."),
            Strings(root, "message") ?? throw new InvalidDataException($"{file}: 'message' is required."),
            Scalar(root, "generate"),
            Scalar(root, "no_output"),
            Scalar(root, "unchanged"))
        {
            Setup = Strings(root, "setup") ?? [],
            Environment = Map(root, "env").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Output = Scalar(root, "output"),
            Nodes = Map(root, "nodes").ToDictionary(p => p.Key, p => Kind(p.Value, file), StringComparer.Ordinal),
            MaxStderr = Int(root, "max_stderr"),
            Budget = Int(root, "seconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : CliRun.DefaultBudget,
        };
    }

    private static FileNodeKind Kind(string text, string file) => text switch
    {
        "link" => FileNodeKind.Link,
        "fifo" => FileNodeKind.Fifo,
        "file" => FileNodeKind.Regular,
        _ => throw new InvalidDataException($"{file}: node kind '{text}' is not link, fifo or file."),
    };

    private static string? Scalar(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static int? Int(YamlMappingNode root, string key) =>
        Scalar(root, key) is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static IEnumerable<KeyValuePair<string, string>> Map(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlMappingNode)node).Children.Select(c => new KeyValuePair<string, string>(((YamlScalarNode)c.Key).Value ?? "", ((YamlScalarNode)c.Value).Value ?? ""))
            : [];

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
