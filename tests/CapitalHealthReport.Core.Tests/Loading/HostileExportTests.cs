using System.Globalization;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Exports a careless or hostile exporter writes against the order of day and month read from the values, the bare
/// state codes decided over the column and the letter currency signs: every row loaded with its value or refused on
/// its line, and nothing counted twice by the second reading.
/// </summary>
public sealed class HostileExportTests
{
    private static IEnumerable<string> Deals(LoadResult result) =>
        result.Deals.Deals.OrderBy(static d => d.Company, StringComparer.Ordinal)
            .Select(static d => string.Create(CultureInfo.InvariantCulture, $"{d.Company} {d.Date:yyyy-MM-dd} {d.Amount:0.##} {d.Currency} {d.Region} {d.Country}").TrimEnd());

    [Fact]
    public void Values_that_are_no_dates_in_any_order_do_not_decide_the_order()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n123/02/2024,A,1000\n23/02/202,B,1000\n31/02/2024,C,1000\n03/02/2024,D,1000\n2024-05-06,E,1000\n");

        Assert.Equal(["E 2024-05-06 1000 CNY"], Deals(result));
        Assert.Equal((DayMonthOrder.Unknown, 0, 0, 1), (result.Profile.DateOrder.Decided, result.Profile.DateOrder.DayFirst, result.Profile.DateOrder.MonthFirst, result.Profile.DateOrder.Either));
        Assert.DoesNotContain(result.Issues, static i => i.Code == DataIssueCodes.DateOrderFromValues);
        Assert.Equal([2, 3, 4, 5], result.Issues.Where(static i => i.Code == DataIssueCodes.DateUnparsable).Select(static i => i.Line));
    }

    [Fact]
    public void The_readings_after_the_first_count_no_date_again()
    {
        using var temp = new TempDeals();

        // COP has no exchange rate: the file is read a second time for the order, a third for the currency.
        var result = temp.LoadCsv("date,company,amount,currency\n03/02/2024,A,1000,COP\n23/02/2024,B,2000,COP\n123/02/2024,C,1000,COP\n");

        Assert.Equal(["A 2024-02-03 1000 COP", "B 2024-02-23 2000 COP"], Deals(result));
        Assert.Equal((1, 0, 1), (result.Profile.DateOrder.DayFirst, result.Profile.DateOrder.MonthFirst, result.Profile.DateOrder.Either));
        Assert.Equal(
            [
                (DataIssueCodes.DateOrderFromValues, 3, "dates are read day/month/year (dd/MM/yyyy): '23/02/2024' (line 3) can only be read so, and no date only month/day/year; 1 date that reads either way is read so too. Set date_format: dd/MM/yyyy in a mapping file to say so."),
                (DataIssueCodes.DateUnparsable, 4, "row rejected: '123/02/2024' is not a date this tool reads (yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyy年M月d日, yyyy. M. d., 01-Mar-2024, Mar 1, 2024, an Excel serial, Unix time, a month such as 2024-03 or Mar 2024, a quarter such as 2024-Q2); for other forms set date_format in a mapping file."),
            ],
            result.Issues.OrderBy(static i => i.Line).Select(static i => (i.Code, i.Line, i.Message)));
        Assert.Equal((3, 2, 1), (result.Statistics.RowsRead, result.Statistics.RowsLoaded, result.Statistics.RowsRejected));
    }

    [Fact]
    public void A_full_width_date_is_advised_the_format_with_its_separator_and_decides_the_order()
    {
        using var temp = new TempDeals();

        var refused = temp.LoadCsv("date,company,amount\n１２/０３/２０２４,A,1000\n2024-05-06,B,1000\n");
        var decided = temp.LoadCsv("date,company,amount\n１２/０３/２０２４,A,1000\n２５/０３/２０２４,B,1000\n", name: "decided.csv");

        Assert.Equal(
            "row rejected: '１２/０３/２０２４' is not in year-month-day order; for day/month/year set date_format: dd/MM/yyyy in a mapping file, for month/day/year MM/dd/yyyy.",
            Assert.Single(refused.Issues).Message);
        Assert.Equal(["A 2024-03-12 1000 CNY", "B 2024-03-25 1000 CNY"], Deals(decided));
        Assert.Equal("dd/MM/yyyy", decided.Profile.DateOrder.DecidedFormat);
    }

    [Fact]
    public void Two_digit_years_either_side_of_the_century_pivot_are_read_as_dotnet_reads_yy()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n12/31/49,A,1000\n01/01/50,B,1000\n02/23/24,C,1000\n", asOf: new DateOnly(2050, 6, 30));

        Assert.Equal(["A 2049-12-31 1000 CNY", "B 1950-01-01 1000 CNY", "C 2024-02-23 1000 CNY"], Deals(result));
    }

    [Fact]
    public void A_bare_state_code_beside_another_countrys_name_keeps_its_value()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv(
            "date,company,amount,region,country\n2024-01-01,A,1000,WA,\n2024-01-02,B,1000,wa,\n2024-01-03,C,1000, WA ,\n2024-01-04,D,1000,AU-WA,\n2024-01-05,E,1000,NSW,\n2024-01-06,F,1000,SA,Saudi Arabia\n2024-01-07,G,1000,WA,United States\n2024-01-08,H,1000,SA,\n");

        Assert.Equal(
            [
                "A 2024-01-01 1000 CNY Western Australia", "B 2024-01-02 1000 CNY Western Australia", "C 2024-01-03 1000 CNY Western Australia",
                "D 2024-01-04 1000 CNY Western Australia", "E 2024-01-05 1000 CNY New South Wales", "F 2024-01-06 1000 CNY SA SA",
                "G 2024-01-07 1000 CNY Washington US", "H 2024-01-08 1000 CNY South Australia",
            ],
            Deals(result));
    }

    [Fact]
    public void Rupiah_written_with_its_sign_is_read_in_rupiah()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n2024-01-08,A,Rp 5 juta\n2024-01-09,B,Rp5 bilion\n2024-01-10,C,IDR 1.5 bilion\n");

        Assert.Equal(["A 2024-01-08 5000000 IDR", "B 2024-01-09 5000000000 IDR", "C 2024-01-10 1500000000 IDR"], Deals(result));
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("R 10", "10 ZAR")]
    [InlineData("R10m", "10000000 ZAR")]
    [InlineData("RMB 5m", "5000000 CNY")]
    [InlineData("R$ 5m", "5000000 BRL")]
    [InlineData("Rs 5 Cr", "50000000 INR")]
    [InlineData("RM1,5 juta", "1500000 MYR")]
    [InlineData("1.5 bilion", "1500000000 CNY")]
    public void Letter_signs_and_malay_words_are_read(string amount, string expected)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount\n2024-01-08,A,\"{amount}\"\n");

        var deal = Assert.Single(result.Deals.Deals);
        Assert.Equal(expected, string.Create(CultureInfo.InvariantCulture, $"{deal.Amount:0.##} {deal.Currency}"));
    }

    [Theory]
    [InlineData("RM")]
    [InlineData("R")]
    [InlineData("Rp")]
    public void A_sign_alone_is_refused_on_its_line(string amount)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount\n2024-01-08,A,1000\n2024-01-09,B,{amount}\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.AmountNotNumber, 3), (issue.Code, issue.Line));
        Assert.StartsWith($"row rejected: '{amount}' is not an amount", issue.Message, StringComparison.Ordinal);
    }
}
