using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// Puts a rule pack's severity words in the report's. Packs state their levels as <c>analyze</c>, SARIF and the rule
/// documentation name severities ("A warning above 60%, an error above 80%", "高于60%为警告"); the report grades
/// findings serious, moderate and informational (严重, 中等, 提示), so a pack's condition or description reads there
/// "Moderate above 60%, serious above 80%" and "高于60%为中等". Only a severity stating a level is changed: a severity
/// word before when, above, below, at or if, or after "is"; other uses of the words are left as written.
/// </summary>
internal static partial class SeverityWords
{
    /// <summary><paramref name="text"/> with the severities its levels name in the report's words for <paramref name="language"/>.</summary>
    public static string InReport(string text, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return language == ReportLanguage.Chinese
            ? ChineseLevel().Replace(text, static m => m.Groups[1].Value + (m.Groups[2].Value == "警告" ? "中等" : "严重"))
            : English(text);
    }

    private static string English(string text) => StatedAfterIs().Replace(EnglishLevel().Replace(text, Adjective), static m => "is " + Adjective(m));

    /// <summary>"A warning" → "Moderate", "an error" → "serious", "Warning" → "Moderate": the first letter's case is kept.</summary>
    private static string Adjective(Match match)
    {
        var severity = match.Groups["severity"].Value;
        var word = char.ToUpperInvariant(severity[0]) switch
        {
            'E' => "serious",
            'W' => "moderate",
            _ => "informational",
        };
        var first = match.Value[0];
        return char.IsUpper(first) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    // A level: "A warning when", "an error above", "Warning below", "An informational finding when".
    [GeneratedRegex(@"\b(?:[Aa]n? )?(?<severity>[Ww]arning|[Ee]rror|[Ii]nformational finding)(?= (?:when|above|below|at|if)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishLevel();

    // A level stated after it: "above 80% it is an error."
    [GeneratedRegex(@"\bis an? (?<severity>warning|error|informational finding)(?=[.,;:)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex StatedAfterIs();

    // "高于60%为警告", "…时为严重", "…时为错误".
    [GeneratedRegex("(为|是)(警告|错误)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseLevel();
}
