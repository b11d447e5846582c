using System.Diagnostics;

namespace CapitalHealthReport.Core.Tests.IO;

/// <summary>A temporary folder in which tests make files, links and FIFOs.</summary>
public sealed class FileSystemFixture : IDisposable
{
    public FileSystemFixture()
    {
        Root = Directory.CreateTempSubdirectory("chr-io-").FullName;
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string File(string relative, string content)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Link(string relative, string target)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.CreateSymbolicLink(path, target);
        return path;
    }

    public string Fifo(string relative)
    {
        var path = Path(relative);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
