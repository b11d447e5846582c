using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Agreement;

/// <summary>
/// <c>analyze</c>, <c>report</c>, <c>metrics</c> and <c>data validate</c> run over the same inputs agree: the same
/// period, publication date, currency, deal counts, rejected rows and findings, including a suppression that expired
/// before the publication date.
/// </summary>
public sealed partial class FourCommandsAgreeTests : IDisposable
{
    private readonly TempFolder _folder = new("agree");

    public FourCommandsAgreeTests()
    {
        // The sample with two rows no loader can use, and a suppression of a 2025Q1 error that expired on 2025-05-15,
        // before the publication date (the last day of the quarter holding the last deal, 2025-06-30).
        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "sample", "deals.csv"));
        File.WriteAllText(Deals, sample + "BAD1,not a date,Broken Co,,AI,,A,1亿,CNY,北京,CN,\nBAD2,2025-02-30,Broken Co,,AI,,A,1亿,CNY,北京,CN,\n");
        File.WriteAllText(Config, """
            suppressions:
              - id: CH1001
                where: { period: 2025Q1 }
                justification: "Accepted by the committee until the May review"
                expires: 2025-05-15
            """);
    }

    private string Deals => _folder.File("deals.csv");

    private string Config => _folder.File("capitalhealth.yaml");

    [Theory]
    [InlineData("2025Q1")]
    [InlineData(null)]
    public void Analyze_report_metrics_and_data_validate_agree(string? period)
    {
        var periodArgs = period is null ? Array.Empty<string>() : ["--period", period];
        var analyze = Run(["analyze", .. Inputs, .. periodArgs, "--format", "json"]);
        var report = Run(["report", .. Inputs, .. periodArgs, "--format", "md", "--output", _folder.File("report.md")]);
        var metrics = Run(["metrics", .. Inputs, .. periodArgs]);
        var validate = Run(["data", "validate", "--deals", Deals, "--format", "json"]);

        using var findings = JsonDocument.Parse(analyze.Stdout);
        using var numbers = JsonDocument.Parse(metrics.Stdout);
        using var data = JsonDocument.Parse(validate.Stdout);

        // One period: the one asked for, else the default data validate names.
        var expectedPeriod = period ?? data.RootElement.GetProperty("default_period").GetString();
        Assert.Equal("2025Q2", data.RootElement.GetProperty("default_period").GetString());
        Assert.Equal(expectedPeriod, findings.RootElement.GetProperty("period").GetString());
        Assert.Equal(expectedPeriod, numbers.RootElement.GetProperty("period").GetString());
        Assert.Matches($@"^wrote .*report\.md \(en, {expectedPeriod},", report.Stdout);

        // One currency.
        Assert.Equal(data.RootElement.GetProperty("reporting_currency").GetString(), numbers.RootElement.GetProperty("currency").GetString());

        // The same findings: the report's counts are analyze's.
        var summary = findings.RootElement.GetProperty("summary");
        var counts = ReportCounts().Match(report.Stdout);
        Assert.True(counts.Success, report.ToString());
        Assert.Equal(summary.GetProperty("error").GetInt32(), int.Parse(counts.Groups["error"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(summary.GetProperty("warning").GetInt32(), int.Parse(counts.Groups["warning"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(summary.GetProperty("info").GetInt32(), int.Parse(counts.Groups["info"].Value, CultureInfo.InvariantCulture));

        // The same deals: the period's deal count in the metrics is the one the report states.
        var dealCount = numbers.RootElement.GetProperty("scopes")[0].GetProperty("metrics").GetProperty("deal_count").GetInt32();
        Assert.Contains(dealCount.ToString("N0", CultureInfo.InvariantCulture), File.ReadAllText(_folder.File("report.md")), StringComparison.Ordinal);

        // The same rejected rows, said by every command that computes.
        Assert.Equal(2, data.RootElement.GetProperty("rows_rejected").GetInt32());
        foreach (var outcome in new[] { analyze, report, metrics })
        {
            Assert.Contains("warning: 2 of 4,262 rows of deals.csv were not used", outcome.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_suppression_that_expired_before_the_publication_date_is_reported_by_analyze_and_report_alike()
    {
        var analyze = Run(["analyze", .. Inputs, "--period", "2025Q1", "--format", "json"]);
        var report = Run(["report", .. Inputs, "--period", "2025Q1", "--format", "md", "--output", _folder.File("report.md")]);

        using var findings = JsonDocument.Parse(analyze.Stdout);
        var diagnostics = findings.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("id").GetString() == "CH0001");
        var ch1001 = diagnostics.Single(d => d.GetProperty("id").GetString() == "CH1001");
        Assert.Equal(JsonValueKind.Null, ch1001.GetProperty("suppressed").ValueKind);
        Assert.Equal(1, analyze.ExitCode);
        Assert.Equal(2, findings.RootElement.GetProperty("summary").GetProperty("error").GetInt32());
        Assert.Contains("findings: 2 error", report.Stdout, StringComparison.Ordinal);

        // With the publication date before the expiry, both keep the suppression.
        var before = Run(["analyze", .. Inputs, "--period", "2025Q1", "--format", "json", "--as-of", "2025-04-30"]);
        var reportBefore = Run(["report", .. Inputs, "--period", "2025Q1", "--format", "md", "--output", _folder.File("before.md"), "--as-of", "2025-04-30"]);
        using var kept = JsonDocument.Parse(before.Stdout);
        Assert.Equal(1, kept.RootElement.GetProperty("summary").GetProperty("error").GetInt32());
        Assert.Equal(1, kept.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());
        Assert.Contains("findings: 1 error", reportBefore.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string[] Inputs => ["--deals", Deals, "--config", Config];

    private static CommandOutcome Run(string[] args)
    {
        var outcome = InProcess.Run(args);
        Assert.True(outcome.ExitCode is 0 or 1, outcome.ToString());
        return outcome;
    }

    [GeneratedRegex(@"findings: (?<error>\d+) error, (?<warning>\d+) warning, (?<info>\d+) info", RegexOptions.CultureInvariant)]
    private static partial Regex ReportCounts();
}
