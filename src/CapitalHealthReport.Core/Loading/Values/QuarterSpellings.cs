using System.Globalization;
using System.Text.RegularExpressions;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Quarter spellings the <see cref="DateParser"/> rewrites as <c>2025-Q1</c>: the analysts' <c>1Q25</c>, <c>1Q 2025</c>
/// and <c>Q1'25</c>, and the Chinese <c>2025年1季度</c>, <c>2025年第1季度</c> and <c>2025年Q1</c>; and fiscal periods
/// (<c>FY2025</c>, <c>Q1 FY25</c>), which are refused: a fiscal year starts in a different month in each country and
/// company (April in India, October for the US government), so its quarters are no calendar quarters.
/// </summary>
internal static partial class QuarterSpellings
{
    public const string FiscalYear = "is a fiscal year alone: no quarter can hold it, and fiscal years start in different months by country and company (write the calendar quarter such as 2024-Q2, the month or the full date)";

    public const string FiscalQuarter = "is a fiscal quarter, and fiscal years start in different months by country and company (April in India, October for the US government): write the calendar quarter such as 2024-Q2, the month or the full date";

    /// <summary><paramref name="text"/> as <c>yyyy-Qn</c> when it spells a calendar quarter another way; null otherwise.</summary>
    public static string? AsQuarter(ReadOnlySpan<char> text)
    {
        var match = Spelled().Match(text.ToString());
        if (!match.Success)
        {
            return null;
        }

        var year = match.Groups["year"].Value;
        var full = year.Length == 4
            ? int.Parse(year, CultureInfo.InvariantCulture)
            : CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(int.Parse(year, CultureInfo.InvariantCulture));
        return string.Create(CultureInfo.InvariantCulture, $"{full}-Q{match.Groups["q"].Value}");
    }

    /// <summary>Why a fiscal year or quarter (<c>FY2025</c>, <c>FY25</c>, <c>Q1 FY25</c>, <c>1QFY25</c>) is refused; null for other text.</summary>
    public static string? Fiscal(ReadOnlySpan<char> text)
    {
        var match = FiscalPeriod().Match(text.ToString());
        return !match.Success ? null : match.Groups["q"].Success ? FiscalQuarter : FiscalYear;
    }

    // "1Q25", "1Q2025", "1Q 2025", "Q1'25", "Q1 '25", "2025年1季度", "2025年第1季度", "2025年Q1", "2025年 Q1".
    [GeneratedRegex(@"^(?:(?<q>[1-4])[Qq]\s?(?<year>\d{2}|\d{4})|[Qq](?<q>[1-4])\s?['’](?<year>\d{2})|(?<year>\d{4})年\s?(?:第?(?<q>[1-4])季度?|[Qq](?<q>[1-4])))$", RegexOptions.CultureInvariant)]
    private static partial Regex Spelled();

    // "FY2025", "FY 25", "FY'25", "FY2025 Q1", "Q1 FY25", "1QFY25", "Q1-FY2025", "2025财年", "2025财年第一季度" (anything after 财年 narrows it to a fiscal quarter or month).
    [GeneratedRegex(@"^(?:(?:(?<q>[Qq][1-4]|[1-4][Qq])[\s-]?)?FY\s?['’]?\d{2}(?:\d{2})?(?:[\s-]?(?<q>[Qq][1-4]))?|\d{4}\s?[财財]年(?<q>.+)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FiscalPeriod();
}
