using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>Outcome of parsing a date.</summary>
internal enum DateStatus
{
    Ok,
    Missing,
    Unparsable,
}

/// <summary>
/// Parses deal dates: ISO <c>yyyy-MM-dd</c> (also with a time part), <c>yyyy/M/d</c>, <c>yyyy.M.d</c>,
/// <c>d.M.yyyy</c> (<c>15.01.2025</c>, the European dotted order), <c>yyyyMMdd</c>, <c>2024年3月5日</c>, the Korean
/// <c>2024. 3. 5.</c> and <c>2024년 3월 5일</c>, Japanese era years (<c>令和6年3月5日</c>, <c>平成31年4月1日</c>), Excel serial numbers (&gt; 0),
/// Unix time in seconds or milliseconds (<c>1704412800</c>, <c>1704412800000</c>, in UTC), the month by its English name
/// (<c>01-Mar-2024</c>, <c>Mar 1, 2024</c>, <c>1 March 2024</c>), a month alone (<c>2024-03</c>, <c>2024.03</c>,
/// <c>03/2024</c>, <c>2024年3月</c>, <c>Mar 2024</c>: its first day), a quarter alone (<c>2024-Q2</c>,
/// <c>Q2 2024</c>, <c>2024年第二季度</c>: its first day), and the mapping's <c>date_format</c> list, which is tried first. Placeholders such as <c>0000-00-00</c> and serial 0 are refused with a reason.
/// </summary>
internal sealed class DateParser(IReadOnlyList<string> formats, DayMonthOrder dayMonthOrder = DayMonthOrder.Unknown)
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static readonly string[] MonthNameFormats =
    [
        "d-MMM-yyyy", "d-MMM-yy", "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "d-MMMM-yyyy",
    ];

    /// <summary>A month alone by its English name ("Mar 2024", "March 2024", "Mar-2024"): its first day, as DateTime reads it.</summary>
    private static readonly string[] MonthAloneFormats = ["MMM yyyy", "MMMM yyyy", "MMM-yyyy", "MMMM-yyyy"];

    private const string YearAlone = "is a year alone, and a deal needs at least its quarter to count in one (write 2024-Q2, 2024-05 or the full date)";
    private const string HalfAlone = "is a half-year alone, and a deal needs at least its quarter to count in one (write 2024-Q2, 2024-05 or the full date)";
    private const string OrderReason = DayMonthReading.OrderReason;

    // The mapping's formats as written, then each with a one-digit day and month allowed: "dd/MM/yyyy" reads 5/3/2024.
    private readonly string[] _formats = [.. formats, .. formats.Select(SingleDigits).Where(f => !formats.Contains(f, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];

    private readonly string[] _written = [.. formats];

    public DateStatus Parse(ReadOnlySpan<char> raw, out DateOnly date, out string? reason) => ParseWithPrecision(raw, out date, out _, out reason);

    /// <summary>
    /// Parses a date; <paramref name="precision"/> says whether the text names the day, or only a month or a quarter
    /// (<c>2024-03</c>, <c>2024-Q1</c>), whose first day <paramref name="date"/> then is.
    /// </summary>
    public DateStatus ParseWithPrecision(ReadOnlySpan<char> raw, out DateOnly date, out Model.DatePrecision precision, out string? reason) =>
        ParseWithPrecision(raw, out date, out precision, out reason, out _);

    /// <summary>
    /// <see cref="ParseWithPrecision(ReadOnlySpan{char}, out DateOnly, out Model.DatePrecision, out string?)"/>; for a
    /// date refused because its day and month may come in either order (<c>23/02/2024</c>), what it says of that order
    /// (when no date format is set).
    /// </summary>
    public DateStatus ParseWithPrecision(ReadOnlySpan<char> raw, out DateOnly date, out Model.DatePrecision precision, out string? reason, out DayMonthReading? dayMonth)
    {
        dayMonth = null;
        date = default;
        precision = Model.DatePrecision.Day;
        reason = null;

        // A byte-order mark inside the file (exports joined with 'cat') is no part of the date.
        var text = raw.Trim().TrimStart('\uFEFF');
        if (text.IsEmpty)
        {
            return DateStatus.Missing;
        }

        if (TryIsoDate(text, out date))
        {
            return DateStatus.Ok;
        }

        if (_formats.Length > 0)
        {
            if (DateOnly.TryParseExact(text, _formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
                || (DateTime.TryParseExact(text, _formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withTime) && Assign(withTime, out date)))
            {
                // Formats without the day ("MMM-yy") name a month; a list that mixes both cannot say which one matched.
                precision = Array.TrueForAll(_formats, static f => !f.Contains('d', StringComparison.Ordinal)) ? Model.DatePrecision.Month : Model.DatePrecision.Day;
                return Plausible(date, out reason) ? DateStatus.Ok : DateStatus.Unparsable;
            }
        }

        if (TryGeneric(text, dayMonthOrder, out date, out var monthAlone, out reason, out dayMonth))
        {
            precision = monthAlone ? Model.DatePrecision.Month : Model.DatePrecision.Day;
            return DateStatus.Ok;
        }

        // A Japanese era year ("令和6年3月8日", "平成31年4月1日", "令和元年5月1日"): the Gregorian year, then as 2024年3月8日.
        if (reason is null && DateSpellings.JapaneseEra(text) is { } gregorian && TryGeneric(gregorian, dayMonthOrder, out date, out monthAlone, out reason, out _))
        {
            precision = monthAlone ? Model.DatePrecision.Month : Model.DatePrecision.Day;
            return DateStatus.Ok;
        }

        // The month by its English name ("01-Mar-2024", "Mar 1, 2024", "March 5th, 2024", "1 March 2024", or "Mar 2024"
        // alone): no order of day and month to guess.
        if (reason is null && text.IndexOfAnyInRange('A', 'z') >= 0)
        {
            var english = DateSpellings.WithoutOrdinals(text);
            var day = DateTime.TryParseExact(english, MonthNameFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var named);
            // "Sept 5, 2024", "5. März 2024", "1er mars 2024", "5 de marzo de 2024", "März 2024": as the English formats write them.
            var spelled = day ? null : DateSpellings.MonthInEnglish(english);
            day = day || (spelled is not null && DateTime.TryParseExact(spelled, MonthNameFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out named));
            if (day || DateTime.TryParseExact(spelled ?? english, MonthAloneFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out named))
            {
                date = DateOnly.FromDateTime(named);
                precision = day ? Model.DatePrecision.Day : Model.DatePrecision.Month;
                return Plausible(date, out reason) ? DateStatus.Ok : DateStatus.Unparsable;
            }
        }

        // "Mar-25", as Excel shows a month: March 2025 or 25 March, which a date format settles.
        if (reason is null && _formats.Length == 0 && DateSpellings.MonthAndTwoDigits(text) is var (month, digits))
        {
            var year = CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(int.Parse(digits, CultureInfo.InvariantCulture));
            reason = $"is a month and two digits, which may be the year ({month} {year}) or the day ({digits} {month}): for a month and its year set date_format: MMM-yy in a mapping file (each deal is then dated the 1st of its month)";
            return DateStatus.Unparsable;
        }

        // "1Q25", "Q1'25", "2025年1季度" are "2025-Q1"; a fiscal year or quarter is refused, as no calendar quarter holds it.
        if (reason is null && QuarterSpellings.Fiscal(text) is { } fiscal)
        {
            reason = fiscal;
            return DateStatus.Unparsable;
        }

        if (reason is null && QuarterSpellings.AsQuarter(text) is { } quarterText)
        {
            text = quarterText;
        }

        // Exports that date a deal by its quarter only ("2024-Q2", "Q2 2024", "2024年第二季度"): the quarter's first day,
        // so every quarterly figure stays right.
        // "Q1/2025" and "2025/Q1", as German and French exports write a quarter, are "Q1-2025".
        if ((reason is null || reason == YearAlone) && Model.Period.TryParse(text.ToString().Replace('/', '-'), out var quarter))
        {
            if (quarter.Kind == Model.PeriodKind.Quarter)
            {
                date = quarter.Start;
                precision = Model.DatePrecision.Quarter;
                return DateStatus.Ok;
            }

            // A year or a half-year alone cannot be placed in a quarter: refused with the reason, never dated its first day.
            reason = quarter.Kind == Model.PeriodKind.Half ? HalfAlone : YearAlone;
            return DateStatus.Unparsable;
        }

        if (_formats.Length > 0 && reason is not null && reason.StartsWith(OrderReason, StringComparison.Ordinal))
        {
            // Its advice is to set a date format, and one is set: say which it does not match instead.
            reason = null;
            dayMonth = null;
        }

        reason ??= _formats.Length > 0
            ? $"matches none of the date formats {string.Join(", ", _written)} and is not an ISO or Excel date"
            : "is not a date this tool reads (yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyy年M月d日, yyyy. M. d., 01-Mar-2024, Mar 1, 2024, an Excel serial, Unix time, a month such as 2024-03 or Mar 2024, a quarter such as 2024-Q2); for other forms set date_format in a mapping file";
        return DateStatus.Unparsable;
    }

    /// <summary>
    /// "dd/MM/yyyy" as "d/M/yyyy": .NET reads one or two digits for <c>d</c> and <c>M</c>, exactly two for <c>dd</c> and
    /// <c>MM</c>. Only a day or month between separators is loosened: in <c>yyyyMMdd</c> the widths are the separators.
    /// </summary>
    private static string SingleDigits(string format) =>
        System.Text.RegularExpressions.Regex.Replace(format, "(?<![A-Za-z])(dd|MM)(?![A-Za-z])", static m => m.Value[..1], System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Reads a trimmed <c>yyyy-MM-dd</c> date directly when no date formats are set (what <c>Parse</c> would read); false for anything else.</summary>
    public bool TryIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        return _formats.Length == 0 && text.Length == 10 && text[4] == '-' && text[7] == '-' && TryIso(text, out date);
    }

    private static bool Assign(DateTime value, out DateOnly date)
    {
        date = DateOnly.FromDateTime(value);
        return true;
    }

    private static bool TryIso(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (!TryDigits(s[..4], out var y) || !TryDigits(s.Slice(5, 2), out var m) || !TryDigits(s.Slice(8, 2), out var d))
        {
            return false;
        }

        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>ASCII digits only, at least one, as a number.</summary>
    internal static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }

    private static bool TryGeneric(ReadOnlySpan<char> text, DayMonthOrder dayMonthOrder, out DateOnly date, out bool monthAlone, out string? reason, out DayMonthReading? dayMonth)
    {
        dayMonth = null;
        date = default;
        monthAlone = false;
        reason = null;
        Span<char> folded = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > 64)
        {
            return false;
        }

        // Fold full-width digits and separators.
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            folded[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c switch { '／' => '/', '－' => '-', '．' => '.', _ => c };
        }

        ReadOnlySpan<char> s = folded;

        // Cut a time part: "2024-03-05T10:00:00Z", "2024/3/5 10:00".
        var cut = s.IndexOfAny('T', ' ');
        if (cut >= 8)
        {
            if (!TimeOfDay.Is(s[(cut + 1)..].Trim()))
            {
                reason = "has a time part that is not a time of day (hours 0–23, minutes and seconds 0–59)";
                return false;
            }

            s = s[..cut];
        }

        // Excel serial (days since 1899-12-30), possibly with a time fraction; but 1900 to 2100 alone is a year, not a day of 1905.
        if (IsNumber(s))
        {
            if (s.Length == 4 && TryDigits(s, out var year) && year is >= 1900 and <= 2100)
            {
                reason = YearAlone;
                return false;
            }

            // yyyy.MM ("2024.03", as Chinese exports write a month) or MM.yyyy ("03.2024", as German ones do): a month,
            // not an Excel serial of 1905 or 1900.
            var dot = s.IndexOf('.');
            if (dot > 0 && s.Length <= 7 && TryDigits(s[..dot], out var before) && TryDigits(s[(dot + 1)..], out var after)
                && TryMonth([before, after], dot, s.Length - dot - 1, out date))
            {
                monthAlone = true;
                return true;
            }

            if (s.Length == 8 && !s.Contains('.') && TryDigits(s[..4], out var yy) && TryDigits(s.Slice(4, 2), out var mm) && TryDigits(s.Slice(6, 2), out var dd)
                && yy is >= 1900 and <= 2200 && mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(yy, mm))
            {
                date = new DateOnly(yy, mm, dd);
                return true;
            }

            // Unix time, as APIs give it: 9 or 10 digits of seconds, 12 or 13 of milliseconds (1973 to 2286), read in UTC.
            // No Excel serial has more than 7 digits, and yyyyMMdd has 8.
            if (!s.Contains('.') && s.Length is 9 or 10 or 12 or 13 && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            {
                date = DateOnly.FromDateTime(DateTime.UnixEpoch.AddSeconds(s.Length <= 10 ? unix : unix / 1000));
                return Plausible(date, out reason);
            }

            if (double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
            {
                if (serial < 1)
                {
                    reason = "is Excel serial 0, a blank date cell rather than a date";
                    return false;
                }

                if (serial > 2_958_465)
                {
                    reason = "is a number too large to be an Excel serial date";
                    return false;
                }

                date = ExcelEpoch.AddDays((int)Math.Floor(serial));
                return Plausible(date, out reason);
            }

            return false;
        }

        // y-M-d with '-', '/', '.', 年月日 or 년월일; and d.M.yyyy, the only order dates separated by dots are written in year last.
        Span<int> parts = stackalloc int[3];
        var count = 0;
        var value = 0;
        var digits = 0;
        var firstDigits = 0;
        var lastDigits = 0;
        var onlyDots = true;
        var endDigits = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i == s.Length)
            {
                // The end closes the last part, unless a separator already did ("2024. 3. 6.").
                endDigits = digits;
                if (digits == 0)
                {
                    break;
                }
            }
            else
            {
                var c = s[i];
                if (char.IsAsciiDigit(c))
                {
                    value = (value * 10) + (c - '0');
                    digits++;
                    if (digits > 4)
                    {
                        return false;
                    }

                    continue;
                }

                if (c == ' ' && digits == 0 && count > 0)
                {
                    // Korean forms space their parts after each separator: "2024. 3. 6.", "2024년 3월 5일".
                    continue;
                }

                if (c is not ('-' or '/' or '.' or '年' or '月' or '日' or '号' or '년' or '월' or '일'))
                {
                    return false;
                }

                onlyDots &= c == '.';
            }

            if (digits == 0 || count == 3)
            {
                return false;
            }

            if (count == 0)
            {
                firstDigits = digits;
            }

            lastDigits = digits;
            parts[count++] = value;
            value = 0;
            digits = 0;
        }

        if (count == 2)
        {
            monthAlone = TryMonth(parts, firstDigits, lastDigits, out date);
            return monthAlone;
        }

        if (count != 3)
        {
            return false;
        }

        if (firstDigits <= 2 && onlyDots && endDigits == 4)
        {
            // 15.01.2025: day, month, year, as German, Swiss, Nordic and Russian exports write dates.
            (parts[0], parts[2]) = (parts[2], parts[0]);
        }
        else if (firstDigits != 4)
        {
            if (firstDigits > 2 || endDigits is not (2 or 4))
            {
                // 123/02/2024, 23/02/202: no day and month before a year in any order, so no order to advise.
                return false;
            }

            if (dayMonthOrder == DayMonthOrder.Unknown)
            {
                dayMonth = DayMonthReading.Of(s, parts[0], parts[1], parts[2], firstDigits, endDigits);
                reason = dayMonth.Value.Reason;
                return false;
            }

            // The order the column's dates show (DateOrderEvidence): 23/02/2024 and 02/23/24 are each read in it.
            var (day, month) = dayMonthOrder == DayMonthOrder.DayFirst ? (parts[0], parts[1]) : (parts[1], parts[0]);
            (parts[0], parts[1], parts[2]) = (endDigits == 2 ? CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(parts[2]) : parts[2], month, day);
        }

        if (parts[0] == 0 && parts[1] == 0 && parts[2] == 0)
        {
            reason = "is the placeholder 0000-00-00, not a date";
            return false;
        }

        if (parts[1] is < 1 or > 12 || parts[0] is < 1 or > 9999 || parts[2] < 1 || parts[2] > DateTime.DaysInMonth(parts[0], parts[1]))
        {
            reason = "is not a calendar date (month or day out of range)";
            return false;
        }

        date = new DateOnly(parts[0], parts[1], parts[2]);
        return Plausible(date, out reason);
    }

    /// <summary>
    /// A month alone, year first (<c>2024-03</c>, <c>2024/3</c>, <c>2024年3月</c>, <c>2024. 3.</c>, <c>2024년 3월</c>) or
    /// year last (<c>03/2024</c>, <c>3.2024</c>): its first day, so that the deal counts in its quarter, as a quarter
    /// alone counts from the quarter's first day.
    /// </summary>
    private static bool TryMonth(ReadOnlySpan<int> parts, int firstDigits, int lastDigits, out DateOnly date)
    {
        date = default;
        var (year, month) = (firstDigits, lastDigits) switch
        {
            (4, 1 or 2) => (parts[0], parts[1]),
            (1 or 2, 4) => (parts[1], parts[0]),
            _ => (0, 0),
        };
        if (year is < 1900 or > 2200 || month is < 1 or > 12)
        {
            return false;
        }

        date = new DateOnly(year, month, 1);
        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> s)
    {
        var dots = 0;
        foreach (var c in s)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots <= 1 && s.Length > 0 && s[0] != '.';
    }

    private static bool Plausible(DateOnly date, out string? reason)
    {
        if (date.Year is < 1900 or > 2200)
        {
            reason = "has a year outside 1900–2200";
            return false;
        }

        reason = null;
        return true;
    }
}
