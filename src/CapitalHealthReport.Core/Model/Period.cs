using System.Globalization;
using System.Text.RegularExpressions;

namespace CapitalHealthReport.Model;

public enum PeriodKind
{
    Quarter,
    Half,
    Year,
    Range,
}

/// <summary>
/// A reporting period: a quarter (<c>2025Q1</c>), a half (<c>2025H1</c>), a year (<c>2025</c>) or an
/// inclusive date range (<c>2024-01-01..2024-08-31</c>).
/// </summary>
public readonly partial record struct Period(PeriodKind Kind, DateOnly Start, DateOnly End)
{
    /// <summary>The period's label as users write it (<c>2025Q1</c>, <c>2025H1</c>, <c>2025</c>, <c>2024-01-01..2024-08-31</c>).</summary>
    public string Label => Kind switch
    {
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}Q{((Start.Month - 1) / 3) + 1}"),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}H{(Start.Month <= 6 ? 1 : 2)}"),
        PeriodKind.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}"),
    };

    public override string ToString() => Label;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static Period Quarter(int year, int quarter) =>
        new(PeriodKind.Quarter, new DateOnly(year, ((quarter - 1) * 3) + 1, 1), new DateOnly(year, ((quarter - 1) * 3) + 1, 1).AddMonths(3).AddDays(-1));

    public static Period Half(int year, int half) =>
        new(PeriodKind.Half, new DateOnly(year, half == 1 ? 1 : 7, 1), half == 1 ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31));

    public static Period Year(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period Range(DateOnly start, DateOnly end) => new(PeriodKind.Range, start, end);

    /// <summary>The quarter, half or year that contains <paramref name="date"/>.</summary>
    public static Period Containing(DateOnly date, PeriodKind kind) => kind switch
    {
        PeriodKind.Quarter => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        PeriodKind.Half => Half(date.Year, date.Month <= 6 ? 1 : 2),
        PeriodKind.Year => Year(date.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A range has no containing period."),
    };

    /// <summary>The previous period of the same length: the quarter, half or year before; for a range, the same number of days immediately before.</summary>
    public Period Previous() => Kind switch
    {
        PeriodKind.Quarter => Containing(Start.AddMonths(-3), PeriodKind.Quarter),
        PeriodKind.Half => Containing(Start.AddMonths(-6), PeriodKind.Half),
        PeriodKind.Year => Year(Start.Year - 1),
        _ => Range(Start.AddDays(-Days), Start.AddDays(-1)),
    };

    /// <summary>The same period one year earlier.</summary>
    public Period YearAgo() => Kind switch
    {
        PeriodKind.Range => Range(Start.AddYears(-1), End.AddYears(-1)),
        _ => Containing(Start.AddYears(-1), Kind),
    };

    /// <summary>The next period of the same kind (quarter, half, year; a range moves by its length).</summary>
    public Period Next() => Kind switch
    {
        PeriodKind.Quarter => Containing(Start.AddMonths(3), PeriodKind.Quarter),
        PeriodKind.Half => Containing(Start.AddMonths(6), PeriodKind.Half),
        PeriodKind.Year => Year(Start.Year + 1),
        _ => Range(End.AddDays(1), End.AddDays(Days)),
    };

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var match = PeriodPattern().Match(s);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is < MinYear or > MaxYear)
            {
                return false;
            }

            if (match.Groups["q"].Success)
            {
                period = Quarter(year, match.Groups["q"].Value[0] - '0');
            }
            else if (match.Groups["qzh"].Success)
            {
                period = Quarter(year, "一二三四".IndexOf(match.Groups["qzh"].Value[0], StringComparison.Ordinal) + 1);
            }
            else if (match.Groups["h"].Success)
            {
                period = Half(year, match.Groups["h"].Value[0] - '0');
            }
            else if (match.Groups["hzh"].Success)
            {
                period = Half(year, match.Groups["hzh"].Value == "上" ? 1 : 2);
            }
            else
            {
                period = Year(year);
            }

            return true;
        }

        var parts = s.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && end >= start
            && start.Year >= MinYear
            && end.Year <= MaxYear)
        {
            period = Range(start, end);
            return true;
        }

        return false;
    }

    /// <summary>Parses a period or throws an <see cref="InputException"/> that shows the accepted forms.</summary>
    public static Period Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new InputException($"'{text}' is not a period. Use a quarter (2025Q1), a half (2025H1), a year (2025) or a date range (2024-01-01..2024-08-31), with years from {MinYear} to {MaxYear}.");

    /// <summary>The earliest year a period may start in (the years before and after it must still be dates).</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a period may end in.</summary>
    public const int MaxYear = 2200;

    /// <summary>
    /// <c>2025</c>, <c>2025Q1</c>, <c>2025H1</c>, also written <c>2025-Q1</c>, <c>2025 Q1</c>, <c>Q1 2025</c>, and in
    /// Chinese <c>2025年</c>, <c>2025年第一季度</c> (or <c>一季度</c>), <c>2025年上半年</c>.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<year>\d{4})(?:[\s-]?(?:[Qq](?<q>[1-4])|[Hh](?<h>[12])))?|(?:[Qq](?<q>[1-4])|[Hh](?<h>[12]))[\s-]?(?<year>\d{4})|(?<year>\d{4})年(?:第?(?<qzh>[一二三四])季度|(?<hzh>[上下])半年)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
