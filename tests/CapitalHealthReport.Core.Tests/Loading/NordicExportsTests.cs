using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Swedish, Norwegian, Danish and Finnish exports, each loaded from a small CSV without a mapping file: their headers,
/// amount units and currencies (the sign <c>kr</c> decided by the row's country or region, or refused saying how to
/// decide it), undisclosed markers and regions.
/// </summary>
public sealed class NordicExportsTests
{
    [Fact]
    public void Reads_a_Swedish_export_by_its_own_headers_units_and_län()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            Datum,Bolag,Bransch,Runda,Belopp,Investerare,Län
            2025-01-15,Alfa AB,Fintech,Serie A,25 MSEK,Creandum,Stockholm
            2025-02-03,Beta AB,Hälsa,Seed,"8,5 Mkr",Almi Invest,Stockholms län
            2025-03-20,Gamma AB,Energi,Serie B,"1,2 mdkr",EQT Ventures,Västra Götalands län
            2025-04-02,Delta AB,SaaS,Seed,ej offentligt,Industrifonden,Skåne
            2025-05-12,Epsilon AB,Fintech,Pre-seed,500 tkr,Almi Invest,Göteborg
            2025-06-30,Zeta AB,Medtech,Serie A,"3 mnkr",Norrsken VC,Uppsala län
            """);

        Assert.Empty(result.Issues);
        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal(["Alfa AB", "Beta AB", "Gamma AB", "Delta AB", "Epsilon AB", "Zeta AB"], deals.Select(static d => d.Company));
        Assert.Equal([25_000_000m, 8_500_000m, 1_200_000_000m, null, 500_000m, 3_000_000m], deals.Select(static d => d.Amount));
        Assert.All(deals.Where(static d => d.Amount is not null), static d => Assert.Equal("SEK", d.Currency));
        Assert.Equal(["Stockholm County", "Stockholm County", "Västra Götaland County", "Skåne County", "Västra Götaland County", "Uppsala County"], deals.Select(static d => d.Region));
        Assert.Equal(["Creandum", "Almi Invest"], deals.Take(2).SelectMany(static d => d.Investors));
    }

    [Fact]
    public void Reads_a_Norwegian_export_with_krone_amounts_in_millions_and_billions()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            Dato,Selskap,Bransje,Runde,Beløp,Investorer,Fylke
            2024-03-01,Nord AS,Energi,Serie A,40 MNOK,Investinor,Oslo
            2024-05-14,Fjord AS,Havbruk,Seed,NOK 12 mill.,Katapult,Vestland
            2024-08-09,Vest AS,Fintech,Serie B,"15 mill. kr",Alliance VC,Bergen
            2024-10-21,Nordlys AS,Helse,Seed,ikke oppgitt,Skyfall,Trøndelag
            2024-11-30,Polar AS,Energi,Serie C,"1,5 mrd. kr",Equinor Ventures,Rogaland fylke
            """);

        Assert.Empty(result.Issues);
        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([40_000_000m, 12_000_000m, 15_000_000m, null, 1_500_000_000m], deals.Select(static d => d.Amount));
        Assert.All(deals.Where(static d => d.Amount is not null), static d => Assert.Equal("NOK", d.Currency));
        Assert.Equal(["Oslo", "Vestland", "Vestland", "Trøndelag", "Rogaland"], deals.Select(static d => d.Region));
    }

    [Fact]
    public void Reads_a_Danish_export_with_mio_mia_and_thousands_of_kroner()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            Dato,Selskab,Branche,Runde,Beløb,Investorer,Region
            2023-02-01,Hav ApS,Fintech,Seed,"5 mio. kr.",Seed Capital,Region Hovedstaden
            2023-06-15,Skov ApS,Biotek,Serie A,"1,5 mia. kr.",Novo Holdings,Aarhus
            2023-09-09,Sø ApS,SaaS,Seed,DKK 20 mio.,byFounders,Odense
            2023-12-12,Eng ApS,Agritech,Pre-seed,"750 t.kr.",Vækstfonden,Region Nordjylland
            """);

        Assert.Empty(result.Issues);
        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([5_000_000m, 1_500_000_000m, 20_000_000m, 750_000m], deals.Select(static d => d.Amount));
        Assert.All(deals, static d => Assert.Equal("DKK", d.Currency));
        Assert.Equal(["Capital Region of Denmark", "Central Denmark Region", "Region of Southern Denmark", "North Denmark Region"], deals.Select(static d => d.Region));
    }

    [Fact]
    public void Reads_a_Finnish_export_in_euros()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            Päivämäärä,Yritys,Toimiala,Kierros,Summa,Sijoittajat,Maa
            2024-04-04,Aalto Oy,Peliala,Seed,"2,5 milj. €",Lifeline Ventures,Suomi
            2024-07-07,Kide Oy,Energia,Series A,12 M€,Maki.vc,Suomi
            2024-09-09,Saari Oy,Terveys,Seed,ei julkistettu,Icebreaker.vc,Suomi
            """);

        Assert.Empty(result.Issues);
        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([2_500_000m, 12_000_000m, null], deals.Select(static d => d.Amount));
        Assert.Equal(["EUR", "EUR"], deals.Where(static d => d.Amount is not null).Select(static d => d.Currency));
        Assert.All(deals, static d => Assert.Equal("FI", d.Country));
    }

    [Fact]
    public void Reads_plain_numbers_in_the_unit_and_currency_of_the_amount_column_name()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            Datum,Bolag,Belopp (MSEK)
            2025-01-15,Alfa AB,25
            2025-02-15,Beta AB,"4,5"
            """);

        Assert.Empty(result.Issues);
        Assert.Equal([25_000_000m, 4_500_000m], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount));
        Assert.All(result.Deals.Deals, static d => Assert.Equal("SEK", d.Currency));
    }

    [Fact]
    public void Reads_kr_in_the_currency_of_the_row_and_refuses_it_where_nothing_says_which_krona()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            date,company,amount,country
            2025-01-15,A,10 Mkr,Sverige
            2025-02-15,B,10 Mkr,Norge
            2025-03-15,C,10 Mkr,
            """);

        Assert.Equal(["SEK", "NOK"], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.CurrencyUnknown, 4, "amount"), (issue.Code, issue.Line, issue.Column));
        Assert.Contains("'10 Mkr' is in kr, the krona or krone of Sweden, Norway, Denmark or Iceland", issue.Message, StringComparison.Ordinal);
        Assert.Contains("set 'currency: SEK' (or NOK, DKK) in a mapping file", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_currency_cell_of_kr_as_the_krona_of_the_row_and_refuses_it_where_nothing_says_which()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("""
            Datum,Bolag,Belopp,Valuta,Land,Län
            2025-01-15,A,8500000,kr,Sverige,
            2025-02-15,A,"8,5 Mkr",kr.,Norge,
            2025-03-15,B,8500000,Kronor,,Region Hovedstaden
            2025-04-15,C,8500000,kr,,
            """);

        Assert.Equal(["SEK", "NOK", "DKK"], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.All(result.Deals.Deals, static d => Assert.Equal(8_500_000m, d.Amount));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((DataIssueCodes.CurrencyUnknown, 5, "Valuta"), (issue.Code, issue.Line, issue.Column));
        Assert.Contains("the currency 'kr' is the krona or krone of Sweden, Norway, Denmark or Iceland", issue.Message, StringComparison.Ordinal);
        Assert.Contains("write SEK, NOK or DKK in the currency column", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25 MSEK", "25000000", "SEK")]
    [InlineData("500 TSEK", "500000", "SEK")]
    [InlineData("3 MDKK", "3000000", "DKK")]
    [InlineData("2 miljoner kronor", "2000000", null)]
    [InlineData("NOK 12 mill.", "12000000", "NOK")]
    [InlineData("4 milj. €", "4000000", "EUR")]
    [InlineData("7 tusen kr", "7000", null)]
    [InlineData("10 KRW", "10", "KRW")]
    public void Parses_Nordic_units_and_currency_codes(string text, string value, string? currency)
    {
        var parsed = AmountParser.Parse(text);

        Assert.Equal(AmountStatus.Ok, parsed.Status);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(currency, parsed.Currency);
        Assert.Equal(currency is null, parsed.KronaSign);
    }

    [Theory]
    [InlineData("Serie A", Stage.A)]
    [InlineData("Runda B", Stage.B)]
    [InlineData("A-kierros", Stage.A)]
    [InlineData("Såddrunda", Stage.Seed)]
    [InlineData("Såkorn", Stage.Seed)]
    [InlineData("Pre-seed", Stage.Seed)]
    [InlineData("Nyemission", Stage.Unknown)]
    [InlineData("Emission", Stage.Unknown)]
    [InlineData("Emisjon", Stage.Unknown)]
    [InlineData("Kapitaludvidelse", Stage.Unknown)]
    [InlineData("Osakeanti", Stage.Unknown)]
    [InlineData("Företrädesemission", Stage.Other)]
    public void Reads_Nordic_stage_labels_and_a_share_issue_named_by_no_round_as_unknown(string label, Stage stage)
    {
        Assert.Equal(stage, StageAliases.BuiltIn.Map(label));
    }
}
