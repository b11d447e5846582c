namespace CapitalHealthReport.Model;

/// <summary>Investor types from the investor directory (<c>data/reference/investors.csv</c>).</summary>
public enum InvestorType
{
    VC,
    PE,

    /// <summary>Industrial or corporate venture capital.</summary>
    CVC,

    /// <summary>State or local government guidance fund.</summary>
    Government,
    Angel,
    Other,
}

/// <summary>A known investor: canonical name, type and home region (canonical region name, or null when unknown).</summary>
public sealed record InvestorInfo(string Name, InvestorType Type, string? HomeRegion);
