using System.Xml.Linq;
using CapitalHealthReport.Rules.Explaining;

namespace CapitalHealthReport.Rules.Tests;

/// <summary>The CI writers and the explanation of a rule, on hand-made findings: escaping, gates, values in conditions.</summary>
public class CiOutputTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("50% in AI, Beijing: high", "50%25 in AI%2C Beijing%3A high")]
    [InlineData("line\nbreak\r::error::x", "line%0Abreak%0D%3A%3Aerror%3A%3Ax")]
    public void Github_property_values_escape_percent_line_breaks_colons_and_commas(string text, string escaped)
    {
        Assert.Equal(escaped, GitHubAnnotations.Property(text));
    }

    [Fact]
    public void Github_messages_escape_percent_and_line_breaks_but_keep_colons()
    {
        Assert.Equal("a: 5%25%0A::warning::x", GitHubAnnotations.Data("a: 5%\n::warning::x"));
    }

    [Fact]
    public void A_sector_name_with_a_line_break_cannot_start_another_workflow_command()
    {
        var scope = Fixtures.Scope(Fixtures.Healthy().With(("TopRegionCountShare", 0.5)), slice: new Metrics.Slice("sector", "AI\n::error file=x::owned"));
        var result = Fixtures.Analyze(scope);
        var lines = GitHubAnnotations.Write(result, Fixtures.DefaultCatalog, null, FindingGate.Errors).TrimEnd('\n').Split('\n');
        Assert.Equal(result.Diagnostics.Count(d => d.IsActive) + 1, lines.Length);
        Assert.All(lines[..^1], l => Assert.StartsWith("::", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Junit_text_replaces_characters_xml_cannot_carry()
    {
        Assert.Equal("a\\x01b\\x1bc 中文 😀", JUnitWriter.XmlText("a\u0001b\u001bc 中文 😀"));
        Assert.Equal("lone \\xd800", JUnitWriter.XmlText("lone \ud800"));
    }

    [Fact]
    public void Junit_of_findings_with_control_characters_is_well_formed_xml()
    {
        var scope = Fixtures.Scope(Fixtures.Healthy().With(("TopRegionCountShare", 0.5)), slice: new Metrics.Slice("sector", "A\u0001I"));
        var result = Fixtures.Analyze(scope);
        var tracer = new RuleTracer(Fixtures.DefaultCatalog, Fixtures.Config());
        var xml = JUnitWriter.Write(result, tracer.Evaluate([scope], result), FindingGate.From("warning", warnAsError: false));
        var document = XDocument.Parse(xml);
        Assert.Single(document.Descendants("failure"));
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<script>&", "&lt;script&gt;&amp;")]
    [InlineData("[link](x) *bold* `code`", "\\[link\\](x) \\*bold\\* \\`code\\`")]
    [InlineData("two\nlines", "two lines")]
    public void Markdown_cells_escape_what_would_change_the_table(string text, string cell)
    {
        Assert.Equal(cell, MarkdownSummary.Cell(text));
    }

    [Theory]
    [InlineData(null, false, DiagnosticSeverity.Error)]
    [InlineData(null, true, DiagnosticSeverity.Warning)]
    [InlineData("error", false, DiagnosticSeverity.Error)]
    [InlineData("error", true, DiagnosticSeverity.Warning)]
    [InlineData("warning", false, DiagnosticSeverity.Warning)]
    [InlineData("warning", true, DiagnosticSeverity.Warning)]
    [InlineData("info", false, DiagnosticSeverity.Info)]
    [InlineData("info", true, DiagnosticSeverity.Info)]
    [InlineData("none", false, DiagnosticSeverity.None)]
    [InlineData("none", true, DiagnosticSeverity.Warning)]
    public void The_gate_is_the_stricter_of_fail_on_and_warnaserror(string? failOn, bool warnAsError, DiagnosticSeverity threshold)
    {
        Assert.Equal(threshold, FindingGate.From(failOn, warnAsError).Threshold);
    }

    [Fact]
    public void A_gate_of_none_never_fails_and_info_fails_on_any_counted_finding()
    {
        var result = Fixtures.Analyze(Fixtures.Scope(Fixtures.Healthy().With(("Cr4", 0.6)), slice: new Metrics.Slice("sector", "AI")));
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(result.Diagnostics).Severity);
        Assert.Equal(0, FindingGate.From("none", warnAsError: false).ExitCode(result));
        Assert.Equal(0, FindingGate.From("none", warnAsError: true).ExitCode(result));
        Assert.Equal(0, FindingGate.From("warning", warnAsError: false).ExitCode(result));
        Assert.Equal(1, FindingGate.From("info", warnAsError: false).ExitCode(result));
    }

    [Fact]
    public void Explanations_show_keyed_metrics_parameters_and_undefined_values()
    {
        var tracer = new RuleTracer(Fixtures.DefaultCatalog, Fixtures.Config());
        var angels = Fixtures.Scope(Fixtures.Healthy().With(("InvestorTypeShare", Fixtures.Map(("Angel", 0.01), ("VC", 0.99)))));
        var result = Fixtures.Analyze(angels);
        var ch5003 = Assert.Single(tracer.Evaluate([angels], result, ruleId: "CH5003"));
        Assert.Equal(RuleOutcome.Fired, ch5003.Outcome);
        Assert.Equal("Metrics.InvestorTypeShare[\"Angel\"] < 0.02 && Metrics.InvestorTypeShare[\"Unknown\"] <= Params.MaxUnknownInvestorShare && Metrics.ActiveInvestorCount >= Params.MinActiveInvestors", ch5003.Conditions[0].Text);
        Assert.Equal("((0.01 < 0.02) && (0 <= 0.5)) && (350 >= 20)", ch5003.Conditions[0].WithValues);

        var noYoy = Fixtures.Scope(Fixtures.Healthy()) with { YoyKnown = false };
        var ch3002 = Assert.Single(tracer.Evaluate([noYoy], Fixtures.Analyze(noYoy), ruleId: "CH3002"));
        Assert.Equal(RuleOutcome.NotMet, ch3002.Outcome);
        Assert.Contains("undefined", ch3002.Conditions[0].WithValues, StringComparison.Ordinal);
        Assert.Contains("undefined in this scope", ch3002.Reason, StringComparison.Ordinal);

        var thin = Fixtures.Scope(Fixtures.Healthy().With(("DealCount", 7)), slice: new Metrics.Slice("sector", "Water"));
        var ch9002 = Assert.Single(tracer.Evaluate([thin], Fixtures.Analyze(thin), ruleId: "CH9002"));
        Assert.Equal("(7 > 0) && (7 < 20)", ch9002.Conditions[0].WithValues);
        Assert.True(ch9002.Conditions[0].Holds);
    }

    [Fact]
    public void A_disabled_rule_is_explained_as_disabled()
    {
        var config = Fixtures.Config("severity:\n  category:Concentration: none\n");
        var scope = Fixtures.Scope(Fixtures.Healthy().With(("TopQuintileShare", 0.9)));
        var result = new Analyzer(Fixtures.DefaultCatalog, config).Evaluate([scope], Fixtures.Q1);
        var evaluation = Assert.Single(new RuleTracer(Fixtures.DefaultCatalog, config).Evaluate([scope], result, ruleId: "CH1001"));
        Assert.Equal(RuleOutcome.Disabled, evaluation.Outcome);
        Assert.True(evaluation.Conditions[1].Holds);
        Assert.StartsWith("Disabled:", evaluation.Reason, StringComparison.Ordinal);
    }
}
