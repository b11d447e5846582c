using System.Globalization;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport;

/// <summary>
/// The note on deals whose currency is the sign <c>¥</c> alone, which yuan and yen share: how many were read in
/// each currency and why, and the rule, in English and in Chinese.
/// </summary>
internal static class YenSignNote
{
    private const string Rule = "¥ alone is yen when the mapping says 'currency: JPY' or the deal's own country column (or, without one, its region) is Japan, or, for a deal naming no place, when the data's country is Japan; otherwise it is yuan";

    private const string ChineseRule = "规则：映射文件设 currency: JPY，或该交易自身的国家列（无国家时为地区）为日本，按日元读取；未注明地点的交易在数据所属国家为日本时按日元读取；其余按人民币读取";

    /// <summary>The note; null when no deal gives its currency as <c>¥</c> alone.</summary>
    public static AnalysisNote? Of(DataProfile profile, Func<string, string> chineseCountryBasis)
    {
        var yen = profile.YenSigns;
        if (yen.Deals == 0)
        {
            return null;
        }

        var deals = yen.Deals == 1 ? "1 deal gives its currency" : Invariant($"{yen.Deals:N0} deals give their currency");
        var chineseDeals = Invariant($"{yen.Deals:N0}笔交易仅以¥标示币种（人民币与日元共用此符号）");
        string reading, chinese;
        if (yen.MappingCurrency is { } mapped)
        {
            reading = $"read as {mapped}, the mapping's 'currency:'";
            chinese = $"按映射文件 currency: 所设的{(mapped == "JPY" ? "日元" : "人民币")}读取";
        }
        else
        {
            var parts = new List<string>();
            var chineseParts = new List<string>();
            if (yen.ByPlace > 0)
            {
                parts.Add(Invariant($"{Count(yen, yen.ByPlace)} as JPY, their own country or region being Japan"));
                chineseParts.Add(Invariant($"{yen.ByPlace:N0}笔按日元读取（其国家或地区为日本）"));
            }

            if (yen.ByDataCountry > 0)
            {
                parts.Add(Invariant($"{Count(yen, yen.ByDataCountry)} as JPY, naming no place in data whose country is Japan (from the {profile.CountryBasis})"));
                chineseParts.Add(Invariant($"{yen.ByDataCountry:N0}笔按日元读取（未注明地点，数据所属国家为日本，依据{chineseCountryBasis(profile.CountryBasis)}）"));
            }

            if (yen.Yuan > 0)
            {
                parts.Add(Invariant($"{Count(yen, yen.Yuan)} as CNY (if they are yen, set 'currency: JPY' in a mapping file)"));
                chineseParts.Add(Invariant($"{yen.Yuan:N0}笔按人民币读取（如为日元，请在映射文件中设置 currency: JPY）"));
            }

            reading = "read " + string.Join("; ", parts);
            chinese = string.Join("；", chineseParts);
        }

        return AnalysisNote.Info(
            "yen-sign",
            $"{deals} as ¥ alone, which yuan and yen share: {reading}. {Rule}.",
            $"{chineseDeals}：{chinese}。{ChineseRule}。");
    }

    /// <summary>"all", or the number of deals.</summary>
    private static string Count(YenSignReading yen, int count) => count == yen.Deals ? (count == 1 ? "it" : "all") : Invariant($"{count:N0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
