using System.Text;
using System.Text.Json;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Agreement;

/// <summary>
/// What a run takes from the data it is given: implausible dates stay loaded but out of every period, the cut-off is
/// the last plausible date, a currency no deal names is assumed aloud, and location quotients use the data's country.
/// </summary>
public sealed class DefaultsFromTheDataTests : IDisposable
{
    private const string Header = "id,date,company,sector,stage,amount,currency,region\n";
    private const string FirstQuarter = "1,2024-01-05,Alpha,AI,A,1000000,CNY,Beijing\n2,2024-02-05,Beta,Energy,B,3000000,CNY,Shanghai\n3,2024-03-05,Gamma,AI,Seed,500000,CNY,Beijing\n4,2024-04-05,Delta,AI,Seed,500000,CNY,Beijing\n";

    private readonly TempFolder _folder = new("defaults");

    [Theory]
    [InlineData("2200-12-31", "is more than a year after the rest of the data (which ends 2024-04-05)")]
    [InlineData("1960-01-01", "is before 1990")]
    public void One_implausible_date_moves_neither_the_cutoff_nor_the_default_period(string date, string reason)
    {
        var deals = Write("one-bad-date.csv", Header + FirstQuarter + $"5,{date},Omega,AI,A,7000000,CNY,Beijing\n");
        foreach (var command in new[] { "analyze", "metrics" })
        {
            var outcome = InProcess.Run([command, "--deals", deals, "--format", "json"]);
            Assert.True(outcome.ExitCode is 0 or 1, outcome.ToString());
            using var json = JsonDocument.Parse(outcome.Stdout);
            Assert.Equal("2024Q1", json.RootElement.GetProperty("period").GetString());
            Assert.Contains($"warning: 1 deal of one-bad-date.csv has an implausible date (first on line 6: {date}, which {reason}", outcome.Stderr, StringComparison.Ordinal);
        }

        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024", "--format", "json"]);
        using (var json = JsonDocument.Parse(metrics.Stdout))
        {
            Assert.Equal(4, json.RootElement.GetProperty("scopes")[0].GetProperty("metrics").GetProperty("deal_count").GetInt32());
        }

        var validate = InProcess.Run(["data", "validate", "--deals", deals]);
        Assert.Contains("rows loaded          5", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("data cut-off         2024-04-05", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("default period       2024Q1", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains($"line 6  {date}", validate.Stdout, StringComparison.Ordinal);

        // The implausible date is listed in its own section, not among the defaults the run took.
        var defaults = validate.Stdout[validate.Stdout.IndexOf("Defaults taken:", StringComparison.Ordinal)..];
        defaults = defaults[..defaults.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.Contains("amounts are reported in CNY", defaults, StringComparison.Ordinal);
        Assert.DoesNotContain("implausible", defaults, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_names_the_reporting_currency_in_json_and_sarif()
    {
        var deals = Write("us-only.csv", "id,date,company,sector,stage,amount,currency,region,country\n1,2024-01-05,Alpha,AI,A,1000000,USD,California,US\n2,2024-02-05,Beta,Energy,B,3000000,USD,New York,US\n3,2024-03-05,Gamma,AI,Seed,500000,USD,Texas,US\n");

        var json = InProcess.Run(["analyze", "--deals", deals, "--period", "2024Q1", "--format", "json"]);
        using (var document = JsonDocument.Parse(json.Stdout))
        {
            Assert.Equal("USD", document.RootElement.GetProperty("currency").GetString());
        }

        var sarif = InProcess.Run(["analyze", "--deals", deals, "--period", "2024Q1", "--format", "sarif"]);
        using (var document = JsonDocument.Parse(sarif.Stdout))
        {
            var properties = document.RootElement.GetProperty("runs")[0].GetProperty("properties");
            Assert.Equal("USD", properties.GetProperty("reportingCurrency").GetString());
            Assert.Equal("2024Q1", properties.GetProperty("period").GetString());
        }
    }

    [Fact]
    public void A_file_of_implausible_dates_only_is_an_error_naming_the_first()
    {
        var deals = Write("all-old.csv", Header + "1,1960-01-01,Old,AI,A,1000000,CNY,Beijing\n2,1970-01-01,Older,AI,A,1000000,CNY,Beijing\n");
        var outcome = InProcess.Run(["metrics", "--deals", deals]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("every deal's date is implausible", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("first on line 2", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Deals_naming_no_currency_are_reported_in_CNY_with_a_warning_that_it_was_assumed()
    {
        var deals = Write("no-currency.csv", "id,date,company,sector,stage,amount,region\n1,2024-01-05,Alpha,AI,A,1000000,Beijing\n2,2024-02-05,Beta,Energy,B,3000000,Shanghai\n");
        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1"]);
        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("CNY", json.RootElement.GetProperty("currency").GetString());
        Assert.Contains("warning: no deal names its currency", metrics.Stderr, StringComparison.Ordinal);
        Assert.Contains("read and reported as CNY, assumed", metrics.Stderr, StringComparison.Ordinal);

        var configured = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1", "--config", Write("usd.yaml", "parameters:\n  reporting_currency: USD\n")]);
        Assert.Contains("read as CNY, assumed", configured.Stderr, StringComparison.Ordinal);
        using var usd = JsonDocument.Parse(configured.Stdout);
        Assert.Equal("USD", usd.RootElement.GetProperty("currency").GetString());
    }

    [Fact]
    public void US_deals_naming_no_currency_are_read_and_reported_in_dollars_saying_why()
    {
        var deals = Write("us-no-currency.csv", "id,date,company,sector,stage,amount,region\n1,2024-01-05,Alpha,AI,Series A,1000000,California\n2,2024-02-05,Beta,Energy,Series B,3000000,New York\n");
        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1"]);

        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("USD", json.RootElement.GetProperty("currency").GetString());
        Assert.Equal(4_000_000, json.RootElement.GetProperty("scopes")[0].GetProperty("metrics").GetProperty("total_amount").GetDecimal());
        Assert.Contains("read and reported as USD, assumed, the currency of the data's country (United States, from the regions)", metrics.Stderr, StringComparison.Ordinal);

        var validate = InProcess.Run(["data", "validate", "--deals", deals, "--format", "json"]);
        using var profile = JsonDocument.Parse(validate.Stdout);
        Assert.Equal("USD", profile.RootElement.GetProperty("assumed_currency").GetString());
        Assert.Equal("country", profile.RootElement.GetProperty("assumed_currency_basis").GetString());
    }

    [Fact]
    public void US_deals_get_location_quotients_from_the_US_baseline()
    {
        var deals = Write("us.csv", "id,date,company,sector,stage,amount,currency,region,country\n1,2024-01-05,Alpha,AI,A,1000000,USD,California,US\n2,2024-02-05,Beta,Energy,B,3000000,USD,New York,US\n3,2024-03-05,Gamma,AI,Seed,500000,USD,Texas,US\n");
        var outcome = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1"]);
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("USD", json.RootElement.GetProperty("currency").GetString());
        var quotients = json.RootElement.GetProperty("scopes")[0].GetProperty("metrics").GetProperty("location_quotient");
        Assert.True(quotients.GetProperty("California").GetDouble() > 1);
        Assert.True(quotients.GetProperty("Texas").GetDouble() > 1);
        Assert.Contains("location quotients compare with the regional baseline of the country of most deals, United States (U.S. Bureau of Economic Analysis", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_without_a_deal_in_the_period_is_no_under_represented_region()
    {
        // Zhejiang had a deal in Q4 2023 and none in Q1 2024: its quotient was 0 in Q1, so a rule on the lowest quotient
        // found Zhejiang under-represented in a period it had no deal in, and metrics listed it.
        var deals = Write("gone.csv", Header + "0,2023-11-05,Omega,AI,A,1000000,CNY,Zhejiang\n" + FirstQuarter + "5,2024-03-06,Epsilon,Energy,B,2000000,CNY,Guangdong\n");
        var pack = Write("under.yaml", """
            category: RegionalBias
            rules:
              - id: CH4901
                title: A region has far fewer deals than its economic weight
                scope: period
                min_deals: 1
                when: Metrics.LocationQuotient.Min < 0.75
                message: "{{ metrics.location_quotient.min_key }} has a location quotient of {{ metrics.location_quotient.min | num }} in {{ scope }}"
                description: The lowest location quotient among the regions with deals, below the 0.75 regional economics reads as under-representation.
            """);
        var config = Write("capitalhealth.yaml", $"rules: [{pack.Replace("\\", "/", StringComparison.Ordinal)}]\n");

        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1", "--config", config]);
        var analyze = InProcess.Run(["analyze", "--deals", deals, "--period", "2024Q1", "--config", config, "--format", "json"]);

        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        var quotients = json.RootElement.GetProperty("scopes")[0].GetProperty("metrics").GetProperty("location_quotient");
        Assert.Equal(["Beijing", "Guangdong", "Shanghai"], quotients.EnumerateObject().Select(static q => q.Name));
        Assert.Equal(0, analyze.ExitCode);
        Assert.DoesNotContain("CH4901", analyze.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Crunchbase_2013_export_is_reported_in_USD_for_its_last_complete_quarter_with_US_location_quotients()
    {
        var deals = RepositoryPaths.RequireSharedDataset("crunchbase-2013/crunchbase-rounds.csv");
        var mapping = Path.Combine(RepositoryPaths.Root, "data", "mappings", "crunchbase-2013.yaml");
        var outcome = InProcess.Run(["metrics", "--deals", deals, "--mapping", mapping, "--by", "region"]);
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("USD", json.RootElement.GetProperty("currency").GetString());
        Assert.Equal("2013Q3", json.RootElement.GetProperty("period").GetString());
        var metrics = json.RootElement.GetProperty("scopes")[0].GetProperty("metrics");
        Assert.Equal(1_877, metrics.GetProperty("deal_count").GetInt32());
        Assert.True(metrics.GetProperty("location_quotient").GetProperty("California").GetDouble() > 2);
        Assert.Contains("14 deals of crunchbase-rounds.csv have implausible dates", outcome.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
