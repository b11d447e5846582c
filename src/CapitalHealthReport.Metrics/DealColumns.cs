using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// The filtered deals of a run as parallel arrays (one entry per deal, in <see cref="DealSet"/> order), with
/// every name replaced by an index into an ordinal-sorted table. Built once; every scope is computed from it.
/// </summary>
internal sealed class DealColumns
{
    public const string UnknownLabel = "Unknown";

    public int Count;
    public int[] Day = [];
    public int[] Company = [];
    public string[] CompanyKeys = [];
    public string[] CompanyNames = [];
    public int[] Sector = [];
    public string[] SectorNames = [];
    public int[] Region = [];
    public string[] RegionNames = [];
    public int UnknownRegion = -1;
    public byte[] Stage = [];
    /// <summary>
    /// Disclosed amount in the reporting currency, in hundredths (cents), rounded half away from zero after
    /// conversion; -1 when undisclosed. Integer sums are exact and independent of summation order.
    /// </summary>
    public long[] Cents = [];
    public bool[] Mega = [];

    public int[] InvestorStart = [];
    public int[] InvestorIndex = [];
    public string[] InvestorNames = [];
    public byte[] InvestorTypeOf = [];
    public string?[] InvestorHome = [];

    /// <summary>Bit t set when the deal has an investor of type index t (<see cref="InvestorTypes.Names"/>).</summary>
    public byte[] TypeMask = [];

    /// <summary>1 when the deal has a Government investor with a known home region; 2 when, in addition, the company's region is one of those home regions.</summary>
    public byte[] GovernmentHome = [];

    /// <summary>Investor type indices present in the data (ordinal by name).</summary>
    public int[] InvestorTypesPresent = [];

    /// <summary>Stages present in the data, ordinal by name.</summary>
    public Stage[] StagesPresent = [];

    public static DealColumns Build(IReadOnlyList<Deal> deals, MetricReference reference, MetricParameters parameters)
    {
        var n = deals.Count;
        var c = new DealColumns { Count = n };

        // Independent columns are built concurrently; each task reads the deals in order.
        try
        {
            Parallel.Invoke(
                () => BuildCompanies(c, deals),
                () => BuildInvestors(c, deals),
                () => BuildPlaces(c, deals),
                () => BuildAmounts(c, deals, reference, parameters));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<InputException>().FirstOrDefault() is { } input)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(input).Throw();
        }

        // Investor directory: type and home region.
        c.InvestorTypeOf = new byte[c.InvestorNames.Length];
        c.InvestorHome = new string?[c.InvestorNames.Length];
        var typesSeen = new bool[InvestorTypes.Names.Count];
        for (var v = 0; v < c.InvestorNames.Length; v++)
        {
            var info = reference.FindInvestor(c.InvestorNames[v]);
            c.InvestorTypeOf[v] = info is null ? (byte)InvestorTypes.UnknownIndex : (byte)info.Type;
            c.InvestorHome[v] = string.IsNullOrWhiteSpace(info?.HomeRegion) ? null : info!.HomeRegion;
            typesSeen[c.InvestorTypeOf[v]] = true;
        }

        // Per deal: the investor types present, and whether a Government investor invests at home.
        var government = (int)InvestorType.Government;
        var homeRegionIndex = new int[c.InvestorNames.Length];
        for (var v = 0; v < homeRegionIndex.Length; v++)
        {
            homeRegionIndex[v] = c.InvestorHome[v] is { } home ? Array.BinarySearch(c.RegionNames, home, StringComparer.Ordinal) : -1;
        }

        c.TypeMask = new byte[n];
        c.GovernmentHome = new byte[n];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, Math.Max(n, 1), Math.Max(4096, n / (4 * Environment.ProcessorCount) + 1)), range =>
        {
            for (var i = range.Item1; i < Math.Min(range.Item2, n); i++)
            {
                byte mask = 0;
                var governmentKnown = false;
                var governmentHome = false;
                for (var k = c.InvestorStart[i]; k < c.InvestorStart[i + 1]; k++)
                {
                    var v = c.InvestorIndex[k];
                    mask |= (byte)(1 << c.InvestorTypeOf[v]);
                    if (c.InvestorTypeOf[v] == government && c.InvestorHome[v] is not null)
                    {
                        governmentKnown = true;
                        governmentHome |= homeRegionIndex[v] == c.Region[i];
                    }
                }

                c.TypeMask[i] = mask;
                c.GovernmentHome[i] = governmentKnown ? (governmentHome ? (byte)2 : (byte)1) : (byte)0;
            }
        });

        c.InvestorTypesPresent = Enumerable.Range(0, typesSeen.Length)
            .Where(t => typesSeen[t])
            .OrderBy(t => InvestorTypes.Names[t], StringComparer.Ordinal)
            .ToArray();
        return c;
    }

    private static void BuildCompanies(DealColumns c, IReadOnlyList<Deal> deals)
    {
        var n = deals.Count;
        var day = new int[n];
        var company = new int[n];
        var companies = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var deal = deals[i];
            day[i] = deal.Date.DayNumber;
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(companies, deal.CompanyKey, out var exists);
            if (!exists)
            {
                slot = names.Count;
                names.Add(deal.Company);
            }
            else
            {
                // The latest name in deal order (date, id) names the company.
                names[slot] = deal.Company;
            }

            company[i] = slot;
        }

        var map = Ordinal(companies, out var keys);
        var ordered = new string[names.Count];
        for (var old = 0; old < names.Count; old++)
        {
            ordered[map[old]] = names[old];
        }

        for (var i = 0; i < n; i++)
        {
            company[i] = map[company[i]];
        }

        c.Day = day;
        c.Company = company;
        c.CompanyKeys = keys;
        c.CompanyNames = ordered;
    }

    private static void BuildInvestors(DealColumns c, IReadOnlyList<Deal> deals)
    {
        var n = deals.Count;
        var start = new int[n + 1];
        var list = new List<int>(n * 2);
        var investors = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            start[i] = list.Count;
            var names = deals[i].Investors;
            for (var k = 0; k < names.Count; k++)
            {
                var name = names[k].Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(investors, name, out var exists);
                if (!exists)
                {
                    slot = investors.Count - 1;
                }

                if (!ContainsFrom(list, start[i], slot))
                {
                    list.Add(slot);
                }
            }
        }

        start[n] = list.Count;
        var map = Ordinal(investors, out var investorNames);
        var index = new int[list.Count];
        for (var k = 0; k < index.Length; k++)
        {
            index[k] = map[list[k]];
        }

        c.InvestorStart = start;
        c.InvestorIndex = index;
        c.InvestorNames = investorNames;
    }

    private static void BuildPlaces(DealColumns c, IReadOnlyList<Deal> deals)
    {
        var n = deals.Count;
        var sector = new int[n];
        var region = new int[n];
        var stage = new byte[n];
        var sectors = new SmallInterner();
        var regions = new SmallInterner();
        var stagesSeen = new bool[Stages.All.Count];
        for (var i = 0; i < n; i++)
        {
            var deal = deals[i];
            sector[i] = sectors.Intern(deal.Sector);
            region[i] = regions.Intern(deal.Region);
            stage[i] = (byte)deal.Stage;
            stagesSeen[(int)deal.Stage] = true;
        }

        var sectorMap = Ordinal(sectors.Table, out var sectorNames);
        var regionMap = Ordinal(regions.Table, out var regionNames);
        for (var i = 0; i < n; i++)
        {
            sector[i] = sectorMap[sector[i]];
            region[i] = regionMap[region[i]];
        }

        c.Sector = sector;
        c.Region = region;
        c.Stage = stage;
        c.SectorNames = sectorNames;
        c.RegionNames = regionNames;
        c.UnknownRegion = Array.IndexOf(regionNames, UnknownLabel);
        c.StagesPresent = Stages.All.Where(s => stagesSeen[(int)s]).OrderBy(Stages.Name, StringComparer.Ordinal).ToArray();
    }

    private static void BuildAmounts(DealColumns c, IReadOnlyList<Deal> deals, MetricReference reference, MetricParameters parameters)
    {
        var n = deals.Count;
        var cents = new long[n];
        var mega = new bool[n];
        var rates = new RateCache(reference, parameters);
        Int128 grandTotal = 0;
        for (var i = 0; i < n; i++)
        {
            var deal = deals[i];
            cents[i] = -1;
            if (deal.Amount is { } amount)
            {
                var (converted, isMega) = rates.Convert(amount, deal);
                cents[i] = ToCents(converted, deal);
                mega[i] = isMega;
                grandTotal += cents[i];
            }
        }

        if (grandTotal > MaxTotalCents)
        {
            throw new InputException("The disclosed amounts add up to more than 90 quadrillion in the reporting currency, too large to sum exactly.", null, hint: "Check the amount column and its units (for example 亿 or thousands) in the mapping.");
        }

        c.Cents = cents;
        c.Mega = mega;
    }

    private static string Label(string? value) => string.IsNullOrWhiteSpace(value) ? UnknownLabel : value.Trim();

    private static bool ContainsFrom(List<int> list, int start, int value)
    {
        for (var k = start; k < list.Count; k++)
        {
            if (list[k] == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sorts a name table ordinally; returns old index → new index.</summary>
    private static int[] Ordinal(Dictionary<string, int> table, out string[] names)
    {
        names = new string[table.Count];
        var old = new int[table.Count];
        foreach (var (name, index) in table)
        {
            names[index] = name;
            old[index] = index;
        }

        Array.Sort(names, old, StringComparer.Ordinal);
        var map = new int[table.Count];
        for (var i = 0; i < old.Length; i++)
        {
            map[old[i]] = i;
        }

        return map;
    }

    /// <summary>Largest total the integer sums hold.</summary>
    private static readonly Int128 MaxTotalCents = long.MaxValue;

    private static long ToCents(decimal amount, Deal deal)
    {
        if (amount < 0m || amount > 10_000_000_000_000_000m)
        {
            throw new InputException(
                $"The amount {amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} (in the reporting currency) is negative or beyond 10^16.",
                deal.SourceFile.Length > 0 ? deal.SourceFile : null,
                deal.SourceLine > 0 ? deal.SourceLine : null,
                hint: "Check the amount and its units.");
        }

        var scaled = amount * 100m;
        return scaled.Scale == 0 ? (long)scaled : (long)decimal.Round(scaled, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Yearly rates looked up once per currency and year. Converts as the FX table does
    /// (<c>amount / unitsPerUsd(from) × unitsPerUsd(to)</c>, the amount itself when the currencies agree), and
    /// tests a mega round exactly as <c>amount ≥ threshold_usd × unitsPerUsd(from)</c>.
    /// </summary>
    private sealed class RateCache(MetricReference reference, MetricParameters parameters)
    {
        private readonly Dictionary<(string Currency, int Year), (decimal FromUnits, decimal ToUnits, decimal MegaThreshold)> _rates = [];
        private string? _lastCurrency;
        private int _lastYear;
        private (decimal FromUnits, decimal ToUnits, decimal MegaThreshold) _last;

        public (decimal Converted, bool Mega) Convert(decimal amount, Deal deal)
        {
            var year = deal.Date.Year;
            if (!ReferenceEquals(deal.Currency, _lastCurrency) || year != _lastYear)
            {
                if (!_rates.TryGetValue((deal.Currency, year), out _last))
                {
                    var from = Units(deal.Currency, year, deal);
                    var to = Units(parameters.ReportingCurrency, year, deal);
                    _last = (from, to, parameters.MegaRoundUsd * from);
                    _rates[(deal.Currency, year)] = _last;
                }

                _lastCurrency = deal.Currency;
                _lastYear = year;
            }

            var converted = string.Equals(deal.Currency, parameters.ReportingCurrency, StringComparison.OrdinalIgnoreCase)
                ? amount
                : amount / _last.FromUnits * _last.ToUnits;
            return (converted, amount >= _last.MegaThreshold);
        }

        private decimal Units(string currency, int year, Deal deal)
        {
            try
            {
                return reference.UnitsPerUsd(currency, year);
            }
            catch (InputException ex)
            {
                throw new InputException(ex.Reason, deal.SourceFile.Length > 0 ? deal.SourceFile : null, deal.SourceLine > 0 ? deal.SourceLine : null, hint: ex.Hint, innerException: ex);
            }
        }
    }

    /// <summary>Interns the few distinct sector or region names, checking recent string instances before hashing.</summary>
    private sealed class SmallInterner
    {
        private readonly string?[] _recent = new string?[64];
        private readonly int[] _recentIndex = new int[64];

        public Dictionary<string, int> Table { get; } = new(StringComparer.Ordinal);

        public int Intern(string? value)
        {
            if (value is not null)
            {
                var slot = (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value) & 63);
                if (ReferenceEquals(_recent[slot], value))
                {
                    return _recentIndex[slot];
                }

                var index = Lookup(Label(value));
                _recent[slot] = value;
                _recentIndex[slot] = index;
                return index;
            }

            return Lookup(UnknownLabel);
        }

        private int Lookup(string label)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Table, label, out var exists);
            if (!exists)
            {
                slot = Table.Count - 1;
            }

            return slot;
        }
    }
}
