using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>The unit an amount column's name gives its numbers: the scale and currency a reader of the header would take.</summary>
public sealed class AmountColumnUnitTests
{
    [Theory]
    [InlineData("融资金额（万元）", "融资金额", 10_000, "CNY")]
    [InlineData("金额(亿元)", "金额", 100_000_000, "CNY")]
    [InlineData("金额（万美元）", "金额", 10_000, "USD")]
    [InlineData("Amount (USD M)", "Amount", 1_000_000, "USD")]
    [InlineData("Amount ($M)", "Amount", 1_000_000, "USD")]
    [InlineData("Betrag [Mio. €]", "Betrag", 1_000_000, "EUR")]
    [InlineData("Amount in USD", "Amount", 1, "USD")]
    [InlineData("Amount raised in millions", "Amount raised", 1_000_000, null)]
    [InlineData("amount_in_thousands", "amount", 1_000, null)]
    [InlineData("Amount (000s)", "Amount", 1_000, null)]
    [InlineData("amount_usd", "amount", 1, "USD")]
    [InlineData("Amount (INR crore)", "Amount", 10_000_000, "INR")]
    public void Reads_the_unit_a_column_name_gives_its_numbers(string header, string name, long scale, string? currency)
    {
        var found = AmountColumnUnit.FromHeader(header, AmountColumnUnit.IsAmountAlias);

        Assert.NotNull(found);
        Assert.Equal((name, (decimal)scale, currency), (found.Value.Name, found.Value.Unit.Scale, found.Value.Unit.Currency));
    }

    [Theory]
    [InlineData("amount")]
    [InlineData("Amount (Series A)")]
    [InlineData("Amount (2024)")]
    [InlineData("金额（备注）")]
    [InlineData("Amount (approx.)")]
    [InlineData("company_name")]
    public void A_name_without_a_unit_gives_none(string header)
    {
        Assert.Null(AmountColumnUnit.FromHeader(header, AmountColumnUnit.IsAmountAlias));
    }

    [Theory]
    [InlineData("5000", true)]
    [InlineData(" 1,500.5 ", true)]
    [InlineData("5000万", false)]
    [InlineData("$5M", false)]
    [InlineData("1.2亿美元", false)]
    public void The_unit_applies_only_to_numbers_that_say_no_unit_of_their_own(string text, bool applies)
    {
        Assert.Equal(applies, AmountColumnUnit.AppliesTo(text));
    }
}
