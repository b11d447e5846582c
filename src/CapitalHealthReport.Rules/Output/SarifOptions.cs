namespace CapitalHealthReport.Rules;

/// <summary>
/// What a SARIF log says beyond the findings: where the rule help pages live, which deals file was analysed and which
/// configuration the run read (for the locations of configuration findings).
/// </summary>
public sealed record SarifOptions
{
    /// <summary>No help links, no deals file, no configuration file.</summary>
    public static SarifOptions Default { get; } = new();

    /// <summary>
    /// The absolute base of the rule help pages (<c>report.help_base_url</c>); each rule's <c>helpUri</c> is this base
    /// plus <c>ID.md</c>. Without it rules carry no <c>helpUri</c> (their help text is always embedded).
    /// </summary>
    public Uri? HelpBaseUrl { get; init; }

    /// <summary>The deals file as the user named it (<c>data/deals.csv</c>), given to every result as a related location; null for none.</summary>
    public string? DealsFile { get; init; }

    /// <summary>The configuration in force, whose file and entries locate the configuration findings (CH0xxx).</summary>
    public AnalysisConfig? Config { get; init; }

    /// <summary>The help page of a rule, or null without <see cref="HelpBaseUrl"/>.</summary>
    public string? HelpUri(string ruleId) => HelpBaseUrl is null ? null : new Uri(HelpBaseUrl, ruleId + ".md").AbsoluteUri;
}
