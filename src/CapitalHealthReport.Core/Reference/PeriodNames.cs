using System.Globalization;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reference;

/// <summary>
/// How prose names a period: English <c>Q1 2025</c>, <c>H1 2025</c>, <c>2025</c>, <c>January–August 2024</c>; Chinese
/// <c>2025年第一季度</c>, <c>2025年上半年</c>, <c>2025年</c>, <c>2024年1—8月</c>. One wording for the report's narrative and
/// the Chinese messages of findings, so a finding names its period as the report around it does.
/// </summary>
public static class PeriodNames
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The period in the language of <paramref name="chinese"/>: <see cref="Chinese"/> or <see cref="English"/>.</summary>
    public static string For(Period period, bool chinese) => chinese ? Chinese(period) : English(period);

    /// <summary>The period in English prose: <c>Q1 2025</c>, <c>H1 2025</c>, <c>2025</c>, <c>January–August 2024</c>, <c>15 January 2024 – 14 March 2024</c>.</summary>
    public static string English(Period period) => period.Kind switch
    {
        PeriodKind.Quarter => string.Create(Invariant, $"Q{Quarter(period)} {period.Start.Year}"),
        PeriodKind.Half => string.Create(Invariant, $"H{(period.Start.Month <= 6 ? 1 : 2)} {period.Start.Year}"),
        PeriodKind.Year => period.Label,
        _ => EnglishRange(period.Start, period.End),
    };

    /// <summary>The period in Chinese prose: <c>2025年第一季度</c>, <c>2025年上半年</c>, <c>2025年</c>, <c>2024年1—8月</c>, <c>2024年1月15日至2024年3月14日</c>.</summary>
    public static string Chinese(Period period) => period.Kind switch
    {
        PeriodKind.Quarter => string.Create(Invariant, $"{period.Start.Year}年第{ChineseQuarter(Quarter(period))}季度"),
        PeriodKind.Half => string.Create(Invariant, $"{period.Start.Year}年{(period.Start.Month <= 6 ? "上" : "下")}半年"),
        PeriodKind.Year => string.Create(Invariant, $"{period.Start.Year}年"),
        _ => ChineseRange(period.Start, period.End),
    };

    private static int Quarter(Period period) => ((period.Start.Month - 1) / 3) + 1;

    /// <summary>True when the range runs from a month's first day to a month's last day within one year.</summary>
    private static bool WholeMonthsOfOneYear(DateOnly start, DateOnly end) => start.Day == 1 && end.AddDays(1).Day == 1 && start.Year == end.Year;

    private static string EnglishRange(DateOnly start, DateOnly end)
    {
        if (WholeMonthsOfOneYear(start, end))
        {
            var first = EnglishMonth(start.Month);
            return start.Month == end.Month
                ? string.Create(Invariant, $"{first} {start.Year}")
                : string.Create(Invariant, $"{first}–{EnglishMonth(end.Month)} {start.Year}");
        }

        return string.Create(Invariant, $"{start.Day} {EnglishMonth(start.Month)} {start.Year} – {end.Day} {EnglishMonth(end.Month)} {end.Year}");
    }

    private static string ChineseRange(DateOnly start, DateOnly end)
    {
        if (WholeMonthsOfOneYear(start, end))
        {
            return start.Month == end.Month
                ? string.Create(Invariant, $"{start.Year}年{start.Month}月")
                : string.Create(Invariant, $"{start.Year}年{start.Month}—{end.Month}月");
        }

        return string.Create(Invariant, $"{start.Year}年{start.Month}月{start.Day}日至{end.Year}年{end.Month}月{end.Day}日");
    }

    private static string ChineseQuarter(int quarter) => quarter switch
    {
        1 => "一",
        2 => "二",
        3 => "三",
        _ => "四",
    };

    private static string EnglishMonth(int month) => Invariant.DateTimeFormat.GetMonthName(month);
}
