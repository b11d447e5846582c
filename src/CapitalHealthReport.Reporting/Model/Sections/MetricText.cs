using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>A metric value formatted by its kind: shares as percentages, amounts as money, counts (deals, companies, active investors, rounds with an amount) and HHI as whole numbers.</summary>
internal static class MetricText
{
    /// <summary>A threshold level: like <see cref="Format"/>, but a whole percentage without decimals (60%).</summary>
    public static string Threshold(string metric, double value, NarrativeFormatter format) =>
        MetricCatalog.Find(Vocabulary.SplitEvidence(metric).Metric) is { IsShare: true } && Math.Abs((value * 100) - Math.Round(value * 100)) < 1e-9
            ? format.Pct(value, 0)
            : Format(metric, value, format);

    public static string Format(string metric, double? value, NarrativeFormatter format)
    {
        // Evidence names carry a period prefix and a key (yoy.early_count_share, location_quotient.max): format as the metric.
        metric = Vocabulary.SplitEvidence(metric).Metric;
        var descriptor = MetricCatalog.Find(metric);
        if (descriptor is null)
        {
            return metric.EndsWith("_share", StringComparison.Ordinal) ? format.Pct(value) : format.Num(value, 2);
        }

        if (descriptor.IsShare)
        {
            return format.Pct(value);
        }

        return metric switch
        {
            "total_amount" or "strategic_sectors_amount" or "median_amount" => format.Money(value),
            "hhi" => format.Int(value),
            _ when descriptor.UnitKind == MetricUnit.Count => format.Int(value),
            _ => format.Num(value, 2),
        };
    }
}
