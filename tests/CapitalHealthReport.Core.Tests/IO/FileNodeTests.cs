using CapitalHealthReport.IO;

namespace CapitalHealthReport.Core.Tests.IO;

public sealed class FileNodeTests : IDisposable
{
    private readonly FileSystemFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_regular_file_has_its_length_and_an_identity_shared_by_a_link_to_it()
    {
        var file = _files.File("a.txt", "hello");
        var link = _files.Link("b.txt", file);

        var node = FileNode.At(file);

        Assert.Equal(FileNodeKind.Regular, node.Kind);
        Assert.Equal(5, node.Length);
        Assert.Equal(FileNodeKind.Link, FileNode.At(link).Kind);
        Assert.True(FileNode.Behind(link).SameFileAs(node) || !OperatingSystem.IsLinux());
    }

    [Fact]
    public void Devices_and_fifos_are_told_from_regular_files_and_report_no_length()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs and /dev are Linux here");
        var fifo = _files.Fifo("pipe");

        Assert.Equal(FileNodeKind.Fifo, FileNode.At(fifo).Kind);
        Assert.Equal(FileNodeKind.CharacterDevice, FileNode.At("/dev/zero").Kind);
        Assert.Equal(0, FileNode.At("/dev/zero").Length);
        Assert.Equal(FileNodeKind.Directory, FileNode.At(_files.Root).Kind);
        Assert.Equal(FileNodeKind.Missing, FileNode.At(_files.Path("none")).Kind);
    }

    [Fact]
    public void A_link_that_leads_nowhere_is_a_link_whose_target_is_missing()
    {
        var link = _files.Link("dangling", _files.Path("missing/file"));

        Assert.Equal(FileNodeKind.Link, FileNode.At(link).Kind);
        Assert.False(FileNode.Behind(link).Exists);
    }
}
