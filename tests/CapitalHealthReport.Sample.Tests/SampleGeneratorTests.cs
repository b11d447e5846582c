using System.Text;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Sample.Tests;

/// <summary>The sample generator: determinism, the committed files, file format, scaling and bad options.</summary>
public sealed class SampleGeneratorTests
{
    private static string Csv(SampleOptions options)
    {
        using var writer = new StringWriter();
        SampleGenerator.Generate(options).WriteCsv(writer);
        return writer.ToString();
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes_and_another_seed_differs()
    {
        var first = Csv(new SampleOptions { Seed = 7, Rows = 1500 });
        var second = Csv(new SampleOptions { Seed = 7, Rows = 1500 });
        var other = Csv(new SampleOptions { Seed = 8, Rows = 1500 });
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Committed_sample_equals_the_generator_output_for_seed_42()
    {
        // Regenerate with: CHR_UPDATE_SAMPLE=1 dotnet test --filter Committed_sample (see docs/sample.md).
        var expected = Csv(new SampleOptions { Seed = 42 });
        var path = LoadedSample.SamplePath;
        if (Environment.GetEnvironmentVariable("CHR_UPDATE_SAMPLE") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        var bytes = File.ReadAllBytes(path);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Committed_investor_directory_lists_every_sample_investor()
    {
        var path = Path.Combine(RepositoryPaths.Root, "data", "reference", "investors.csv");
        var expected = SampleInvestors.DirectoryCsv();
        if (Environment.GetEnvironmentVariable("CHR_UPDATE_SAMPLE") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.Equal(expected, File.ReadAllText(path));
        var directory = ReferenceData.Default.Investors;
        foreach (var investor in SampleInvestors.All)
        {
            var found = directory.Find(investor.Name);
            Assert.NotNull(found);
            Assert.Equal(investor.Type, found.Type);
            Assert.Equal(investor.HomeRegion, found.HomeRegion);
            Assert.All(investor.Aliases, alias => Assert.Equal(investor.Name, directory.Find(alias)?.Name));
        }
    }

    [Fact]
    public void Writes_canonical_header_LF_line_ends_and_unique_ids()
    {
        var csv = Csv(new SampleOptions { Rows = 3000 });
        Assert.DoesNotContain('\r', csv);
        var lines = csv.Split('\n');
        Assert.Equal("id,date,company,company_id,sector,subsector,stage,amount,currency,region,country,investors", lines[0]);
        Assert.Equal("", lines[^1]);
        Assert.Equal(3001, lines.Length - 1);
        var ids = lines.Skip(1).Take(3000).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(lines.Skip(1).Take(3000), l => Assert.Equal(11, l.Count(c => c == ',')));
    }

    [Fact]
    public void Mixes_chinese_and_english_labels_and_amount_forms()
    {
        var rows = SampleGenerator.Generate(new SampleOptions()).Rows.ToList();
        Assert.Equal(SampleGenerator.CalibratedRows, rows.Count);
        string[] expectedStages = ["天使轮", "种子轮", "Pre-A轮", "A轮", "A+轮", "Series B", "B轮", "C轮", "D轮", "E轮", "Pre-IPO", "战略投资", "Angel", "Seed"];
        Assert.All(expectedStages, s => Assert.Contains(rows, r => r.Stage == s));
        Assert.Contains(rows, r => r.Amount.EndsWith('亿'));
        Assert.Contains(rows, r => r.Amount.EndsWith('万'));
        Assert.Contains(rows, r => r.Amount.EndsWith("亿美元", StringComparison.Ordinal) && r.Currency == "USD");
        Assert.Contains(rows, r => r.Amount == "数千万人民币");
        Assert.Contains(rows, r => r.Amount == "近亿元");
        Assert.Contains(rows, r => r.Amount == "未披露");
        Assert.Contains(rows, r => r.Amount.Length > 0 && r.Amount.All(char.IsAsciiDigit));
        Assert.Contains(rows, r => r.Date.Contains('/', StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Date.EndsWith('日'));
        Assert.Contains(rows, r => r.Region == "北京市");
        Assert.Contains(rows, r => r.Region == "Beijing");
        Assert.Contains(rows, r => r.Investors.Contains('、', StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Investors.Contains('，', StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Investors.Contains("Lenovo Capital", StringComparison.Ordinal));
    }

    [Fact]
    public void Fewer_rows_take_an_evenly_spread_subset()
    {
        var rows = SampleGenerator.Generate(new SampleOptions { Rows = 400 }).Rows.ToList();
        Assert.Equal(400, rows.Count);
        Assert.StartsWith("2023-", rows[0].Date.Replace('/', '-'), StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Date.StartsWith("2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Scales_to_200000_rows_streaming_with_the_same_stage_and_sector_mix()
    {
        var baseRows = SampleGenerator.Generate(new SampleOptions()).Rows.ToList();
        var baseStages = Shares(baseRows.Select(r => StageKey(r.Stage)));
        var baseSectors = Shares(baseRows.Select(r => SectorKey(r.Sector)));

        const int rows = 200_000;
        var stageCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        var sectorCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        foreach (var row in SampleGenerator.Generate(new SampleOptions { Rows = rows }).Rows)
        {
            count++;
            stageCounts[StageKey(row.Stage)] = stageCounts.GetValueOrDefault(StageKey(row.Stage)) + 1;
            sectorCounts[SectorKey(row.Sector)] = sectorCounts.GetValueOrDefault(SectorKey(row.Sector)) + 1;
            if (count % 20_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - before);
            }

            if (count % 50 == 0)
            {
                ids.Add(row.Id);
            }
        }

        Assert.Equal(rows, count);
        Assert.Equal(rows / 50, ids.Count);
        Assert.True(peak < 200L * 1024 * 1024, $"managed memory grew by {peak / (1024 * 1024)} MB while streaming");
        foreach (var (key, share) in baseStages)
        {
            Assert.InRange(stageCounts.GetValueOrDefault(key) / (double)rows, share - 0.01, share + 0.01);
        }

        foreach (var (key, share) in baseSectors)
        {
            Assert.InRange(sectorCounts.GetValueOrDefault(key) / (double)rows, share - 0.01, share + 0.01);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(SampleGenerator.MaxRows + 1)]
    public void Rejects_row_counts_out_of_range(int rows)
    {
        var error = Assert.Throws<InputException>(() => SampleGenerator.Generate(new SampleOptions { Rows = rows }));
        Assert.StartsWith($"SampleOptions.Rows = {rows} is out of range", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
        Assert.Contains($"--rows {rows} is out of range", error.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_files_atomically_and_reports_a_missing_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chr-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "deals.csv");
            var sample = SampleGenerator.Generate(new SampleOptions { Rows = 200 });
            sample.WriteFile(path);
            using var writer = new StringWriter();
            sample.WriteCsv(writer);
            Assert.Equal(writer.ToString(), File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(folder));
            var error = Assert.Throws<InputException>(() => sample.WriteFile(Path.Combine(folder, "missing", "deals.csv")));
            Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string StageKey(string label) => ReferenceData.Default.Stages.Map(label)?.ToString() ?? label;

    private static string SectorKey(string label) => ReferenceData.Default.Sectors.Map(label) ?? label;

    private static Dictionary<string, double> Shares(IEnumerable<string> keys)
    {
        var list = keys.ToList();
        return list.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count() / (double)list.Count, StringComparer.Ordinal);
    }
}
