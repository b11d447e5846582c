using System.Globalization;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics.Tests;

/// <summary>Small hand-made deal sets and reference lookups for metric tests.</summary>
internal static class Fixtures
{
    private static int _next;

    public static Deal Deal(
        string date,
        string company,
        decimal? amount,
        Stage stage = Stage.A,
        string? sector = "AI",
        string? region = "Beijing",
        string currency = "CNY",
        params string[] investors) => new()
        {
            Id = "d" + Interlocked.Increment(ref _next).ToString("D6", CultureInfo.InvariantCulture),
            Date = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Company = company,
            CompanyKey = CompanyKeys.FromName(company),
            Amount = amount,
            Stage = stage,
            Sector = sector,
            Region = region,
            Currency = currency,
            Investors = investors,
            SourceFile = "fixture.csv",
            SourceLine = _next,
        };

    /// <summary>Investor directory of the fixtures.</summary>
    public static IReadOnlyList<InvestorInfo> Investors { get; } =
    [
        new("Sequoia", InvestorType.VC, "Beijing"),
        new("Hillhouse", InvestorType.PE, "Beijing"),
        new("Tencent", InvestorType.CVC, "Guangdong"),
        new("Lenovo Capital", InvestorType.CVC, "Beijing"),
        new("Beijing AI Fund", InvestorType.Government, "Beijing"),
        new("Shanghai Guidance Fund", InvestorType.Government, "Shanghai"),
        new("Nowhere Fund", InvestorType.Government, null),
    ];

    /// <summary>Lookups: the fixture directory, 7 CNY and 0.9 EUR per USD in every year, and a three-region baseline.</summary>
    public static MetricReference Lookups(IReadOnlyDictionary<string, double>? baseline = null)
    {
        var byName = Investors.ToDictionary(i => i.Name, StringComparer.Ordinal);
        return new MetricReference(
            name => byName.GetValueOrDefault(name),
            (currency, _) => currency.ToUpperInvariant() switch
            {
                "USD" => 1m,
                "CNY" => 7m,
                "EUR" => 0.9m,
                _ => throw new InputException($"The currency '{currency}' has no exchange rate in fx.csv."),
            },
            baseline ?? new Dictionary<string, double> { ["Beijing"] = 0.5, ["Guangdong"] = 0.25, ["Shanghai"] = 0.25 });
    }

    public static MetricsEngine Engine(IEnumerable<Deal> deals, MetricParameters? parameters = null, IReadOnlyList<Filter>? where = null) =>
        new(new DealSet(deals), Lookups(), parameters ?? MetricParameters.Default, where);

    public static Scope Q(string label, Slice? slice = null) => new(Period.Parse(label), slice);
}
