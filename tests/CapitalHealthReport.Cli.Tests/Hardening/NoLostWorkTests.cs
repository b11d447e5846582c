using System.Text;
using CapitalHealthReport.IO;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// No lost work: outputs are replaced only by complete files, a failing run leaves earlier outputs byte for byte,
/// and a full disk, a read-only folder or a missing folder end in a clear message and exit code 2.
/// </summary>
public sealed class NoLostWorkTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("chr-no-lost-work-").FullName;

    public void Dispose()
    {
        WriteProtectedFolder.Release(_temp);
        Directory.Delete(_temp, recursive: true);
    }

    public static TheoryData<string, string> FailingRuns() => new()
    {
        { "report-md", "report --format md --template {dir}/broken.sbn.md --output {out}" },
        { "report-pdf", "report --format pdf --template {dir}/broken.sbn.md --output {out}" },
        { "report-html", "report --format html --deals {dir}/missing.csv --output {out}" },
        { "analyze-json", "analyze --format json --rules {dir}/broken.yaml --output {out}" },
        { "analyze-sarif", "analyze --format sarif --period 2025Q7 --output {out}" },
        { "metrics-csv", "metrics --format csv --deals {dir}/header-only.csv --output {out}" },
        { "metrics-json", "metrics --format json --where sector --output {out}" },
        { "sample", "sample --rows -5 --output {out}" },
    };

    [Theory]
    [MemberData(nameof(FailingRuns))]
    public void A_failing_run_leaves_the_previous_output_unchanged(string name, string commandLine)
    {
        File.WriteAllText(Path.Combine(_temp, "broken.sbn.md"), "# Report\n{{ for x in }}\n");
        File.WriteAllText(Path.Combine(_temp, "broken.yaml"), "category: Concentration\nrules:\n  - id: CH1001\n    when: System.IO.File.Exists(\"x\")\n");
        File.WriteAllText(Path.Combine(_temp, "header-only.csv"), "date,company,amount\n");
        var output = Path.Combine(_temp, name + ".out");
        var previous = Encoding.UTF8.GetBytes($"output of an earlier run of {name}\n");
        File.WriteAllBytes(output, previous);
        var args = commandLine.Split(' ').Select(a => a.Replace("{dir}", _temp, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal)).ToList();

        var result = CliRun.Run(args);

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.StartsWith("error: ", result.Stderr.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(previous, File.ReadAllBytes(output));
        Assert.Empty(Directory.EnumerateFiles(_temp, "*.tmp"));
    }

    [Fact]
    public void A_successful_run_replaces_the_previous_output_whole()
    {
        var output = Path.Combine(_temp, "metrics.json");
        File.WriteAllText(output, new string('x', 1 << 20));

        var result = CliRun.Run(["metrics", "--format", "json", "--output", output]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(output));
        Assert.Empty(Directory.EnumerateFiles(_temp, "*.tmp"));
    }

    [Fact]
    public void A_full_disk_during_the_write_leaves_the_target_untouched_and_says_so()
    {
        var target = Path.Combine(_temp, "report.pdf");
        File.WriteAllText(target, "the previous report");

        var error = Assert.Throws<InputException>(() => AtomicFile.Write(target, stream =>
        {
            using var disk = new FullDiskStream(stream, capacity: 64 * 1024);
            disk.Write(new byte[1 << 20]);
        }));

        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal("the previous report", File.ReadAllText(target));
        Assert.Equal([target], Directory.EnumerateFiles(_temp));
    }

    [Fact]
    public void The_full_disk_device_gives_a_clear_error_where_the_system_has_one()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Skip("/dev/full does not exist on this system; the simulated full disk test covers the same path.");
        }

        var error = Assert.Throws<IOException>(() =>
        {
            using var stream = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            stream.Write(new byte[4096]);
            stream.Flush();
        });
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "pdf")]
    [InlineData("report", "html")]
    [InlineData("analyze", "sarif")]
    [InlineData("metrics", "csv")]
    [InlineData("sample", "csv")]
    public void A_read_only_output_folder_is_a_clear_error(string command, string format)
    {
        var folder = WriteProtectedFolder.Create(_temp);
        var output = Path.Combine(folder, $"chr-out.{format}");
        string[] args = command == "sample" ? ["sample", "--rows", "10", "--output", output] : [command, "--format", format, "--output", output];

        var result = CliRun.Run(args);

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("chr-out." + format, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Cannot write the output", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.EnumerateFiles(folder, ".chr-out*"));
    }

    [Theory]
    [InlineData("report", "md")]
    [InlineData("analyze", "json")]
    [InlineData("metrics", "json")]
    [InlineData("sample", "csv")]
    public void A_missing_output_folder_is_a_clear_error(string command, string format)
    {
        var output = Path.Combine(_temp, "not", "there", "out." + format);
        string[] args = command == "sample" ? ["sample", "--rows", "10", "--output", output] : [command, "--format", format, "--output", output];

        var result = CliRun.Run(args);

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp, "not")));
    }

    /// <summary>A write-only stream over another that fails like a full disk once <c>capacity</c> bytes are written.</summary>
    [Theory]
    [InlineData("report", "pdf")]
    [InlineData("report", "md")]
    [InlineData("analyze", "json")]
    [InlineData("metrics", "csv")]
    [InlineData("sample", "csv")]
    public void A_read_only_output_file_is_refused_and_left_as_it_is(string command, string format)
    {
        var output = Path.Combine(_temp, "approved." + format);
        File.WriteAllText(output, "the approved output");
        File.SetAttributes(output, FileAttributes.ReadOnly);
        string[] args = command == "sample" ? ["sample", "--rows", "10", "--output", output] : [command, "--format", format, "--output", output];

        var result = CliRun.Run(args);

        File.SetAttributes(output, FileAttributes.Normal);
        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains($"{output}: is read-only; it was left as it is", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("the approved output", File.ReadAllText(output));
        Assert.Equal([output], Directory.EnumerateFiles(_temp));
    }

    [Fact]
    public void Init_writes_neither_file_when_the_configuration_cannot_be_written()
    {
        var deals = Path.Combine(_temp, "export.csv");
        File.WriteAllText(deals, "date,company,amount\n2024-01-05,Acme,100\n");
        var folder = Directory.CreateDirectory(Path.Combine(_temp, "project")).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "capitalhealth.yaml"));

        var result = CliRun.Run(["init", "--deals", deals, "--output", folder, "--force"]);

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("capitalhealth.yaml: The output path is a folder", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder));
    }

    [Fact]
    public void Init_force_leaves_a_read_only_configuration_and_writes_no_mapping_beside_it()
    {
        var deals = Path.Combine(_temp, "export.csv");
        File.WriteAllText(deals, "date,company,amount\n2024-01-05,Acme,100\n");
        var folder = Directory.CreateDirectory(Path.Combine(_temp, "project")).FullName;
        var config = Path.Combine(folder, "capitalhealth.yaml");
        File.WriteAllText(config, "# the team's configuration\n");
        File.SetAttributes(config, FileAttributes.ReadOnly);

        var result = CliRun.Run(["init", "--deals", deals, "--output", folder, "--force"]);

        File.SetAttributes(config, FileAttributes.Normal);
        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("is read-only", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("# the team's configuration\n", File.ReadAllText(config));
        Assert.Equal([config], Directory.EnumerateFiles(folder));
    }

    [Fact]
    public void Rules_docs_writes_no_page_when_one_of_its_files_cannot_be_written()
    {
        var root = Directory.CreateDirectory(Path.Combine(_temp, "repo")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Root, "README.md"), Path.Combine(root, "README.md"));
        var metrics = Path.Combine(Directory.CreateDirectory(Path.Combine(root, "docs")).FullName, "metrics.md");
        File.WriteAllText(metrics, "# Metrics\n");
        File.SetAttributes(metrics, FileAttributes.ReadOnly);

        var result = CliRun.Run(["rules", "docs", "--root", root, "--rules", Path.Combine(RepositoryPaths.Root, "rules")]);

        File.SetAttributes(metrics, FileAttributes.Normal);
        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("metrics.md: is read-only", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("# Metrics\n", File.ReadAllText(metrics));
        Assert.Equal([Path.Combine(root, "README.md"), metrics], Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    private sealed class FullDiskStream(Stream inner, long capacity) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position
        {
            get => _written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var room = (int)Math.Min(buffer.Length, capacity - _written);
            inner.Write(buffer[..room]);
            _written += room;
            if (room < buffer.Length)
            {
                throw new IOException("No space left on device : '" + "disk" + "'");
            }
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
