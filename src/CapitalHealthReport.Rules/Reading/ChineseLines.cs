using System.Text.RegularExpressions;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Joins the lines of a folded Chinese text. YAML folds a block scalar's lines (<c>description_zh-CN: &gt;</c>) with a
/// space, which Chinese does not put between characters: a pack author who wraps a long Chinese description would
/// otherwise find a stray space at every line end in the report.
/// </summary>
internal static partial class ChineseLines
{
    /// <summary>The text without the single spaces that stand between two Chinese characters or punctuation marks.</summary>
    public static string Join(string text) => SpaceBetweenChinese().Replace(text, "");

    // CJK punctuation, extension A, unified ideographs and full-width forms (，。；：（）《》).
    [GeneratedRegex(@"(?<=[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]) (?=[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBetweenChinese();
}
