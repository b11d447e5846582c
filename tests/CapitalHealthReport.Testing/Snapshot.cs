using System.Reflection;
using System.Text;
using DiffPlex.Renderer;
using Xunit;

namespace CapitalHealthReport.Testing;

/// <summary>
/// Snapshot assertions with Verify's conventions, stored Spectre.Console style in the test project's own tree:
/// <c>tests/&lt;Project&gt;/Expectations/&lt;Area&gt;/&lt;Test&gt;.verified.&lt;ext&gt;</c>. A mismatch writes
/// <c>&lt;Test&gt;.received.&lt;ext&gt;</c> beside the verified file and fails with a unified diff; a missing verified file
/// fails too, unless <c>CAPITALHEALTH_ACCEPT=1</c> is set, which writes (or rewrites) the verified files instead.
/// Text is compared with LF line ends and without a byte-order mark.
/// </summary>
public static class Snapshot
{
    /// <summary>Set to <c>1</c> to write missing or changed verified files instead of failing (then review and commit them).</summary>
    public const string AcceptVariable = "CAPITALHEALTH_ACCEPT";

    /// <summary>Diff lines shown in a failure message; the received file has the rest.</summary>
    public const int MaxDiffLines = 200;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>True when <see cref="AcceptVariable"/> asks to write verified files.</summary>
    public static bool AcceptMode => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "True";

    /// <summary>
    /// Asserts that <paramref name="content"/> equals <c>Expectations/&lt;area&gt;/&lt;name&gt;.verified.&lt;extension&gt;</c>
    /// of the running test project. <paramref name="name"/> defaults to the running test method's name.
    /// </summary>
    public static void Verify(string area, string content, string extension = "txt", string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(area);
        ArgumentNullException.ThrowIfNull(content);
        var testName = name ?? TestContext.Current.TestMethod?.MethodName
            ?? throw new InvalidOperationException("Snapshot.Verify outside a test needs an explicit name.");
        var folder = Path.Combine(ExpectationsRoot(), area);
        VerifyFile(folder, testName, extension, content);
    }

    /// <summary>The <c>Expectations</c> folder of the running test project (named after the test assembly).</summary>
    public static string ExpectationsRoot()
    {
        var assembly = TestContext.Current.TestAssembly?.AssemblyName;
        var project = assembly is null ? Assembly.GetEntryAssembly()?.GetName().Name : new AssemblyName(assembly).Name;
        if (string.IsNullOrEmpty(project))
        {
            throw new InvalidOperationException("The running test project is unknown; call Snapshot.VerifyFile with a folder.");
        }

        return Path.Combine(RepositoryPaths.TestProject(project), "Expectations");
    }

    /// <summary>The same assertion against an explicit folder: <c>&lt;folder&gt;/&lt;name&gt;.verified.&lt;extension&gt;</c>.</summary>
    public static void VerifyFile(string folder, string name, string extension, string content)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        var verifiedPath = Path.Combine(folder, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var received = Normalize(content);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
        if (verified is not null && string.Equals(verified, received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        if (AcceptMode)
        {
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            TestContext.Current.SendDiagnosticMessage($"Snapshot accepted: {verifiedPath}");
            return;
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        if (verified is null)
        {
            Assert.Fail(
                $"No verified snapshot at {verifiedPath}. The output was written to {receivedPath}: review it and rename it to " +
                $"{Path.GetFileName(verifiedPath)}, or run the tests once with {AcceptVariable}=1 and commit the verified files.");
        }

        Assert.Fail(
            $"Snapshot {Path.GetFileName(verifiedPath)} differs; the new output is in {receivedPath}. Accept it by renaming it to " +
            $"{Path.GetFileName(verifiedPath)} (or run with {AcceptVariable}=1) if the change is intended.\n" + Diff(verified, received, verifiedPath, receivedPath));
    }

    /// <summary>A unified diff from <paramref name="verified"/> to <paramref name="received"/>, at most <see cref="MaxDiffLines"/> lines.</summary>
    public static string Diff(string verified, string received, string verifiedName, string receivedName)
    {
        var diff = Normalize(new UnidiffRenderer(contextLines: 3).Generate(verified, received, verifiedName, receivedName, ignoreWhitespace: false, ignoreCase: false));
        var lines = diff.Split('\n');
        return lines.Length <= MaxDiffLines
            ? diff
            : string.Join('\n', lines.Take(MaxDiffLines)) + $"\n… {lines.Length - MaxDiffLines} more lines (compare the two files).";
    }

    /// <summary>LF line ends, no byte-order mark.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return normalized.Length > 0 && normalized[0] == '\uFEFF' ? normalized[1..] : normalized;
    }
}
