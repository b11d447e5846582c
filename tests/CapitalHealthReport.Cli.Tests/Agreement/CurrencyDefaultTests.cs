using System.Text;
using System.Text.Json;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Agreement;

/// <summary>The reporting currency is the configuration's when it names one, else the data's when every deal shares one, else the data's country's, else CNY, and a default taken is said.</summary>
public sealed class CurrencyDefaultTests : IDisposable
{
    private const string UsdDeals = "id,date,company,sector,stage,amount,currency,region\n1,2024-01-05,Alpha,AI,A,1000000,USD,Beijing\n2,2024-02-05,Beta,Energy,B,3000000,USD,Shanghai\n3,2024-03-05,Gamma,AI,Seed,500000,USD,Beijing\n";

    private readonly TempFolder _folder = new("currency");

    [Fact]
    public void Deals_all_in_one_currency_are_reported_in_it_and_the_run_says_so()
    {
        var deals = Write("usd.csv", UsdDeals);
        var metrics = InProcess.Run(["metrics", "--period", "2024Q1", "--deals", deals, "--config", Write("empty.yaml", "parameters: { hot_sector: AI }\n")]);
        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("USD", json.RootElement.GetProperty("currency").GetString());
        Assert.Contains("note: amounts are reported in USD, the currency of every deal", metrics.Stderr, StringComparison.Ordinal);

        var validate = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);
        using var data = JsonDocument.Parse(validate.Stdout);
        Assert.Equal("USD", data.RootElement.GetProperty("reporting_currency").GetString());
        Assert.Equal("currency-from-data", data.RootElement.GetProperty("notes")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void A_configured_reporting_currency_wins_and_needs_no_note()
    {
        var deals = Write("usd.csv", UsdDeals);
        var config = Write("cny.yaml", "parameters:\n  reporting_currency: CNY\n");
        var metrics = InProcess.Run(["metrics", "--period", "2024Q1", "--deals", deals, "--config", config]);
        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("CNY", json.RootElement.GetProperty("currency").GetString());
        Assert.DoesNotContain("note:", metrics.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Beijing", "Shanghai", "CNY", "CNY, the currency of the data's country (China, from the regions")]
    [InlineData("California", "New York", "USD", "USD, the currency of the data's country (United States, from the regions")]
    [InlineData("Atlantis", "Lemuria", "USD", "USD, the currency most deals are in, no country's currency deciding")]
    public void Mixed_currencies_are_reported_in_the_country_s_currency_else_the_one_most_deals_are_in_and_name_the_mix(string region, string other, string expected, string said)
    {
        var deals = Write("mixed.csv", $"id,date,company,sector,stage,amount,currency,region\n1,2024-01-05,Alpha,AI,A,1000000,USD,{region}\n2,2024-02-05,Beta,Energy,B,3000000,USD,{other}\n3,2024-03-05,Gamma,AI,Seed,500000,USD,{region}\n4,2024-03-06,Delta,AI,A,2000000,EUR,{region}\n");
        var metrics = InProcess.Run(["metrics", "--period", "2024Q1", "--deals", deals, "--config", Write("empty.yaml", "parameters: { hot_sector: AI }\n")]);
        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal(expected, json.RootElement.GetProperty("currency").GetString());
        Assert.Contains("several currencies (USD 3, EUR 1); amounts are converted to " + said, metrics.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Currencies_tied_for_the_most_deals_are_named_with_the_one_taken_and_why()
    {
        // Two deals in dollars, two in euros, in places of no known country: no currency has most deals.
        var deals = Write("tied.csv", "id,date,company,sector,stage,amount,currency,region\n1,2024-01-05,Alpha,AI,A,1000000,USD,Atlantis\n2,2024-02-05,Beta,AI,B,3000000,EUR,Lemuria\n3,2024-03-05,Gamma,AI,Seed,500000,USD,Atlantis\n4,2024-03-06,Delta,AI,A,2000000,EUR,Lemuria\n");
        var config = Write("empty.yaml", "parameters: { hot_sector: AI }\n");

        var metrics = InProcess.Run(["metrics", "--period", "2024Q1", "--deals", deals, "--config", config]);
        var chinese = InProcess.Run(["report", "--period", "2024Q1", "--deals", deals, "--config", config, "--lang", "zh-CN", "--format", "md", "-o", _folder.File("tied.zh-CN.md")]);

        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("EUR", json.RootElement.GetProperty("currency").GetString());
        Assert.Contains("several currencies (EUR 2, USD 2); no country's currency decides and EUR and USD tie for the most deals (2 each): amounts are converted to EUR, the first of them in alphabetical order (set parameters.reporting_currency", metrics.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("the currency most deals are in", metrics.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, chinese.ExitCode);
        var report = File.ReadAllText(_folder.File("tied.zh-CN.md"));
        Assert.Contains("EUR和USD的交易笔数并列最多（各2笔）：金额换算为按字母顺序居首的EUR（可用", report, StringComparison.Ordinal);
        Assert.DoesNotContain("多数交易所用的", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_converted_at_another_year_s_rate_are_named_with_the_year_that_stands_in()
    {
        // Euros of 2026 (the table ends in 2025) and won of 2016 and 2024 (years the table lacks for KRW), reported in dollars.
        var deals = Write("years.csv", "id,date,company,amount,currency,region\n1,2026-01-05,Alpha,1000000,EUR,Bavaria\n2,2026-02-05,Beta,3000000,USD,California\n3,2016-03-05,Gamma,5000000000,KRW,Seoul\n4,2024-03-06,Delta,2000000000,KRW,Seoul\n5,2025-03-06,Epsilon,2000000,USD,California\n");
        var config = Write("usd.yaml", "parameters:\n  reporting_currency: USD\n");

        var metrics = InProcess.Run(["metrics", "--period", "2026Q1", "--deals", deals, "--config", config]);

        Assert.Equal(0, metrics.ExitCode);
        Assert.Contains("note: the exchange-rate table has no rate for some years of the deals, so their amounts are converted at the nearest year's rate: EUR 2026 at 2025's rate; KRW 2016 at 2015's rate, 2024 at 2023's rate. Add those years' rates to fx.csv for exact conversions.", metrics.Stderr, StringComparison.Ordinal);

        // Every amount in its own year's rates, or nothing converted: no such note.
        var exact = Write("exact.csv", "id,date,company,amount,currency\n1,2025-01-05,Alpha,1000000,EUR\n2,2025-02-05,Beta,3000000,USD\n");
        Assert.DoesNotContain("exchange-rate table", InProcess.Run(["metrics", "--period", "2025Q1", "--deals", exact, "--config", config]).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_written_with_the_sign_yen_alone_are_read_by_the_rule_the_note_states()
    {
        // A mostly American export with two Japanese deals written with ¥; then the same file with 'currency: JPY' in the mapping.
        var deals = Write("yen.csv", "date,company,sector,amount,country,region\n2024-01-05,US1,AI,$5M,US,California\n2024-01-06,US2,AI,$3M,US,California\n2024-02-07,US3,AI,$2M,US,New York\n2024-02-08,JP1,AI,\"¥300,000,000\",Japan,東京都\n2024-03-09,JP2,AI,\"¥500,000,000\",Japan,Tokyo\n");
        var config = Write("empty.yaml", "parameters: { hot_sector: AI }\n");

        var byPlace = InProcess.Run(["metrics", "--period", "2024Q1", "--deals", deals, "--config", config]);
        var mapped = InProcess.Run(["metrics", "--period", "2024Q1", "--deals", deals, "--config", config, "--mapping", Write("jpy.yaml", "currency: JPY\n")]);

        Assert.Equal(0, byPlace.ExitCode);
        Assert.Contains("note: 2 deals give their currency as ¥ alone, which yuan and yen share: read all as JPY, their own country or region being Japan. ¥ alone is yen when the mapping says 'currency: JPY' or the deal's own country column", byPlace.Stderr, StringComparison.Ordinal);
        Assert.Contains("note: 2 deals give their currency as ¥ alone, which yuan and yen share: read as JPY, the mapping's 'currency:'.", mapped.Stderr, StringComparison.Ordinal);
        Assert.Contains("USD 3, JPY 2", byPlace.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
