using System.Diagnostics;
using System.Text;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>The resource limits: documented defaults, flags on every command that reads inputs, and clean, early refusals of inputs over a limit.</summary>
public sealed class LimitsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("chr-limits-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var limits = ResourceLimits.Default;

        Assert.Equal(int.MaxValue, limits.MaxFileBytes);
        Assert.Equal(5_000_000, limits.MaxRows);
        Assert.Equal(1 << 20, limits.MaxFieldLength);
        Assert.Equal(10_000, limits.MaxColumns);
        Assert.Equal(1_000, limits.MaxRules);
        Assert.Equal(4 << 20, limits.MaxYamlBytes);
        Assert.Equal(64, limits.MaxYamlDepth);
        Assert.Equal(TimeSpan.FromSeconds(30), limits.TemplateTime);
        Assert.Equal(64L << 20, limits.MaxOutputBytes);
    }

    [Theory]
    [InlineData("--max-file-size", "2 GB")]
    [InlineData("--max-rows", "5,000,000")]
    [InlineData("--max-field-length", "1 MB")]
    [InlineData("--max-columns", "10,000")]
    [InlineData("--max-rules", "1,000")]
    [InlineData("--template-timeout", "30 s")]
    [InlineData("--max-output-size", "64 MB")]
    public void Docs_list_each_limit_with_its_default_and_flag(string flag, string documentedDefault)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "limits.md"));
        var row = doc.Split('\n').FirstOrDefault(l => l.StartsWith('|') && l.Contains($"`{flag}", StringComparison.Ordinal));

        Assert.True(row is not null, $"docs/limits.md has no table row for {flag}");
        Assert.Contains(documentedDefault, row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data validate")]
    [InlineData("analyze")]
    [InlineData("metrics")]
    [InlineData("report")]
    public void Every_command_that_reads_deals_takes_the_limit_flags(string command)
    {
        var result = CliRun.Run([.. command.Split(' '), "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var flag in new[] { "--max-file-size", "--max-rows", "--max-field-length", "--max-columns" })
        {
            Assert.Contains(flag, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2GB", 2L << 30)]
    [InlineData("500MB", 500L << 20)]
    [InlineData("64 kb", 64L << 10)]
    [InlineData("1.5M", 1_572_864)]
    [InlineData("1000", 1000)]
    [InlineData("100B", 100)]
    public void Sizes_read_as_people_write_them(string text, long bytes) => Assert.Equal(bytes, ByteSize.Parse(text, "--max-file-size"));

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("-5MB")]
    [InlineData("0")]
    [InlineData("1e9")]
    public void Sizes_that_are_not_sizes_are_input_errors(string text)
    {
        var error = Assert.Throws<InputException>(() => ByteSize.Parse(text, "--max-file-size"));
        Assert.Contains("--max-file-size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wide_input_is_refused_at_its_first_line_without_reading_on()
    {
        var deals = Path.Combine(_temp, "wide.csv");
        var header = string.Join(',', Enumerable.Range(0, 200_000).Select(i => "column" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllText(deals, header + "\n" + header + "\n");
        var clock = Stopwatch.StartNew();

        var result = CliRun.Run(["data", "validate", "--deals", deals]);

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("wide.csv:1: the record starting on line 1 has more than 10,000 fields", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--max-columns", result.Stderr, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_huge_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var deals = Path.Combine(_temp, "huge.csv");
        using (var stream = File.Create(deals))
        {
            stream.Write(Encoding.UTF8.GetBytes("date,company,amount\n2024-01-01,Alpha,100\n"));
            stream.SetLength(3L << 30);
        }

        var result = CliRun.Run(["data", "validate", "--deals", deals], TimeSpan.FromSeconds(20));

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("huge.csv: is 3 GB, more than the largest deals file accepted (2 GB)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_row_limit_stops_reading_at_the_first_row_over_it()
    {
        var deals = Path.Combine(_temp, "rows.csv");
        var text = new StringBuilder("date,company,amount\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("2024-01-02,Company,100\n");
        }

        File.WriteAllText(deals, text.ToString());

        var result = CliRun.Run(["analyze", "--deals", deals, "--max-rows", "100"]);

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("rows.csv:102: holds more than 100 data rows", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_packs_over_the_rule_limit_are_refused()
    {
        var pack = new StringBuilder("category: Concentration\nrules:\n");
        for (var i = 0; i < 1_001; i++)
        {
            pack.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - id: CH{1000 + i}\n    title: Rule {i}\n    severity: info\n    scope: period\n    when: Metrics.Hhi > {i}\n    message: \"x\"\n    description: Rule {i}.\n");
        }

        var path = Path.Combine(_temp, "pack.yaml");
        File.WriteAllText(path, pack.ToString());

        var result = CliRun.Run(["rules", "validate", path], TimeSpan.FromSeconds(120));

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("at least 1,001 rules (counted through this pack), more than the 1,000 accepted", result.Output, StringComparison.Ordinal);
    }
}
