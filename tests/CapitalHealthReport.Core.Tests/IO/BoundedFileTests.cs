using System.Diagnostics;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Core.Tests.IO;

public sealed class BoundedFileTests : IDisposable
{
    private static readonly ReadPolicy Small = new("a test input", 1024);

    private readonly FileSystemFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_file_within_the_limit_is_read_whole()
    {
        var path = _files.File("a.yaml", "key: value\n");

        Assert.Equal("key: value\n", BoundedFile.ReadAllText(path, Small));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var path = _files.File("big.yaml", new string('x', 2000));

        var error = Assert.Throws<LimitExceededException>(() => BoundedFile.ReadAllBytes(path, Small));

        Assert.Contains("larger than the 1 KB a test input may be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_whose_length_is_zero_is_stopped_at_the_limit_as_it_is_read()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/zero");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<LimitExceededException>(() => BoundedFile.ReadAllBytes("/dev/zero", Small with { MaxBytes = 4 << 20 }));

        Assert.Contains("holds more than 4 MB", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_fifo_without_a_writer_reads_as_empty_at_once()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs");
        var fifo = _files.Fifo("pipe");

        Assert.Empty(BoundedFile.ReadAllBytes(fifo, Small));
    }

    [Fact]
    public void A_fifo_whose_writer_never_writes_is_given_up_after_the_wait()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs");
        var fifo = _files.Fifo("pipe");

        // Opened for reading and writing, a FIFO opens at once on Linux: a writer that never writes.
        using (var silentWriter = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite))
        {
            var error = Assert.Throws<InputException>(() => BoundedFile.ReadAllBytes(fifo, Small with { Wait = TimeSpan.FromSeconds(2) }));

            Assert.Contains("still being read after 2 s", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Regular_files_only_refuses_a_fifo_and_a_device_without_reading_them()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs and /dev");
        var fifo = _files.Fifo("pipe");
        var strict = Small with { RegularFileOnly = true };

        Assert.Contains("is a FIFO (named pipe)", Assert.Throws<InputException>(() => BoundedFile.ReadAllBytes(fifo, strict)).Message, StringComparison.Ordinal);
        Assert.Contains("is a character device", Assert.Throws<InputException>(() => BoundedFile.ReadAllBytes("/dev/zero", strict)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusing_links_refuses_a_link_even_to_a_regular_file()
    {
        var target = _files.File("real.md", "text");
        var link = _files.Link("snapshot.md", target);

        var error = Assert.Throws<InputException>(() => BoundedFile.ReadAllBytes(link, Small with { RefuseLinks = true }));

        Assert.Contains("is a symbolic link", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_and_a_missing_file_are_clear_errors()
    {
        Assert.Contains("is a folder", Assert.Throws<InputException>(() => BoundedFile.ReadAllBytes(_files.Root, Small)).Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", Assert.Throws<InputException>(() => BoundedFile.ReadAllBytes(_files.Path("none"), Small)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_input_kind_has_a_positive_limit_and_only_snapshots_refuse_links()
    {
        var limits = ResourceLimits.Default;
        ReadPolicy[] policies = [limits.MappingPolicy, limits.ConfigurationPolicy, limits.RulePackPolicy, limits.BaselinePolicy, limits.TemplatePolicy, limits.IncludePolicy, limits.SnapshotPolicy, limits.ReferencePolicy];

        Assert.All(policies, static p => Assert.True(p.MaxBytes > 0));
        Assert.True(limits.SnapshotPolicy is { RefuseLinks: true, RegularFileOnly: true, Recorded: false });
        Assert.True(limits.IncludePolicy.RegularFileOnly);
    }
}
