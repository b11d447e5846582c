using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>The order of day and month in a date written with its year last: <c>15/3/2024</c> day first, <c>3/15/2024</c> month first.</summary>
public enum DayMonthOrder
{
    /// <summary>Not known: such dates are refused, with the format that would read them.</summary>
    Unknown,

    /// <summary>Day, month, year (<c>dd/MM/yyyy</c>), as British, European, Indian and Latin American exports write dates.</summary>
    DayFirst,

    /// <summary>Month, day, year (<c>MM/dd/yyyy</c>), as US exports write dates.</summary>
    MonthFirst,
}

/// <summary>
/// What a date written with its year last (<c>23/02/2024</c>, <c>2/23/24</c>, <c>03-05-2024</c>) says of the order of its
/// day and month: a first number above 12 can only be a day, a second one above 12 only a day too; both 12 or below, it
/// reads either way. Only a date that is one in the order it shows tells the order: <c>31/02/2024</c>, <c>123/02/2024</c>
/// and <c>23/02/202</c> are no dates in any order, and say nothing of the column's.
/// </summary>
/// <param name="Only">The one order the date's numbers allow, for the advice of its refusal; <see cref="DayMonthOrder.Unknown"/> when it reads either way or neither.</param>
/// <param name="Shows">The one order in which the date is a calendar date: what it tells of the column's order.</param>
/// <param name="Either">The date is a calendar date in both orders.</param>
/// <param name="Separator">The character between its numbers.</param>
/// <param name="YearDigits">The digits of its year (2 or 4).</param>
internal readonly record struct DayMonthReading(DayMonthOrder Only, DayMonthOrder Shows, bool Either, char Separator, int YearDigits)
{
    /// <summary>Why such a date is not read without an order: it is not in year-month-day order.</summary>
    public const string OrderReason = "is not in year-month-day order";

    /// <summary>
    /// The reading of a date (<paramref name="text"/>, full-width characters folded) whose numbers are
    /// <paramref name="first"/>, <paramref name="second"/> and <paramref name="year"/>, the first written with
    /// <paramref name="firstDigits"/> digits and the year with <paramref name="yearDigits"/>.
    /// </summary>
    public static DayMonthReading Of(ReadOnlySpan<char> text, int first, int second, int year, int firstDigits, int yearDigits)
    {
        var at = text.IndexOfAnyExceptInRange('0', '9');
        var only = (first > 12, second > 12) switch
        {
            (true, false) => DayMonthOrder.DayFirst,
            (false, true) => DayMonthOrder.MonthFirst,
            _ => DayMonthOrder.Unknown,
        };
        var shaped = firstDigits <= 2 && yearDigits is 2 or 4;
        var fullYear = yearDigits == 2 ? CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(year) : year;
        var dayFirst = shaped && IsDate(fullYear, second, first);
        var monthFirst = shaped && IsDate(fullYear, first, second);
        var shows = (dayFirst, monthFirst) switch
        {
            (true, false) => DayMonthOrder.DayFirst,
            (false, true) => DayMonthOrder.MonthFirst,
            _ => DayMonthOrder.Unknown,
        };
        return new DayMonthReading(only, shows, dayFirst && monthFirst, at >= 0 ? text[at] : '/', yearDigits);
    }

    private static bool IsDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The date format that reads such dates in <paramref name="order"/> (<c>dd/MM/yyyy</c>, <c>MM-dd-yy</c>).</summary>
    public string Format(DayMonthOrder order)
    {
        var year = YearDigits == 2 ? "yy" : "yyyy";
        return order == DayMonthOrder.MonthFirst ? $"MM{Separator}dd{Separator}{year}" : $"dd{Separator}MM{Separator}{year}";
    }

    /// <summary>Why the date is not read, with the format to set: the order its numbers show, or both when either fits.</summary>
    public string Reason => Only switch
    {
        DayMonthOrder.DayFirst => $"{OrderReason}: it is day/month/year; set date_format: {Format(DayMonthOrder.DayFirst)} in a mapping file",
        DayMonthOrder.MonthFirst => $"{OrderReason}: it is month/day/year; set date_format: {Format(DayMonthOrder.MonthFirst)} in a mapping file",
        _ => $"{OrderReason}; for day/month/year set date_format: {Format(DayMonthOrder.DayFirst)} in a mapping file, for month/day/year {Format(DayMonthOrder.MonthFirst)}",
    };
}
