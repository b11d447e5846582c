namespace CapitalHealthReport.Loading;

/// <summary>Date text as the loader reads it without a mapping's <c>date_format</c>, for tools that look at an export before a mapping exists (<c>init</c>).</summary>
public static class DateText
{
    private static readonly DateParser BuiltIn = new([]);

    /// <summary>True when the loader reads <paramref name="text"/> as a date (ISO, with a time part or an offset, <c>2024年3月5日</c>, an Excel serial, Unix time, …).</summary>
    public static bool IsDate(string text) => BuiltIn.Parse(text, out _, out _) == DateStatus.Ok;

    /// <summary>
    /// True when <paramref name="text"/> is a year or a half-year alone (<c>2024</c>, <c>2024H1</c>, <c>2024年上半年</c>),
    /// which the loader refuses as a deal's date: no quarter can hold it.
    /// </summary>
    public static bool IsYearOrHalfYearAlone(string text) =>
        BuiltIn.Parse(text, out _, out _) == DateStatus.Unparsable && Model.Period.TryParse(text, out var period) && period.Kind is Model.PeriodKind.Year or Model.PeriodKind.Half;
}
