namespace CapitalHealthReport.Reporting.Narrative;

/// <summary>The languages a report can be written in; decides number words, units and sentence order.</summary>
public enum ReportLanguage
{
    /// <summary>English (<c>en</c>).</summary>
    English,

    /// <summary>Simplified Chinese (<c>zh-CN</c>).</summary>
    Chinese,
}

/// <summary>Parses and names report languages as users write them (<c>en</c>, <c>zh-CN</c>).</summary>
public static class ReportLanguages
{
    /// <summary>The language tag used in file names, front matter and HTML (<c>en</c>, <c>zh-CN</c>).</summary>
    public static string Tag(ReportLanguage language) => language == ReportLanguage.Chinese ? "zh-CN" : "en";

    /// <summary>Parses <c>en</c> or <c>zh-CN</c> (also <c>zh</c>, <c>zh-Hans</c>, any case); throws an <see cref="InputException"/> otherwise.</summary>
    public static ReportLanguage Parse(string? text)
    {
        var value = (text ?? "en").Trim();
        if (value.Equals("en", StringComparison.OrdinalIgnoreCase) || value.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            return ReportLanguage.English;
        }

        if (value.Equals("zh", StringComparison.OrdinalIgnoreCase)
            || value.Equals("zh-CN", StringComparison.OrdinalIgnoreCase)
            || value.Equals("zh-Hans", StringComparison.OrdinalIgnoreCase))
        {
            return ReportLanguage.Chinese;
        }

        throw new InputException(SettingText.Of($"{Settings.Language} '{text}' is not a supported report language. Use en or zh-CN."), null);
    }
}
