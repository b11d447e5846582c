namespace CapitalHealthReport.Metrics;

/// <summary>
/// The metrics of one scope with their comparison values: the previous period of the same length and the
/// same period a year before. A comparison whose period lies wholly outside the data's date range is not
/// known (<see cref="PrevKnown"/>, <see cref="YoyKnown"/> false; written as <c>null</c>).
/// </summary>
public sealed record ScopeMetrics(Scope Scope, MetricSet Metrics, MetricSet Prev, MetricSet Yoy)
{
    /// <summary>The previous period's scope.</summary>
    public Scope PrevScope => Scope with { Period = Scope.Period.Previous() };

    /// <summary>The same scope one year before.</summary>
    public Scope YoyScope => Scope with { Period = Scope.Period.YearAgo() };

    /// <summary>False when the previous period lies wholly outside the data's date range.</summary>
    public bool PrevKnown { get; init; } = true;

    /// <summary>False when the year-ago period lies wholly outside the data's date range.</summary>
    public bool YoyKnown { get; init; } = true;
}

/// <summary>One point of a Lorenz curve: the cumulative share of companies (smallest first) and of their value.</summary>
public readonly record struct LorenzPoint(double CompanyShare, double ValueShare);

/// <summary>One company's disclosed total in a scope (reporting currency), its share of the scope's value and its deal count there.</summary>
public sealed record CompanyTotal(string Name, string Key, decimal Amount, double Share, int Deals);

/// <summary>An investor active in a scope: canonical name, type (<see cref="InvestorTypes.Names"/>), home region (null when unknown) and deal count.</summary>
public sealed record InvestorActivity(string Name, string Type, string? HomeRegion, int Deals);

/// <summary>
/// One deal with a disclosed amount: company, sector, region and stage (canonical names), amount in the reporting currency,
/// its share of the scope's value, its date, and the company's key (as <see cref="CompanyTotal.Key"/>: two companies may share a name).
/// </summary>
public sealed record DealTotal(string Company, string Sector, string Region, string Stage, decimal Amount, double Share, DateOnly Date, string CompanyKey = "");
