using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Exports from Australia, New Zealand, Singapore, Malaysia and South Africa, loaded with the amounts, currencies and
/// regions a person reads off them: A$, AU$, NZ$, S$, RM and R signs, juta and bilion, states, regions and provinces.
/// </summary>
public sealed class AsiaPacificAndSouthAfricanExportsTests
{
    [Theory]
    [InlineData("A$5m", 5_000_000, "AUD")]
    [InlineData("AUD 5,000,000", 5_000_000, "AUD")]
    [InlineData("AU$8m", 8_000_000, "AUD")]
    [InlineData("A$12.5m", 12_500_000, "AUD")]
    [InlineData("NZ$2.5m", 2_500_000, "NZD")]
    [InlineData("NZ$800,000", 800_000, "NZD")]
    [InlineData("NZD 1.5m", 1_500_000, "NZD")]
    [InlineData("S$15m", 15_000_000, "SGD")]
    [InlineData("SGD 10 million", 10_000_000, "SGD")]
    [InlineData("RM 5 juta", 5_000_000, "MYR")]
    [InlineData("RM5m", 5_000_000, "MYR")]
    [InlineData("RM 1.5 bilion", 1_500_000_000, "MYR")]
    [InlineData("MYR 12.5 million", 12_500_000, "MYR")]
    [InlineData("R 10m", 10_000_000, "ZAR")]
    [InlineData("R5m", 5_000_000, "ZAR")]
    [InlineData("R 2,500,000", 2_500_000, "ZAR")]
    [InlineData("ZAR 25 million", 25_000_000, "ZAR")]
    [InlineData("THB 150 million", 150_000_000, "THB")]
    [InlineData("฿ 20,000,000", 20_000_000, "THB")]
    [InlineData("R$ 5M", 5_000_000, "BRL")]
    [InlineData("Rs. 5 Cr", 50_000_000, "INR")]
    public void Reads_the_currency_signs_and_words_of_these_exports(string text, decimal value, string currency)
    {
        var amount = AmountParser.Parse(text);

        Assert.Equal((AmountStatus.Ok, value, currency), (amount.Status, amount.Value, amount.Currency));
    }

    [Theory]
    [InlineData("Rand")]
    [InlineData("RM")]
    [InlineData("R")]
    public void A_sign_without_a_number_is_no_amount(string text) =>
        Assert.Equal(AmountStatus.NotANumber, AmountParser.Parse(text).Status);

    [Fact]
    public void Reads_an_Australian_export_by_its_state_codes_WA_SA_and_NT_included()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv(
            "Date,Company,Amount,State\n2024-01-09,A,A$5m,NSW\n2024-01-10,B,\"AUD 5,000,000\",VIC\n2024-01-11,C,AU$8m,WA\n2024-01-12,D,A$1.2m,SA\n"
            + "2024-01-13,E,A$2m,NT\n2024-01-14,F,A$1m,QLD\n2024-01-15,G,A$1m,TAS\n2024-01-16,H,A$1m,ACT\n");

        Assert.Empty(result.Issues);
        Assert.Equal(
            ["New South Wales", "Victoria", "Western Australia", "South Australia", "Northern Territory", "Queensland", "Tasmania", "Australian Capital Territory"],
            result.Deals.Deals.Select(static d => d.Region));
        Assert.Equal([5_000_000m, 5_000_000m, 8_000_000m, 1_200_000m, 2_000_000m, 1_000_000m, 1_000_000m, 1_000_000m], result.Deals.Deals.Select(static d => d.Amount));
        Assert.All(result.Deals.Deals, static d => Assert.Equal("AUD", d.Currency));
        Assert.Empty(result.Statistics.UnmappedRegions);
        Assert.Equal("AU", result.Profile.Country);
    }

    [Fact]
    public void WA_among_US_states_stays_Washington()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount,state\n2024-01-09,A,$5m,WA\n2024-01-10,B,$5m,CA\n2024-01-11,C,$5m,NY\n");

        Assert.Equal(["Washington", "California", "New York"], result.Deals.Deals.Select(static d => d.Region));
    }

    [Fact]
    public void WA_alone_stays_Washington_and_in_an_Australian_deal_is_Western_Australia()
    {
        using var temp = new TempDeals();

        var alone = temp.LoadCsv("date,company,amount,state\n2024-01-09,A,$5m,WA\n", name: "alone.csv");
        var australian = temp.LoadCsv("date,company,amount,state,country\n2024-01-09,A,A$5m,WA,Australia\n2024-01-10,B,$5m,WA,USA\n2024-01-11,C,$5m,CA,USA\n", name: "mixed.csv");

        Assert.Equal("Washington", Assert.Single(alone.Deals.Deals).Region);
        Assert.Equal(["Western Australia", "Washington", "California"], australian.Deals.Deals.Select(static d => d.Region));
    }

    [Fact]
    public void Reads_New_Zealand_regions_and_their_cities()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv(
            "Date,Company,Amount,Region\n2024-01-09,A,NZ$2.5m,Auckland\n2024-01-10,B,NZ$1m,Wellington\n2024-01-11,C,NZ$1m,Canterbury\n"
            + "2024-01-12,D,NZ$1m,Christchurch\n2024-01-13,E,NZ$1m,Bay of Plenty\n2024-01-14,F,NZ$1m,Hawke's Bay\n2024-01-15,G,NZ$1m,NZ-OTA\n");

        Assert.Empty(result.Issues);
        Assert.Equal(["Auckland", "Wellington Region", "Canterbury", "Canterbury", "Bay of Plenty", "Hawke's Bay", "Otago"], result.Deals.Deals.Select(static d => d.Region));
        Assert.Equal((2_500_000m, "NZD"), (result.Deals.Deals[0].Amount, result.Deals.Deals[0].Currency));
        Assert.Equal("NZ", result.Profile.Country);
    }

    [Fact]
    public void Reads_Malaysian_states_and_federal_territories_as_written_in_Malay_and_English()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv(
            "Date,Company,Amount,State\n2024-01-09,A,RM 5 juta,Selangor\n2024-01-10,B,RM5m,Kuala Lumpur\n2024-01-11,C,MYR 12.5 million,Pulau Pinang\n"
            + "2024-01-12,D,RM2m,Penang\n2024-01-13,E,RM 8 juta,Johor\n2024-01-14,F,RM1.2m,Melaka\n2024-01-15,G,RM1m,WP Putrajaya\n");

        Assert.Empty(result.Issues);
        Assert.Equal(["Selangor", "Kuala Lumpur", "Penang", "Penang", "Johor", "Malacca", "Putrajaya"], result.Deals.Deals.Select(static d => d.Region));
        Assert.Equal([5_000_000m, 5_000_000m, 12_500_000m, 2_000_000m, 8_000_000m, 1_200_000m, 1_000_000m], result.Deals.Deals.Select(static d => d.Amount));
        Assert.All(result.Deals.Deals, static d => Assert.Equal("MYR", d.Currency));
        Assert.Equal("MY", result.Profile.Country);
    }

    [Fact]
    public void Reads_South_African_provinces_and_rand_amounts()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv(
            "Date,Company,Amount,Province\n2024-01-09,A,R 10m,Gauteng\n2024-01-10,B,R5m,Western Cape\n2024-01-11,C,ZAR 25 million,KwaZulu-Natal\n"
            + "2024-01-12,D,\"R 2,500,000\",Eastern Cape\n2024-01-13,E,R3m,Cape Town\n2024-01-14,F,R1m,North West\n");

        Assert.Empty(result.Issues);
        Assert.Equal(["Gauteng", "Western Cape", "KwaZulu-Natal", "Eastern Cape", "Western Cape", "North West Province"], result.Deals.Deals.Select(static d => d.Region));
        Assert.Equal([10_000_000m, 5_000_000m, 25_000_000m, 2_500_000m, 3_000_000m, 1_000_000m], result.Deals.Deals.Select(static d => d.Amount));
        Assert.All(result.Deals.Deals, static d => Assert.Equal("ZAR", d.Currency));
    }

    [Fact]
    public void North_West_among_English_regions_stays_North_West_England()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount,region\n2024-01-09,A,£5m,North West\n2024-01-10,B,£5m,London\n");

        Assert.Equal(["North West England", "London"], result.Deals.Deals.Select(static d => d.Region));
    }

    [Fact]
    public void Reads_a_Singapore_export_by_its_country_column()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("Date,Company,Amount,Country\n2024-01-09,A,S$15m,Singapore\n2024-01-10,B,\"S$2,000,000\",Singapore\n");

        Assert.Empty(result.Issues);
        Assert.All(result.Deals.Deals, static d => Assert.Equal(("Singapore", "SG", "SGD"), (d.Region, d.Country, d.Currency)));
        Assert.Equal([15_000_000m, 2_000_000m], result.Deals.Deals.Select(static d => d.Amount));
    }

    [Theory]
    [InlineData("NZD", 2012, 1.2338)]
    [InlineData("NZD", 2023, 1.6279)]
    [InlineData("MYR", 2015, 3.9041)]
    [InlineData("MYR", 2021, 4.1439)]
    [InlineData("ZAR", 2012, 8.2014)]
    [InlineData("ZAR", 2020, 16.4932)]
    [InlineData("THB", 2012, 31.055)]
    [InlineData("THB", 2017, 33.9134)]
    [InlineData("THB", 2023, 34.7841)]
    public void Converts_at_the_Federal_Reserves_yearly_rates(string currency, int year, decimal unitsPerUsd) =>
        Assert.Equal(unitsPerUsd, TempDeals.Reference.Fx.UnitsPerUsd(currency, year));
}
