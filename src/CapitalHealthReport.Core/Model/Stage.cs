namespace CapitalHealthReport.Model;

/// <summary>Canonical financing stage of a deal. Source labels map here through stage aliases.</summary>
public enum Stage
{
    Angel,
    Seed,
    PreA,
    A,
    B,
    C,
    D,
    EPlus,
    PreIPO,
    Strategic,
    PE,
    Debt,
    Grant,
    Other,
    Unknown,
}

/// <summary>Stage groups used by the stage-skew metrics.</summary>
public enum StageGroup
{
    /// <summary>Angel, Seed, PreA, A.</summary>
    Early,

    /// <summary>B.</summary>
    Growth,

    /// <summary>C, D, EPlus, PreIPO.</summary>
    Late,

    /// <summary>Strategic, PE, Debt, Grant, Other, Unknown.</summary>
    Ungrouped,
}

public static class Stages
{
    /// <summary>All canonical stages in their canonical order.</summary>
    public static IReadOnlyList<Stage> All { get; } = Enum.GetValues<Stage>();

    public static StageGroup GroupOf(Stage stage) => stage switch
    {
        Stage.Angel or Stage.Seed or Stage.PreA or Stage.A => StageGroup.Early,
        Stage.B => StageGroup.Growth,
        Stage.C or Stage.D or Stage.EPlus or Stage.PreIPO => StageGroup.Late,
        _ => StageGroup.Ungrouped,
    };

    public static bool IsEarly(Stage stage) => GroupOf(stage) == StageGroup.Early;

    public static bool IsLate(Stage stage) => GroupOf(stage) == StageGroup.Late;

    public static bool IsSeedOrAngel(Stage stage) => stage is Stage.Seed or Stage.Angel;

    /// <summary>The canonical name used in JSON, CSV, templates and rule expressions (e.g. <c>EPlus</c>).</summary>
    public static string Name(Stage stage) => stage switch
    {
        Stage.Angel => "Angel",
        Stage.Seed => "Seed",
        Stage.PreA => "PreA",
        Stage.A => "A",
        Stage.B => "B",
        Stage.C => "C",
        Stage.D => "D",
        Stage.EPlus => "EPlus",
        Stage.PreIPO => "PreIPO",
        Stage.Strategic => "Strategic",
        Stage.PE => "PE",
        Stage.Debt => "Debt",
        Stage.Grant => "Grant",
        Stage.Other => "Other",
        _ => "Unknown",
    };

    /// <summary>The stage's name for English readers (<c>EPlus</c> → "E+", <c>A</c> → "Series A").</summary>
    public static string DisplayName(Stage stage) => stage switch
    {
        Stage.PreA => "Pre-A",
        Stage.EPlus => "E+",
        Stage.PreIPO => "Pre-IPO",
        Stage.A or Stage.B or Stage.C or Stage.D => "Series " + Name(stage),
        _ => Name(stage),
    };

    /// <summary>The stage's name for Chinese readers (<c>EPlus</c> → "E轮及以后").</summary>
    public static string ChineseName(Stage stage) => stage switch
    {
        Stage.Angel => "天使轮",
        Stage.Seed => "种子轮",
        Stage.PreA => "Pre-A轮",
        Stage.A => "A轮",
        Stage.B => "B轮",
        Stage.C => "C轮",
        Stage.D => "D轮",
        Stage.EPlus => "E轮及以后",
        Stage.PreIPO => "Pre-IPO",
        Stage.Strategic => "战略投资",
        Stage.PE => "私募股权",
        Stage.Debt => "债权融资",
        Stage.Grant => "资助",
        Stage.Other => "其他",
        _ => "未知",
    };

    /// <summary>Parses a canonical stage name (ordinal, case-insensitive); null when it is not one.</summary>
    public static Stage? TryParseCanonical(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        foreach (var stage in All)
        {
            if (string.Equals(Name(stage), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return stage;
            }
        }

        return null;
    }
}
