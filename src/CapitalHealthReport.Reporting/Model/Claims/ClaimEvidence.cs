using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>What a report's claims rest on: the metrics engine of the run, its findings and its rules.</summary>
internal sealed record ClaimEvidence(MetricsEngine Engine, AnalysisResult Analysis, RuleCatalog Catalog, AnalysisConfig Config)
{
    public int MinDeals => Engine.Parameters.MinDeals;

    /// <summary>The data cut-off: deals dated after it are left out. Null when the whole data counts.</summary>
    public DateOnly? Cutoff { get; init; }

    /// <summary>True when the cut-off was given (<c>--cutoff</c>); otherwise it is the last deal's date.</summary>
    public bool CutoffGiven { get; init; }

    /// <summary>What the report calls government funds, for the data's country.</summary>
    public GovernmentFundWords Funds { get; init; } = GovernmentFundWords.For(null);

    /// <summary>What the report calls the data's places: regions, or countries.</summary>
    public PlaceWords Places { get; init; } = PlaceWords.For(countries: false);

    /// <summary>
    /// The last day of <paramref name="period"/> the data covers when the cut-off falls inside it (a quarter reported
    /// before it ends): its counts and amounts are of part of the period. Null when the data covers the whole period.
    /// A cut-off taken from the last deal's date counts only when more than a tenth of the period (at least a week)
    /// follows it: a quarter's last deal is seldom on its last day, and an export made after the quarter covers it all.
    /// </summary>
    public DateOnly? PartThrough(Period period)
    {
        if (Cutoff is not { } cutoff || cutoff < period.Start || cutoff >= period.End)
        {
            return null;
        }

        var after = period.End.DayNumber - cutoff.DayNumber;
        var days = period.End.DayNumber - period.Start.DayNumber + 1;
        return CutoffGiven || after > Math.Max(7, days / 10) ? cutoff : null;
    }
}
