using System.Globalization;
using System.Text;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Rules.Explaining;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Cli.Terminal;

/// <summary>
/// The text of <c>rules explain</c> and <c>analyze --explain</c>: for each rule its thresholds by severity and
/// <c>min_deals</c>, then for each scope the verdict and why, and every condition as written and with its values,
/// wrapped to the terminal width; control characters from the data or the packs are shown visibly.
/// </summary>
internal static class ExplainText
{
    public static string Render(IReadOnlyList<RuleEvaluation> evaluations, int width)
    {
        var b = new StringBuilder();
        foreach (var group in evaluations.GroupBy(e => e.Rule.Id, StringComparer.Ordinal))
        {
            var rule = group.First().Rule;
            var first = group.First();
            Lines(b, $"{rule.Id} {rule.Title} ({rule.Category}; judged per {rule.ScopeKind.Replace('_', ' ')})", width, "", 2);
            if (first.Levels.Count > 0)
            {
                foreach (var level in first.Levels)
                {
                    Lines(b, $"{Severities.Name(level.Severity)} when {level.Text}", width, "  threshold: ", 4);
                }
            }
            else
            {
                Lines(b, $"{Severities.Name(rule.DefaultSeverity)} when {rule.When}", width, "  condition: ", 4);
            }

            Lines(b, string.Create(CultureInfo.InvariantCulture, $"{first.MinDeals} deals{(rule.MinDeals is null ? " (min_deals in the configuration)" : " (the rule's own)")}"), width, "  min_deals: ", 4);
            foreach (var e in group)
            {
                b.Append('\n');
                Lines(b, string.Create(CultureInfo.InvariantCulture, $"{e.Location} ({e.DealCount:N0} deals): {e.Reason}"), width, "  ", 4);
                foreach (var condition in e.Conditions)
                {
                    var label = "    " + condition.Name + ": ";
                    Lines(b, condition.Text, width, label, label.Length);
                    Lines(b, $"{condition.WithValues} is {(condition.Holds ? "true" : "false")}", width, new string(' ', label.Length), label.Length);
                }

                if (e.Finding is { } finding)
                {
                    Lines(b, finding.Message, width, "    message: ", 13);
                }
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    private static void Lines(StringBuilder b, string text, int width, string first, int indent)
    {
        foreach (var line in TerminalLayout.Wrap(TerminalText.Escape(text), width, first, indent))
        {
            b.Append(line).Append('\n');
        }
    }
}
