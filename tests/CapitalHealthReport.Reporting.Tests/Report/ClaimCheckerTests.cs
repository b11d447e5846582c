using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>The checker catches the ways a sentence can say more than its data: each test breaks one claim of the sample.</summary>
public sealed class ClaimCheckerTests
{
    private static readonly Lazy<RenderedReport> Sample = new(() => SampleReportTests.Render(ReportLanguage.English));

    [Fact]
    public void A_flipped_direction_word_is_caught()
    {
        var problems = CheckWith(static c => c.Metric == "hhi" && c.Scope.Slice is null, static c => c with { Text = c.Text.Replace("up 186%", "down 186%", StringComparison.Ordinal) });
        Assert.Contains(problems, static p => p.Contains("does not say \"up 186% from Q4 2024\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_verb_against_the_change_is_caught()
    {
        var problems = CheckWith(static c => c.Kind == ClaimKind.Movement && c.Headline.Contains("rose to", StringComparison.Ordinal), static c => c with { Headline = c.Headline.Replace("rose to", "fell to", StringComparison.Ordinal) });
        Assert.Contains(problems, static p => p.Contains("the headline does not say", StringComparison.Ordinal));
    }

    [Fact]
    public void A_threshold_crossed_without_a_finding_is_caught()
    {
        // The market HHI is within the range of CH1002: calling it a finding must fail.
        var problems = CheckWith(
            static c => c.Kind == ClaimKind.WithinRange && c.RuleId == "CH1002",
            static c => c with { Kind = ClaimKind.Finding, Severity = "warning", Text = c.Text + " That is above the 1,500 threshold of rule CH1002: a moderate finding." });
        Assert.Contains(problems, static p => p.Contains("cites rule CH1002 as a warning finding, but the findings hold none", StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.Contains("states the threshold", StringComparison.Ordinal));
    }

    [Fact]
    public void A_judging_word_without_a_finding_is_caught()
    {
        var problems = CheckWith(static c => c.Metric == "sector_value_share" && c.Key == "Semiconductors", static c => c with { Text = c.Text + " Semiconductors crowd out other sectors." });
        Assert.Contains(problems, static p => p.Contains("judges (\"crowd\")", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_that_differs_from_the_metrics_json_is_caught()
    {
        var problems = CheckWith(static c => c.Metric == "total_amount" && c.Kind != ClaimKind.Round, static c => c with { Value = c.Value * 1.1 });
        Assert.Contains(problems, static p => p.Contains("but the metrics JSON has", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_the_sentence_does_not_show_is_caught()
    {
        var problems = CheckWith(static c => c.Metric == "deal_count", static c => c with { Text = c.Text.Replace("471", "417", StringComparison.Ordinal) });
        Assert.Contains(problems, static p => p.Contains("does not show the value as 471", StringComparison.Ordinal));
    }

    [Fact]
    public void A_judgement_of_a_thin_scope_is_caught()
    {
        // Water had 4 deals in 2025Q1: a level claim about the sector itself must fail.
        var problems = CheckWith(
            static c => c.Metric == "deal_count" && c.Kind != ClaimKind.Thin,
            static c => c with { Metric = "top_quintile_share", Scope = new Metrics.Scope(c.Scope.Period, new Metrics.Slice("sector", "Water")), Value = null, Previous = null, YearAgo = null, Unit = ClaimUnit.Share });
        Assert.Contains(problems, static p => p.Contains("below min_deals", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_value_in_a_sentence_is_caught()
    {
        var problems = CheckWith(static c => c.Metric == "deal_count" && c.Kind != ClaimKind.Thin, static c => c with { Text = c.Text + " The median was n/a." });
        Assert.Contains(problems, static p => p.Contains("\"n/a\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suppression_named_as_accepted_must_exist()
    {
        var problems = CheckWith(static c => c.Kind == ClaimKind.Finding && c.RuleId == "CH1001", static c => c with { Kind = ClaimKind.Accepted, Justification = "Accepted by the committee" });
        Assert.Contains(problems, static p => p.Contains("accepted finding of rule CH1001", StringComparison.Ordinal));
    }

    [Fact]
    public void A_round_headline_with_another_total_than_its_company_raised_is_caught()
    {
        var problems = CheckWith(
            static c => c.Kind == ClaimKind.Round && c.Key == "1",
            static c => c with { Headline = c.Headline.Replace(" raised ", " raised more than ", StringComparison.Ordinal).Replace("11.5 bn CNY", "11 bn CNY", StringComparison.Ordinal) });
        Assert.Contains(problems, static p => p.Contains("the headline does not show 11.5 bn CNY", StringComparison.Ordinal));
    }

    [Fact]
    public void A_round_company_said_to_have_raised_more_rounds_than_it_did_is_caught()
    {
        var problems = CheckWith(
            static c => c.Kind == ClaimKind.Round && c.Key == "1",
            static c => c with { Round = c.Round! with { Raiser = c.Round.Raiser! with { Rounds = 2 } } });
        Assert.Contains(problems, static p => p.Contains("disclosed funding in the period is not what the claim says", StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.Contains("the sentence under the headline does not show in 2 rounds", StringComparison.Ordinal));
    }

    private static List<string> CheckWith(Func<Claim, bool> which, Func<Claim, Claim> change)
    {
        var model = Sample.Value.Model;
        Assert.Empty(ClaimChecker.Check(model));
        var target = model.Claims.First(which);
        var claims = model.Claims.Select(c => ReferenceEquals(c, target) ? change(c) : c).ToList();
        return ClaimChecker.Check(claims, model.Evidence!, ReportLanguage.English).Select(static v => v.Problem).ToList();
    }
}
