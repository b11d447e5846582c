using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Rules.Explaining;

/// <summary>The sentence that says why a rule did or did not fire in a scope.</summary>
internal static class RuleReasons
{
    public static string Of(RuleEvaluation e)
    {
        var rule = e.Rule;
        switch (e.Outcome)
        {
            case RuleOutcome.Disabled:
                return $"Disabled: the configuration sets the severity of {rule.Id} (or of category:{rule.Category}) to none.";
            case RuleOutcome.TooFewDeals:
                return string.Create(CultureInfo.InvariantCulture,
                    $"Not judged: {e.DealCount} deals in {e.Location}, fewer than {(rule.MinDeals is null ? "" : "the rule's ")}min_deals {e.MinDeals}.");
            case RuleOutcome.NotMet:
                return "Did not fire: " + (e.Conditions.Count > 0 && e.Conditions[0].WithValues.Contains("undefined", StringComparison.Ordinal)
                    ? "a value it reads is undefined in this scope (no data, or no comparison period), and a comparison with an undefined value is false."
                    : "the condition is false.");
        }

        var b = new StringBuilder();
        var finding = e.Finding;
        var severity = finding?.Severity ?? rule.DefaultSeverity;
        b.Append("Fired as ").Append(Severities.Name(severity));
        var escalated = e.Conditions.Where(c => c.Name != "when" && c.Holds).OrderBy(c => c.Severity).FirstOrDefault();
        if (escalated is not null)
        {
            b.Append(": ").Append(escalated.Name).Append(" holds");
        }

        if (e.Override is { } overridden)
        {
            b.Append(escalated is null ? ": " : "; ").Append("the configuration overrides the severity to ").Append(Severities.Name(overridden));
        }

        b.Append('.');
        if (e.Outcome == RuleOutcome.Suppressed && finding?.Suppressed is { } suppression)
        {
            b.Append(" Suppressed by ").Append(suppression.Source).Append(": ").Append(suppression.Justification);
            if (suppression.Expires is { } expires)
            {
                b.Append(CultureInfo.InvariantCulture, $" (until {expires:yyyy-MM-dd})");
            }

            b.Append('.');
        }
        else if (e.Outcome == RuleOutcome.InBaseline)
        {
            b.Append(" Unchanged from the baseline, so it does not decide the exit code.");
        }
        else if (e.ComparedWithBaseline && finding?.Baseline == BaselineState.New)
        {
            b.Append(" New since the baseline.");
        }

        return b.ToString();
    }
}
