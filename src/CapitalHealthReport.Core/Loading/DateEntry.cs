using CapitalHealthReport.Model;

namespace CapitalHealthReport.Loading;

/// <summary>
/// A parsed date text, with <see cref="DealTable.MonthAlone"/> or <see cref="DealTable.QuarterAlone"/> when it names no
/// day; for a date refused because its day and month may come in either order, what it says of that order.
/// </summary>
internal sealed record DateEntry(DateStatus Status, DateOnly Date, byte Flags, string? Reason, DayMonthReading? DayMonth)
{
    public static DateEntry Of(DateParser parser, string text)
    {
        var status = parser.ParseWithPrecision(text, out var date, out var precision, out var why, out var dayMonth);
        return new DateEntry(status, date, DealTable.PrecisionFlags(precision), why, dayMonth)
        {
            Refusal = status is DateStatus.Ok or DateStatus.Missing ? null : $"{DealRowMapper.Show(text)} {why}.",
        };
    }

    /// <summary>
    /// Why a row with this date is refused, made once per distinct date text: an export in an order of day and month
    /// not yet decided can have most of its rows refused on a first reading.
    /// </summary>
    public string? Refusal { get; init; }
}
