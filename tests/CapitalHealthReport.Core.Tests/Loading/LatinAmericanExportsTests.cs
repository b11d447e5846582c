using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>Exports from Brazil and Spanish-speaking Latin America, loaded with the amounts, places and stages a person reads off them.</summary>
public sealed class LatinAmericanExportsTests
{
    private const string DayFirst = "date_format: dd/MM/yyyy\n";

    [Fact]
    public void Reads_a_Brazilian_export_by_its_Portuguese_headers()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("Data,Empresa,Setor,Rodada,Valor,Investidores,Estado\n15/01/2025,Alfa,Fintech,Série A,\"R$ 12,5 milhões\",Kaszek,São Paulo\n", mapping: DayFirst);

        var deal = Assert.Single(result.Deals.Deals);
        Assert.Equal((new DateOnly(2025, 1, 15), "Alfa", Stage.A, 12_500_000m, "BRL", "São Paulo"), (deal.Date, deal.Company, deal.Stage, deal.Amount, deal.Currency, deal.Region));
    }

    [Fact]
    public void Reads_a_Spanish_export_by_its_headers_with_its_country_and_city()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("Fecha,Empresa,Sector,Ronda,Monto,Inversionistas,País,Ciudad\n03/02/2024,Beta,Fintech,Semilla,US$ 3 millones,ALLVP; Ignia,México,Monterrey\n", mapping: DayFirst);

        var deal = Assert.Single(result.Deals.Deals);
        Assert.Equal((Stage.Seed, 3_000_000m, "USD", "Nuevo León", "MX"), (deal.Stage, deal.Amount, deal.Currency, deal.Region, deal.Country));
        Assert.Equal(2, deal.Investors.Count);
    }

    [Theory]
    [InlineData("R$ 800 mil", 800_000)]
    [InlineData("R$ 2 mi", 2_000_000)]
    [InlineData("R$ 1,2 bilhão", 1_200_000_000)]
    [InlineData("R$ 2,5 bilhões", 2_500_000_000)]
    [InlineData("R$ 1 bi", 1_000_000_000)]
    [InlineData("R$ 3 milhões", 3_000_000)]
    public void Reads_Portuguese_amount_words_in_reais(string text, decimal reais)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"Data,Empresa,Valor\n15/01/2023,Alfa,\"{text}\"\n16/01/2023,Beta,\"R$ 1,5 milhão\"\n", mapping: DayFirst);

        Assert.Empty(result.Issues);
        Assert.Equal((reais, "BRL"), (result.Deals.Deals[0].Amount, result.Deals.Deals[0].Currency));
    }

    [Theory]
    [InlineData("US$ 500 mil", 500_000, "USD")]
    [InlineData("MXN 1.500 MM", 1_500_000_000, "MXN")]
    [InlineData("MXN 3 mil millones", 3_000_000_000, "MXN")]
    [InlineData("US$ 2 millardos", 2_000_000_000, "USD")]
    [InlineData("US$ 1 millón", 1_000_000, "USD")]
    public void Reads_Spanish_amount_words(string text, decimal value, string currency)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"Fecha,Empresa,Monto\n15/01/2023,Alfa,{text}\n16/01/2023,Beta,\"US$ 1,5 millones\"\n", mapping: DayFirst);

        Assert.Empty(result.Issues);
        Assert.Equal((value, currency), (result.Deals.Deals[0].Amount, result.Deals.Deals[0].Currency));
    }

    [Fact]
    public void Reads_mil_as_a_thousand_in_a_column_named_in_Portuguese_or_Spanish_and_says_so()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("Fecha,Empresa,Monto\n15/01/2023,Alfa,US$ 500 mil\n16/01/2023,Beta,US$ 250 mil\n", mapping: DayFirst);

        Assert.Equal([500_000m, 250_000m], result.Deals.Deals.Select(static d => d.Amount));
        var mil = result.Profile.MilThousands;
        Assert.Equal((2, 0, ("US$ 500 mil", 2)), (mil.ByColumnName, mil.ByValue, mil.FirstByColumnName!.Value));
        Assert.Contains("because the amount column's name ('Monto') is Portuguese or Spanish", mil.Describe("Monto"), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_mil_as_a_thousand_where_the_value_itself_is_Portuguese_and_refuses_it_where_nothing_tells()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount\n2023-01-15,Alfa,R$ 800 mil\n2023-01-16,Beta,$1.5 mil\n2023-01-17,Gama,COP 500 mil\n");

        var deal = Assert.Single(result.Deals.Deals);
        Assert.Equal((800_000m, "BRL"), (deal.Amount, deal.Currency));
        Assert.Equal(1, result.Profile.MilThousands.ByValue);
        var refused = Assert.Single(result.Issues, static i => i.Line == 3);
        Assert.Equal(DataIssueCodes.AmountNotNumber, refused.Code);
        Assert.Contains("'mil', which is a million in English", refused.Message, StringComparison.Ordinal);
        Assert.Equal(DataIssueCodes.CurrencyUnknown, Assert.Single(result.Issues, static i => i.Line == 4).Code);
    }

    [Fact]
    public void Converts_reais_and_Mexican_pesos_at_the_Federal_Reserve_annual_averages()
    {
        var fx = TempDeals.Reference.Fx;

        Assert.Equal(4.9946m, fx.UnitsPerUsd("BRL", 2023));
        Assert.Equal(17.733m, fx.UnitsPerUsd("MXN", 2023));
        Assert.Equal(3.3360m, fx.UnitsPerUsd("BRL", 2015));
        Assert.Equal(2023, fx.RateYear("BRL", 2025));
        Assert.DoesNotContain("COP", fx.Currencies);
    }

    [Fact]
    public void Rejects_an_amount_in_a_currency_without_rates_beside_amounts_in_another_saying_what_to_do()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("Fecha,Empresa,Monto,País\n2024-01-10,Alfa,COP 2.000 millones,Colombia\n2024-01-11,Beta,no revelado,Colombia\n2024-01-12,Gama,USD 5 M,Colombia\n");

        Assert.Equal(["Beta", "Gama"], result.Deals.Deals.Select(static d => d.Company).Order(StringComparer.Ordinal));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(DataIssueCodes.CurrencyUnknown, issue.Code);
        Assert.EndsWith(": convert such amounts to one of these at the deal year's average rate and name that currency, or leave the amount empty to count the deal without it; an export whose every amount is in one such currency is read and reported in it.", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_export_whose_every_amount_is_in_one_currency_without_rates_in_it()
    {
        using var temp = new TempDeals();

        var written = temp.LoadCsv("Fecha,Empresa,Monto,País\n2024-01-10,Alfa,COP 2.000 millones,Colombia\n2024-01-11,Beta,no revelado,Colombia\n2024-01-12,Gama,COP 500 mil,Colombia\n");
        var named = temp.LoadCsv("Fecha,Empresa,Monto (COP),País\n2024-01-10,Alfa,2000000000,Colombia\n");
        var column = temp.LoadCsv("Fecha,Empresa,Monto,Moneda\n2024-01-10,Alfa,2000000000,COP\n");

        Assert.Empty(written.Issues);
        Assert.Equal([("Alfa", 2_000_000_000m, "COP"), ("Beta", null, "COP"), ("Gama", 500_000m, "COP")], written.Deals.Deals.OrderBy(static d => d.Company, StringComparer.Ordinal).Select(static d => (d.Company, d.Amount, d.Currency)));
        Assert.Equal(("COP", 2_000_000_000m), (Assert.Single(named.Deals.Deals).Currency, named.Deals.Deals[0].Amount!.Value));
        Assert.Equal("COP", Assert.Single(column.Deals.Deals).Currency);
    }

    [Fact]
    public void Reads_bare_state_codes_as_Brazilian_states_where_the_column_or_the_deal_is_Brazilian()
    {
        using var temp = new TempDeals();

        var brazilian = temp.LoadCsv("date,company,amount,estado\n2024-01-10,A,100,SP\n2024-01-11,B,100,Minas Gerais\n2024-01-12,C,100,SC\n2024-01-13,D,100,BR-RJ\n");
        var american = temp.LoadCsv("date,company,amount,state\n2024-01-10,A,100,SC\n2024-01-11,B,100,California\n");
        var byCountry = temp.LoadCsv("date,company,amount,state,country\n2024-01-10,A,100,SC,Brasil\n2024-01-11,B,100,SC,United States\n2024-01-12,C,100,California,United States\n");

        Assert.Equal(["São Paulo", "Minas Gerais", "Santa Catarina", "Rio de Janeiro"], brazilian.Deals.Deals.Select(static d => d.Region));
        Assert.Empty(brazilian.Statistics.UnmappedRegions);
        Assert.Equal("BR", brazilian.Profile.Country);
        Assert.Equal(["South Carolina", "California"], american.Deals.Deals.Select(static d => d.Region));
        Assert.Equal(["Santa Catarina", "South Carolina", "California"], byCountry.Deals.Deals.Select(static d => d.Region));
    }

    [Theory]
    [InlineData("SP", "MG", "SC")]
    [InlineData("SC", "MG", "SP")]
    [InlineData("MG", "SC", "SP")]
    public void Reads_a_column_of_bare_codes_as_Brazilian_states_when_some_code_is_a_Brazilian_state_alone(string first, string second, string third)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"date,company,amount,estado\n2024-01-10,A,100,{first}\n2024-01-11,B,100,{second}\n2024-01-12,C,100,{third}\n");

        var states = new Dictionary<string, string>(StringComparer.Ordinal) { ["SP"] = "São Paulo", ["MG"] = "Minas Gerais", ["SC"] = "Santa Catarina" };
        Assert.Equal([states[first], states[second], states[third]], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Region));
        Assert.Empty(result.Statistics.UnmappedRegions);
        Assert.Equal("BR", result.Profile.Country);
    }

    [Theory]
    [InlineData("Sao Paulo", "São Paulo", "圣保罗州")]
    [InlineData("BR-PE", "Pernambuco", "伯南布哥州")]
    [InlineData("Curitiba", "Paraná", "巴拉那州")]
    [InlineData("CDMX", "Mexico City", "墨西哥城")]
    [InlineData("Estado de México", "State of Mexico", "墨西哥州")]
    [InlineData("Guadalajara", "Jalisco", "哈利斯科州")]
    [InlineData("MX-NLE", "Nuevo León", "新莱昂州")]
    public void Knows_the_states_of_Brazil_and_Mexico_with_their_Chinese_names(string text, string region, string chinese)
    {
        var regions = TempDeals.Reference.Regions;

        var name = regions.Map(text);

        Assert.Equal(region, name);
        Assert.Equal(chinese, regions.Find(name!)!.ChineseName);
        Assert.Equal(27, regions.All.Count(static r => r.Country == "BR"));
        Assert.Equal(32, regions.All.Count(static r => r.Country == "MX"));
    }

    [Theory]
    [InlineData("México", "MX")]
    [InlineData("Perú", "PE")]
    [InlineData("Estados Unidos", "US")]
    [InlineData("Brasil", "BR")]
    public void Knows_countries_by_their_Spanish_and_Portuguese_names(string text, string code) =>
        Assert.Equal(code, CountryNames.Code(text));

    [Theory]
    [InlineData("Anjo", Stage.Angel)]
    [InlineData("Ángel", Stage.Angel)]
    [InlineData("Semilla", Stage.Seed)]
    [InlineData("Presemilla", Stage.Seed)]
    [InlineData("Pré-seed", Stage.Seed)]
    [InlineData("Série A", Stage.A)]
    [InlineData("Serie B", Stage.B)]
    public void Maps_Portuguese_and_Spanish_stage_labels(string text, Stage stage) =>
        Assert.Equal(stage, StageAliases.BuiltIn.Map(text));
}
