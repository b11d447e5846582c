using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>Small exports written the way other countries' tools write them, each loaded with the counts and amounts a person reads off the file.</summary>
public sealed class ExportsFromAnywhereTests
{
    [Fact]
    public void Reads_the_country_column_of_an_export_without_a_region_column_as_its_regions()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("date,company,amount,currency,country\n2025-01-10,A,1500000,EUR,France\n2025-01-11,B,2000000,EUR,Germany\n2025-01-12,C,900000,EUR,Netherlands\n2025-01-13,D,700000,EUR,Spain\n");

        Assert.Equal(["France", "Germany", "Netherlands", "Spain"], result.Deals.Deals.Select(static d => d.Region));
        Assert.Equal(["FR", "DE", "NL", "ES"], result.Deals.Deals.Select(static d => d.Country));
        Assert.Empty(result.Statistics.UnmappedRegions);
        Assert.Equal("country", result.Statistics.RegionFromCountryColumn);
    }

    [Fact]
    public void Keeps_the_region_column_of_an_export_or_mapping_that_names_both_a_region_and_a_country_column()
    {
        using var temp = new TempDeals();
        const string Deals = "date,company,amount,currency,state,land\n2025-01-10,A,1500000,EUR,Bavaria,Germany\n2025-01-11,B,2000000,EUR,Berlin,Germany\n";

        var mapped = temp.LoadCsv(Deals, mapping: "columns: { region: state, country: land }\n");
        var byHeaders = temp.LoadCsv("date,company,amount,currency,region,country\n2025-01-10,A,1500000,EUR,Bavaria,Germany\n");

        Assert.Equal(2, mapped.Deals.Deals.Count);
        Assert.All(mapped.Deals.Deals, static d => Assert.NotEqual("Germany", d.Region));
        Assert.Null(mapped.Statistics.RegionFromCountryColumn);
        Assert.NotEqual("Germany", Assert.Single(byHeaders.Deals.Deals).Region);
        Assert.Null(byHeaders.Statistics.RegionFromCountryColumn);
    }

    [Fact]
    public void Reads_a_European_semicolon_file_with_decimal_commas_and_dot_grouping()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("""
            datum;firma;betrag;währung
            2023-01-10;Alpha GmbH;707.630;EUR
            2023-02-11;Beta AG;3.000.000;EUR
            2023-03-12;Gamma SE;2,7 Mio.;EUR
            2023-04-13;Delta KG;1,5 Mrd.;EUR
            2023-05-14;Epsilon GmbH;k.A.;EUR
            """, mapping: "delimiter: \";\"\ncolumns: { date: datum, company: firma, amount: betrag, currency: währung }\n");

        Assert.Equal(5, result.Statistics.RowsLoaded);
        Assert.Equal([707_630m, 3_000_000m, 2_700_000m, 1_500_000_000m], result.Deals.Deals.Where(d => d.Amount is not null).Select(d => d.Amount!.Value));
        Assert.Equal(1, result.Statistics.Undisclosed);
        Assert.Equal("decimal ',', thousands '.'", result.Profile.NumberFormat!.Format);
        Assert.Contains("'3.000.000' (line 3)", result.Profile.NumberFormat.Basis, StringComparison.Ordinal);
        Assert.Equal("EUR", result.Profile.SingleCurrency);
    }

    [Fact]
    public void Reads_a_French_export_whose_amount_column_is_in_millions_of_euros_and_whose_undisclosed_rounds_say_nc()
    {
        using var temp = new TempDeals();

        // "n.c." (non communiqué) is undisclosed; it is no evidence of a decimal point either, so '173,0' decides the format.
        var result = temp.LoadCsv("""
            Date de l'opération;Société;Secteur;Tour;Montant (M€);Région;Investisseurs
            12/03/2024;Alan;Assurance;Série C;173,0;Île-de-France;Temasek, Ontake
            05/02/2024;Mistral AI;Intelligence artificielle;Série B;385;Île-de-France;a16z, Lightspeed
            20/01/2024;Ynsect;Agritech;Série D;n.c.;Hauts-de-France;Astanor
            """, mapping: "delimiter: \";\"\ndate_format: dd/MM/yyyy\n");

        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([173_000_000m, 385_000_000m, null], deals.Select(static d => d.Amount));
        Assert.Equal(["Fintech", "AI", "AgriFood"], deals.Select(static d => d.Sector));
        Assert.Equal([Stage.C, Stage.B, Stage.D], deals.Select(static d => d.Stage));
        Assert.Equal(1, result.Statistics.Undisclosed);
        Assert.Equal("decimal ',', thousands '.'", result.Profile.NumberFormat!.Format);
        Assert.Equal(("EUR", "FR"), (result.Profile.SingleCurrency, result.Profile.Country));
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Reads_a_German_export_by_its_own_headers_without_a_mapping()
    {
        using var temp = new TempDeals();

        // Headers, dotted day-first dates, "Serie A", "KI" and "Mio. €" as German tools write them; a Swiss deal in francs.
        var result = temp.LoadCsv("""
            Datum;Unternehmen;Branche;Finanzierungsrunde;Betrag;Währung;Bundesland;Investoren
            15.01.2025;Acme Robotics GmbH;Robotik;Seed;1,5 Mio. €;EUR;Bayern;High-Tech Gründerfonds
            03.02.2025;DataWerk AG;Software;Serie A;12.000.000;EUR;Berlin;Earlybird, Point Nine
            20.02.2025;BioNord;Biotechnologie;Serie B;25,3 Mio.;EUR;Hamburg;HTGF
            11.03.2025;Solarix;Energie;Seed;k.A.;EUR;Bayern;Business Angels
            28.03.2025;Quantix AG;KI;Série A;CHF 8,75 Mio.;;Zürich;UVC Partners
            """);

        Assert.Equal(5, result.Statistics.RowsLoaded);
        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 11), new DateOnly(2025, 3, 28)], deals.Select(static d => d.Date));
        Assert.Equal([Stage.Seed, Stage.A, Stage.B, Stage.Seed, Stage.A], deals.Select(static d => d.Stage));
        Assert.Equal(["AI", "EnterpriseSoftware", "Health", "Energy", "AI"], deals.Select(static d => d.Sector));
        Assert.Equal([1_500_000m, 12_000_000m, 25_300_000m, null, 8_750_000m], deals.Select(static d => d.Amount));
        Assert.Equal(["EUR", "EUR", "EUR", "EUR", "CHF"], deals.Select(static d => d.Currency));
        Assert.Equal(["High-Tech Gründerfonds"], deals[0].Investors);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Reads_Japanese_traditional_Chinese_and_Korean_exports_by_their_own_headers_without_a_mapping()
    {
        using var temp = new TempDeals();

        var japanese = temp.LoadCsv("""
            日付,会社名,業種,ラウンド,調達額,所在地,投資家
            2025-01-15,さくらロボティクス,ロボット,シリーズA,3億円,東京都,グロービス
            2025-02-03,ミライ医療,ヘルスケア,シード,5000万円,大阪府,
            """);
        var taiwanese = temp.LoadCsv("""
            日期,公司名稱,產業,輪次,金額,幣別,投資方
            2025-01-15,雲端科技,軟體,種子輪,500000,USD,創投甲
            2025-02-03,晶片設計,半導體,戰略投資,1200000,USD,
            """);
        var korean = temp.LoadCsv("""
            날짜,회사명,업종,라운드,투자금액,통화,투자자
            2025-01-15,서울바이오,바이오,시리즈 A,2000000,USD,카카오벤처스
            2025-02-03,부산로보틱스,로봇,시드,500000,USD,
            """);

        var japan = japanese.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([300_000_000m, 50_000_000m], japan.Select(static d => d.Amount));
        Assert.Equal([Stage.A, Stage.Seed], japan.Select(static d => d.Stage));
        Assert.Equal(["さくらロボティクス", "ミライ医療"], japan.Select(static d => d.Company));
        Assert.Equal(["グロービス"], japan[0].Investors);
        Assert.Equal([Stage.Seed, Stage.Strategic], taiwanese.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Stage));
        Assert.Equal([500_000m, 1_200_000m], taiwanese.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount));
        Assert.Equal([Stage.A, Stage.Seed], korean.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Stage));
        Assert.Equal(["서울바이오", "부산로보틱스"], korean.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Company));
        Assert.Equal("USD", korean.Profile.SingleCurrency);
    }

    [Fact]
    public void Reads_Taiwan_s_municipalities_and_counties_as_regions_of_Taiwan_and_amounts_naming_no_currency_in_its_dollars()
    {
        using var temp = new TempDeals();

        // Traditional and simplified names, ISO codes and romanised ones; none of them is a mainland region.
        var result = temp.LoadCsv("""
            date,company,amount,region
            2024-01-15,A,5000萬,臺北市
            2024-02-03,B,2億,新竹
            2024-03-01,C,300萬,台中
            2024-03-02,D,1億,Kaohsiung
            2024-03-05,E,800萬,TW-NWT
            2024-03-06,F,600萬,桃园市
            """);

        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal(["Taipei", "Hsinchu City", "Taichung", "Kaohsiung", "New Taipei", "Taoyuan"], deals.Select(static d => d.Region));
        Assert.Equal("TW", result.Profile.Country);
        Assert.All(deals, static d => Assert.Equal("TWD", d.Currency));
        Assert.Empty(result.Statistics.UnmappedRegions);
    }

    [Fact]
    public void Reads_a_deal_without_a_currency_in_the_currency_most_deals_name_when_they_all_agree()
    {
        using var temp = new TempDeals();
        const string header = "date,company,amount,currency\n";

        // A dollar export with one blank currency cell: the deal is in dollars, not in the default yuan.
        var dollars = temp.LoadCsv(header + "2025-01-10,A,5000000,USD\n2025-01-11,B,30000000,\n2025-01-12,C,2000000,USD\n");
        var mixed = temp.LoadCsv(header + "2025-01-10,A,5000000,USD\n2025-01-11,B,30000000,\n2025-01-12,C,2000000,EUR\n");

        // Most amounts name no currency (5000万) and a few say 美元: the few do not decide for the many.
        var chinese = temp.LoadCsv(header + "2025-01-10,A,5000万,\n2025-01-11,B,1亿,\n2025-01-12,C,2000万美元,\n");

        Assert.Equal(["USD", "USD", "USD"], dollars.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.Equal(("USD", 1, CurrencyAssumption.OtherDeals), (dollars.Profile.AssumedCurrency, dollars.Profile.CurrencyAssumedDeals, dollars.Profile.AssumedCurrencyBasis));
        Assert.Equal("USD", dollars.Profile.SingleCurrency);
        Assert.Equal(["USD", "CNY", "EUR"], mixed.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.Equal(("CNY", 1, CurrencyAssumption.Default), (mixed.Profile.AssumedCurrency, mixed.Profile.CurrencyAssumedDeals, mixed.Profile.AssumedCurrencyBasis));
        Assert.Equal(["CNY", "CNY", "USD"], chinese.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.Equal(CurrencyAssumption.Default, chinese.Profile.AssumedCurrencyBasis);
    }

    [Fact]
    public void Reads_amounts_that_name_no_currency_in_the_currency_of_the_data_s_country()
    {
        using var temp = new TempDeals();
        const string header = "date,company,amount,region\n";

        // US states and plain amounts: dollars, not the default yuan. Indian states: rupees. Chinese provinces: yuan.
        var american = temp.LoadCsv(header + "2025-01-10,A,5000000,California\n2025-01-11,B,30000000,New York\n2025-01-12,C,2000000,Texas\n");
        var indian = temp.LoadCsv(header + "2025-01-10,A,50000000,Karnataka\n2025-01-11,B,20000000,Maharashtra\n");
        var chinese = temp.LoadCsv(header + "2025-01-10,A,5000万,北京\n2025-01-11,B,1亿,上海\n");

        // A country column decides too; a German file is in euros.
        var german = temp.LoadCsv("date,company,amount,country\n2025-01-10,A,1500000,Deutschland\n2025-01-11,B,2000000,DE\n");

        // No country at all (no region the tables know): the default.
        var nowhere = temp.LoadCsv(header + "2025-01-10,A,5000000,Atlantis\n");

        Assert.Equal(["USD", "USD", "USD"], american.Deals.Deals.Select(static d => d.Currency));
        Assert.Equal(("USD", 3, CurrencyAssumption.Country), (american.Profile.AssumedCurrency, american.Profile.CurrencyAssumedDeals, american.Profile.AssumedCurrencyBasis));
        Assert.Equal("USD", american.Profile.SingleCurrency);
        Assert.Equal(("INR", CurrencyAssumption.Country), (indian.Profile.SingleCurrency, indian.Profile.AssumedCurrencyBasis));
        Assert.Equal(("CNY", CurrencyAssumption.Country), (chinese.Profile.SingleCurrency, chinese.Profile.AssumedCurrencyBasis));
        Assert.Equal(("EUR", CurrencyAssumption.Country), (german.Profile.SingleCurrency, german.Profile.AssumedCurrencyBasis));
        Assert.Equal(("CNY", CurrencyAssumption.Default), (nowhere.Profile.SingleCurrency, nowhere.Profile.AssumedCurrencyBasis));
    }

    [Theory]
    [InlineData("Nigeria", "NG", "Nigeria", "尼日利亚")]
    [InlineData("KEN", "KE", "Kenya", "肯尼亚")]
    [InlineData("Turkey", "TR", "Türkiye", "土耳其")]
    [InlineData("Czech Republic", "CZ", "Czechia", "捷克")]
    [InlineData("新西兰", "NZ", "New Zealand", "新西兰")]
    [InlineData("South Africa", "ZA", "South Africa", "南非")]
    public void Knows_countries_beyond_the_largest_venture_markets(string written, string code, string english, string chinese)
    {
        // A Kenyan or Nigerian export's countries were kept as written, so its report could not name them in Chinese.
        Assert.Equal(code, CapitalHealthReport.Reference.CountryNames.Code(written));
        Assert.Equal(english, CapitalHealthReport.Reference.CountryNames.EnglishName(code));
        Assert.Equal(chinese, CapitalHealthReport.Reference.CountryNames.ChineseName(code));
    }

    [Theory]
    [InlineData("AR", "AR", "Argentina", "阿根廷", "ARS")]
    [InlineData("Argentina", "AR", "Argentina", "阿根廷", "ARS")]
    [InlineData("CO", "CO", "Colombia", "哥伦比亚", "COP")]
    [InlineData("COL", "CO", "Colombia", "哥伦比亚", "COP")]
    public void Knows_Argentina_and_Colombia(string written, string code, string english, string chinese, string currency)
    {
        // AR and CO were left out of the table because they are also Arkansas's and Colorado's codes.
        Assert.Equal(code, CapitalHealthReport.Reference.CountryNames.Code(written));
        Assert.Equal(english, CapitalHealthReport.Reference.CountryNames.EnglishName(code));
        Assert.Equal(chinese, CapitalHealthReport.Reference.CountryNames.ChineseName(code));
        Assert.Equal(currency, CapitalHealthReport.Reference.CountryNames.Currency(code));
    }

    [Fact]
    public void Reads_AR_and_CO_in_a_country_column_as_Argentina_and_Colombia()
    {
        using var temp = new TempDeals();
        var byCountry = temp.LoadCsv("date,company,amount,currency,country\n2025-01-10,A,1500000,USD,AR\n2025-01-11,B,2000000,USD,CO\n2025-01-12,C,900000,USD,AR\n");
        var both = temp.LoadCsv("date,company,amount,currency,region,country\n2025-01-10,A,1500000,USD,Buenos Aires,AR\n2025-01-11,B,2000000,USD,Bogotá,CO\n");

        Assert.Equal(["Argentina", "Colombia", "Argentina"], byCountry.Deals.Deals.Select(static d => d.Region));
        Assert.Equal(["AR", "CO", "AR"], byCountry.Deals.Deals.Select(static d => d.Country));
        Assert.Empty(byCountry.Statistics.UnmappedCountries);
        Assert.Equal(["AR", "CO"], both.Deals.Deals.Select(static d => d.Country));
    }

    [Fact]
    public void Reads_AR_and_CO_in_a_region_column_of_countries_as_Argentina_and_Colombia()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("date,company,amount,currency,region\n2025-01-10,A,1500000,USD,AR\n2025-01-11,B,2000000,USD,Brazil\n2025-01-12,C,900000,USD,CO\n2025-01-13,D,700000,USD,Chile\n2025-01-14,E,800000,USD,AR\n");

        // The column's other values are countries, so its codes are too: not Arkansas and Colorado among Brazil and Chile.
        Assert.Equal(["Argentina", "Brazil", "Colombia", "Chile", "Argentina"], result.Deals.Deals.Select(static d => d.Region));
        Assert.Null(result.Statistics.RegionFromCountryColumn);
    }

    [Theory]
    [InlineData("AR\nCO\nAR")]
    [InlineData("AR\nTexas\nCO")]
    [InlineData("AR\nCO\nUS-CA")]
    public void Reads_AR_and_CO_in_a_region_column_of_states_or_of_codes_alone_as_Arkansas_and_Colorado(string regions)
    {
        using var temp = new TempDeals();
        var lines = regions.Split('\n');
        var csv = "date,company,amount,currency,region\n" + string.Concat(lines.Select((r, i) => $"2025-01-1{i},C{i},1000000,USD,{r}\n"));
        var result = temp.LoadCsv(csv);

        var read = result.Deals.Deals.Select(static d => d.Region).ToList();
        Assert.Equal(lines.Select(static r => r switch { "AR" => "Arkansas", "CO" => "Colorado", "US-CA" => "California", _ => r }), read);
        Assert.Equal("US", result.Profile.Country);
    }

    [Theory]
    [InlineData("Schweiz", "CH", "CHF")]
    [InlineData("Suisse", "CH", "CHF")]
    [InlineData("Österreich", "AT", "EUR")]
    [InlineData("Belgique", "BE", "EUR")]
    [InlineData("Nederland", "NL", "EUR")]
    [InlineData("Vereinigtes Königreich", "GB", "GBP")]
    [InlineData("대한민국", "KR", "KRW")]
    public void Reads_a_country_written_in_its_own_or_a_neighbour_s_language(string country, string code, string currency)
    {
        // A Swiss export says "Schweiz"; it once stayed an unknown country, so its amounts were not read in francs.
        using var temp = new TempDeals();

        var load = temp.LoadCsv($"date,company,amount,country\n2025-01-10,A,1500000,{country}\n2025-01-11,B,2000000,{country}\n");

        Assert.Equal(code, CapitalHealthReport.Reference.CountryNames.Code(country));
        Assert.Equal((currency, CurrencyAssumption.Country), (load.Profile.SingleCurrency, load.Profile.AssumedCurrencyBasis));
    }

    [Fact]
    public void Reads_a_Japanese_export_in_yen_by_its_units_and_prefectures()
    {
        using var temp = new TempDeals();

        // 億円 and 万円 as Japanese tools write amounts; prefectures in Japanese, as a romanised name and as a city.
        var result = temp.LoadCsv("""
            id,date,company,stage,amount,region
            J1,2024-01-15,さくらロボティクス,Series A,3億円,東京都
            J2,2024-02-03,ミライ医療,Seed,5000万円,大阪府
            J3,2024-04-20,トヨタ新エネ,Series B,約12億円,Aichi
            J4,2024-05-11,Fintech Yokohama,Series A,,Yokohama
            """);

        Assert.Equal(4, result.Statistics.RowsLoaded);
        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([300_000_000m, 50_000_000m, 1_200_000_000m, null], deals.Select(static d => d.Amount));
        Assert.Equal(["JPY", "JPY", "JPY", "JPY"], deals.Select(static d => d.Currency));
        Assert.Equal(["Tokyo", "Osaka", "Aichi", "Kanagawa"], deals.Select(static d => d.Region));
        Assert.Equal(("JP", "regions"), (result.Profile.Country, result.Profile.CountryBasis));
        Assert.Equal(new Dictionary<string, int> { ["JPY"] = 3 }, result.Profile.Currencies);
        Assert.Equal(0, result.Profile.YenSignDeals);
    }

    [Fact]
    public void Reads_a_Japanese_export_s_J_KISS_rounds_as_seed_rounds()
    {
        using var temp = new TempDeals();

        // J-KISS, Japan's convertible equity for a first round, as INITIAL and STARTUP DB list it beside priced rounds.
        var result = temp.LoadCsv("""
            企業名,調達日,調達金額,ラウンド,所在地
            株式会社アルファ,2025/03/14,"3,000万円",J-KISS,東京都
            ベータ株式会社,2025年3月20日,1.2億,シリーズA,大阪府
            ガンマ株式会社,2025/04/02,非公開,J-KISS 2.0,福岡県
            """);

        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([Stage.Seed, Stage.A, Stage.Seed], deals.Select(static d => d.Stage));
        Assert.Empty(result.Statistics.UnmappedStages);
        Assert.Equal([30_000_000m, 120_000_000m, null], deals.Select(static d => d.Amount));
        Assert.Equal(["Tokyo", "Osaka", "Fukuoka"], deals.Select(static d => d.Region));
    }

    [Fact]
    public void Reads_a_Korean_export_s_amounts_in_millions_of_won_in_cells_and_in_the_column_s_name()
    {
        using var temp = new TempDeals();

        var inCells = temp.LoadCsv("""
            회사명,투자일,투자금액,라운드,지역
            주식회사 가나,2025.03.14,200백만원,시드,서울
            다라 주식회사,2025.03.15,3억 5천만원,프리A,경기
            마바,2025.04.01,약 20억원,시리즈 A,부산
            """);
        var inName = temp.LoadCsv("회사명,투자일,투자금액(백만원)\n가나,2025.03.14,500\n다라,2025.03.15,\"1,200\"\n");

        Assert.Equal(0, inCells.Statistics.RowsRejected);
        var deals = inCells.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([200_000_000m, 350_000_000m, 2_000_000_000m], deals.Select(static d => d.Amount));
        Assert.Equal([false, false, true], deals.Select(static d => d.AmountEstimated));
        Assert.Equal(["KRW", "KRW", "KRW"], deals.Select(static d => d.Currency));
        Assert.Equal([500_000_000m, 1_200_000_000m], inName.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount));
        Assert.Equal(["KRW", "KRW"], inName.Deals.Deals.Select(static d => d.Currency));
    }

    [Theory]
    [InlineData("투자액")]
    [InlineData("투자규모")]
    [InlineData("투자유치금액")]
    [InlineData("資金調達額")]
    public void Reads_the_amount_column_of_Korean_and_Japanese_exports_by_its_other_common_names(string header)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"회사명,투자일,{header}\n가나,2025.03.14,10억원\n");

        Assert.Equal(1_000_000_000m, Assert.Single(result.Deals.Deals).Amount);
        Assert.DoesNotContain(result.Issues, static i => i.Code == DataIssueCodes.NoAmountColumn);
    }

    [Fact]
    public void A_file_without_an_amount_column_is_told_the_mapping_line_that_names_one()
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("회사명,투자일,투자 총액\n가나,2025.03.14,10억원\n");

        var warning = Assert.Single(result.Issues);
        Assert.Equal(DataIssueCodes.NoAmountColumn, warning.Code);
        Assert.Contains("Columns found: 회사명, 투자일, 투자 총액. If one of them holds the amounts, name it under 'columns:' in a mapping file given with --mapping, such as 'columns: { amount: \"투자 총액\" }'", warning.Message, StringComparison.Ordinal);
        var mapped = temp.LoadCsv("회사명,투자일,투자 총액\n가나,2025.03.14,10억원\n", mapping: "columns: { amount: \"투자 총액\" }\n");
        Assert.Equal(1_000_000_000m, Assert.Single(mapped.Deals.Deals).Amount);
    }

    [Fact]
    public void Reads_the_sign_yen_alone_as_yen_in_a_Japanese_export_and_as_yuan_elsewhere()
    {
        using var temp = new TempDeals();
        const string header = "date,company,amount,region\n";

        var japanese = temp.LoadCsv(header + "2024-01-15,A,¥300000000,東京都\n2024-02-03,B,\"￥1,200,000,000\",大阪府\n2024-03-01,C,50000000,Tokyo\n");
        var chinese = temp.LoadCsv(header + "2024-01-15,A,¥3000万,北京\n2024-02-03,B,¥1亿,上海\n");
        var nowhere = temp.LoadCsv(header + "2024-01-15,A,¥3000000,Atlantis\n");

        // A currency column holding the sign, and amounts that say which currency the sign stands for.
        var column = temp.LoadCsv("date,company,amount,currency,region\n2024-01-15,A,300000000,¥,Osaka\n2024-02-03,B,3000000,¥,Kyoto\n");
        var named = temp.LoadCsv(header + "2024-01-15,A,¥3億円,Tokyo\n2024-02-03,B,¥3000万元,Tokyo\n");

        Assert.Equal(["JPY", "JPY", "JPY"], japanese.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.Equal([300_000_000m, 1_200_000_000m, 50_000_000m], japanese.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Amount));
        Assert.Equal((2, "JPY"), (japanese.Profile.YenSignDeals, japanese.Profile.YenSignCurrency));
        Assert.Equal(["CNY", "CNY"], chinese.Deals.Deals.Select(static d => d.Currency));
        Assert.Equal((2, "CNY"), (chinese.Profile.YenSignDeals, chinese.Profile.YenSignCurrency));
        Assert.Equal((1, "CNY"), (nowhere.Profile.YenSignDeals, nowhere.Profile.YenSignCurrency));
        Assert.Equal(["JPY", "JPY"], column.Deals.Deals.Select(static d => d.Currency));
        Assert.Equal(["JPY", "CNY"], named.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.Equal(0, named.Profile.YenSignDeals);
    }

    [Fact]
    public void Reads_the_sign_yen_alone_as_yen_on_rows_whose_own_country_or_region_is_Japan_in_a_mostly_American_export()
    {
        using var temp = new TempDeals();
        const string deals = "date,company,amount,country,region\n2024-03-05,US1,$5M,US,California\n2024-03-06,US2,$3M,US,California\n2024-03-07,US3,$2M,US,New York\n"
            + "2024-03-08,JP1,\"¥300,000,000\",Japan,東京都\n2024-03-09,JP2,\"¥500,000,000\",,東京都\n2024-03-10,CN1,¥3000万,China,北京\n";

        var result = temp.LoadCsv(deals);

        Assert.Equal(["USD", "USD", "USD", "JPY", "JPY", "CNY"], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.Equal((3, 2, 2), (result.Profile.YenSignDeals, result.Profile.YenSigns.Yen, result.Profile.YenSigns.ByPlace));
        Assert.Null(result.Profile.YenSignCurrency);
    }

    [Theory]
    [InlineData("currency: JPY\n", "JPY")]
    [InlineData("currency: CNY\n", "CNY")]
    public void The_mapping_s_currency_says_which_currency_the_sign_yen_alone_names(string mapping, string expected)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv("date,company,amount,country\n2024-03-05,US1,$5M,US\n2024-03-06,A,¥300000000,US\n2024-03-07,B,¥5000万,\n", mapping: mapping);

        Assert.Equal(["USD", expected, expected], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Currency));
        Assert.Equal((2, expected, expected), (result.Profile.YenSignDeals, result.Profile.YenSigns.MappingCurrency, result.Profile.YenSignCurrency));
    }

    [Fact]
    public void Reads_traditional_Chinese_amounts_and_never_reads_new_Taiwan_dollars_as_US_dollars()
    {
        using var temp = new TempDeals();

        // A Hong Kong export: 萬 and 億 with 港幣 and 人民幣; 'NT$' and 新台幣 are New Taiwan dollars, not US dollars for the '$'.
        var result = temp.LoadCsv("""
            date,company,amount,region
            2024-01-15,A,5000萬港幣,香港
            2024-02-03,B,2億人民幣,香港
            2024-03-01,C,NT$ 500000000,台湾
            2024-03-02,D,3億新台幣,台湾
            """);

        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([50_000_000m, 200_000_000m, 500_000_000m, 300_000_000m], deals.Select(static d => d.Amount));
        Assert.Equal(["HKD", "CNY", "TWD", "TWD"], deals.Select(static d => d.Currency));
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Rejects_amounts_in_a_currency_without_exchange_rates_naming_the_currency()
    {
        using var temp = new TempDeals();

        // Colombian pesos have no rate in fx.csv: each such row is rejected, naming the currency, rather than read as another.
        var result = temp.LoadCsv("""
            date,company,amount,currency
            2024-01-15,A,5000000,USD
            2024-02-03,B,2000000,COP
            """);

        Assert.Equal(["USD"], result.Deals.Deals.Select(static d => d.Currency));
        var issue = Assert.Single(result.Issues, static i => i.Code == DataIssueCodes.CurrencyUnknown);
        Assert.Equal(3, issue.Line);
        Assert.Contains("'COP'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ISK 10m", "ISK")]
    [InlineData("10m CZK", "CZK")]
    [InlineData("COP5000000", "COP")]
    public void Rejects_an_amount_that_names_a_currency_without_exchange_rates_for_its_currency(string amount, string currency)
    {
        using var temp = new TempDeals();

        var result = temp.LoadCsv($"""
            date,company,amount
            2024-01-15,A,USD 5m
            2024-02-03,B,{amount}
            2024-02-04,C,ABC
            """);

        Assert.Equal(["USD"], result.Deals.Deals.Select(static d => d.Currency));
        var issue = Assert.Single(result.Issues, static i => i.Code == DataIssueCodes.CurrencyUnknown);
        Assert.Equal(3, issue.Line);
        Assert.Contains($"'{amount}' is in {currency}, a currency with no exchange rate in fx.csv", issue.Message, StringComparison.Ordinal);
        Assert.Equal(4, Assert.Single(result.Issues, static i => i.Code == DataIssueCodes.AmountNotNumber).Line);
    }

    [Fact]
    public void Reads_a_funding_rounds_export_by_its_own_headers_locations_and_lists_of_industries()
    {
        using var temp = new TempDeals();

        // Headers, "City, State, Country" locations, lists of industries and "—" for what a round did not disclose, as
        // a funding-rounds search exports them; no mapping.
        var result = temp.LoadCsv("""
            Transaction Name,Organization Name,Funding Type,Money Raised,Money Raised Currency,Money Raised (in USD),Announced Date,Organization Location,Organization Industries,Investor Names
            Series A - Acme Robotics,Acme Robotics,Series A,"€12,000,000",EUR,"$13,080,000",2024-03-05,"Berlin, Berlin, Germany","Robotics, Artificial Intelligence (AI)","Earlybird, Point Nine"
            Seed Round - DataWerk,DataWerk,Seed,"$2,500,000",USD,"$2,500,000",2024-02-11,"San Francisco, California, United States","SaaS, Software",Sequoia Capital
            Series B - NovaBio,NovaBio,Series B,"£30,000,000",GBP,"$38,100,000",2024-01-20,"London, England, United Kingdom","Biotechnology, Health Care","Index Ventures, Balderton Capital"
            Venture Round - Quanto,Quanto,Venture - Series Unknown,—,—,—,2024-05-02,"Bengaluru, Karnataka, India",FinTech,Accel
            """);

        Assert.Equal(4, result.Statistics.RowsLoaded);
        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([Stage.A, Stage.Seed, Stage.B, Stage.Unknown], deals.Select(static d => d.Stage));
        Assert.Equal([12_000_000m, 2_500_000m, 30_000_000m, null], deals.Select(static d => d.Amount));
        Assert.Equal(["EUR", "USD", "GBP"], deals.Take(3).Select(static d => d.Currency));
        Assert.Equal(["Berlin", "California", "London", "Karnataka"], deals.Select(static d => d.Region));
        Assert.Equal(["AI", "EnterpriseSoftware", "Health", "Fintech"], deals.Select(static d => d.Sector));

        // The round with neither amount nor currency is in no currency: nothing is said to be assumed for it.
        Assert.Equal(new Dictionary<string, int> { ["EUR"] = 1, ["GBP"] = 1, ["USD"] = 1 }, result.Profile.Currencies);
        Assert.Equal(0, result.Profile.CurrencyAssumedDeals);
        Assert.Null(result.Profile.Country);
        Assert.Equal(new Dictionary<string, int> { ["DE"] = 1, ["GB"] = 1, ["IN"] = 1, ["US"] = 1 }, result.Profile.DealsByCountry);
    }

    [Fact]
    public void Reads_a_PitchBook_style_export_by_its_deal_size_and_deal_type_headers_without_a_mapping()
    {
        using var temp = new TempDeals();

        // "Deal Size" is the amount and "Deal Type" the round, as a private-market database exports them.
        var result = temp.LoadCsv("""
            Company Name,Deal Date,Deal Size,Deal Type,HQ Location,Industry
            Acme AI,"Mar 14, 2025",$1.5M,Seed,"San Francisco, CA",Artificial Intelligence
            Bolt Energy,"Apr 2, 2025",$250K,Series A,"Austin, Texas",Energy
            Corvid Health,"May 20, 2025",$1.2B,Series B-II,"New York, NY, United States",Health Care
            Delta Farms,"Jun 1, 2025",undisclosed,Series C,"Des Moines, Iowa",AgTech
            """);

        Assert.DoesNotContain(result.Issues, static i => i.Code == DataIssueCodes.NoAmountColumn);
        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([1_500_000m, 250_000m, 1_200_000_000m, null], deals.Select(static d => d.Amount));
        Assert.Equal([Stage.Seed, Stage.A, Stage.B, Stage.C], deals.Select(static d => d.Stage));
        Assert.Equal(["California", "Texas", "New York", "Iowa"], deals.Select(static d => d.Region));
        Assert.Equal(1, result.Statistics.Undisclosed);
    }

    [Fact]
    public void Reads_an_investor_whose_legal_form_follows_a_comma_as_one_investor()
    {
        using var temp = new TempDeals();

        // American exports separate investors with commas and write "Acme Ventures, LLC": the legal form is no investor.
        var result = temp.LoadCsv("""
            date,company,amount,investors
            2025-01-10,Alpha,$1M,"Acme Ventures, LLC, Sequoia Capital"
            2025-01-11,Beta,$2M,"Bolt Holdings, Inc., Prairie Fund, L.P."
            2025-01-12,Gamma,$3M,"Nilgiri Capital, Pvt. Ltd.; Accel"
            2025-01-13,Delta,$4M,"Coastal Partners, Inc"
            """);

        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal(["Acme Ventures, LLC", "Sequoia Capital"], deals[0].Investors);
        Assert.Equal(["Bolt Holdings, Inc.", "Prairie Fund, L.P."], deals[1].Investors);
        Assert.Equal(["Nilgiri Capital, Pvt. Ltd.", "Accel"], deals[2].Investors);
        Assert.Equal(["Coastal Partners, Inc"], deals[3].Investors);
    }

    [Fact]
    public void Reads_investors_that_were_not_disclosed_as_no_investor()
    {
        using var temp = new TempDeals();

        // Chinese databases write 投资方未透露 where the investors are unknown; it is no investor of unknown type.
        var result = temp.LoadCsv("""
            融资时间,公司名称,融资金额,投资方,地区
            2024-01-05,甲科技,数千万人民币,投资方未透露,北京
            2024-01-06,乙科技,数百万美元,"未透露、红杉中国",上海
            2024-01-07,丙科技,近亿人民币,Undisclosed Investors,广东
            2024-01-08,丁科技,1亿人民币,腾讯投资,浙江
            """);

        var deals = result.Deals.Deals.OrderBy(static d => d.SourceLine).ToList();
        Assert.Equal([0, 1, 0, 1], deals.Select(static d => d.Investors.Count));
        Assert.DoesNotContain(deals.SelectMany(static d => d.Investors), static i => i.Contains("透露", StringComparison.Ordinal) || i.Contains("Undisclosed", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_country_column_as_ISO_codes_where_the_tables_know_the_country()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("date,company,amount,currency,country\n2025-01-10,A,1,USD,USA\n2025-01-11,B,1,USD,United States\n2025-01-12,C,1,CNY,中国\n2025-01-13,D,1,USD,Atlantis\n");

        Assert.Equal(["US", "US", "CN", "Atlantis"], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Country));

        // A country the tables do not know is listed, as unmapped regions and sectors are.
        Assert.Equal(new Dictionary<string, int> { ["Atlantis"] = 1 }, result.Statistics.UnmappedCountries);
    }

    [Fact]
    public void A_country_whose_currency_has_no_exchange_rate_reads_unnamed_amounts_in_it_unless_a_deal_names_another()
    {
        using var temp = new TempDeals();

        // Colombia's peso is not in fx.csv, yet amounts all in it need no conversion: they are pesos, not yuan. Beside a
        // deal in dollars they could not be converted to any currency, so they stay in the default, said to be assumed.
        var colombian = temp.LoadCsv("date,company,amount,country\n2025-01-10,A,5000000,CO\n");
        var mixed = temp.LoadCsv("date,company,amount,currency,country\n2025-01-10,A,5000000,,CO\n2025-01-11,B,2000000,USD,CO\n");
        var korean = temp.LoadCsv("date,company,amount,country\n2025-01-10,A,5000000,KR\n");

        Assert.Equal(("COP", CurrencyAssumption.Country), (colombian.Profile.SingleCurrency, colombian.Profile.AssumedCurrencyBasis));
        Assert.Equal(("CNY", CurrencyAssumption.Default), (mixed.Profile.AssumedCurrency, mixed.Profile.AssumedCurrencyBasis));
        Assert.Equal("KRW", korean.Profile.SingleCurrency);
    }

    [Fact]
    public void Refuses_a_column_that_mixes_number_formats_with_the_line_and_column()
    {
        using var temp = new TempDeals();

        var ex = Assert.Throws<InputException>(() => temp.LoadCsv("date,company,amount\n2023-01-10,A,\"1,234,567\"\n2023-01-11,B,\"3,5\"\n"));

        Assert.Equal(3, ex.Line);
        Assert.Contains("column 'amount' mixes number formats", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(1 value needs a point, 1 value needs a comma)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follows_the_mapping_number_format_and_rejects_values_that_do_not_fit()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("date,company,amount\n2023-01-10,A,\"707.630\"\n2023-01-11,B,\"1.234,5\"\n", mapping: "decimal_separator: \".\"\n");

        Assert.Equal(707.63m, result.Deals.Deals.Single().Amount);
        Assert.Equal(1, result.Statistics.RowsRejected);
        Assert.Equal("set by the mapping", result.Profile.NumberFormat!.Basis);
    }

    [Fact]
    public void Reads_a_grouped_Chinese_export_with_fill_down_and_undisclosed_amounts_with_a_currency()
    {
        using var temp = new TempDeals();
        const string deals = """
            公司,日期,轮次,金额,地区
            智谱华章,2017-03-01,天使轮,未透露人民币,北京-海淀区
            ,2017-06-01,A轮,5000万人民币,北京-海淀区
            ,2017-09-01,B轮,未披露美元,北京-海淀区
            稀宇科技,2017-04-01,种子轮,未透露美元,上海
            ,2017-10-01,Pre-A轮,1亿人民币,上海
            """;

        var without = temp.LoadCsv(deals, name: "grouped.csv", mapping: "regions:\n  北京-海淀区: 北京\n");
        var with = temp.LoadCsv(deals, name: "grouped.csv", mapping: "fill_down: [company]\nregions:\n  北京-海淀区: 北京\n");

        Assert.Equal(2, without.Statistics.RowsLoaded);
        Assert.Equal(new FillDownSuggestion("company", 3), Assert.Single(without.Profile.FillDownSuggestions));
        Assert.Equal(5, with.Statistics.RowsLoaded);
        Assert.Equal(3, with.Statistics.Undisclosed);
        Assert.Equal(3, with.Deals.Deals.Count(d => d.Company == "智谱华章"));
        Assert.Equal(3, with.Profile.FilledDown["company"]);
        Assert.Equal(3, with.Deals.Deals.Count(d => d.Region == "Beijing"));
        Assert.Empty(with.Profile.NewCategories);
        Assert.Equal([Stage.Angel, Stage.A, Stage.B, Stage.Seed, Stage.PreA], with.Deals.Deals.OrderBy(d => d.SourceLine).Select(d => d.Stage));
        Assert.Equal("CN", with.Profile.Country);
        Assert.Equal(0, with.Profile.CurrencyAssumedDeals);
        Assert.Equal(3, with.Deals.Deals.Count(d => d.Currency == "CNY"));
    }

    [Fact]
    public void Lists_a_mapping_target_that_is_not_a_known_value_as_a_new_category()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("date,company,region\n2024-01-01,A,海淀\n", mapping: "regions:\n  海淀: Haidian District\n");

        Assert.Equal(new NewCategory("region", "海淀", "Haidian District"), Assert.Single(result.Profile.NewCategories));
        Assert.Equal("Haidian District", result.Deals.Deals.Single().Region);
    }

    [Fact]
    public void Reads_an_Indian_export_with_missing_value_markers_crore_and_lakh_and_city_locations()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("""
            Date,Startup Name,Industry Vertical,City Location,InvestmentnType,Amount in USD,Currency
            09/01/2020,BYJU’S,EdTech,Bengaluru,Private Equity,"20,00,00,000",INR
            13/01/2020,Shuttl,nan,Gurgaon,Series C,"8,048,394",USD
            10/01/2020,Mamaearth,E-commerce,nan,Series B,₹ 50 Cr,
            11/01/2020,Zomato,nan,Gurugram,Seed\nFunding,25 lakh,INR
            12/01/2020,Ola,Transport,New Delhi,Series J,N/A,INR
            """.Replace("\\n", "\n", StringComparison.Ordinal).Replace("Seed\nFunding", "\"Seed\nFunding\"", StringComparison.Ordinal),
            mapping: "date_format: dd/MM/yyyy\ncolumns: { date: Date, company: Startup Name, sector: Industry Vertical, region: City Location, stage: InvestmentnType, amount: Amount in USD, currency: Currency }\n");

        var deals = result.Deals.Deals.OrderBy(d => d.SourceLine).ToList();
        Assert.Equal(5, result.Statistics.RowsLoaded);
        Assert.Equal([200_000_000m, 8_048_394m, 500_000_000m, 2_500_000m], deals.Where(d => d.Amount is not null).Select(d => d.Amount!.Value));
        Assert.Equal("INR", deals[2].Currency);
        Assert.DoesNotContain("nan", result.Statistics.UnmappedSectors.Keys);
        Assert.Null(deals[1].Sector);
        Assert.Null(deals[2].Region);
        Assert.Equal(["Karnataka", "Haryana", "Haryana", "Delhi"], deals.Where(d => d.Region is not null).Select(d => d.Region));
        Assert.Equal([Stage.PE, Stage.C, Stage.B, Stage.Seed, Stage.EPlus], deals.Select(d => d.Stage));
        Assert.Equal("IN", result.Profile.Country);
        Assert.Equal("regions", result.Profile.CountryBasis);
        Assert.Equal(new DateOnly(2020, 1, 13), result.LastPlausibleDate);
    }

    [Fact]
    public void Reads_a_Windows_1252_export_with_encoding_auto_without_turning_Latin_into_Chinese()
    {
        using var temp = new TempDeals();
        var deals = temp.Write("latin.csv", "date,company,amount\n2019-03-01,BYJU’S,150000000\n2019-04-02,Café Société,2500000\n", Encoding.GetEncoding("windows-1252"));
        var mapping = temp.Write("m.yaml", "encoding: auto\n");

        var result = temp.Load(deals, mapping);

        Assert.Equal(["BYJU’S", "Café Société"], result.Deals.Deals.Select(d => d.Company));
        Assert.Equal("windows-1252", result.Statistics.Encoding);
        Assert.StartsWith("auto: not UTF-8", result.Profile.EncodingReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_stage_from_round_type_and_code_in_two_columns()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("""
            funded_at,company_name,funding_round_type,funding_round_code,raised_amount_usd
            2012-01-05,Acme,venture,b,5000000
            2012-02-05,Bolt,venture,,1000000
            2012-03-05,Cask,seed,,250000
            2012-04-05,Dyno,venture,e,90000000
            """, mapping: "currency: USD\ncolumns:\n  date: funded_at\n  company: company_name\n  stage: [funding_round_type, funding_round_code]\n  amount: raised_amount_usd\nstages:\n  venture: Unknown\n");

        Assert.Equal([Stage.B, Stage.Unknown, Stage.Seed, Stage.EPlus], result.Deals.Deals.OrderBy(d => d.SourceLine).Select(d => d.Stage));
        Assert.Equal(0, result.Profile.CurrencyAssumedDeals);
        Assert.Equal("USD", result.Profile.SingleCurrency);
    }

    [Fact]
    public void Loads_implausible_dates_but_leaves_them_out_of_scope_so_that_one_bad_row_never_moves_the_cut_off()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("date,company,amount\n2019-11-02,A,1\n2020-01-13,B,2\n2200-12-31,C,3\n1960-01-01,D,4\n");

        Assert.Equal(4, result.Statistics.RowsLoaded);
        Assert.Equal(0, result.Statistics.RowsRejected);
        Assert.Equal(["A", "B", "C", "D"], result.Deals.Deals.Select(d => d.Company).Order(StringComparer.Ordinal));
        Assert.Equal([4, 5], result.Profile.ImplausibleDates.Select(d => d.Line));
        Assert.Equal(new DateOnly(2020, 1, 13), result.LastPlausibleDate);
        Assert.Equal(new DateOnly(2200, 12, 31), result.Statistics.LastDate);
        Assert.Equal(2, result.Issues.Count(i => i.Code == DataIssueCodes.DateImplausible));
        Assert.Equal(2, result.Statistics.WarningsByReason["implausible date (in no period)"].Count);

        var scoped = result.Deals.InScope(result.LastPlausibleDate!.Value);
        Assert.Equal(["A", "B"], scoped.Deals.Select(d => d.Company));
        Assert.Equal(["A", "B"], result.Deals.InScope(new DateOnly(2300, 1, 1)).Deals.Select(d => d.Company));
    }

    [Fact]
    public void Counts_exact_and_probable_duplicates_and_drops_exact_ones_on_request()
    {
        using var temp = new TempDeals();
        const string deals = "date,company,stage,amount\n2024-01-01,Acme,A,100\n2024-01-01,Acme,A,100\n2024-01-01,Acme,B,100\n2024-02-01,Bolt,A,5\n";

        var kept = temp.LoadCsv(deals);
        var dropped = temp.LoadCsv(deals, mapping: "dedupe: exact\n");

        Assert.Equal(4, kept.Statistics.RowsLoaded);
        Assert.Equal(1, kept.Profile.Duplicates.ExactRows);
        Assert.Equal([2, 3], Assert.Single(kept.Profile.Duplicates.Exact).Lines);
        Assert.Equal(1, kept.Profile.Duplicates.ProbableRows);
        Assert.Equal([2, 4], Assert.Single(kept.Profile.Duplicates.Probable).Lines);
        Assert.Equal(3, dropped.Statistics.RowsLoaded);
        Assert.Equal(1, dropped.Profile.Duplicates.ExactDropped);
        Assert.Equal(DataIssueCodes.ExactDuplicate, Assert.Single(dropped.Issues).Code);
    }

    [Fact]
    public void Says_when_the_currency_was_assumed()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("date,company,amount\n2024-01-01,Acme,100\n2024-01-02,Bolt,$5M\n");

        Assert.Equal(1, result.Profile.CurrencyAssumedDeals);
        Assert.Equal("CNY", result.Profile.AssumedCurrency);
        Assert.Equal(2, result.Profile.Currencies.Count);
        Assert.Null(result.Profile.SingleCurrency);
    }
}
