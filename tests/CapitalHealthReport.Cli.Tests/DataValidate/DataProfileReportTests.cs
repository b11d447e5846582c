using System.Text;
using System.Text.Json;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.DataValidate;

/// <summary><c>data validate</c> names the encoding, number format, defaults taken, implausible dates, duplicates and new categories.</summary>
public sealed class DataProfileReportTests : IDisposable
{
    private const string Deals = "date;company;amount;region\n2019-11-02;Alpha;707.630;北京-海淀区\n2020-01-13;Beta;\"3.000.000\";海淀\n2020-01-13;Beta;\"3.000.000\";海淀\n2200-12-31;Gamma;\"2,7 Mio.\";上海\n;Delta;5;上海\n";
    private const string Mapping = "delimiter: \";\"\nencoding: auto\nregions:\n  北京-海淀区: 北京\n  海淀: Haidian\n";

    private readonly TempFolder _folder = new("profile");

    [Fact]
    public void Text_names_how_the_file_was_read_and_what_it_holds()
    {
        var run = InProcess.Run(["data", "validate", "--deals", Write("d.csv", Deals), "--mapping", Write("m.yaml", Mapping)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  encoding             utf-8 (valid UTF-8 throughout)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  number format        amount: decimal ',', thousands '.' (decided from 3 values such as '3.000.000' (line 3)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("CNY assumed for 3 deals", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  country              CN (from the regions)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  last plausible date  2020-01-13", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  line 5  2200-12-31  is more than a year after the rest of the data (which ends 2020-01-13)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  exact duplicates     1 (kept; 'dedupe: exact' drops them)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  line 3, 4  Beta  2020-01-13  3,000,000 CNY", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  region  海淀 -> Haidian", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_how_mil_was_read_in_text_and_json()
    {
        var deals = Write("br.csv", "Data,Empresa,Valor\n2024-01-15,Alfa,R$ 800 mil\n2024-02-03,Beta,\"R$ 1,5 milhão\"\n");

        var text = InProcess.Run(["data", "validate", "--deals", deals]);
        var json = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("  mil                  'mil' read as a thousand in 1 deal because the amount column's name ('Valor') is Portuguese or Spanish ('R$ 800 mil', line 2)", text.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(1, document.RootElement.GetProperty("mil_thousands").GetProperty("by_column_name").GetInt32());
    }

    [Fact]
    public void Says_in_which_order_of_day_and_month_the_dates_were_read_and_every_command_notes_it()
    {
        var deals = Write("uk.csv", "Date,Company,Amount\n03/02/2024,Alfa,£2m\n23/02/2024,Beta,£5m\n14/03/2024,Gamma,£1m\n");

        var text = InProcess.Run(["data", "validate", "--deals", deals]);
        var json = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);
        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1"]);

        Assert.Equal((0, 0), (text.ExitCode, metrics.ExitCode));
        Assert.Contains("  rows loaded          3\n", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("  date order           dates are read day/month/year (dd/MM/yyyy): '23/02/2024' (line 3) and 1 more can only be read so, and no date only month/day/year; 1 date that reads either way is read so too. Set date_format: dd/MM/yyyy in a mapping file to say so.\n", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("uk.csv:3: warning CHD110: dates are read day/month/year", text.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        var order = document.RootElement.GetProperty("date_order");
        Assert.Equal(("day_first", "dd/MM/yyyy", 2, 0, 1), (order.GetProperty("order").GetString(), order.GetProperty("format").GetString(), order.GetProperty("day_first_only").GetInt32(), order.GetProperty("month_first_only").GetInt32(), order.GetProperty("either").GetInt32()));
        Assert.Contains("note: the dates of uk.csv are read day/month/year: '23/02/2024' (line 3) and 1 more can be read only that way, and no date can be read only month/day/year; set date_format: dd/MM/yyyy in a mapping file to say so.", metrics.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_how_bare_state_codes_were_read_by_the_column_or_the_deals_country()
    {
        var mixed = Write("mixed.csv", "Date,Company,Amount,State,Country\n2024-01-05,Alpha,$5m,WA,US\n2024-02-05,Beta,A$2m,WA,Australia\n2024-03-05,Gamma,$1m,CA,US\n2024-03-09,Delta,R$ 1m,SC,Brazil\n2024-03-19,Epsilon,$1m,SC,US\n");
        var australian = Write("au.csv", "Date,Company,Amount,State\n2024-01-05,Alpha,A$5m,NSW\n2024-02-05,Beta,A$2m,WA\n2024-03-05,Gamma,A$1m,VIC\n");

        var text = InProcess.Run(["data", "validate", "--deals", mixed]);
        var json = InProcess.Run(["data", "validate", "--deals", australian, "--format", "json"]);

        Assert.Equal((0, 0), (text.ExitCode, json.ExitCode));
        Assert.Contains("  state codes          'SC' read as Santa Catarina in 1 deal whose country is BR, and as South Carolina in 1 deal; 'WA' read as Western Australia in 1 deal whose country is AU, and as Washington in 1 deal\n", text.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        var code = Assert.Single(document.RootElement.GetProperty("state_codes").EnumerateArray());
        Assert.Equal(
            ("WA", "Western Australia", "AU", 1, 0, 0, "Washington"),
            (code.GetProperty("code").GetString(), code.GetProperty("state").GetString(), code.GetProperty("country").GetString(), code.GetProperty("by_column").GetInt32(), code.GetProperty("by_deal_country").GetInt32(), code.GetProperty("kept").GetInt32(), code.GetProperty("otherwise").GetString()));
    }

    [Fact]
    public void Json_carries_the_same_profile()
    {
        var run = InProcess.Run(["data", "validate", "--deals", Write("d.csv", Deals), "--mapping", Write("m.yaml", Mapping + "dedupe: exact\n"), "--format", "json"]);

        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("decimal ',', thousands '.'", root.GetProperty("number_format").GetProperty("format").GetString());
        Assert.Equal(2, root.GetProperty("currency_assumed_deals").GetInt32());
        Assert.Equal("CN", root.GetProperty("country").GetString());
        Assert.Equal(5, root.GetProperty("implausible_dates")[0].GetProperty("line").GetInt32());
        Assert.Equal(1, root.GetProperty("duplicates").GetProperty("exact_dropped").GetInt32());
        Assert.Equal("Haidian", root.GetProperty("new_categories")[0].GetProperty("target").GetString());
        Assert.Equal("2020-01-13", root.GetProperty("last_plausible_date").GetString());
        Assert.Equal(0, root.GetProperty("yen_sign_deals").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("yen_sign_currency").ValueKind);
    }

    [Fact]
    public void Says_in_which_currency_amounts_written_with_the_sign_yen_alone_were_read()
    {
        var deals = Write("jp.csv", "date,company,amount,region\n2024-01-15,A,¥300000000,東京都\n2024-02-03,B,50000000,大阪府\n");

        var text = InProcess.Run(["data", "validate", "--deals", deals]);
        var json = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);

        Assert.Contains("currencies           JPY 2; JPY assumed for 1 deal (no currency column value, none in the amount or the mapping; JPY is the currency of the data's country, JP: set 'currency:' in a mapping file); ¥ alone read as JPY for 1 deal (their own country or region is Japan)", text.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal((1, "JPY"), (document.RootElement.GetProperty("yen_sign_deals").GetInt32(), document.RootElement.GetProperty("yen_sign_currency").GetString()));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_whose_every_date_is_implausible_is_described_with_its_dates_and_exits_2()
    {
        // data validate is the command the other commands send such a file to: it lists what it found, and only then fails.
        var deals = Write("old.csv", "date,company,amount\n1960-01-01,Old,100\nearly 2024,Undated,200\n");
        var text = InProcess.Run(["data", "validate", "--deals", deals]);
        var json = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);

        Assert.Equal(2, text.ExitCode);
        Assert.Contains("  last plausible date  none", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("  line 2  1960-01-01  is before 1990", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("old.csv:3: warning CHD002: row rejected: 'early 2024' is not a date this tool reads", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("error: old.csv: every deal's date is implausible (listed above), so no deal can be analysed", text.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, json.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(json.Stdout).RootElement.GetProperty("implausible_dates").GetArrayLength());
    }

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
