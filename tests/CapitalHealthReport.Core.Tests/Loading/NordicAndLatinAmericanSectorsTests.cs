using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// The sector labels Swedish, Norwegian, Danish, Finnish, Brazilian and Spanish-speaking exports write are the
/// taxonomy's sectors, so that the AI share and the strategic sectors' figures count their deals.
/// </summary>
public sealed class NordicAndLatinAmericanSectorsTests
{
    private static ReferenceData Data => TempDeals.Reference;

    [Fact]
    public void Classifies_every_sector_of_a_Swedish_export()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            Datum,Bolag,Bransch,Belopp (MSEK)
            2025-01-15,A AB,Energi,10
            2025-01-16,B AB,Hälsa,10
            2025-01-17,C AB,Hälsovård,10
            2025-01-18,D AB,Artificiell intelligens,10
            2025-01-19,E AB,Spel,10
            2025-01-20,F AB,Programvara,10
            2025-01-21,G AB,Mjukvara,10
            2025-01-22,H AB,Livsmedel,10
            2025-01-23,I AB,Jordbruk,10
            2025-01-24,J AB,Vatten,10
            2025-01-25,K AB,Fintech,10
            2025-01-26,L AB,Detaljhandel,10
            2025-01-27,M AB,Förnybar energi,10
            2025-01-28,N AB,Bioteknik,10
            2025-01-29,O AB,Logistik,10
            """);

        Assert.Empty(result.Statistics.UnmappedSectors);
        Assert.Equal(
            ["Energy", "Health", "Health", "AI", "Consumer", "EnterpriseSoftware", "EnterpriseSoftware", "AgriFood", "AgriFood", "Water", "Fintech", "Consumer", "Energy", "Health", "AdvancedManufacturing"],
            result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Sector));
    }

    [Fact]
    public void Classifies_every_sector_of_a_Brazilian_export()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            Data,Empresa,Setor,Valor
            2025-01-15,A,Logística,R$ 10 milhões
            2025-01-16,B,Varejo,R$ 10 milhões
            2025-01-17,C,Educação,R$ 10 milhões
            2025-01-18,D,Saúde,R$ 10 milhões
            2025-01-19,E,Agronegócio,R$ 10 milhões
            2025-01-20,F,Energia renovável,R$ 10 milhões
            2025-01-21,G,Inteligência Artificial,R$ 10 milhões
            2025-01-22,H,Software,R$ 10 milhões
            2025-01-23,I,Alimentos,R$ 10 milhões
            2025-01-24,J,Biotecnologia,R$ 10 milhões
            2025-01-25,K,Saneamento,R$ 10 milhões
            2025-01-26,L,Serviços financeiros,R$ 10 milhões
            """);

        Assert.Empty(result.Statistics.UnmappedSectors);
        Assert.Equal(
            ["AdvancedManufacturing", "Consumer", "Consumer", "Health", "AgriFood", "Energy", "AI", "EnterpriseSoftware", "AgriFood", "Health", "Water", "Fintech"],
            result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Sector));
    }

    [Theory]
    [InlineData("Helse", "Health")]
    [InlineData("Sundhed", "Health")]
    [InlineData("Terveys", "Health")]
    [InlineData("Biotek", "Health")]
    [InlineData("Tekoäly", "AI")]
    [InlineData("Kunstig intelligens", "AI")]
    [InlineData("Havbruk", "AgriFood")]
    [InlineData("Ohjelmisto", "EnterpriseSoftware")]
    [InlineData("Vann", "Water")]
    [InlineData("Vesi", "Water")]
    [InlineData("Vedvarende energi", "Energy")]
    [InlineData("Educación", "Consumer")]
    [InlineData("Energía renovable", "Energy")]
    [InlineData("Alimentos y bebidas", "AgriFood")]
    [InlineData("Agronegocio", "AgriFood")]
    [InlineData("Minorista", "Consumer")]
    public void Maps_Nordic_Portuguese_and_Spanish_sector_labels(string label, string sector) => Assert.Equal(sector, Data.Sectors.Map(label));

    [Theory]
    [InlineData("Tecnologia")]
    [InlineData("Serviços")]
    [InlineData("Produksjon")]
    public void Leaves_labels_that_name_no_one_sector_unmapped(string label) => Assert.Null(Data.Sectors.Map(label));
}
