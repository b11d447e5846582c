using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>
/// What the date column's values written with their year last say of the order of day and month (<see cref="DayMonthReading"/>),
/// counted over every row: when some can only be read day first and none only month first (or the reverse), the
/// column is in that order, and the loader reads the file again in it (<see cref="Decided"/>), the dates that read
/// either way included. A mapping's <c>date_format</c> settles the order instead.
/// </summary>
public sealed class DateOrderEvidence
{
    private DayMonthReading _firstDayFirst;
    private DayMonthReading _firstMonthFirst;

    /// <summary>Dates that can only be day/month/year (<c>23/02/2024</c>).</summary>
    public int DayFirst { get; private set; }

    /// <summary>Dates that can only be month/day/year (<c>02/23/2024</c>).</summary>
    public int MonthFirst { get; private set; }

    /// <summary>Dates that read either way (<c>03/02/2024</c>).</summary>
    public int Either { get; private set; }

    /// <summary>The first date that can only be day first, with its line.</summary>
    public (string Text, int Line)? FirstDayFirst { get; private set; }

    /// <summary>The first date that can only be month first, with its line.</summary>
    public (string Text, int Line)? FirstMonthFirst { get; private set; }

    /// <summary>Dates showed both orders: some can only be read day first, others only month first.</summary>
    public bool Conflicting => DayFirst > 0 && MonthFirst > 0;

    /// <summary>The order the column's dates show: one order some dates can only be read in and none the other; else unknown.</summary>
    public DayMonthOrder Decided => (DayFirst > 0, MonthFirst > 0) switch
    {
        (true, false) => DayMonthOrder.DayFirst,
        (false, true) => DayMonthOrder.MonthFirst,
        _ => DayMonthOrder.Unknown,
    };

    /// <summary>The date format that says <see cref="Decided"/> in a mapping file, as the first date only read so writes it (<c>dd/MM/yyyy</c>).</summary>
    public string? DecidedFormat => Decided switch
    {
        DayMonthOrder.DayFirst => _firstDayFirst.Format(DayMonthOrder.DayFirst),
        DayMonthOrder.MonthFirst => _firstMonthFirst.Format(DayMonthOrder.MonthFirst),
        _ => null,
    };

    /// <summary>The first date only read in <see cref="Decided"/>, with its line and how many dates are only read so; null when undecided.</summary>
    public (string Text, int Line, int Count)? Deciding => Decided switch
    {
        DayMonthOrder.DayFirst => (FirstDayFirst!.Value.Text, FirstDayFirst.Value.Line, DayFirst),
        DayMonthOrder.MonthFirst => (FirstMonthFirst!.Value.Text, FirstMonthFirst.Value.Line, MonthFirst),
        _ => null,
    };

    /// <summary>The line of the first date only read in <see cref="Decided"/>.</summary>
    public int? DecidingLine => Deciding?.Line;

    internal void See(DayMonthReading reading, int line, ReadOnlySpan<char> text)
    {
        switch (reading.Shows)
        {
            case DayMonthOrder.DayFirst:
                DayFirst++;
                if (FirstDayFirst is null)
                {
                    FirstDayFirst = (text.ToString(), line);
                    _firstDayFirst = reading;
                }

                break;
            case DayMonthOrder.MonthFirst:
                MonthFirst++;
                if (FirstMonthFirst is null)
                {
                    FirstMonthFirst = (text.ToString(), line);
                    _firstMonthFirst = reading;
                }

                break;
            default:
                Either += reading.Either ? 1 : 0;
                break;
        }
    }

    /// <summary>
    /// How the order was decided, for <c>data validate</c> and the warning on the deciding line: which dates showed it,
    /// that none showed the other, how many read either way, and the <c>date_format</c> that says it; or, when dates
    /// showed both orders, the first of each.
    /// </summary>
    public string Describe()
    {
        if (Decided == DayMonthOrder.Unknown && FirstDayFirst is var (dayText, dayLine) && FirstMonthFirst is var (monthText, monthLine))
        {
            return string.Create(CultureInfo.InvariantCulture, $"not decided: {DayFirst:N0} {(DayFirst == 1 ? "date" : "dates")} can only be read day/month/year ('{dayText}', line {dayLine}) and {MonthFirst:N0} only month/day/year ('{monthText}', line {monthLine}), so such dates are refused. Correct the dates that are wrong, or set date_format in a mapping file.");
        }

        var (text, line, count) = Deciding!.Value;
        var (words, other) = Decided == DayMonthOrder.DayFirst ? ("day/month/year", "month/day/year") : ("month/day/year", "day/month/year");
        var more = count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" and {count - 1:N0} more");
        var either = Either == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {Either:N0} {(Either == 1 ? "date that reads" : "dates that read")} either way {(Either == 1 ? "is" : "are")} read so too");
        return string.Create(CultureInfo.InvariantCulture, $"dates are read {words} ({DecidedFormat}): '{text}' (line {line}){more} can only be read so, and no date only {other}{either}. Set date_format: {DecidedFormat} in a mapping file to say so.");
    }
}
