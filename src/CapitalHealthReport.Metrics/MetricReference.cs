using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Metrics;

/// <summary>The parts of the reference tables the metrics read: the investor directory, FX rates, the regional baseline, the regions' countries and the sector taxonomy's sectors.</summary>
internal sealed class MetricReference
{
    public MetricReference(
        Func<string, InvestorInfo?> findInvestor,
        Func<string, int, decimal> unitsPerUsd,
        IReadOnlyDictionary<string, double> baselineShares,
        Func<ReadOnlySpan<char>, InvestorInfo?>? findInvestorByText = null,
        Func<string?, string?>? countryOfRegion = null,
        Func<string, bool>? isTaxonomySector = null,
        Func<string, bool>? hasRate = null)
    {
        _hasRate = hasRate;
        _isTaxonomySector = isTaxonomySector;
        FindInvestor = findInvestor;
        _countryOfRegion = countryOfRegion;
        _findInvestorByText = findInvestorByText;
        UnitsPerUsd = unitsPerUsd;
        BaselineShares = baselineShares;
    }

    private readonly Func<ReadOnlySpan<char>, InvestorInfo?>? _findInvestorByText;
    private readonly Func<string?, string?>? _countryOfRegion;
    private readonly Func<string, bool>? _isTaxonomySector;
    private readonly Func<string, bool>? _hasRate;

    /// <summary>Whether the exchange-rate table has rates for a currency (every currency when no test is given).</summary>
    public bool HasRate(string currency) => _hasRate?.Invoke(currency) ?? true;

    /// <summary>True when the sector taxonomy knows a sector name (every name when no taxonomy is given).</summary>
    public bool IsTaxonomySector(string sector) => _isTaxonomySector?.Invoke(sector) ?? true;

    /// <summary>The directory entry for an investor name, or null.</summary>
    public Func<string, InvestorInfo?> FindInvestor { get; }

    /// <summary>The directory entry for an investor name given as text, or null.</summary>
    public InvestorInfo? FindInvestorByText(ReadOnlySpan<char> name) => _findInvestorByText is { } find ? find(name) : FindInvestor(name.ToString());

    /// <summary>The country (ISO 3166 alpha-2) of a region the region directory knows; null for another region or none.</summary>
    public string? CountryOfRegion(string? region) => _countryOfRegion?.Invoke(region);

    /// <summary>Units of a currency per US dollar in a year (the yearly average rate); an <see cref="InputException"/> for an unknown currency.</summary>
    public Func<string, int, decimal> UnitsPerUsd { get; }

    /// <summary>Region → share of the baseline weights (sums to 1).</summary>
    public IReadOnlyDictionary<string, double> BaselineShares { get; }

    /// <summary>The lookups of the loaded reference tables.</summary>
    public static MetricReference From(ReferenceData reference)
    {
        var sectors = reference.Sectors.All.Select(static s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new(name => reference.Investors.Find(name), reference.Fx.UnitsPerUsd, reference.Baseline.Shares, name => reference.Investors.Find(name), reference.Regions.CountryOf, sectors.Contains, reference.Fx.Supports);
    }
}
