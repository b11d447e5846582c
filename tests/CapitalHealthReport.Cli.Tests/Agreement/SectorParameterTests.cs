using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Agreement;

/// <summary>
/// The configuration's hot and strategic sectors are checked against the sector taxonomy and the data: a name either
/// knows (in any of its spellings) is accepted, a typo is refused at its line, and an empty list is no sentence.
/// </summary>
public sealed class SectorParameterTests : IDisposable
{
    private const string Deals = "id,date,company,sector,stage,amount,currency,region\n"
        + "1,2024-01-05,Alpha,AI,A,1000000,CNY,Beijing\n2,2024-02-05,Beta,Quantum Widgets,B,3000000,CNY,Shanghai\n3,2024-03-05,Gamma,Energy,Seed,500000,CNY,Beijing\n";

    private readonly TempFolder _folder = new("sectors");

    [Theory]
    [InlineData("hot_sector: 人工智能")]
    [InlineData("hot_sector: ai")]
    [InlineData("hot_sector: Quantum Widgets")]
    [InlineData("strategic_sectors: [能源, health, quantum widgets]")]
    public void A_sector_of_the_taxonomy_or_of_the_data_is_accepted_in_any_spelling(string parameter)
    {
        var outcome = Metrics($"parameters:\n  {parameter}\n");
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Theory]
    [InlineData("hot_sector: Quantum Widget", "2:15: hot_sector 'Quantum Widget'", "Did you mean 'Quantum Widgets'?")]
    [InlineData("strategic_sectors: [Enrgy, Helth]", "2:23: strategic_sectors 'Enrgy'", "Did you mean 'Energy'?")]
    public void A_sector_neither_knows_is_refused_at_its_line_with_the_nearest_name(string parameter, string located, string suggestion)
    {
        var outcome = Metrics($"parameters:\n  {parameter}\n");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"capitalhealth.yaml:{located} is neither a sector of the taxonomy nor one in the data", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains(suggestion, outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_strategic_sectors_is_no_finding_about_them()
    {
        var config = Write("capitalhealth.yaml", "parameters:\n  strategic_sectors: []\n");
        var listed = InProcess.Run(["analyze", "--period", "2025Q1", "--format", "json"]);
        var none = InProcess.Run(["analyze", "--period", "2025Q1", "--format", "json", "--config", config]);
        Assert.Contains("\"id\": \"CH3003\"", listed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\": \"CH3003\"", none.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Strategic sectors ()", none.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private CommandOutcome Metrics(string config) =>
        InProcess.Run(["metrics", "--period", "2024Q1", "--deals", Write("deals.csv", Deals), "--config", Write("capitalhealth.yaml", config)]);

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }
}
