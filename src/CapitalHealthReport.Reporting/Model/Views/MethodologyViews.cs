namespace CapitalHealthReport.Reporting.Model;

/// <summary>A rule of the catalog for the methodology and the rule appendix.</summary>
public sealed class RuleView
{
    public required string Id { get; init; }

    /// <summary>The title in the report's language (the pack's own text where it has one).</summary>
    public required string Title { get; init; }

    public required string Category { get; init; }

    public required string Severity { get; init; }

    public required string SeverityLabel { get; init; }

    /// <summary>Where it is judged: <c>period</c>, <c>sector</c>, …</summary>
    public required string Scope { get; init; }

    /// <summary>Where it is judged, in words: "the whole market", "each sector".</summary>
    public required string ScopeName { get; init; }

    /// <summary>The condition as a sentence: "Moderate when the top-quintile share is above 60%; serious above 80%."</summary>
    public required string ConditionText { get; init; }

    /// <summary>The condition as the rule pack writes it (for the technical appendix).</summary>
    public required string Condition { get; init; }

    public required IReadOnlyList<EscalationView> Escalations { get; init; }

    public required string MinDeals { get; init; }

    /// <summary>The rule's help page as an absolute link, or empty.</summary>
    public required string Help { get; init; }

    /// <summary>The first paragraph of the rule's description (plain text).</summary>
    public required string Description { get; init; }
}

/// <summary>A stricter condition with its severity.</summary>
public sealed record EscalationView(string Severity, string SeverityLabel, string Condition);

/// <summary>A metric of the catalog for the methodology: its name, formula in words and the rules that judge it.</summary>
public sealed record MetricDefinitionView(string Name, string DisplayName, string Unit, string Definition, string Thresholds);

/// <summary>The analysis parameters the rules read.</summary>
public sealed record ParametersView(string ReportingCurrency, string HotSector, IReadOnlyList<string> StrategicSectors, IReadOnlyList<string> StrategicSectorNames, string StrategicSectorsText, int MinDeals, string MegaRound)
{
    /// <summary>The reporting currency as the report's language names it in a sentence: the code in English, 人民币 or 美元 in Chinese.</summary>
    public string ReportingCurrencyName { get; init; } = ReportingCurrency;

    /// <summary>Whether some deals are in another currency than the reporting one, so that their amounts were converted.</summary>
    public bool Converted { get; init; } = true;

    /// <summary>
    /// Whether rounds can be compared with the mega-round size set in dollars: false when the reporting currency has no
    /// exchange rate, so that the mega-round share is not measured.
    /// </summary>
    public bool MegaRoundMeasured { get; init; } = true;
}

/// <summary>Where the numbers come from: input file, rows, SHA-256, configuration, rule packs, tool version.</summary>
public sealed record ProvenanceView(string SourceName, string Sha256, int Rows, string Config, string RulePacks, string ToolVersion, string Template);
