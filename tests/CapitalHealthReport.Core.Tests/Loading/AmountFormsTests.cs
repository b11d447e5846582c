using System.Globalization;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Amounts as exports from the US, India, Europe and China write them, each loaded from a small CSV: an exact figure read
/// exactly, an imprecise one read as the product's estimates read it, or refused saying why and how to write it.
/// </summary>
public sealed class AmountFormsTests
{
    [Theory]
    [InlineData("1.5 mn", "1500000", "CNY", false)]
    [InlineData("1.5 MM", "1500000", "CNY", false)]
    [InlineData("$1.5 mln", "1500000", "USD", false)]
    [InlineData("USD 1.5 bn", "1500000000", "USD", false)]
    [InlineData("US$ 1.5bn", "1500000000", "USD", false)]
    [InlineData("Rs 1.5 crore", "15000000", "INR", false)]
    [InlineData("₹1.5 Cr", "15000000", "INR", false)]
    [InlineData("500 TEUR", "500000", "EUR", false)]
    [InlineData("500 T€", "500000", "EUR", false)]
    [InlineData("250 TCHF", "250000", "CHF", false)]
    [InlineData("3,2 MEUR", "3200000", "EUR", false)]
    [InlineData("1,5 Mio. €", "1500000", "EUR", false)]
    [InlineData("2 Mrd. €", "2000000000", "EUR", false)]
    [InlineData("1,5 M€", "1500000", "EUR", false)]
    [InlineData("1.2万美元", "12000", "USD", false)]
    [InlineData("> $1M", "1250000", "USD", true)]
    [InlineData(">= $1M", "1250000", "USD", true)]
    [InlineData("more than $10M", "12500000", "USD", true)]
    [InlineData("above 2 Mio. €", "2500000", "EUR", true)]
    [InlineData("$1M+", "1250000", "USD", true)]
    [InlineData("$1-5M", "3000000", "USD", true)]
    [InlineData("~$2M", "2000000", "USD", true)]
    [InlineData("数千万人民币", "50000000", "CNY", true)]
    [InlineData("近亿元", "90000000", "CNY", true)]
    [InlineData("超过1亿", "125000000", "CNY", true)]
    [InlineData("数百万美元", "5000000", "USD", true)]
    public void Reads_an_amount_with_its_unit_and_currency(string text, string value, string currency, bool estimated)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount\n2025-03-05,A,\"{text}\"\n");

        var deal = Assert.Single(result.Deals.Deals);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), deal.Amount);
        Assert.Equal(currency, deal.Currency);
        Assert.Equal(estimated, deal.AmountEstimated);
        Assert.DoesNotContain(result.Issues, static i => i.Code != DataIssueCodes.IndianUnitCurrency);
    }

    [Theory]
    [InlineData("1.5 crore", "15000000")]
    [InlineData("15 lakh", "1500000")]
    [InlineData("2-3 cr", "25000000")]
    public void Reads_crore_and_lakh_naming_no_currency_in_rupees_and_says_so_on_the_line(string text, string value)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount\n2025-03-05,A,{text}\n");

        var deal = Assert.Single(result.Deals.Deals);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), deal.Amount);
        Assert.Equal("INR", deal.Currency);
        Assert.Equal(0, result.Profile.CurrencyAssumedDeals);
        var note = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.IndianUnitCurrency, DataIssueSeverity.Warning, 2, "amount"), (note.Code, note.Severity, note.Line, note.Column));
        Assert.EndsWith("deals.csv", note.File, StringComparison.Ordinal);
        Assert.Equal($"'{text}' names no currency, and crore and lakh count Indian rupees: read in INR. Write the currency with the amount, in a currency column or as 'currency:' in a mapping file to read it otherwise.", note.Message);
    }

    [Fact]
    public void Reads_crore_in_the_currency_a_currency_column_or_the_mapping_gives()
    {
        using var temp = new TempDeals();

        var byColumn = temp.LoadCsv("date,company,amount,currency\n2025-03-05,A,1.5 crore,USD\n");
        var byMapping = temp.LoadCsv("date,company,amount\n2025-03-05,A,1.5 crore\n", mapping: "currency: USD\n");

        Assert.Equal(("USD", 15_000_000m), (Assert.Single(byColumn.Deals.Deals).Currency, Assert.Single(byColumn.Deals.Deals).Amount!.Value));
        Assert.Equal("USD", Assert.Single(byMapping.Deals.Deals).Currency);
        Assert.Empty(byColumn.Issues);
        Assert.Empty(byMapping.Issues);
    }

    [Theory]
    [InlineData("1.5 mil", "CHD005", "'1.5 mil' counts in 'mil', which is a million in English and a thousand in Spanish and Portuguese: write M for millions (1.5M) or k for thousands (500k).")]
    [InlineData("USD 2 mil", "CHD005", "'USD 2 mil' counts in 'mil', which is a million in English and a thousand in Spanish and Portuguese: write M for millions (1.5M) or k for thousands (500k).")]
    [InlineData("< $1M", "CHD005", "'< $1M' gives only an upper bound, which no amount can stand for: write the amount, leave the cell empty, or list this text under 'undisclosed:' in a mapping file to count the deal without an amount.")]
    [InlineData("under $1M", "CHD005", "'under $1M' gives only an upper bound, which no amount can stand for: write the amount, leave the cell empty, or list this text under 'undisclosed:' in a mapping file to count the deal without an amount.")]
    [InlineData("up to $5M", "CHD005", "'up to $5M' gives only an upper bound")]
    [InlineData("less than 1M", "CHD005", "'less than 1M' gives only an upper bound")]
    [InlineData("不到1亿", "CHD005", "'不到1亿' gives only an upper bound")]
    [InlineData("1亿以下", "CHD005", "'1亿以下' gives only an upper bound")]
    [InlineData("10 MISK", "CHD009", "'10 MISK' is in ISK, a currency with no exchange rate in fx.csv (known: ")]
    [InlineData("500 TCZK", "CHD009", "'500 TCZK' is in CZK, a currency with no exchange rate in fx.csv")]
    [InlineData("kr 10 mln", "CHD009", "'kr 10 mln' is in kr, the krona or krone of Sweden, Norway, Denmark or Iceland, and neither the row's country or region, a currency column, the amount column's name nor the mapping says which: set 'currency: SEK' (or NOK, DKK) in a mapping file")]
    [InlineData("10 mln kr", "CHD009", "'10 mln kr' is in kr, the krona or krone of Sweden, Norway, Denmark or Iceland")]
    [InlineData("ARS 5M", "CHD009", "'ARS 5M' is in ARS, a currency with no exchange rate in fx.csv")]
    public void Refuses_an_amount_saying_why_and_how_to_write_it(string text, string code, string message)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount\n2025-03-04,A,1000\n2025-03-05,B,{text}\n");

        Assert.Equal(["A"], result.Deals.Deals.Select(static d => d.Company));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((code, 3, "amount"), (issue.Code, issue.Line, issue.Column));
        Assert.EndsWith("deals.csv", issue.File, StringComparison.Ordinal);
        Assert.StartsWith("row rejected: " + message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_a_deal_whose_amount_is_an_upper_bound_as_undisclosed_when_the_mapping_lists_it()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n2025-03-05,A,< $1M\n", mapping: "undisclosed: [\"< $1M\"]\n");

        Assert.Null(Assert.Single(result.Deals.Deals).Amount);
        Assert.Empty(result.Issues);
    }
}
