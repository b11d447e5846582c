using System.Diagnostics;
using CapitalHealthReport.IO;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// The temporary folder one bad-input case runs in: the case's files copied, large inputs generated, links and FIFOs
/// made, and beside it an <c>outside</c> folder holding <see cref="Canary"/>, which no run may read, print or copy.
/// After the run, <see cref="Check"/> asserts everything every case must satisfy.
/// </summary>
public sealed class BadInputWorkspace
{
    /// <summary>The secret in <c>{outside}/secret.txt</c>: seeing it anywhere means a file outside the allowed roots was read.</summary>
    public const string Canary = "CANARY-d41d8cd98f00-outside-the-allowed-roots";

    private string? _readOnly;

    public BadInputWorkspace(string temp, BadInputCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        Case = testCase;
        Dir = Path.Combine(temp, testCase.Name.Replace('/', Path.DirectorySeparatorChar));
        Outside = Dir + ".outside";
    }

    public BadInputCase Case { get; }

    /// <summary>The case folder (<c>{dir}</c>).</summary>
    public string Dir { get; }

    /// <summary>The folder beside it that no run may read (<c>{outside}</c>).</summary>
    public string Outside { get; }

    public string SecretFile => Path.Combine(Outside, "secret.txt");

    /// <summary>True when the case needs links, FIFOs or devices, which only Linux provides here.</summary>
    public bool NeedsLinux => Case.Setup.Count > 0 || Case.Args.Any(static a => a.StartsWith("/dev/", StringComparison.Ordinal) || a.StartsWith("/proc/", StringComparison.Ordinal));

    /// <summary>Copies, generates and sets up the inputs; returns the command line with its placeholders filled.</summary>
    public IReadOnlyList<string> Prepare()
    {
        CopyFolder(Case.Folder, Dir);
        File.Delete(Path.Combine(Dir, "case.yaml"));
        Directory.CreateDirectory(Outside);
        File.WriteAllText(SecretFile, Canary + "\n");
        if (Case.Generate is { } generator)
        {
            InputGenerators.Run(generator, Dir);
        }

        foreach (var step in Case.Setup)
        {
            SetUp(Fill(step));
        }

        return [.. Case.Args.Select(Fill)];
    }

    /// <summary>Fails the test when the run broke any rule of the corpus.</summary>
    public void Check(CliResult result, byte[]? before)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.AssertNoStackTrace();
        Assert.True(Case.Exit == result.ExitCode, $"expected exit {Case.Exit}, got {result}");
        foreach (var fragment in Case.Messages)
        {
            Assert.True(result.Output.Contains(Fill(fragment), StringComparison.Ordinal), $"the output lacks '{fragment}': {result}");
        }

        if (Case.ExitIsError)
        {
            Assert.True(result.Stderr.TrimStart().StartsWith("error: ", StringComparison.Ordinal), $"the error is not on standard error as 'error: …': {result}");
        }

        var control = result.Output.ToList().FindIndex(static c => c < ' ' && c is not '\n' and not '\t' and not '\r');
        Assert.True(control < 0, $"a control character (U+{(control < 0 ? 0 : result.Output[control]):X4}) reached the terminal: {result}");
        if (Case.MaxStderr is { } max)
        {
            Assert.True(result.Stderr.Length <= max, $"standard error holds {result.Stderr.Length} characters, more than {max}: {result.Stderr[..Math.Min(result.Stderr.Length, 2_000)]}");
        }

        if (Case.NoOutput is { } absent)
        {
            var path = Path.Combine(Dir, absent);
            Assert.False(FileNode.At(path).Exists, $"{absent} was written although the run failed");
        }

        if (Case.Output is { } written)
        {
            Assert.True(FileNode.At(Path.Combine(Dir, written)).Kind == FileNodeKind.Regular, $"{written} was not written: {result}");
        }

        if (before is not null)
        {
            Assert.Equal(before, File.ReadAllBytes(Path.Combine(Dir, Case.Unchanged!)));
        }

        foreach (var (node, kind) in Case.Nodes)
        {
            var actual = FileNode.At(Path.Combine(Dir, node)).Kind;
            Assert.True(actual == kind, $"{node} is now {FileNode.Describe(actual)}, not {FileNode.Describe(kind)}: it was replaced");
        }

        var files = RegularFiles(Dir).ToList();
        var leftovers = files.Where(static f => f.EndsWith(".tmp", StringComparison.Ordinal)).ToList();
        Assert.True(leftovers.Count == 0, $"temporary files were left behind: {string.Join(", ", leftovers)}");
        if (_readOnly is not null)
        {
            Assert.Empty(Directory.EnumerateFiles(_readOnly, ".findings*"));
        }

        Assert.False(result.Output.Contains(Canary, StringComparison.Ordinal), $"a file outside the allowed roots was printed: {result}");
        foreach (var file in files.Where(static f => new FileInfo(f).Length < 64 << 20))
        {
            Assert.False(File.ReadAllText(file).Contains(Canary, StringComparison.Ordinal), $"{file} holds the content of a file outside the allowed roots");
        }

        Assert.Equal(Canary + "\n", File.ReadAllText(SecretFile));
    }

    /// <summary>The bytes of the case's <c>unchanged</c> file before the run.</summary>
    public byte[]? Before() => Case.Unchanged is { } keep ? File.ReadAllBytes(Path.Combine(Dir, keep)) : null;

    /// <summary>The read-only folder, when the case used one.</summary>
    public string? ReadOnly => _readOnly;

    /// <summary>The regular files under <paramref name="folder"/>, never following a link (a link may lead to /dev or /proc).</summary>
    public static IEnumerable<string> RegularFiles(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var node = FileNode.At(entry);
            if (node.Kind == FileNodeKind.Directory)
            {
                foreach (var file in RegularFiles(entry))
                {
                    yield return file;
                }
            }
            else if (node.Kind == FileNodeKind.Regular)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Removes the workspaces under <paramref name="temp"/>, write-protected folders included.</summary>
    public static void DeleteAll(string temp)
    {
        if (!Directory.Exists(temp))
        {
            return;
        }

        foreach (var folder in Folders(temp).Where(static d => d.EndsWith("read-only", StringComparison.Ordinal)))
        {
            WriteProtectedFolder.Release(Path.GetDirectoryName(folder)!);
        }

        Directory.Delete(temp, recursive: true);
    }

    /// <summary>The folders under <paramref name="folder"/>, never following a link.</summary>
    public static IEnumerable<string> Folders(string folder)
    {
        foreach (var entry in Directory.EnumerateDirectories(folder))
        {
            if (FileNode.At(entry).Kind == FileNodeKind.Directory)
            {
                yield return entry;
                foreach (var inner in Folders(entry))
                {
                    yield return inner;
                }
            }
        }
    }

    private string Fill(string text)
    {
        if (text.Contains("{readonly}", StringComparison.Ordinal))
        {
            _readOnly ??= WriteProtectedFolder.Create(Dir);
            text = text.Replace("{readonly}", _readOnly, StringComparison.Ordinal);
        }

        return text.Replace("{dir}", Dir, StringComparison.Ordinal).Replace("{outside}", Outside, StringComparison.Ordinal);
    }

    private void SetUp(string step)
    {
        var parts = step.Split(' ', 2);
        var (verb, rest) = (parts[0], parts.Length > 1 ? parts[1] : "");
        var arrow = rest.Split(" -> ", 2);
        var path = Path.Combine(Dir, arrow[0].Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (verb)
        {
            case "link":
                File.CreateSymbolicLink(path, arrow[1].Trim());
                break;
            case "hardlink":
                Tool("ln", Path.Combine(Dir, arrow[1].Trim()), path);
                break;
            case "fifo":
                Tool("mkfifo", path);
                break;
            default:
                throw new InvalidDataException($"unknown setup step '{step}'; use link, hardlink or fifo.");
        }
    }

    private static void Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} {string.Join(' ', args)} failed: {error}");
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
