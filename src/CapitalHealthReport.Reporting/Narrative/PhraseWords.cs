using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Model.Claims;

namespace CapitalHealthReport.Reporting.Narrative;

/// <summary>
/// The words that carry a claim's judgement in each language: threshold crossings, judging verbs, direction words.
/// The phrasebooks write them and the <see cref="ClaimChecker"/> holds every sentence that uses them to its data.
/// </summary>
public static partial class PhraseWords
{
    /// <summary>Text a sentence holds only when it states a threshold as crossed by an existing finding.</summary>
    public static IReadOnlyList<string> Crossing(ReportLanguage language) => language == ReportLanguage.Chinese
        ? ["阈值，属", "下限，属", "阈值，该发现", "下限，该发现"]
        : [" threshold of rule ", " floor of rule "];

    /// <summary>Judging words (crowding out, concentrating, dominating, starving): only a finding may use them.</summary>
    public static IReadOnlyList<string> Judgement(ReportLanguage language) => language == ReportLanguage.Chinese
        ? ["挤出", "过度集中", "主导", "明显不足"]
        : ["crowd", "concentrates", "dominat", "starv"];

    /// <summary>The headline verb for a direction: rose to / fell to / held at; 升至 / 降至 / 持平于.</summary>
    public static string HeadlineVerb(ReportLanguage language, Direction direction) => (language, direction) switch
    {
        (ReportLanguage.Chinese, Direction.Up) => "升至",
        (ReportLanguage.Chinese, Direction.Down) => "降至",
        (ReportLanguage.Chinese, _) => "持平于",
        (_, Direction.Up) => "rose to",
        (_, Direction.Down) => "fell to",
        _ => "held at",
    };

    /// <summary>How many change phrases ("up 5.2 points from …", "较…下降12%", "unchanged from …") a text holds.</summary>
    public static int ChangePhrases(ReportLanguage language, string text) =>
        (language == ReportLanguage.Chinese ? ChineseChange() : EnglishChange()).Count(text);

    [GeneratedRegex(@"\b(?:up|down) [0-9][0-9.,]*(?: points?|%) from |\bunchanged from |\bup from zero in ", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishChange();

    [GeneratedRegex(@"较[^，。；]{1,40}?(?:上升|下降)|与[^，。；]{1,40}?持平|较[^，。；]{1,40}?（为零）有所上升", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseChange();
}
