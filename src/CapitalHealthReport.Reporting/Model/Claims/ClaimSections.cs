namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>The section names claims belong to, in report order.</summary>
public static class ClaimSections
{
    public const string Market = "market";
    public const string Concentration = "concentration";
    public const string Stages = "stages";
    public const string Sectors = "sectors";
    public const string Regions = "regions";
    public const string Investors = "investors";
    public const string Findings = "findings";

    public static IReadOnlyList<string> All { get; } = [Market, Concentration, Stages, Sectors, Regions, Investors, Findings];

    /// <summary>The section a rule category's findings belong to.</summary>
    public static string OfCategory(string category) => category switch
    {
        "Concentration" => Concentration,
        "StageSkew" => Stages,
        "SectorCrowdOut" => Sectors,
        "RegionalBias" => Regions,
        "InvestorMix" => Investors,
        "DataCoverage" => Market,
        _ => Findings,
    };
}
