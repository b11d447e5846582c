using System.Text;
using System.Text.Json;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Agreement;

/// <summary>
/// An export all in one currency that fx.csv has no rate for (Colombian pesos) is read and reported in it: every figure
/// that compares no amount with the dollar mega-round size is exact, the mega-round share is undefined and said so;
/// plain numbers are in the currency of the data's country, with or without a rate, and in none the data names when
/// nothing names one.
/// </summary>
public sealed class CurrencyWithoutRateTests : IDisposable
{
    private const string Colombian =
        "Fecha,Compañía,Industria,Etapa,Monto (COP),Ciudad,Pais\n" +
        "2024-01-10,Rappi,Fintech,Serie C,800000000000,Bogotá,CO\n" +
        "2024-02-11,Addi,Fintech,Serie A,20000000000,Bogotá,CO\n" +
        "2024-03-12,Truora,Inteligencia artificial,Semilla,2000000000,Medellín,CO\n" +
        "2024-03-20,Habi,Fintech,Serie B,,Bogotá,CO\n";

    private readonly TempFolder _folder = new("no-rate");

    [Fact]
    public void An_export_all_in_a_currency_without_a_rate_is_reported_in_it_and_only_the_mega_round_share_is_undefined()
    {
        var deals = Write("co.csv", Colombian);

        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1"]);

        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("COP", json.RootElement.GetProperty("currency").GetString());
        var values = json.RootElement.GetProperty("scopes")[0].GetProperty("metrics");
        Assert.Equal(822_000_000_000m, values.GetProperty("total_amount").GetDecimal());
        Assert.Equal(4, values.GetProperty("deal_count").GetInt32());
        Assert.Equal(JsonValueKind.Null, values.GetProperty("mega_round_share").ValueKind);
        Assert.Equal(JsonValueKind.Number, values.GetProperty("hhi").ValueKind);
        Assert.Contains("COP has no exchange rate in fx.csv, so rounds cannot be compared with mega_round_usd (100 M USD)", metrics.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("CHD009", metrics.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_written_with_a_currency_code_without_a_rate_load_when_every_amount_is_in_it()
    {
        var deals = Write("co-text.csv", "Fecha,Compañía,Etapa,Monto,Pais\n2024-01-10,Rappi,Serie C,COP 2.000 millones,CO\n2024-02-11,Addi,Serie A,COP 500 millones,CO\n");

        var validate = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);

        Assert.Equal(0, validate.ExitCode);
        using var json = JsonDocument.Parse(validate.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("currencies").GetProperty("COP").GetInt32());
        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1"]);
        using var figures = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal(2_500_000_000m, figures.RootElement.GetProperty("scopes")[0].GetProperty("metrics").GetProperty("total_amount").GetDecimal());
    }

    [Fact]
    public void Deals_in_a_currency_without_a_rate_beside_deals_in_another_are_still_rejected_saying_what_to_do()
    {
        var deals = Write("mixed.csv", "date,company,amount,currency\n2024-01-10,Rappi,2000000,COP\n2024-02-11,Addi,500000,USD\n");

        var validate = InProcess.Run(["data", "validate", "--deals", deals]);

        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("CHD009", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("an export whose every amount is in one such currency is read and reported in it", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("rows loaded          1", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reporting_currency_without_a_rate_is_accepted_for_data_all_in_it_and_refused_for_data_in_others()
    {
        var config = Write("cop.yaml", "parameters:\n  reporting_currency: COP\n");

        var colombian = InProcess.Run(["metrics", "--deals", Write("co.csv", Colombian), "--period", "2024Q1", "--config", config]);
        var dollars = InProcess.Run(["metrics", "--deals", Write("us.csv", "date,company,amount,currency\n2024-01-10,Acme,2000000,USD\n"), "--period", "2024Q1", "--config", config]);

        Assert.Equal(0, colombian.ExitCode);
        using var json = JsonDocument.Parse(colombian.Stdout);
        Assert.Equal("COP", json.RootElement.GetProperty("currency").GetString());
        Assert.Equal(2, dollars.ExitCode);
        Assert.Contains("reporting_currency 'COP' has no exchange rate in fx.csv, so the deals in USD cannot be converted to it", dollars.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_numbers_of_a_country_without_a_rate_are_in_its_currency_not_in_yuan()
    {
        var deals = Write("ar.csv", "date,company,stage,amount,country\n2024-01-10,Ualá,Series B,50000000,AR\n2024-02-11,Tiendanube,Seed,2000000,AR\n");

        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1"]);

        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("ARS", json.RootElement.GetProperty("currency").GetString());
        Assert.Contains("read and reported as ARS, assumed, the currency of the data's country (Argentina, from the country column)", metrics.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_numbers_nothing_names_a_currency_for_are_said_to_be_in_no_named_currency()
    {
        var deals = Write("none.csv", "date,company,amount\n2024-01-10,Alpha,5000000\n2024-02-11,Beta,2000000\n");

        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1"]);
        var validate = InProcess.Run(["data", "validate", "--deals", deals]);

        Assert.Contains("the amounts' currency is not named, so they are read and reported as CNY, assumed only for want of one; name it with 'currency:' in a mapping file (and choose the report's with parameters.reporting_currency)", metrics.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing names their currency, and CNY is only a default: name it with 'currency:' in a mapping file", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_proposes_the_currency_of_the_country_column_for_plain_numbers_and_says_why()
    {
        var deals = Write("ar-init.csv", "date,company,stage,amount,country\n2024-01-10,Ualá,Series B,50000000,AR\n2024-02-11,Tiendanube,Seed,2000000,AR\n");
        var output = Path.Combine(_folder.Path, "init");

        var init = InProcess.Run(["init", "--deals", deals, "--output", output]);

        Assert.Equal(0, init.ExitCode);
        var mapping = File.ReadAllText(Path.Combine(output, "ar-init.mapping.yaml"));
        Assert.Contains("currency: ARS", mapping, StringComparison.Ordinal);
        Assert.Contains("the country column 'country' says Argentina (AR) in 2 of 2 rows read: its currency", mapping, StringComparison.Ordinal);
        Assert.Contains("reporting_currency: ARS", File.ReadAllText(Path.Combine(output, "capitalhealth.yaml")), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
