namespace CapitalHealthReport.Rules;

/// <summary>Rule categories and the id prefix each one owns (<c>CH1xxx</c> concentration, …).</summary>
public static class RuleCategories
{
    public const string Concentration = "Concentration";
    public const string StageSkew = "StageSkew";
    public const string SectorCrowdOut = "SectorCrowdOut";
    public const string RegionalBias = "RegionalBias";
    public const string InvestorMix = "InvestorMix";
    public const string DataCoverage = "DataCoverage";

    /// <summary>Findings about the analysis configuration itself (<c>CH0xxx</c>); no rule pack may use it.</summary>
    public const string Configuration = "Configuration";

    /// <summary>Each rule-pack category with the first digit of its ids.</summary>
    public static IReadOnlyList<KeyValuePair<string, char>> All { get; } =
    [
        new(Concentration, '1'),
        new(StageSkew, '2'),
        new(SectorCrowdOut, '3'),
        new(RegionalBias, '4'),
        new(InvestorMix, '5'),
        new(DataCoverage, '9'),
    ];

    /// <summary>The id digit of a rule-pack category; null when the category is unknown.</summary>
    public static char? DigitOf(string category)
    {
        foreach (var pair in All)
        {
            if (string.Equals(pair.Key, category, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>True for <c>CH</c> followed by four digits.</summary>
    public static bool IsWellFormedId(string id) =>
        id.Length == 6 && id.StartsWith("CH", StringComparison.Ordinal) && id.Skip(2).All(char.IsAsciiDigit);
}
