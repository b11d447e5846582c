using System.Text.Json;
using System.Text.Json.Nodes;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary>
/// SARIF that GitHub code scanning and Azure DevOps accept: valid against the official 2.1.0 schema, a physical
/// location for every result, help embedded in every rule, <c>helpUri</c> only when absolute, fingerprints that do not
/// change between runs.
/// </summary>
public sealed class SarifForCodeScanningTests : IDisposable
{
    private readonly TempFolder _folder = new("sarif");

    [Fact]
    public void Sarif_of_the_sample_validates_against_the_official_schema_and_locates_every_result()
    {
        var sarif = Analyze("--period", "2025Q1");
        Assert.Empty(SarifSchema.Violations(sarif));
        AssertEveryResultIsLocated(sarif, "data/sample/deals.csv");
    }

    [Fact]
    public void Sarif_with_suppressions_expired_entries_and_a_baseline_still_validates()
    {
        var config = _folder.File("capitalhealth.yaml");
        File.WriteAllText(config, """
            severity:
              CH7777: error
            suppressions:
              - id: CH4001
                justification: "Pilot zone, accepted by the committee"
              - id: CH1003
                justification: "Reviewed"
                expires: 2024-01-01
            """);
        var baseline = _folder.File("baseline.sarif");
        File.WriteAllText(baseline, Analyze("--period", "2025Q1"));
        var sarif = Analyze("--period", "2025Q1", "--config", config, "--baseline", baseline);

        Assert.Empty(SarifSchema.Violations(sarif));
        var results = Results(sarif);
        Assert.Contains(results, r => r["suppressions"] is not null);
        Assert.Contains(results, r => (string?)r["baselineState"] == "unchanged");
        var configFindings = results.Where(r => ((string?)r["ruleId"])!.StartsWith("CH000", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, configFindings.Count);
        foreach (var finding in configFindings)
        {
            var physical = finding["locations"]![0]!["physicalLocation"]!;
            Assert.EndsWith("capitalhealth.yaml", (string?)physical["artifactLocation"]!["uri"], StringComparison.Ordinal);
            Assert.True((int)physical["region"]!["startLine"]! > 1, "a configuration finding points at its entry, not the top of the file");
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void A_baseline_of_another_period_is_named_with_what_to_give_instead(string format)
    {
        var baseline = _folder.File("baseline." + format);
        File.WriteAllText(baseline, InProcess.Run(["analyze", "--period", "2025Q1", "--format", format]).Stdout);

        var other = InProcess.Run(["analyze", "--period", "2025Q2", "--format", format, "--baseline", baseline]);
        var same = InProcess.Run(["analyze", "--period", "2025Q1", "--format", format, "--baseline", baseline]);

        Assert.Equal(1, other.ExitCode);
        Assert.Contains($"note: the baseline {baseline} holds the findings of 2025Q1, and this run judges 2025Q2", other.Stderr.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("Give a baseline written for 2025Q2", other.Stderr.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Equal(0, same.ExitCode);
        Assert.DoesNotContain("note: the baseline", same.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_of_the_crunchbase_export_validates_against_the_official_schema()
    {
        var deals = RepositoryPaths.RequireSharedDataset("crunchbase-2013/crunchbase-rounds.csv");
        var mapping = Path.Combine(RepositoryPaths.Root, "data", "mappings", "crunchbase-2013.yaml");
        var sarif = Analyze("--deals", deals, "--mapping", mapping, "--period", "2012");
        Assert.Empty(SarifSchema.Violations(sarif));
        AssertEveryResultIsLocated(sarif, null);
        Assert.NotEmpty(Results(sarif));
    }

    [Fact]
    public void The_schema_check_catches_a_relative_help_uri()
    {
        // The check would have caught the old output: a rule's helpUri must be an absolute URI.
        var sarif = JsonNode.Parse(Analyze("--period", "2025Q1"))!;
        sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["helpUri"] = "docs/rules/CH0001.md";
        Assert.Contains(SarifSchema.Violations(sarif.ToJsonString()), v => v.Contains("helpUri", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_embed_their_help_and_carry_no_help_uri_without_a_base_url()
    {
        using var json = JsonDocument.Parse(Analyze("--period", "2025Q1"));
        foreach (var rule in json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
        {
            Assert.False(rule.TryGetProperty("helpUri", out _));
            var help = rule.GetProperty("help");
            Assert.Contains(rule.GetProperty("id").GetString()!, help.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("## Condition", help.GetProperty("markdown").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fingerprints_are_the_same_across_runs_and_ignore_the_message()
    {
        static Dictionary<string, string> Prints(string sarif) => Results(sarif).ToDictionary(
            r => (string)r["ruleId"]! + "@" + (string)r["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]!,
            r => (string)r["partialFingerprints"]!["capitalHealth/v1"]!);

        var first = Prints(Analyze("--period", "2025Q1"));
        var second = Prints(Analyze("--period", "2025Q1", "--as-of", "2026-02-01"));
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Values.Distinct(StringComparer.Ordinal).Count());
    }

    private string Analyze(params string[] args)
    {
        var output = _folder.File(Guid.NewGuid().ToString("N") + ".sarif");
        var outcome = InProcess.Run(["analyze", "--format", "sarif", "--output", output, .. args]);
        Assert.True(outcome.ExitCode is 0 or 1, outcome.ToString());
        return File.ReadAllText(output);
    }

    private static List<JsonNode> Results(string sarif) =>
        [.. JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray().Select(static r => r!)];

    private static void AssertEveryResultIsLocated(string sarif, string? dealsUri)
    {
        foreach (var result in Results(sarif))
        {
            var physical = result["locations"]![0]!["physicalLocation"]!;
            Assert.False(string.IsNullOrEmpty((string?)physical["artifactLocation"]!["uri"]));
            Assert.True((int)physical["region"]!["startLine"]! >= 1);
            var related = result["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!;
            if (dealsUri is not null)
            {
                Assert.Equal(dealsUri, (string?)related);
            }
            else
            {
                Assert.EndsWith("crunchbase-rounds.csv", (string?)related, StringComparison.Ordinal);
            }
        }
    }

    public void Dispose() => _folder.Dispose();
}
