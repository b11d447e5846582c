using CapitalHealthReport.IO;

namespace CapitalHealthReport.Core.Tests.IO;

public sealed class OutputTargetTests : IDisposable
{
    private readonly FileSystemFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_new_or_regular_file_is_replaced_whole()
    {
        Assert.Equal(OutputMode.Replace, OutputTarget.Resolve(_files.Path("new.csv"), WriteOptions.Default).Mode);
        Assert.Equal(OutputMode.Replace, OutputTarget.Resolve(_files.File("old.csv", "x"), WriteOptions.Default).Mode);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("/dev/stdout")]
    public void Dash_and_dev_stdout_are_standard_output(string path)
    {
        Assert.Equal(OutputMode.StandardOutput, OutputTarget.Resolve(path, WriteOptions.Default).Mode);
    }

    [Fact]
    public void A_link_to_a_file_replaces_the_file_it_names_and_keeps_the_link()
    {
        var target = _files.File("real/report.md", "old");
        var link = _files.Link("report.md", target);

        AtomicFile.WriteAllText(link, "new");

        Assert.Equal(FileNodeKind.Link, FileNode.At(link).Kind);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void A_device_and_a_fifo_are_written_through_never_replaced()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs and /dev");
        var link = _files.Link("sink", "/dev/null");
        var fifo = _files.Fifo("pipe");
        using var reader = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite);

        AtomicFile.WriteAllText(link, "discarded");
        AtomicFile.WriteAllText(fifo, "through the pipe");

        var buffer = new byte[64];
        Assert.Equal("through the pipe", System.Text.Encoding.UTF8.GetString(buffer, 0, reader.Read(buffer)));
        Assert.Equal(FileNodeKind.Link, FileNode.At(link).Kind);
        Assert.Equal(FileNodeKind.Fifo, FileNode.At(fifo).Kind);
        Assert.Empty(Directory.EnumerateFiles(_files.Root, "*.tmp"));
    }

    [Fact]
    public void Regular_file_only_refuses_a_link_where_a_snapshot_goes()
    {
        var link = _files.Link("a.received.md", _files.File("elsewhere.txt", "keep"));

        var error = Assert.Throws<InputException>(() => AtomicFile.WriteAllText(link, "x", WriteOptions.RegularFileOnly));

        Assert.Contains("is a symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(_files.Path("elsewhere.txt")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_output_path_is_an_input_error(string path)
    {
        Assert.Contains("The output path is empty", Assert.Throws<InputException>(() => OutputTarget.Resolve(path, WriteOptions.Default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_of_233_characters_is_written_with_a_temporary_name_that_fits()
    {
        var name = new string('r', 229) + ".csv";

        AtomicFile.WriteAllText(_files.Path(name), "ok");

        Assert.Equal("ok", File.ReadAllText(_files.Path(name)));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(AtomicFile.TemporaryName(new string('报', 85))) <= AtomicFile.MaxNameBytes);
    }

    [Fact]
    public void An_output_that_is_an_input_of_the_run_is_refused_also_under_another_name()
    {
        var input = _files.File("in.csv", "date,amount\n");
        var link = _files.Link("out.csv", input);
        using var ledger = InputLedger.Begin();
        InputLedger.Record(input, "the deals file");

        Assert.Throws<InputException>(() => AtomicFile.WriteAllText(input, "x"));
        var error = Assert.Throws<InputException>(() => AtomicFile.WriteAllText(link, "x"));

        Assert.Contains("the output is the deals file this command reads", error.Message, StringComparison.Ordinal);
        Assert.Equal("date,amount\n", File.ReadAllText(input));
    }

    [Fact]
    public void A_read_only_file_is_refused_and_left_as_it_is()
    {
        var file = _files.File("report.md", "approved");
        File.SetAttributes(file, FileAttributes.ReadOnly);

        var error = Assert.Throws<InputException>(() => AtomicFile.WriteAllText(file, "new"));

        Assert.Contains("is read-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(file, error.File);
        Assert.Equal("approved", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFiles(_files.Root, "*", SearchOption.AllDirectories));
        File.SetAttributes(file, FileAttributes.Normal);
    }

    [Fact]
    public void A_replaced_file_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions");
            return;
        }

        var file = _files.File("private.md", "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        AtomicFile.WriteAllText(file, "new");

        Assert.Equal("new", File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }
}
