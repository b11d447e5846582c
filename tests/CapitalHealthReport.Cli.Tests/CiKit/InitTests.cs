using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.CiKit;

/// <summary>
/// <c>capital-health init</c>: a configuration chosen from the data and a mapping guessed from the export, which
/// <c>data validate</c> accepts as written; existing files are never overwritten without <c>--force</c>.
/// </summary>
public sealed class InitTests : IDisposable
{
    private readonly TempFolder _folder = new("init");

    [Fact]
    public void Init_on_the_crunchbase_export_writes_a_mapping_and_configuration_that_load_every_row_and_report_2012()
    {
        var deals = RepositoryPaths.RequireSharedDataset("crunchbase-2013/crunchbase-rounds.csv");
        var init = InProcess.Run(["init", "--deals", deals, "--output", _folder.Path]);
        Assert.Equal(0, init.ExitCode);
        var mapping = _folder.File("crunchbase-rounds.mapping.yaml");
        var config = _folder.File("capitalhealth.yaml");
        Assert.Empty(YamlSchemas.Violations("mapping", File.ReadAllText(mapping)));
        Assert.Empty(YamlSchemas.Violations("capitalhealth", File.ReadAllText(config)));
        var mappingText = File.ReadAllText(mapping);
        // 36 bytes of the file are not UTF-8 but MacRoman ("Bogot\x87" is Bogotá, "Anchor\xAA" Anchor™): init names the
        // encoding 'encoding: auto' chooses.
        Assert.Contains("encoding: macintosh\n", mappingText, StringComparison.Ordinal);
        Assert.Contains("  date: funded_at\n", mappingText, StringComparison.Ordinal);
        Assert.Contains("  amount: raised_amount_usd\n", mappingText, StringComparison.Ordinal);
        Assert.Contains("currency: USD", mappingText, StringComparison.Ordinal);
        Assert.Contains("reporting_currency: USD", File.ReadAllText(config), StringComparison.Ordinal);

        var validate = InProcess.Run(["data", "validate", "--deals", deals, "--mapping", mapping]);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("rows loaded          31,679", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("rows rejected        0", validate.Stdout, StringComparison.Ordinal);

        var report = InProcess.Run(["report", "--deals", deals, "--mapping", mapping, "--config", config, "--period", "2012", "--format", "md", "--output", _folder.File("report.md")]);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("2012", File.ReadAllText(_folder.File("report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_chinese_gb18030_export_with_chinese_headers_and_amounts_in_wan()
    {
        var rows = new StringBuilder("日期,公司名称,行业,轮次,金额,地区,投资方\r\n");
        string[] sectors = ["人工智能", "新能源", "医疗健康"];
        string[] rounds = ["天使轮", "A轮", "B轮", "战略投资"];
        string[] regions = ["北京", "上海", "广东"];
        for (var i = 0; i < 60; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"2024/{i % 12 + 1}/{i % 27 + 1},企业{i:00},{sectors[i % 3]},{rounds[i % 4]},{(i % 3 == 0 ? 9000 : 500)}万,{regions[i % 3]},基金{i % 7}\r\n");
        }

        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var deals = _folder.File("融资事件.csv");
        File.WriteAllBytes(deals, System.Text.Encoding.GetEncoding("gb18030").GetBytes(rows.ToString()));
        var mapping = GuessMapping(deals);
        Assert.Contains("encoding: gb18030", mapping, StringComparison.Ordinal);
        Assert.Contains("date_format: yyyy/M/d", mapping, StringComparison.Ordinal);
        Assert.Contains("currency: CNY", mapping, StringComparison.Ordinal);
        AssertColumns(mapping, "date: 日期", "company: 公司名称", "sector: 行业", "stage: 轮次", "amount: 金额", "region: 地区", "investors: 投资方");

        var validate = ValidateWithGuessedMapping(deals);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("rows loaded          60", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("hot_sector: AI", File.ReadAllText(_folder.File("capitalhealth.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_on_a_Brazilian_export_in_reais_proposes_reais_and_says_why()
    {
        var rows = new StringBuilder("Data,Empresa,Setor,Rodada,Valor,Investidores,Estado\n");
        var amounts = new[] { "\"R$ 12,5 milhões\"", "R$ 800 mil", "\"R$ 1,2 bilhão\"", "não divulgado" };
        for (var i = 0; i < 24; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{i % 27 + 1:00}/{i % 12 + 1:00}/2024,Empresa{i:00},Fintech,Série A,{amounts[i % 4]},Kaszek,{(i % 2 == 0 ? "SP" : "Minas Gerais")}\n");
        }

        var deals = _folder.File("startups.csv");
        File.WriteAllText(deals, rows.ToString());
        var mapping = GuessMapping(deals);
        var config = File.ReadAllText(_folder.File("capitalhealth.yaml"));

        AssertColumns(mapping, "date: Data", "amount: Valor", "region: Estado");
        Assert.Contains("reporting_currency: BRL", config, StringComparison.Ordinal);
        Assert.Contains("every deal is in BRL", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_on_an_export_whose_amounts_all_name_a_currency_without_rates_reports_in_it()
    {
        // Every amount is in Colombian pesos, which fx.csv has no rate for: none needs converting, so the export is read in them.
        var rows = new StringBuilder("Fecha,Empresa,Monto,País\n2024-01-05,Abierta,no revelado,Colombia\n");
        for (var i = 0; i < 12; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"2024-{i % 12 + 1:00}-10,Empresa{i:00},COP {i + 1}.000 millones,Colombia\n");
        }

        var deals = _folder.File("colombia.csv");
        File.WriteAllText(deals, rows.ToString());
        _ = GuessMapping(deals);
        var config = File.ReadAllText(_folder.File("capitalhealth.yaml"));

        Assert.DoesNotContain("no deal names a currency", config, StringComparison.Ordinal);
        Assert.DoesNotContain("CHD009", config, StringComparison.Ordinal);
        Assert.Contains("reporting_currency: COP", config, StringComparison.Ordinal);
        Assert.Contains("every deal is in COP", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_on_an_export_in_two_currencies_without_rates_says_their_rows_were_rejected_rather_than_that_none_is_named()
    {
        var rows = new StringBuilder("Fecha,Empresa,Monto,País\n2024-01-05,Abierta,no revelado,Colombia\n");
        for (var i = 0; i < 12; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"2024-{i % 12 + 1:00}-10,Empresa{i:00},{(i % 2 == 0 ? "COP" : "ARS")} {i + 1}.000 millones,Colombia\n");
        }

        var deals = _folder.File("two-pesos.csv");
        File.WriteAllText(deals, rows.ToString());
        _ = GuessMapping(deals);
        var config = File.ReadAllText(_folder.File("capitalhealth.yaml"));

        Assert.DoesNotContain("no deal names a currency", config, StringComparison.Ordinal);
        Assert.Contains("12 rows were rejected for a currency with no exchange rate in fx.csv (CHD009", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_semicolon_export_with_day_first_dates_and_adds_the_stage_values_it_does_not_know()
    {
        var rows = new StringBuilder("Deal date;Organization Name;Industry;Investment Type;Money Raised (EUR);Country\n");
        string[] types = ["Seed", "Series A", "Bridge", "Convertible Note"];
        for (var i = 0; i < 40; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{i % 28 + 1:00}/{i % 12 + 1:00}/2023;Firma {i};Energy;{types[i % 4]};{(i + 1) * 150000};DEU\n");
        }

        var deals = _folder.File("rounds.csv");
        File.WriteAllText(deals, rows.ToString());
        var mapping = GuessMapping(deals);
        Assert.Contains("delimiter: \";\"", mapping, StringComparison.Ordinal);
        Assert.Contains("date_format: dd/MM/yyyy", mapping, StringComparison.Ordinal);
        Assert.Contains("currency: EUR", mapping, StringComparison.Ordinal);
        Assert.Contains("  company: Organization Name\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  amount: \"Money Raised (EUR)\"\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  country: Country\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  Bridge: Unknown   # 10 deal(s); a guess: check it\n", mapping, StringComparison.Ordinal);

        var validate = ValidateWithGuessedMapping(deals);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("rows loaded          40", validate.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Unmapped stages", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_matches_headers_that_begin_with_a_field_name_or_misspell_one()
    {
        // The header of a widely shared Indian startup-funding export: no header is exactly a field name, and one is misspelt.
        var rows = new StringBuilder("Date,Startup Name,Industry Vertical,City  Location,Investors Name,InvestmentnType,Amount in USD\n");
        for (var i = 0; i < 30; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{i % 28 + 1:00}/0{i % 9 + 1}/2025,Startup {i},Fintech,Bengaluru,\"Fund {i % 4}, Fund {i % 5}\",Series A,\"{(i + 1) * 1_000_000:N0}\"\n");
        }

        var deals = _folder.File("startup_funding.csv");
        File.WriteAllText(deals, rows.ToString());
        var mapping = GuessMapping(deals);
        Assert.Contains("  company: Startup Name\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  sector: Industry Vertical\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  region: City  Location\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  investors: Investors Name\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  amount: Amount in USD\n", mapping, StringComparison.Ordinal);
        Assert.Contains("currency: USD", mapping, StringComparison.Ordinal);
        Assert.Contains("  stage: InvestmentnType   # read as 'investmenttype', one typing slip apart: check it\n", mapping, StringComparison.Ordinal);
        Assert.Contains("stages: {}                   # every stage value of the file has a built-in alias", mapping, StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals);
        Assert.Equal(0, validate.ExitCode);
        Assert.DoesNotContain("Unmapped stages", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_takes_the_currency_most_amounts_name_not_the_first_sign_it_meets()
    {
        // An Indian export in rupees written three ways, with one dollar round; the plain amount is then read in rupees.
        var deals = _folder.File("rounds.csv");
        File.WriteAllText(deals, "Date,Startup Name,Industry,City,Amount\n05/01/2024,A,Fintech,Bengaluru,\"₹ 5 Cr\"\n06/01/2024,B,Fintech,Mumbai,Rs 50 lakh\n"
            + "07/01/2024,C,Edtech,Delhi,\"INR 1,20,00,000\"\n08/01/2024,D,Edtech,Pune,$2.5M\n09/01/2024,E,AI,Pune,\"1,50,000\"\n");

        var mapping = GuessMapping(deals);

        Assert.Contains("currency: INR                # most amounts that name a currency name it (INR 3, USD 1), such as '₹ 5 Cr'\n", mapping, StringComparison.Ordinal);
        Assert.Contains("currencies           INR 4, USD 1; none assumed", ValidateWithGuessedMapping(deals).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_Japanese_export_whose_amounts_say_yen_in_yen()
    {
        var deals = _folder.File("jp-units.csv");
        File.WriteAllText(deals, "id,date,company,stage,amount,region\nJ1,2024-01-15,さくらロボティクス,Series A,3億円,東京都\nJ2,2024-02-03,ミライ医療,Seed,5000万円,大阪府\n");

        Assert.Contains("currency: JPY                # amounts are written in it, such as '3億円'\n", GuessMapping(deals), StringComparison.Ordinal);
        Assert.Contains("currencies           JPY 2; none assumed", ValidateWithGuessedMapping(deals).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_Shift_JIS_export_with_Japanese_headers_as_the_loader_reads_it()
    {
        // Excel in Japan saves CSV in Shift-JIS: the encoding is the one the loader's 'encoding: auto' chooses, not GB18030.
        var rows = new StringBuilder("日付,会社名,業種,ラウンド,調達額,所在地,投資家\r\n");
        string[] rounds = ["シード", "シリーズA", "シリーズB"];
        string[] prefectures = ["東京都", "大阪府", "福岡県"];
        for (var i = 0; i < 30; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"2024/{i % 12 + 1}/{i % 27 + 1},株式会社テック{i:00},ヘルスケア,{rounds[i % 3]},{(i % 5 + 1) * 1000}万円,{prefectures[i % 3]},ベンチャーキャピタル{i % 4}\r\n");
        }

        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var deals = _folder.File("資金調達.csv");
        File.WriteAllBytes(deals, System.Text.Encoding.GetEncoding("shift_jis").GetBytes(rows.ToString()));

        var mapping = GuessMapping(deals);

        Assert.Contains("encoding: shift_jis\n", mapping, StringComparison.Ordinal);
        Assert.Contains("currency: JPY", mapping, StringComparison.Ordinal);
        AssertColumns(mapping, "date: 日付", "company: 会社名", "sector: 業種", "stage: ラウンド", "amount: 調達額", "region: 所在地", "investors: 投資家");

        var validate = ValidateWithGuessedMapping(deals).Stdout;
        Assert.Contains("rows loaded          30", validate, StringComparison.Ordinal);
        Assert.Contains("country              JP (from the regions)", validate, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_Parquet_export_by_its_schema_and_its_typed_values()
    {
        // Typed columns (int64 id, DATE, double amount in rupees, one null), two row groups; the schema names the columns.
        var deals = _folder.File("indian-rounds.parquet");
        File.Copy(Path.Combine(RepositoryPaths.TestProject("CapitalHealthReport.Core.Tests"), "Loading", "Fixtures", "indian-rounds.parquet"), deals);

        var mapping = GuessMapping(deals);

        Assert.Contains("format: parquet\n", mapping, StringComparison.Ordinal);
        Assert.DoesNotContain("encoding:", mapping, StringComparison.Ordinal);
        Assert.Contains("date_format: yyyy-MM-dd", mapping, StringComparison.Ordinal);
        Assert.Contains("currency: INR                # the amount column 'amount_inr' names it", mapping, StringComparison.Ordinal);
        AssertColumns(mapping, "id: deal_id", "date: announced_on", "company: startup", "sector: industry", "stage: round", "amount: amount_inr", "region: state");

        var validate = ValidateWithGuessedMapping(deals).Stdout;
        Assert.Contains("rows loaded          6", validate, StringComparison.Ordinal);
        Assert.Contains("currencies           INR 6; none assumed", validate, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_Big5_export_with_traditional_Chinese_headers_and_stages()
    {
        var rows = new StringBuilder("日期,公司名稱,產業,輪次,金額,地區,投資方\r\n");
        string[] rounds = ["種子輪", "天使輪", "A輪", "戰略投資"];
        for (var i = 0; i < 32; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"2024/{i % 12 + 1}/{i % 27 + 1},科技公司{i:00},金融科技,{rounds[i % 4]},{(i % 5 + 1) * 1000}萬,台北市,創投{i % 4}\r\n");
        }

        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var deals = _folder.File("融資.csv");
        File.WriteAllBytes(deals, System.Text.Encoding.GetEncoding("big5").GetBytes(rows.ToString()));

        var mapping = GuessMapping(deals);

        Assert.Contains("encoding: big5\n", mapping, StringComparison.Ordinal);
        AssertColumns(mapping, "date: 日期", "company: 公司名稱", "sector: 產業", "stage: 輪次", "amount: 金額", "region: 地區", "investors: 投資方");

        // Every round is read by the built-in stages; the amounts name no currency, and the mapping says so.
        Assert.Contains("stages: {}", mapping, StringComparison.Ordinal);
        Assert.Contains("the amounts do not say: CHECK THIS", mapping, StringComparison.Ordinal);
        Assert.Contains("rows loaded          32", ValidateWithGuessedMapping(deals).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_leaves_the_currency_to_amount_cells_whose_number_format_shows_it()
    {
        // Euro amounts as a European workbook shows them: the text of the cells names no currency, their format does.
        var rows = new StringBuilder(RawWorkbook.Row(1, RawWorkbook.TextCell("A1", "date"), RawWorkbook.TextCell("B1", "company"), RawWorkbook.TextCell("C1", "amount")));
        for (var r = 2; r < 26; r++)
        {
            rows.Append(RawWorkbook.Row(r, RawWorkbook.NumberCell($"A{r}", 45300 + (3 * r), date: true), RawWorkbook.TextCell($"B{r}", $"Firma {r}"), RawWorkbook.FormattedCell($"C{r}", 250_000 * r, 0)));
        }

        var deals = _folder.File("eu.xlsx");
        File.WriteAllBytes(deals, RawWorkbook.Write(["[$€-407] #,##0"], ("Deals", false, rows.ToString())));

        var mapping = GuessMapping(deals);

        Assert.Contains("# currency: not set                # the amount cells' number format shows the currency (the first, on line 2, EUR)", mapping, StringComparison.Ordinal);
        Assert.DoesNotContain("CHECK THIS", mapping, StringComparison.Ordinal);
        Assert.Contains("reporting_currency: EUR", File.ReadAllText(_folder.File("capitalhealth.yaml")), StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals, "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(validate.Stdout);
        Assert.Equal(24, json.RootElement.GetProperty("cell_format_currencies").GetProperty("EUR").GetInt32());
    }

    [Fact]
    public void Init_leaves_amounts_written_with_the_sign_yen_alone_to_the_data_s_country()
    {
        // ¥ names yuan or yen: the mapping sets no currency, and the loader reads Japanese prefectures' deals in yen.
        var deals = _folder.File("jp-signs.csv");
        File.WriteAllText(deals, "id,date,company,stage,amount,region\nJ1,2024-01-15,さくらロボティクス,Series A,¥300000000,東京都\nJ2,2024-02-03,ミライ医療,Seed,¥50000000,大阪府\n");

        Assert.Contains("# currency: not set                # amounts are written with ¥ alone, such as '¥300000000': read as yen when the regions or the country column say Japan", GuessMapping(deals), StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals).Stdout;
        Assert.Contains("currencies           JPY 2; none assumed; ¥ alone read as JPY for 2 deals (their own country or region is Japan)", validate, StringComparison.Ordinal);
        Assert.Contains("country              JP (from the regions)", validate, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_leaves_amounts_written_with_the_sign_kr_alone_to_each_row_s_country_and_never_proposes_yuan()
    {
        // kr names the krona or krone of four countries: the mapping sets no currency, and the loader reads the deals of
        // Swedish län in kronor.
        var deals = _folder.File("se-kr.csv");
        File.WriteAllText(deals, "Datum,Bolag,Runda,Belopp,Län\n2024-01-15,Alfa AB,Serie A,\"8,5 Mkr\",Stockholms län\n2024-02-03,Beta AB,Seed,500 tkr,Skåne\n");

        var mapping = GuessMapping(deals);
        Assert.Contains("# currency: not set                # amounts are written with kr alone, such as '8,5 Mkr': each is read in the krona or krone of its row's country or region (SEK, NOK, DKK)", mapping, StringComparison.Ordinal);
        Assert.DoesNotContain("CNY", mapping, StringComparison.Ordinal);
        Assert.Contains("reporting_currency: SEK", File.ReadAllText(_folder.File("capitalhealth.yaml")), StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals).Stdout;
        Assert.Contains("currencies           SEK 2; none assumed", validate, StringComparison.Ordinal);
        Assert.Contains("country              SE (from the regions)", validate, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_maps_the_Malay_headers_of_a_Malaysian_export()
    {
        var deals = _folder.File("my-headers.csv");
        File.WriteAllText(deals, "Tarikh,Syarikat,Sektor,Peringkat,Jumlah,Mata Wang,Negeri,Pelabur\n2024-01-09,Klang Tech,Fintech,Series A,5000000,MYR,Selangor,Cradle Fund\n");

        var mapping = GuessMapping(deals);
        foreach (var line in new[] { "date: Tarikh", "company: Syarikat", "sector: Sektor", "stage: Peringkat", "amount: Jumlah", "currency: Mata Wang", "region: Negeri", "investors: Pelabur" })
        {
            Assert.Contains("  " + line + "\n", mapping, StringComparison.Ordinal);
        }

        var validate = ValidateWithGuessedMapping(deals).Stdout;
        Assert.Contains("currencies           MYR 1", validate, StringComparison.Ordinal);
        Assert.Contains("country              MY (from the regions)", validate, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_global_funding_rounds_export_and_reports_in_the_currency_most_deals_are_in()
    {
        // Deals of four countries in three currencies, none the majority country: not the built-in default (yuan).
        var deals = _folder.File("rounds.csv");
        File.WriteAllText(deals, "Organization Name,Funding Type,Money Raised,Money Raised Currency,Announced Date,Organization Location,Organization Industries\n"
            + "Acme,Series A,\"€12,000,000\",EUR,2024-03-05,\"Berlin, Berlin, Germany\",Robotics\n"
            + "DataWerk,Seed,\"$2,500,000\",USD,2024-02-11,\"San Francisco, California, United States\",SaaS\n"
            + "Tiny,Pre-Seed,\"$500,000\",USD,2024-04-15,\"Austin, Texas, United States\",Software\n"
            + "NovaBio,Series B,\"£30,000,000\",GBP,2024-01-20,\"London, England, United Kingdom\",Biotechnology\n"
            + "Quanto,Venture - Series Unknown,—,—,2024-05-02,\"Bengaluru, Karnataka, India\",FinTech\n");

        var mapping = GuessMapping(deals);
        var config = File.ReadAllText(_folder.File("capitalhealth.yaml"));

        Assert.Contains("  sector: Organization Industries\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  region: Organization Location\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  currency: Money Raised Currency\n", mapping, StringComparison.Ordinal);
        Assert.Contains("reporting_currency: USD               # the deals are in 3 currencies (USD 2, EUR 1, GBP 1) and no country's currency decides: USD, the currency most deals are in", config, StringComparison.Ordinal);
        Assert.Contains("currencies           EUR 1, GBP 1, USD 2; none assumed", ValidateWithGuessedMapping(deals).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_deal_database_export_with_day_month_name_dates_and_two_deal_type_columns()
    {
        // "Companies", "01-Mar-2024", an amount column in millions, and two deal-type columns of which the second names
        // the stages ("Series A") and the first only the kind of deal ("Early Stage VC").
        var deals = _folder.File("deals.csv");
        File.WriteAllText(deals, "Deal ID,Companies,Deal Date,\"Deal Size (USD, millions)\",Deal Type,Deal Type 2,Company State/Province,Primary Industry Sector,Investors\n"
            + "1-T,Acme Robotics,01-Mar-2024,12.50,Early Stage VC,Series A,California,Information Technology,\"Sequoia Capital, a16z\"\n"
            + "2-T,BioNova,15-Feb-2024,30.00,Later Stage VC,Series C,Massachusetts,Healthcare,Flagship Pioneering\n"
            + "3-T,Grid Co,20-Jan-2024,,Seed Round,Seed,Texas,Energy,\n");

        var mapping = GuessMapping(deals);

        Assert.Contains("date_format: dd-MMM-yyyy", mapping, StringComparison.Ordinal);
        Assert.Contains("  company: Companies\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  stage: Deal Type 2\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  sector: Primary Industry Sector\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  region: \"Company State/Province\"\n", mapping, StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals).Stdout;
        Assert.Contains("rows loaded          3", validate, StringComparison.Ordinal);
        Assert.Contains("amount unit          USD, millions (× 1,000,000, USD)", validate, StringComparison.Ordinal);
        Assert.Contains("country              US (from the regions)", validate, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_utf16_unicode_text_export_as_Excel_writes_it()
    {
        // Excel's "Unicode text": UTF-16 little-endian with its byte-order mark, tab-delimited, a .txt name.
        var deals = _folder.File("unicode.txt");
        File.WriteAllText(deals, "date\tcompany\tamount\tregion\n2024-01-05\t甲科技\t5000万\t北京\n2024-01-06\tBeta\t3000000\tShanghai\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var mapping = GuessMapping(deals);

        Assert.Contains("encoding: utf-16\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  company: company\n", mapping, StringComparison.Ordinal);
        Assert.Contains("rows loaded          2", ValidateWithGuessedMapping(deals).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_an_api_export_whose_fields_are_objects_holding_a_value()
    {
        // A funding-rounds API answer: one array of rounds, each field under "properties", names and money as {"value": …}.
        var deals = _folder.File("rounds.json");
        File.WriteAllText(deals, """
            [
              {"uuid": "r1", "properties": {"announced_on": "2024-03-05", "investment_type": "series_a", "money_raised": {"value": 12000000, "currency": "EUR"}, "funded_organization_identifier": {"value": "Acme Robotics"}, "funded_organization_location": [{"value": "Berlin"}, {"value": "Germany"}], "investor_identifiers": [{"value": "Earlybird"}, {"value": "Point Nine"}]}},
              {"uuid": "r2", "properties": {"announced_on": "2024-02-11", "investment_type": "seed", "money_raised": {"value": 2500000, "currency": "USD"}, "funded_organization_identifier": {"value": "DataWerk"}, "funded_organization_location": [{"value": "San Francisco"}, {"value": "California"}], "investor_identifiers": [{"value": "Sequoia Capital"}]}}
            ]
            """);

        var mapping = GuessMapping(deals);

        Assert.Contains("  company: properties.funded_organization_identifier.value\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  amount: properties.money_raised.value\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  currency: properties.money_raised.currency\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  region: properties.funded_organization_location.value\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  investors: properties.investor_identifiers.value\n", mapping, StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals).Stdout;
        Assert.Contains("rows loaded          2", validate, StringComparison.Ordinal);
        Assert.Contains("country              mixed (DE 1, US 1)", validate, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_finds_the_header_below_a_title_and_the_loader_reads_the_file_with_its_mapping()
    {
        // An IT桔子-style export: a source line and a unit line above the header, a total row at the end; semicolons.
        var rows = new StringBuilder("数据来源：IT桔子 导出时间 2025-04-01\n单位：人民币\n\n融资时间;公司名称;行业;轮次;融资金额（万元）;地区\n");
        for (var i = 0; i < 30; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"2025-0{i % 3 + 1}-{i % 20 + 5:00};公司{i};人工智能;A轮;{i + 1}000;北京\n");
        }

        var deals = _folder.File("titled.csv");
        File.WriteAllText(deals, rows.Append("合计;;;;;\n").ToString());
        var mapping = GuessMapping(deals);
        Assert.Contains("delimiter: \";\"\n", mapping, StringComparison.Ordinal);
        Assert.Contains("# the column names are on line 4: the lines above them (a title or a note) are skipped, each reported as CHD106\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  date: 融资时间\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  company: 公司名称\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  amount: \"融资金额（万元）\"\n", mapping, StringComparison.Ordinal);
        Assert.Contains("currency: CNY                # the amount column '融资金额（万元）' names it\n", mapping, StringComparison.Ordinal);
        Assert.Contains("# the amount column's name gives its unit: plain numbers are read in 万元 (× 10,000, CNY)\n", mapping, StringComparison.Ordinal);

        var validate = ValidateWithGuessedMapping(deals);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("rows loaded          30", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("CHD106 row above the header skipped", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("titled.csv:35: warning CHD013: row rejected: '合计' marks a total row, not a deal; it is left out.", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("amount unit          万元 (× 10,000, CNY) from the amount column's name", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_guesses_a_mapping_for_a_workbook_with_a_title_row_and_the_loader_reads_it()
    {
        // Policy teams keep deals in Excel: a title row, then the header, amounts in ten-thousands of yuan.
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["A"] = "2025年第一季度融资事件", ["B"] = null, ["C"] = null, ["D"] = null },
            new() { ["A"] = "日期", ["B"] = "公司", ["C"] = "金额（万元）", ["D"] = "轮次" },
        };
        for (var i = 0; i < 30; i++)
        {
            rows.Add(new() { ["A"] = new DateTime(2025, 1 + (i % 3), 5 + i % 20, 0, 0, 0, DateTimeKind.Unspecified), ["B"] = $"公司{i}", ["C"] = (i + 1) * 100, ["D"] = "A轮" });
        }

        var deals = _folder.File("deals.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(deals, rows, printHeader: false);
        var mapping = GuessMapping(deals);
        Assert.Contains("format: xlsx\n", mapping, StringComparison.Ordinal);
        Assert.DoesNotContain("encoding:", mapping, StringComparison.Ordinal);
        Assert.Contains("# the column names are on line 2:", mapping, StringComparison.Ordinal);
        Assert.Contains("  date: 日期\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  amount: \"金额（万元）\"\n", mapping, StringComparison.Ordinal);

        var validate = ValidateWithGuessedMapping(deals, "--format", "json");
        Assert.Equal(0, validate.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(validate.Stdout);
        Assert.Equal(30, json.RootElement.GetProperty("rows_loaded").GetInt32());
        Assert.Equal(10_000, json.RootElement.GetProperty("amount_unit").GetProperty("scale").GetInt32());
    }

    [Fact]
    public void Init_reads_the_sheet_that_sheet_names_and_says_to_give_it_to_every_command()
    {
        // A workbook whose first sheet is a summary: the deals are on the second.
        var deals = _folder.File("book.xlsx");
        var summary = new List<Dictionary<string, object?>> { new() { ["A"] = "Summary", ["B"] = 30 } };
        var rows = Enumerable.Range(0, 30).Select(i => new Dictionary<string, object?> { ["Date"] = $"2025-0{i % 3 + 1}-1{i % 9}", ["Company"] = $"Co {i}", ["Amount"] = (i + 1) * 1000, ["Currency"] = "EUR" }).ToList();
        MiniExcelLibs.MiniExcel.SaveAs(deals, new Dictionary<string, object> { ["Summary"] = summary, ["Deals 2025"] = rows });

        var outcome = InProcess.Run(["init", "--deals", deals, "--sheet", "Deals 2025", "--output", _folder.Path]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("capital-health data validate --deals " + deals + " --sheet 'Deals 2025' --mapping", outcome.Stdout, StringComparison.Ordinal);
        var mapping = File.ReadAllText(GuessedMappingOf(deals));
        Assert.Contains("# the deals are on the sheet 'Deals 2025': give --sheet 'Deals 2025' to every command that reads the workbook\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  date: Date\n", mapping, StringComparison.Ordinal);
        Assert.Equal(30, JsonDocument.Parse(ValidateWithGuessedMapping(deals, "--sheet", "Deals 2025", "--format", "json").Stdout).RootElement.GetProperty("rows_loaded").GetInt32());

        var first = InProcess.Run(["init", "--deals", deals, "--output", _folder.Path, "--force"]);
        Assert.Equal(2, first.ExitCode);
        Assert.Contains("no column of the header looks like the date or the company of a deal; the columns are: A, B.", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("If the deals are on another sheet of the workbook, name it with --sheet", first.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("investmentntype", "investmenttype", true)]
    [InlineData("ivnestmenttype", "investmenttype", true)]
    [InlineData("investmenttyp", "investmenttype", true)]
    [InlineData("investmenttipe", "investmenttype", true)]
    [InlineData("investmenttype", "investmenttype", false)]
    [InlineData("investmentsize", "investmenttype", false)]
    [InlineData("county", "country", true)]
    public void One_edit_apart_is_one_inserted_deleted_replaced_or_swapped_character(string header, string name, bool expected)
    {
        Assert.Equal(expected, Init.MappingGuess.OneEditApart(header, name));
    }

    [Fact]
    public void Init_does_not_read_a_short_name_into_a_header_one_letter_away()
    {
        // "County" is one letter from "country", but a county is no country: short names must match exactly.
        var deals = _folder.File("counties.csv");
        File.WriteAllText(deals, "Date,Company,County,Amount\n2024-01-05,Acme,Santa Clara County,1000000\n2024-02-05,Beta,Kings County,2000000\n");
        var mapping = GuessMapping(deals);
        Assert.Contains("  # country: no column found\n", mapping, StringComparison.Ordinal);
        Assert.Contains("stages: {}                   # no stage column: every deal's stage is Unknown until 'stage' names one", mapping, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_maps_every_header_the_loader_reads_by_itself_to_the_same_field()
    {
        // A header a load without a mapping understands must not be one init misses or places elsewhere.
        var missed = new List<string>();
        foreach (var field in Loading.DealMapping.CanonicalFields)
        {
            foreach (var alias in Loading.DealMapping.HeaderAliases(field))
            {
                var value = field switch { "date" => "2024-03-05", "amount" => "2500000", _ => "Acme" };
                var deals = _folder.File($"{field}-{missed.Count}-{alias.GetHashCode(StringComparison.Ordinal):x8}.csv");
                File.WriteAllText(deals, $"{alias},note\n{value},x\n{value},y\n");
                var guess = Init.MappingGuess.From(Init.ExportSample.Read(deals));
                if (guess.Columns.GetValueOrDefault(field) != alias)
                {
                    missed.Add($"{field}: {alias} -> {string.Join(", ", guess.Columns.Select(c => $"{c.Key}={c.Value}"))}");
                }
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public void Init_maps_a_German_export_by_its_headers_and_reads_amounts_written_with_units()
    {
        // German headers and amounts such as "1,5 Mio. €" and "k.A." (not stated): the amount column was once missed.
        var rows = new StringBuilder("Datum;Unternehmen;Branche;Finanzierungsrunde;Betrag;Währung;Bundesland;Investoren\n");
        for (var i = 0; i < 30; i++)
        {
            var amount = (i % 5) switch { 0 => "k.A.", 1 => $"{i},5 Mio. €", 2 => $"{i}.000.000", _ => $"{i + 1} Mio." };
            rows.Append(CultureInfo.InvariantCulture, $"{i % 28 + 1:00}.0{i % 9 + 1}.2025;Firma {i} GmbH;KI;Serie A;{amount};EUR;Bayern;Fonds {i % 4}\n");
        }

        var deals = _folder.File("finanzierungen.csv");
        File.WriteAllText(deals, rows.ToString());
        var mapping = GuessMapping(deals);
        foreach (var (field, column) in new[] { ("date", "Datum"), ("company", "Unternehmen"), ("sector", "Branche"), ("stage", "Finanzierungsrunde"), ("amount", "Betrag"), ("currency", "Währung"), ("region", "Bundesland"), ("investors", "Investoren") })
        {
            Assert.Contains($"  {field}: {column}\n", mapping, StringComparison.Ordinal);
        }

        Assert.Contains("date_format: dd.MM.yyyy", mapping, StringComparison.Ordinal);
        Assert.Equal(0, ValidateWithGuessedMapping(deals, "--strict").ExitCode);
    }

    [Fact]
    public void Init_reads_a_json_lines_export()
    {
        var lines = Enumerable.Range(0, 30).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{{\"announced_on\":\"2024-0{i % 9 + 1}-1{i % 9}\",\"name\":\"Co {i}\",\"category\":\"AI\",\"round\":\"A\",\"amount\":{(i + 1) * 1000000},\"currency\":\"USD\",\"state\":\"CA\"}}"));
        var deals = _folder.File("deals.jsonl");
        File.WriteAllText(deals, string.Join("\n", lines) + "\n");
        var mapping = GuessMapping(deals);
        Assert.Contains("format: jsonl", mapping, StringComparison.Ordinal);
        Assert.Contains("  currency: currency\n", mapping, StringComparison.Ordinal);
        Assert.Equal(0, ValidateWithGuessedMapping(deals).ExitCode);
    }

    [Fact]
    public void Init_maps_the_nested_keys_of_an_api_style_json_lines_export()
    {
        // Objects inside objects and arrays of objects: the loader reads them by their paths, and init proposes those.
        var lines = Enumerable.Range(0, 30).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{{\"uuid\":\"r{i}\",\"announced_on\":\"2024-0{i % 9 + 1}-1{i % 9}\",\"organization\":{{\"name\":\"Org {i}\"}},\"funding_type\":\"series_a\",\"money_raised\":{{\"value\":{(i + 1) * 100000},\"currency\":\"USD\"}},\"investors\":[{{\"name\":\"Fund {i % 5}\"}},{{\"name\":\"Fund {(i + 1) % 5}\"}}],\"location\":{{\"region\":\"California\"}}}}"));
        var deals = _folder.File("api.jsonl");
        File.WriteAllText(deals, string.Join("\n", lines) + "\n");
        var mapping = GuessMapping(deals);
        AssertColumns(mapping, "company: organization.name", "stage: funding_type", "amount: money_raised.value", "currency: money_raised.currency", "region: location.region", "investors: investors.name");

        var validate = ValidateWithGuessedMapping(deals);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("rows loaded          30", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("currencies           USD 30; none assumed", validate.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-0{0}", "yyyy-MM")]
    [InlineData("{1} 2024", "MMM yyyy")]
    public void Init_takes_a_column_of_months_as_the_date_and_says_each_deal_is_dated_the_first(string pattern, string format)
    {
        // Some exports date a deal by its month only: the month column is the date column, read as the 1st of each month.
        string[] months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"];
        var rows = new StringBuilder("Month,Company,Amount\n");
        for (var i = 0; i < 30; i++)
        {
            rows.Append(string.Format(CultureInfo.InvariantCulture, pattern, i % 9 + 1, months[i % 9])).Append(CultureInfo.InvariantCulture, $",Co {i},{(i + 1) * 1000}\n");
        }

        var deals = _folder.File("monthly.csv");
        File.WriteAllText(deals, rows.ToString());

        var mapping = GuessMapping(deals);

        Assert.Contains("  date: Month\n", mapping, StringComparison.Ordinal);
        Assert.Contains($"date_format: {format}          # the dates name their month only: each deal is dated the 1st of its month", mapping, StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals);
        Assert.Contains("rows loaded          30", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("date range           2024-01-01 .. 2024-09-01", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_reads_a_json_export_holding_one_array_of_objects()
    {
        // "Export as JSON": one pretty-printed array, not JSON Lines.
        var objects = Enumerable.Range(0, 30).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"  {{\n    \"announced_on\": \"2024-0{i % 9 + 1}-1{i % 9}\",\n    \"organization\": {{\"name\": \"Org {i}\"}},\n    \"money_raised\": {{\"value\": {(i + 1) * 100000}, \"currency\": \"USD\"}}\n  }}"));
        var deals = _folder.File("rounds.json");
        File.WriteAllText(deals, "[\n" + string.Join(",\n", objects) + "\n]\n");

        var mapping = GuessMapping(deals);

        Assert.Contains("format: jsonl                 # one JSON array of objects: each element is read as a row\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  company: organization.name\n", mapping, StringComparison.Ordinal);
        Assert.Contains("  amount: money_raised.value\n", mapping, StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("rounds.json (json, utf-8)", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("rows loaded          30", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_takes_a_date_column_of_unix_times_and_never_an_id_column_of_ten_digits()
    {
        // APIs give dates as Unix time; ten-digit ids read as Unix time too, but a column is a date column by its values alone only in a date format.
        var lines = Enumerable.Range(0, 30).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{{\"ref\":{1_600_000_000 + i},\"announced_on\":{1_704_412_800 + (i * 86_400)},\"company_name\":\"Org {i}\",\"amount\":{(i + 1) * 100000}}}"));
        var deals = _folder.File("epoch.jsonl");
        File.WriteAllText(deals, string.Join("\n", lines) + "\n");
        var undated = _folder.File("undated.jsonl");
        File.WriteAllText(undated, string.Join("\n", lines.Select(static l => l.Replace("\"announced_on\"", "\"when\"", StringComparison.Ordinal))) + "\n");

        Assert.Contains("  date: announced_on\n", GuessMapping(deals), StringComparison.Ordinal);
        var validate = ValidateWithGuessedMapping(deals);
        Assert.Contains("date range           2024-01-05 .. 2024-02-03", validate.Stdout, StringComparison.Ordinal);

        var guess = InProcess.Run(["init", "--deals", undated, "--output", _folder.Path, "--force"]);
        Assert.Equal(2, guess.ExitCode);
        Assert.Contains("no column of the header looks like the date of a deal", guess.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_never_overwrites_a_file_without_force()
    {
        var config = _folder.File("capitalhealth.yaml");
        File.WriteAllText(config, "# mine\n");
        var refused = InProcess.Run(["init", "--output", _folder.Path]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists; init never overwrites a file", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("# mine\n", File.ReadAllText(config));

        var forced = InProcess.Run(["init", "--output", _folder.Path, "--force"]);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("hot_sector: AI", File.ReadAllText(config), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_without_deals_describes_the_bundled_sample_and_names_the_report_placeholders()
    {
        Assert.Equal(0, InProcess.Run(["init", "--output", _folder.Path]).ExitCode);
        var text = File.ReadAllText(_folder.File("capitalhealth.yaml"));
        Assert.Empty(YamlSchemas.Violations("capitalhealth", text));
        Assert.Contains("reporting_currency: CNY", text, StringComparison.Ordinal);
        Assert.Contains("PLACEHOLDER: your organisation's name", text, StringComparison.Ordinal);
        Assert.Equal(0, InProcess.Run(["analyze", "--config", _folder.File("capitalhealth.yaml"), "--period", "2025Q1", "--fail-on", "none"]).ExitCode);
    }

    [Fact]
    public void Init_on_an_export_ending_inside_its_first_quarter_gives_the_report_command_a_period_with_deals()
    {
        // The latest quarter that ends by 2025-03-28 is 2024Q4, before the first deal: the report command init prints
        // must not be one that fails for an empty period.
        var deals = _folder.File("q1.csv");
        File.WriteAllText(deals, "date,company,amount,currency\n2025-01-05,Alpha,5000000,USD\n2025-02-20,Beta,3000000,USD\n2025-03-28,Gamma,1000000,USD\n");
        var init = InProcess.Run(["init", "--deals", deals, "--output", _folder.Path]);
        Assert.Equal(0, init.ExitCode);
        Assert.Contains(
            "3 of 3 rows load (2025-01-05..2025-03-28); 2024Q4, the latest quarter that ends by 2025-03-28, has no deals: give --period 2025Q1 (the quarter the data ends in, covered through 2025-03-28).",
            init.Stdout,
            StringComparison.Ordinal);

        var command = init.Stdout.Split('\n').Single(line => line.TrimStart().StartsWith("capital-health report ", StringComparison.Ordinal));
        Assert.EndsWith(" --period 2025Q1", command.TrimEnd(), StringComparison.Ordinal);
        var report = InProcess.Run(["report", "--deals", deals, "--mapping", GuessedMappingOf(deals), "--config", _folder.File("capitalhealth.yaml"), "--period", "2025Q1", "--format", "md", "--output", _folder.File("report.md")]);
        Assert.Equal(0, report.ExitCode);
        Assert.Equal(2, InProcess.Run(["report", "--deals", deals, "--mapping", GuessedMappingOf(deals), "--format", "md", "--output", _folder.File("default.md")]).ExitCode);
    }

    [Fact]
    public void Init_never_maps_a_field_to_a_column_without_a_name()
    {
        // Empty columns left of the table (a sheet whose table starts at C3, exported) have no name to put in a mapping;
        // with an amount column too odd to be sure of, the guess took the first of them, and the check of its own mapping
        // failed naming a temporary file.
        var deals = _folder.File("left-columns.csv");
        File.WriteAllText(deals, ",,date,company,amount\n,,2024-03-05,Alpha,1\n,,2024-03-06,Beta,x\n");
        var init = InProcess.Run(["init", "--deals", deals, "--output", _folder.Path]);

        Assert.Equal(0, init.ExitCode);
        Assert.DoesNotContain("capital-health-init-", init.Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch("\n  [a-z_]+: (\"\")?\n", File.ReadAllText(GuessedMappingOf(deals)));
    }

    [Fact]
    public void Init_reads_a_file_named_xls_as_the_loader_reads_it()
    {
        // Web systems' "export to Excel" often writes tab-separated text under an .xls name: the loader reads it, so init does too.
        var text = _folder.File("export.xls");
        File.WriteAllText(text, "date\tcompany\tamount\tcurrency\n2025-01-05\tAlpha\t5000000\tUSD\n2025-02-05\tBeta\t3000000\tUSD\n");
        var init = InProcess.Run(["init", "--deals", text, "--output", _folder.Path]);
        Assert.Equal(0, init.ExitCode);
        Assert.Contains("format: tsv\n", File.ReadAllText(GuessedMappingOf(text)), StringComparison.Ordinal);
        Assert.Equal(0, ValidateWithGuessedMapping(text).ExitCode);

        // An old binary workbook is refused as the loader refuses it.
        var binary = Path.Combine(RepositoryPaths.Root, "tests", "CapitalHealthReport.Cli.Tests", "BadInputs", "xlsx", "old-binary-xls", "deals.xls");
        var refused = InProcess.Run(["init", "--deals", binary, "--output", _folder.File("binary")]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is an old binary Excel (.xls) workbook.", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_on_an_export_dated_by_years_alone_says_so_and_writes_nothing()
    {
        var deals = _folder.File("years.csv");
        File.WriteAllText(deals, "date,company,amount\n2023,Alpha,5000000\n2024,Beta,3000000\n");
        var outcome = InProcess.Run(["init", "--deals", deals, "--output", _folder.Path]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("the column 'date' holds years or half-years alone, such as '2023', and no column holds dates: a deal needs at least its quarter to count in one.", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("capitalhealth.yaml")));
        Assert.Contains("'2024' is a year alone", InProcess.Run(["data", "validate", "--deals", deals]).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_on_an_export_without_a_date_column_writes_nothing_and_names_the_columns()
    {
        var deals = _folder.File("names.csv");
        File.WriteAllText(deals, "company,sector\nAlpha,AI\nBeta,Energy\n");
        var outcome = InProcess.Run(["init", "--deals", deals, "--output", _folder.Path]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no column of the header looks like the date of a deal; the columns are: company, sector.", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("capitalhealth.yaml")));
        Assert.False(File.Exists(_folder.File("names.mapping.yaml")));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Asserts the mapping names each <c>field: column</c> pair under <c>columns:</c>.</summary>
    private static void AssertColumns(string mapping, params string[] pairs)
    {
        foreach (var pair in pairs)
        {
            Assert.Contains("  " + pair + "\n", mapping, StringComparison.Ordinal);
        }
    }

    /// <summary>Runs <c>init</c> on <paramref name="deals"/> and returns the mapping it wrote beside the configuration.</summary>
    private string GuessMapping(string deals)
    {
        Assert.Equal(0, InProcess.Run(["init", "--deals", deals, "--output", _folder.Path]).ExitCode);
        return File.ReadAllText(GuessedMappingOf(deals));
    }

    /// <summary>Runs <c>data validate</c> on <paramref name="deals"/> with the mapping <c>init</c> wrote for it.</summary>
    private CommandOutcome ValidateWithGuessedMapping(string deals, params string[] options) =>
        InProcess.Run(["data", "validate", .. options, "--deals", deals, "--mapping", GuessedMappingOf(deals)]);

    private string GuessedMappingOf(string deals) => _folder.File(Path.GetFileNameWithoutExtension(deals) + ".mapping.yaml");
}
