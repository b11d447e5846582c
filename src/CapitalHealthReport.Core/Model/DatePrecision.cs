namespace CapitalHealthReport.Model;

/// <summary>
/// How much of a deal's date the file gives: the day, or only the month or the quarter (<c>2024-03</c>,
/// <c>2024-Q1</c>), when the date is that month's or quarter's first day.
/// </summary>
internal enum DatePrecision
{
    Day,
    Month,
    Quarter,
}

/// <summary>The days a date of some <see cref="DatePrecision"/> covers.</summary>
internal static class DatePrecisions
{
    /// <summary>The last day <paramref name="date"/> covers: the date itself, or the last day of its month or quarter.</summary>
    public static DateOnly LastDay(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        DatePrecision.Quarter => Period.Containing(date, PeriodKind.Quarter).End,
        _ => date,
    };
}
