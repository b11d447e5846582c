using System.Globalization;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Text;

namespace CapitalHealthReport;

/// <summary>
/// Checks each suppression's <c>where</c> values against the data (all deals in scope, whatever the run's filters): a
/// sector, region, stage or investor type no deal has, or a period the data does not cover, can match no finding, so
/// the finding the user meant to accept would still be reported without a word. Each such value is reported as CH0003
/// (a warning; the run goes on).
/// </summary>
internal static class SuppressionCheck
{
    /// <summary>The <c>where</c> values of <paramref name="config"/>'s suppressions (already in canonical terms) that the data does not hold.</summary>
    public static IReadOnlyList<UnmatchedSuppression> Unmatched(AnalysisConfig config, DealSet deals, ReferenceData reference, MetricParameters parameters)
    {
        var unmatched = new List<UnmatchedSuppression>();
        var known = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var suppression in config.Suppressions)
        {
            foreach (var (field, value) in suppression.Where)
            {
                if (field == "period")
                {
                    if (Uncovered(value, deals) is { } covers)
                    {
                        var span = deals.FirstDate is { } first && deals.LastDate is { } last ? Period.Range(first, last) : (Period?)null;
                        unmatched.Add(new UnmatchedSuppression(suppression, field, value, null, [covers], span));
                    }

                    continue;
                }

                if (!known.TryGetValue(field, out var values))
                {
                    values = FilterCheck.ValuesOf(deals, reference, parameters, field);
                    known[field] = values;
                }

                if (!values.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    unmatched.Add(new UnmatchedSuppression(suppression, field, value, Spelling.Nearest(value, values), values));
                }
            }
        }

        return unmatched;
    }

    /// <summary>The span the data covers when no deal falls in the period <paramref name="label"/>; null when some does.</summary>
    private static string? Uncovered(string label, DealSet deals)
    {
        if (!Period.TryParse(label, out var period) || deals.CountBetween(period.Start, period.End) > 0)
        {
            return null;
        }

        return deals.FirstDate is { } first && deals.LastDate is { } last
            ? string.Create(CultureInfo.InvariantCulture, $"the data covers {first:yyyy-MM-dd}..{last:yyyy-MM-dd}")
            : "the data has no dates";
    }
}
