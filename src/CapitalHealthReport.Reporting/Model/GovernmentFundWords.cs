using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// What the report calls investors of the <c>Government</c> type. A government guidance fund (政府引导基金) is a Chinese
/// institution, and the bundled investor directory lists Chinese funds; for data of another country, or of no known
/// country, the report says government-backed fund (政府背景基金), which is true of any fund the state backs. The metric
/// catalog and the rule packs name guidance funds, so their texts are put in these words too. The metrics keep their
/// names (<c>investor_type_share.Government</c>).
/// </summary>
public sealed class GovernmentFundWords
{
    private const string GuidanceFundChinese = "政府引导基金";
    private const string BackedFundChinese = "政府背景基金";

    private static readonly GovernmentFundWords ChineseData = new(guidance: true);
    private static readonly GovernmentFundWords OtherData = new(guidance: false);

    private readonly bool _guidance;

    private GovernmentFundWords(bool guidance)
    {
        _guidance = guidance;
    }

    /// <summary>The words for data of <paramref name="country"/> (ISO 3166 alpha-2; null when none is known): guidance funds only for China.</summary>
    public static GovernmentFundWords For(string? country) => string.Equals(country, "CN", StringComparison.Ordinal) ? ChineseData : OtherData;

    /// <summary>True when the report calls them guidance funds (the data is Chinese).</summary>
    public bool GuidanceFunds => _guidance;

    /// <summary>The type's name: "Government fund" (in English either way); 政府引导基金 for Chinese data, else 政府背景基金.</summary>
    public string Name(ReportLanguage language) =>
        language != ReportLanguage.Chinese ? Vocabulary.InvestorTypeName("Government", language) : _guidance ? GuidanceFundChinese : BackedFundChinese;

    /// <summary>
    /// A text of the metric catalog or a rule pack in these words: for data that is not Chinese, 政府引导基金 reads
    /// 政府背景基金 and "guidance fund" reads "government-backed fund"; Chinese data's texts are returned as they are.
    /// </summary>
    public string InText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _guidance
            ? text
            : text.Replace(GuidanceFundChinese, BackedFundChinese, StringComparison.Ordinal)
                .Replace("guidance fund", "government-backed fund", StringComparison.Ordinal)
                .Replace("Guidance fund", "Government-backed fund", StringComparison.Ordinal);
    }
}
