using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary>
/// The formats CI systems read besides SARIF: JUnit XML (a test case per rule and scope, a failure per finding at or
/// above the gate), GitHub workflow commands, a Markdown job summary; and the gate itself (<c>--fail-on</c>).
/// </summary>
public sealed partial class CiFormatTests
{
    [Fact]
    public void Junit_has_a_test_case_per_rule_and_scope_and_a_failure_per_error_finding()
    {
        var outcome = InProcess.Run(["analyze", "--period", "2025Q1", "--format", "junit"]);
        Assert.Equal(1, outcome.ExitCode);
        var xml = XDocument.Parse(outcome.Stdout);
        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var cases = root.Descendants("testcase").ToList();
        Assert.All(cases, c => Assert.NotNull(c.Attribute("classname")));
        Assert.Equal(cases.Count, cases.Select(c => c.Attribute("classname")!.Value + "|" + c.Attribute("name")!.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(cases.Count, int.Parse(root.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var suite in root.Elements("testsuite"))
        {
            Assert.Equal(suite.Elements("testcase").Count(), int.Parse(suite.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(suite.Descendants("failure").Count(), int.Parse(suite.Attribute("failures")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var errors = Findings("--period", "2025Q1").Count(f => f.Severity == "error");
        Assert.True(errors > 0);
        Assert.Equal(errors, root.Descendants("failure").Count());
        Assert.All(root.Descendants("failure"), f => Assert.Equal("error", f.Attribute("type")!.Value));

        // Every rule judged over the sectors has a case per sector; a thin sector is skipped with the reason.
        Assert.Contains(cases, c => c.Attribute("name")!.Value.StartsWith("CH4001 ", StringComparison.Ordinal) && c.Attribute("name")!.Value.EndsWith("[2025Q1/sector=Water]", StringComparison.Ordinal)
            && c.Element("skipped")?.Attribute("message")?.Value.Contains("fewer than min_deals", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Junit_fails_warnings_too_with_fail_on_warning()
    {
        var outcome = InProcess.Run(["analyze", "--period", "2025Q1", "--format", "junit", "--fail-on", "warning"]);
        var failures = XDocument.Parse(outcome.Stdout).Descendants("failure").Count();
        var findings = Findings("--period", "2025Q1");
        Assert.Equal(findings.Count(f => f.Severity is "error" or "warning"), failures);
    }

    [Fact]
    public void Github_output_is_one_workflow_command_per_finding_then_the_summary()
    {
        var outcome = InProcess.Run(["analyze", "--period", "2025Q1", "--format", "github"]);
        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Stdout.TrimEnd('\n').Split('\n');
        var findings = Findings("--period", "2025Q1");
        Assert.Equal(findings.Count, lines.Length - 1);
        foreach (var line in lines[..^1])
        {
            Assert.Matches(WorkflowCommand(), line);
        }

        Assert.StartsWith("2025Q1: ", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("::error file=rules/concentration.yaml,line=", StringComparison.Ordinal) && l.Contains("title=CH1001 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::notice ", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_is_a_job_summary_with_the_verdict_and_every_finding()
    {
        var outcome = InProcess.Run(["analyze", "--period", "2025Q1", "--format", "markdown"]);
        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("## capital-health: findings for 2025Q1\n\n**Failed** (fails on error; exit 1)", outcome.Stdout, StringComparison.Ordinal);
        var rows = outcome.Stdout.Split('\n').Count(l => l.StartsWith("| error |", StringComparison.Ordinal) || l.StartsWith("| warning |", StringComparison.Ordinal) || l.StartsWith("| info |", StringComparison.Ordinal));
        Assert.Equal(Findings("--period", "2025Q1").Count, rows);
    }

    [Theory]
    [InlineData(new string[0], 1)]
    [InlineData(new[] { "--fail-on", "none" }, 0)]
    [InlineData(new[] { "--fail-on", "error" }, 1)]
    [InlineData(new[] { "--fail-on", "info" }, 1)]
    [InlineData(new[] { "--warnaserror" }, 1)]
    [InlineData(new[] { "--warnaserror", "--fail-on", "none" }, 1)]
    [InlineData(new[] { "--fail-on", "none", "--warnaserror" }, 1)]
    [InlineData(new[] { "--warnaserror", "--fail-on", "info" }, 1)]
    public void Fail_on_sets_the_severity_that_fails_the_run(string[] gate, int exit)
    {
        var outcome = InProcess.Run(["analyze", "--period", "2025Q1", "--format", "json", .. gate]);
        Assert.Equal(exit, outcome.ExitCode);
    }

    [Fact]
    public void Fail_on_warning_fails_a_run_with_warnings_but_no_errors_and_fail_on_error_passes_it()
    {
        using var folder = new TempFolder("gate");
        var config = folder.File("capitalhealth.yaml");
        File.WriteAllText(config, "severity:\n  CH1001: warning\n  CH1004: warning\n");
        var findings = Findings("--period", "2025Q1", "--config", config);
        Assert.DoesNotContain(findings, f => f.Severity == "error");
        Assert.Contains(findings, f => f.Severity == "warning");
        Assert.Equal(0, InProcess.Run(["analyze", "--period", "2025Q1", "--config", config]).ExitCode);
        Assert.Equal(0, InProcess.Run(["analyze", "--period", "2025Q1", "--config", config, "--fail-on", "error"]).ExitCode);
        Assert.Equal(1, InProcess.Run(["analyze", "--period", "2025Q1", "--config", config, "--fail-on", "warning"]).ExitCode);
        Assert.Equal(1, InProcess.Run(["analyze", "--period", "2025Q1", "--config", config, "--warnaserror", "--fail-on", "error"]).ExitCode);
        Assert.Equal(1, InProcess.Run(["analyze", "--period", "2025Q1", "--config", config, "--warnaserror", "--fail-on", "none"]).ExitCode);
        Assert.Equal(0, InProcess.Run(["analyze", "--period", "2025Q1", "--config", config, "--fail-on", "none"]).ExitCode);
    }

    [Fact]
    public void An_unknown_fail_on_value_is_a_usage_error()
    {
        var outcome = InProcess.Run(["analyze", "--fail-on", "errors"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("errors", outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("junit")]
    [InlineData("github")]
    [InlineData("markdown")]
    public void A_period_without_deals_exits_2_whatever_the_format_and_gate(string format)
    {
        var outcome = InProcess.Run(["analyze", "--period", "2030Q1", "--format", format, "--warnaserror", "--fail-on", "none"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no deals in 2030Q1; the data covers", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout);
    }

    [Theory]
    [InlineData("junit", "xml")]
    [InlineData("github", "log")]
    [InlineData("markdown", "md")]
    public void Every_format_is_byte_identical_across_runs(string format, string extension)
    {
        _ = extension;
        var first = InProcess.Run(["analyze", "--period", "2025Q1", "--format", format]);
        var second = InProcess.Run(["analyze", "--period", "2025Q1", "--format", format], culture: "tr-TR");
        Assert.Equal(first.Stdout, second.Stdout);
    }

    private static List<(string Id, string Severity)> Findings(params string[] args)
    {
        var outcome = InProcess.Run(["analyze", "--format", "json", .. args]);
        using var json = JsonDocument.Parse(outcome.Stdout);
        return [.. json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("suppressed").ValueKind == JsonValueKind.Null)
            .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("severity").GetString()!))];
    }

    /// <summary>
    /// <c>::error|warning|notice file=…,line=N,col=N,title=…::message</c>: property values without raw <c>,</c>
    /// <c>:</c> or line breaks, and no raw line break in the message.
    /// </summary>
    [GeneratedRegex("^::(error|warning|notice) file=[^,:\\r\\n]+,line=[0-9]+,col=[0-9]+,title=[^,:\\r\\n]+::[^\\r\\n]*$")]
    private static partial Regex WorkflowCommand();
}
