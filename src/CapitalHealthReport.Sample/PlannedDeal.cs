using CapitalHealthReport.Model;

namespace CapitalHealthReport.Sample;

/// <summary>One deal while the sample is being built: canonical facts plus calibration state.</summary>
internal sealed class PlannedDeal
{
    public DateOnly Date { get; set; }

    public int Sector { get; set; }

    public SectorGroup Group { get; set; }

    public Stage Stage { get; set; }

    public int Region { get; set; }

    public SampleCompany? Company { get; set; }

    public bool Disclosed { get; set; }

    /// <summary>Value the loader reads, in CNY (USD deals: converted at the year's rate).</summary>
    public decimal Cny { get; set; }

    /// <summary>The amount as written in US dollars, for USD-denominated deals.</summary>
    public decimal? Usd { get; set; }

    /// <summary>Vague text (<c>数千万人民币</c>, <c>近亿元</c>) that the loader reads as an estimate.</summary>
    public string? VagueText { get; set; }

    /// <summary>Amount drawn from the stage distribution before calibration.</summary>
    public double Draw { get; set; }

    /// <summary>Named deal with a fixed amount and investors.</summary>
    public bool Named { get; set; }

    /// <summary>Member of a pinned-median stratum; its amount is not scaled.</summary>
    public bool Frozen { get; set; }

    public bool Filler { get; set; }

    public List<string> Investors { get; } = [];

    public int Order { get; set; }

    public bool IsAi => Group == SectorGroup.AI;

    /// <summary>Quarter index from 2023Q1 (0) to 2025Q2 (9).</summary>
    public int Quarter => ((Date.Year - 2023) * 4) + ((Date.Month - 1) / 3);

    public bool InWindow => SamplePlan.Window.Contains(Date);
}

/// <summary>A named deal of the sample (the leading LLM companies' rounds).</summary>
internal sealed record NamedDeal(DateOnly Date, string Company, Stage Stage, decimal? Cny, decimal? Usd, string[] Investors);
