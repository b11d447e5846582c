namespace CapitalHealthReport.Rules;

/// <summary>
/// The languages a rule pack can carry text in. English is the pack's plain keys (<c>title</c>, <c>message</c>);
/// another language is a suffixed key (<c>title_zh-CN</c>) and falls back to English when absent.
/// </summary>
public static class RuleLanguages
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    /// <summary>Every language with its own keys (English has the plain keys).</summary>
    public static IReadOnlyList<string> Translated { get; } = [Chinese];

    /// <summary>True for <c>zh-CN</c>, <c>zh</c> and other Chinese tags.</summary>
    public static bool IsChinese(string? language) =>
        language is not null && (language.Equals("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("zh-", StringComparison.OrdinalIgnoreCase));

    /// <summary>The pack language for a requested language: <c>zh-CN</c> for any Chinese tag, else English.</summary>
    public static string Normalize(string? language) => IsChinese(language) ? Chinese : English;
}
