using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Finnish and Colombian exports loaded with the regions a person reads off them (maakunnat in Finnish and Swedish,
/// departments, Bogotá and the main cities), a bare Amazonas read as the department of the column's country, and a
/// Malaysian export with Malay headers read without a mapping file.
/// </summary>
public sealed class FinnishColombianAndMalayExportsTests
{
    [Fact]
    public void Reads_Finnish_regions_in_Finnish_and_Swedish_and_their_main_cities()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv(
            "Päivämäärä,Yritys,Summa,Maakunta\n2024-01-09,A,€5m,Uusimaa\n2024-01-10,B,€2m,Nyland\n2024-01-11,C,€3m,Helsinki\n2024-01-12,D,€1m,Espoo\n"
            + "2024-01-13,E,€4m,Tampere\n2024-01-14,F,€1m,Birkaland\n2024-01-15,G,€2m,Turku\n2024-01-16,H,€1m,Egentliga Finland\n2024-01-17,I,€1m,Oulu\n"
            + "2024-01-18,J,€1m,FI-18\n2024-01-19,K,€1m,Päijät-Häme\n2024-01-20,L,€1m,Aland\n");

        Assert.Empty(result.Issues);
        Assert.Equal(
            ["Uusimaa", "Uusimaa", "Uusimaa", "Uusimaa", "Pirkanmaa", "Pirkanmaa", "Varsinais-Suomi", "Varsinais-Suomi", "Pohjois-Pohjanmaa", "Uusimaa", "Päijät-Häme", "Åland"],
            result.Deals.Deals.Select(static d => d.Region));
        Assert.All(result.Deals.Deals, static d => Assert.Equal("EUR", d.Currency));
        Assert.Equal("FI", result.Profile.Country);
        Assert.Empty(result.Statistics.UnmappedRegions);
    }

    [Fact]
    public void Reads_Colombian_departments_Bogota_and_the_main_cities()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv(
            "Fecha,Empresa,Monto,Departamento\n2024-01-09,A,COP 2.000 millones,Bogotá D.C.\n2024-01-10,B,COP 500 millones,Medellín\n2024-01-11,C,COP 800 millones,Cali\n"
            + "2024-01-12,D,COP 300 millones,Barranquilla\n2024-01-13,E,COP 100 millones,Cartagena\n2024-01-14,F,COP 250 millones,Bucaramanga\n"
            + "2024-01-15,G,COP 150 millones,CO-ANT\n2024-01-16,H,COP 90 millones,Bogota\n2024-01-17,I,COP 60 millones,Amazonas\n2024-01-18,J,COP 70 millones,Narino\n");

        Assert.Empty(result.Issues);
        Assert.Equal(
            ["Bogotá", "Antioquia", "Valle del Cauca", "Atlántico", "Bolívar", "Santander", "Antioquia", "Bogotá", "Amazonas Department", "Nariño"],
            result.Deals.Deals.Select(static d => d.Region));
        Assert.Equal(2_000_000_000m, result.Deals.Deals[0].Amount);
        Assert.All(result.Deals.Deals, static d => Assert.Equal("COP", d.Currency));
        Assert.Equal("CO", result.Profile.Country);
        Assert.Empty(result.Statistics.UnmappedRegions);
    }

    [Fact]
    public void A_bare_Amazonas_stays_the_Brazilian_state_in_a_Brazilian_column_and_alone()
    {
        using var temp = new TempDeals();

        var brazilian = temp.LoadCsv("Data,Empresa,Valor,Estado\n2024-01-09,A,R$ 5 mi,Amazonas\n2024-01-10,B,R$ 2 mi,São Paulo\n", "br.csv");
        var alone = temp.LoadCsv("date,company,amount,region\n2024-01-09,A,USD 5 million,Amazonas\n", "alone.csv");
        var colombianCode = temp.LoadCsv("date,company,amount,region\n2024-01-09,A,USD 5 million,CO-AMA\n", "code.csv");

        Assert.Equal(["Amazonas", "São Paulo"], brazilian.Deals.Deals.Select(static d => d.Region));
        Assert.Equal("BR", brazilian.Profile.Country);
        Assert.Equal("Amazonas", Assert.Single(alone.Deals.Deals).Region);
        Assert.Equal("Amazonas Department", Assert.Single(colombianCode.Deals.Deals).Region);
    }

    [Fact]
    public void Reads_a_Malaysian_export_by_its_Malay_headers()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv(
            "Tarikh,Syarikat,Sektor,Peringkat,Jumlah,Mata Wang,Negeri,Pelabur\n"
            + "2024-01-09,Klang Tech,Fintech,Series A,5000000,MYR,Selangor,Cradle Fund\n2024-02-10,Penang Chips,Semiconductors,Seed,1200000,MYR,Pulau Pinang,Gobi Partners\n");

        Assert.Empty(result.Issues);
        Assert.Equal(["Klang Tech", "Penang Chips"], result.Deals.Deals.Select(static d => d.Company));
        Assert.Equal(["Selangor", "Penang"], result.Deals.Deals.Select(static d => d.Region));
        Assert.Equal([5_000_000m, 1_200_000m], result.Deals.Deals.Select(static d => d.Amount));
        Assert.Equal([new DateOnly(2024, 1, 9), new DateOnly(2024, 2, 10)], result.Deals.Deals.Select(static d => d.Date));
        Assert.Equal([Stage.A, Stage.Seed], result.Deals.Deals.Select(static d => d.Stage));
        Assert.Equal(["Cradle Fund", "Gobi Partners"], result.Deals.Deals.Select(static d => string.Join(";", d.Investors)));
        Assert.All(result.Deals.Deals, static d => Assert.Equal("MYR", d.Currency));
        Assert.Equal("MY", result.Profile.Country);
    }

    [Theory]
    [InlineData("Tarikh", "date")]
    [InlineData("Syarikat", "company")]
    [InlineData("Sektor", "sector")]
    [InlineData("Peringkat", "stage")]
    [InlineData("Jumlah", "amount")]
    [InlineData("Mata Wang", "currency")]
    [InlineData("Negeri", "region")]
    [InlineData("Negara", "country")]
    [InlineData("Pelabur", "investors")]
    public void Malay_headers_name_their_fields(string header, string field) =>
        Assert.Contains(header, CanonicalFields.HeaderAliases(CanonicalFields.FromName(field)!.Value), StringComparer.OrdinalIgnoreCase);
}
