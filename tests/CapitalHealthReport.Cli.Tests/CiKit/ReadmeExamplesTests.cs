using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary>
/// The README's CI examples run as written: every <c>capital-health</c> command in its CI sections (bash and workflow
/// blocks, in order) runs with the tool built from this checkout, in a folder laid out like the repository, and exits
/// as the line says (<c># exit 1</c>, else 0); the tool manifest names the package and command this repository packs.
/// </summary>
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private static readonly MachineSettings Machine = new("UTC", "en-US", 2);
    private readonly TempFolder _folder = new("readme");

    [Fact]
    public void The_ci_examples_of_the_readme_run_as_written()
    {
        var commands = Commands();
        Assert.True(commands.Count >= 8, $"the README's CI sections hold {commands.Count} commands");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "data", "sample"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "data", "sample", "deals.csv"), Path.Combine(_folder.Path, "data", "sample", "deals.csv"));
        var summary = _folder.File("step-summary.md");
        foreach (var (line, args, append, exit) in commands)
        {
            var outcome = CapitalHealthProcess.Run(Machine, _folder.Path, args, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary });
            Assert.True(exit == outcome.ExitCode, $"'{line}' exited {outcome.ExitCode}, the README says {exit}\n{outcome}");
            if (append is not null)
            {
                File.AppendAllText(append == "$GITHUB_STEP_SUMMARY" ? summary : Path.Combine(_folder.Path, append), outcome.Stdout);
            }
        }

        Assert.NotNull(JsonNode.Parse(File.ReadAllText(_folder.File("findings.sarif")))!["runs"]);
        Assert.Equal("testsuites", XDocument.Load(_folder.File("findings.junit.xml")).Root!.Name.LocalName);
        Assert.StartsWith("## capital-health: findings for 2025Q1", File.ReadAllText(summary), StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(_folder.File("snapshots"), "*.verified.*"));
    }

    [Fact]
    public void The_tool_manifest_pins_the_package_and_command_this_repository_packs()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".config", "dotnet-tools.json")))!;
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "CapitalHealthReport.Cli", "CapitalHealthReport.Cli.csproj"));
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var packageId = project.Descendants("PackageId").Single().Value;
        var command = project.Descendants("ToolCommandName").Single().Value;
        var version = props.Descendants("Version").First().Value;
        var tool = manifest["tools"]![packageId.ToLowerInvariant()]!;
        Assert.Equal(version, (string?)tool["version"]);
        Assert.Equal(command, (string?)tool["commands"]![0]);
        Assert.True((bool)manifest["isRoot"]!);
    }

    [Fact]
    public void The_readme_explains_the_datasets_variable_the_tests_read()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.Contains("CAPITALHEALTH_DATASETS", readme, StringComparison.Ordinal);
        Assert.Contains("../shared/datasets", readme, StringComparison.Ordinal);
    }

    /// <summary>Every capital-health command line of the README's CI sections: its arguments, a <c>&gt;&gt;</c> target and the exit it names.</summary>
    private static List<(string Line, string[] Args, string? Append, int Exit)> Commands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("<!-- ci-examples:start -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- ci-examples:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the README marks its CI examples with ci-examples:start and ci-examples:end");
        var commands = new List<(string, string[], string?, int)>();
        var inBlock = false;
        foreach (var raw in readme[start..end].Split('\n'))
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            var match = CommandLine().Match(raw);
            if (!inBlock || !match.Success)
            {
                continue;
            }

            var exit = match.Groups["exit"].Success ? int.Parse(match.Groups["exit"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var words = Words(match.Groups["args"].Value);
            string? append = null;
            var redirect = words.IndexOf(">>");
            if (redirect >= 0)
            {
                append = words[redirect + 1];
                words = words[..redirect];
            }

            commands.Add((raw.Trim(), [.. words], append, exit));
        }

        return commands;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match word in Word().Matches(text))
        {
            words.Add(word.Groups[1].Success ? word.Groups[1].Value : word.Groups[2].Success ? word.Groups[2].Value : word.Value);
        }

        return words;
    }

    [GeneratedRegex("^\\s*(?:- )?(?:run: )?(?:dotnet tool run |dotnet run --project src/CapitalHealthReport.Cli -- )?capital-health (?<args>[^#]*?)\\s*(?:#\\s*(?:exit (?<exit>[0-9]+)|.*))?$")]
    private static partial Regex CommandLine();

    [GeneratedRegex("\"([^\"]*)\"|'([^']*)'|\\S+")]
    private static partial Regex Word();

    public void Dispose() => _folder.Dispose();
}
