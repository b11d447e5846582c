using System.Globalization;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>Deal dates as exports write them, each loaded from a small CSV: read to the day, month or quarter they name, or refused saying why and how to write them.</summary>
public sealed class DateFormsTests
{
    [Theory]
    [InlineData("1Q25", "2025-01-01")]
    [InlineData("4Q24", "2024-10-01")]
    [InlineData("1Q2025", "2025-01-01")]
    [InlineData("2Q 2025", "2025-04-01")]
    [InlineData("Q1'25", "2025-01-01")]
    [InlineData("Q3 '24", "2024-07-01")]
    [InlineData("Q1 2025", "2025-01-01")]
    [InlineData("2025 Q1", "2025-01-01")]
    [InlineData("2025年一季度", "2025-01-01")]
    [InlineData("2025年1季度", "2025-01-01")]
    [InlineData("2025年第2季度", "2025-04-01")]
    [InlineData("2025年Q3", "2025-07-01")]
    [InlineData("March 2025", "2025-03-01")]
    [InlineData("2025/3", "2025-03-01")]
    [InlineData("2025年3月", "2025-03-01")]
    [InlineData("45731", "2025-03-15")]
    [InlineData("45731.75", "2025-03-15")]
    [InlineData("2025-03-05T23:30:00+08:00", "2025-03-05")]
    [InlineData("2025-03-05T10:00:00.123-05:00", "2025-03-05")]
    [InlineData("2025-03-05T10:00:00Z", "2025-03-05")]
    public void Reads_a_date_as_exports_write_it(string text, string date)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount\n\"{text}\",A,1000\n");

        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), Assert.Single(result.Deals.Deals).Date);
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("FY2025", "'FY2025' is a fiscal year alone: no quarter can hold it, and fiscal years start in different months by country and company (write the calendar quarter such as 2024-Q2, the month or the full date).")]
    [InlineData("FY25", "'FY25' is a fiscal year alone")]
    [InlineData("Q1 FY25", "'Q1 FY25' is a fiscal quarter, and fiscal years start in different months by country and company (April in India, October for the US government): write the calendar quarter such as 2024-Q2, the month or the full date.")]
    [InlineData("1QFY25", "'1QFY25' is a fiscal quarter")]
    [InlineData("FY2025 Q2", "'FY2025 Q2' is a fiscal quarter")]
    [InlineData("2025财年第一季度", "'2025财年第一季度' is a fiscal quarter")]
    [InlineData("Mar-25", "'Mar-25' is a month and two digits, which may be the year (Mar 2025) or the day (25 Mar): for a month and its year set date_format: MMM-yy in a mapping file (each deal is then dated the 1st of its month).")]
    [InlineData("3/4/2025", "'3/4/2025' is not in year-month-day order; for day/month/year set date_format: dd/MM/yyyy in a mapping file, for month/day/year MM/dd/yyyy.")]
    public void Refuses_a_date_saying_why_and_how_to_write_it(string text, string message)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount\n2025-03-04,A,1000\n{text},B,1000\n");

        Assert.Equal(["A"], result.Deals.Deals.Select(static d => d.Company));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.DateUnparsable, 3, "date"), (issue.Code, issue.Line, issue.Column));
        Assert.EndsWith("deals.csv", issue.File, StringComparison.Ordinal);
        Assert.StartsWith("row rejected: " + message, issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MMM-yy", "Mar-25", "2025-03-01")]
    [InlineData("dd/MM/yyyy", "3/4/2025", "2025-04-03")]
    [InlineData("MM/dd/yyyy", "3/4/2025", "2025-03-04")]
    public void Reads_a_date_in_the_mappings_date_format(string format, string text, string date)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount\n{text},A,1000\n", mapping: $"date_format: \"{format}\"\n");

        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), Assert.Single(result.Deals.Deals).Date);
        Assert.Empty(result.Issues);
    }
}
