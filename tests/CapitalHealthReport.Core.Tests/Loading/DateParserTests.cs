using System.Globalization;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class DateParserTests
{
    private static readonly DateParser Default = new([]);

    [Theory]
    [InlineData("2024-03-05")]
    [InlineData("2024/03/05")]
    [InlineData("2024/3/5")]
    [InlineData("2024.03.05")]
    [InlineData("2024.3.5")]
    [InlineData("2024年3月5日")]
    [InlineData("２０２４年３月５日")]
    [InlineData("2024. 3. 5.")]
    [InlineData("2024. 03. 05")]
    [InlineData("2024년 3월 5일")]
    [InlineData("2024년3월5일")]
    [InlineData("令和6年3月5日")]
    [InlineData("20240305")]
    [InlineData("2024-03-05T10:30:00Z")]
    [InlineData("2024-03-05 10:30")]
    [InlineData("45356")]
    [InlineData("45356.75")]
    [InlineData(" 2024-03-05 ")]
    [InlineData("05.03.2024")]
    [InlineData("5.3.2024")]
    [InlineData("1709596800")]
    [InlineData("1709679599")]
    [InlineData("1709596800000")]
    public void Reads_every_supported_form(string text)
    {
        Assert.Equal(DateStatus.Ok, Default.Parse(text, out var date, out _));
        Assert.Equal(new DateOnly(2024, 3, 5), date);
    }

    [Theory]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("平成元年1月8日", 1989, 1, 8)]
    public void Reads_Japanese_era_years_as_their_Gregorian_years(string text, int year, int month, int day)
    {
        var status = Default.Parse(text, out var date, out _);

        Assert.Equal((DateStatus.Ok, new DateOnly(year, month, day)), (status, date));
    }

    [Theory]
    [InlineData("2024-Q2")]
    [InlineData("2024Q2")]
    [InlineData("2024 q2")]
    [InlineData("Q2 2024")]
    [InlineData("Q2-2024")]
    [InlineData("2024年第二季度")]
    [InlineData("2024年二季度")]
    public void Reads_a_quarter_alone_as_its_first_day(string text)
    {
        // Some exports date a deal by its quarter only: dated the quarter's first day, every quarterly figure stays right.
        Assert.Equal(DateStatus.Ok, Default.Parse(text, out var date, out _));
        Assert.Equal(new DateOnly(2024, 4, 1), date);
    }

    [Theory]
    [InlineData("2024-04")]
    [InlineData("2024/4")]
    [InlineData("2024.04")]
    [InlineData("2024年4月")]
    [InlineData("２０２４年４月")]
    [InlineData("2024. 4.")]
    [InlineData("2024년 4월")]
    [InlineData("令和6年4月")]
    [InlineData("04/2024")]
    [InlineData("4-2024")]
    [InlineData("04.2024")]
    [InlineData("Apr 2024")]
    [InlineData("April 2024")]
    [InlineData("Apr-2024")]
    public void Reads_a_month_alone_as_its_first_day_without_a_date_format(string text)
    {
        // Exports that date deals by month: the month's first day puts each deal in its quarter, as a quarter alone does.
        Assert.Equal((DateStatus.Ok, new DateOnly(2024, 4, 1)), (Default.Parse(text, out var date, out _), date));
    }

    [Theory]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("Feb 2023", "2023-02-01", "2023-02-28")]
    [InlineData("2024.12", "2024-12-01", "2024-12-31")]
    [InlineData("2024-Q4", "2024-10-01", "2024-12-31")]
    [InlineData("2024年第一季度", "2024-01-01", "2024-03-31")]
    [InlineData("2024-03-05", "2024-03-05", "2024-03-05")]
    [InlineData("45356", "2024-03-05", "2024-03-05")]
    public void Says_the_last_day_a_date_covers(string text, string date, string through)
    {
        // A month or a quarter alone covers its days up to its last: the data counts through it.
        var status = Default.ParseWithPrecision(text, out var parsed, out var precision, out _);
        var last = DatePrecisions.LastDay(parsed, precision);

        Assert.Equal((DateStatus.Ok, DateOnly.Parse(date, CultureInfo.InvariantCulture), DateOnly.Parse(through, CultureInfo.InvariantCulture)), (status, parsed, last));
    }

    [Fact]
    public void A_date_format_without_the_day_names_a_month()
    {
        var status = new DateParser(["MMM-yy"]).ParseWithPrecision("Mar-24", out var date, out var precision, out _);
        var through = DatePrecisions.LastDay(date, precision);

        Assert.Equal((DateStatus.Ok, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)), (status, date, through));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("13/2024")]
    [InlineData("1850-04")]
    [InlineData("24-04")]
    public void Refuses_a_month_that_is_no_month_of_a_plausible_year(string text)
    {
        Assert.Equal(DateStatus.Unparsable, Default.Parse(text, out _, out _));
    }

    [Fact]
    public void Reads_a_year_and_a_decimal_fraction_as_a_month_only_where_the_fraction_is_one()
    {
        // 2024.10 is October (written as text, never a number), 45356.5 an Excel serial with its time of day.
        Assert.Equal((DateStatus.Ok, new DateOnly(2024, 10, 1)), (Default.Parse("2024.10", out var october, out _), october));
        Assert.Equal((DateStatus.Ok, new DateOnly(2024, 3, 5)), (Default.Parse("45356.5", out var serial, out _), serial));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024H1")]
    [InlineData("2024Q5")]
    [InlineData("2024-01-01..2024-03-31")]
    public void Reads_no_coarser_period_than_a_quarter_as_a_date(string text)
    {
        // A year, a half or a range dates nothing to a quarter.
        Assert.False(Default.Parse(text, out var date, out _) == DateStatus.Ok && date.Year == 2024);
    }

    [Theory]
    [InlineData("01-Mar-2024")]
    [InlineData("1-Mar-24")]
    [InlineData("Mar 1, 2024")]
    [InlineData("March 1, 2024")]
    [InlineData("1 March 2024")]
    [InlineData("1 Mar 2024")]
    [InlineData("March 1st, 2024")]
    [InlineData("1st March 2024")]
    [InlineData("Mar 1ST 2024")]
    public void Reads_a_date_whose_month_is_named_in_English_without_a_date_format(string text)
    {
        Assert.Equal(DateStatus.Ok, Default.Parse(text, out var date, out _));
        Assert.Equal(new DateOnly(2024, 3, 1), date);
    }

    [Theory]
    [InlineData("Mar. 1, 2024")]
    [InlineData("1. März 2024")]
    [InlineData("1. Mär. 2024")]
    [InlineData("1 MÄRZ 2024")]
    [InlineData("1er mars 2024")]
    [InlineData("1 de marzo de 2024")]
    [InlineData("1 marzo 2024")]
    [InlineData("1 de março de 2024")]
    public void Reads_a_month_abbreviated_with_a_dot_or_named_in_a_european_language(string text)
    {
        Assert.Equal((DateStatus.Ok, new DateOnly(2024, 3, 1)), (Default.Parse(text, out var date, out _), date));
    }

    [Theory]
    [InlineData("Sept 5, 2024", "2024-09-05")]
    [InlineData("5. Dezember 2024", "2024-12-05")]
    [InlineData("5 févr. 2024", "2024-02-05")]
    [InlineData("5 août 2024", "2024-08-05")]
    [InlineData("5 mai 2024", "2024-05-05")]
    public void Reads_the_other_months_named_in_a_european_language(string text, string expected)
    {
        Assert.Equal((DateStatus.Ok, DateOnly.Parse(expected, CultureInfo.InvariantCulture)), (Default.Parse(text, out var date, out _), date));
    }

    [Theory]
    [InlineData("März 2024", "2024-03-01")]
    [InlineData("Sept. 2024", "2024-09-01")]
    [InlineData("Q2/2024", "2024-04-01")]
    [InlineData("2024/Q2", "2024-04-01")]
    public void Reads_a_month_or_a_quarter_spelled_the_european_way_as_its_first_day(string text, string expected)
    {
        Assert.Equal(DateStatus.Ok, Default.ParseWithPrecision(text, out var date, out var precision, out _));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
        Assert.NotEqual(DatePrecision.Day, precision);
    }

    [Theory]
    [InlineData("5. Foo 2024")]
    [InlineData("März")]
    [InlineData("31. Februar 2024")]
    public void Refuses_a_european_spelling_that_names_no_date(string text)
    {
        Assert.Equal(DateStatus.Unparsable, Default.Parse(text, out _, out var why));
        Assert.NotNull(why);
    }

    [Theory]
    [InlineData("2024", "is a year alone")]
    [InlineData("1999", "is a year alone")]
    [InlineData("2024H1", "is a half-year alone")]
    [InlineData("2024年上半年", "is a half-year alone")]
    public void Refuses_a_year_or_a_half_year_alone_saying_so_rather_than_reading_a_day_of_1905(string text, string reason)
    {
        Assert.Equal(DateStatus.Unparsable, Default.Parse(text, out _, out var why));
        Assert.StartsWith(reason, why, StringComparison.Ordinal);
        Assert.Contains("needs at least its quarter", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("45000", 2023, 3, 15)]
    [InlineData("45000.75", 2023, 3, 15)]
    public void Still_reads_an_Excel_serial_of_other_lengths(string text, int year, int month, int day)
    {
        Assert.Equal(DateStatus.Ok, Default.Parse(text, out var date, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void Uses_the_mapping_date_formats_first()
    {
        var parser = new DateParser(["dd/MM/yyyy", "d.M.yyyy"]);

        Assert.Equal(DateStatus.Ok, parser.Parse("05/03/2024", out var first, out _));
        Assert.Equal(new DateOnly(2024, 3, 5), first);
        Assert.Equal(DateStatus.Ok, parser.Parse("5.3.2024", out var second, out _));
        Assert.Equal(new DateOnly(2024, 3, 5), second);
        Assert.Equal(DateStatus.Ok, parser.Parse("2024-03-05", out var iso, out _));
        Assert.Equal(new DateOnly(2024, 3, 5), iso);
    }

    [Fact]
    public void A_mapping_date_format_reads_one_digit_days_and_months_and_never_advises_itself()
    {
        var parser = new DateParser(["dd/MM/yyyy", "yyyyMMdd"]);

        Assert.Equal(DateStatus.Ok, parser.Parse("5/3/2024", out var loose, out _));
        Assert.Equal(new DateOnly(2024, 3, 5), loose);
        Assert.Equal(DateStatus.Ok, parser.Parse("20240305", out var packed, out _));
        Assert.Equal(new DateOnly(2024, 3, 5), packed);
        Assert.Equal(DateStatus.Unparsable, parser.Parse("3/15/2024", out _, out var reason));
        Assert.Equal("matches none of the date formats dd/MM/yyyy, yyyyMMdd and is not an ISO or Excel date", reason);
    }

    [Theory]
    [InlineData("3/15/2024", "it is month/day/year; set date_format: MM/dd/yyyy in a mapping file")]
    [InlineData("15/3/2024", "it is day/month/year; set date_format: dd/MM/yyyy in a mapping file")]
    [InlineData("5/3/2024", "for day/month/year set date_format: dd/MM/yyyy in a mapping file, for month/day/year MM/dd/yyyy")]
    [InlineData("12-25-24", "it is month/day/year; set date_format: MM-dd-yy in a mapping file")]
    public void Advises_the_date_format_the_day_and_month_show(string text, string advice)
    {
        Assert.Equal(DateStatus.Unparsable, Default.Parse(text, out _, out var reason));
        Assert.EndsWith(advice, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000-00-00", "placeholder")]
    [InlineData("0", "serial 0")]
    [InlineData("2024-02-30", "calendar")]
    [InlineData("05/03/2024", "date_format")]
    [InlineData("yesterday", "date_format")]
    [InlineData("17095968000", "too large to be an Excel serial")]
    [InlineData("9999999999", "year outside 1900–2200")]
    public void Refuses_unusable_dates_with_a_reason(string text, string reasonPart)
    {
        Assert.Equal(DateStatus.Unparsable, Default.Parse(text, out _, out var reason));
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_empty_date_as_missing() => Assert.Equal(DateStatus.Missing, Default.Parse("  ", out _, out _));
}
