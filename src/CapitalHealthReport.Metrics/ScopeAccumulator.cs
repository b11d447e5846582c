using System.Numerics;
using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// How a scope selects deals: deal indices <c>From..To</c> of the columns, or, with <see cref="Indices"/>,
/// the deal indices stored in <c>Indices[From..To]</c> (one slice value of a period, in deal order).
/// </summary>
internal readonly record struct ScopeSelection(int From, int To, int[]? Indices)
{
    /// <summary>A selection that matches no deal.</summary>
    public static ScopeSelection None => new(0, 0, null);

    public bool IsEmpty => To <= From;

    /// <summary>Number of deals selected.</summary>
    public int Count => Math.Max(0, To - From);
}

/// <summary>
/// One pass over the deals of a scope: counts and exact integer sums (cents) per company, stage, sector, region
/// and investor. Reused across scopes by one thread at a time.
/// </summary>
/// <remarks>
/// The companies (and investors) met in a scope get dense slots 0, 1, 2, … in order of their first deal there;
/// their counts and totals live in small slot-indexed arrays that stay in cache. The only lookup into a table of
/// every company is one 32-bit entry per deal (<see cref="SlotTable"/>), reset lazily by a new stamp per scope.
/// The passes are compiled optimized from their first call: a run meets each scope once, so tiered compilation
/// would leave most of the work to unoptimized code.
/// </remarks>
internal sealed class ScopeAccumulator
{
    /// <summary>Bit of a slot's deal count that records a disclosed amount.</summary>
    private const uint DisclosedFlag = 1u << 31;

    private readonly DealColumns _columns;
    private readonly SlotTable _companySlots;
    private readonly SlotTable _investorSlots;
    private int[] _slotCompany = [];
    private uint[] _companyDeals = [];
    private long[] _companyTotal = [];
    private int[] _slotInvestor = [];
    private int[] _investorDeals = [];
    private readonly long[][] _stageAmounts;
    private readonly int[] _stageAmountCount;
    private readonly int[] _counts = new int[ExactOrder.CountsLength];
    private long[] _totals = [];
    private long[] _scratch = [];
    private long[] _gathered = [];
    private bool _totalsSorted;

    public ScopeAccumulator(DealColumns columns)
    {
        _columns = columns;
        _companySlots = new SlotTable(columns.CompanyKeys.Count);
        _investorSlots = new SlotTable(columns.InvestorNames.Count);
        SectorCount = new int[columns.SectorNames.Length];
        SectorValue = new long[columns.SectorNames.Length];
        RegionCount = new int[columns.RegionNames.Length];
        RegionValue = new long[columns.RegionNames.Length];
        _stageAmounts = new long[Stages.All.Count][];
        _stageAmountCount = new int[Stages.All.Count];
        for (var s = 0; s < _stageAmounts.Length; s++)
        {
            _stageAmounts[s] = [];
        }
    }

    public int DealCount;
    public int DisclosedCount;
    public long TotalValue;
    public long MegaValue;
    public int GovernmentKnown;
    public int GovernmentHome;
    public readonly int[] StageCount = new int[Stages.All.Count];
    public readonly long[] StageValue = new long[Stages.All.Count];
    public readonly int[] SectorCount;
    public readonly long[] SectorValue;
    public readonly int[] RegionCount;
    public readonly long[] RegionValue;

    /// <summary>The company of each slot: the scope's companies in order of their first deal there; the first <see cref="CompanyCount"/> entries are valid.</summary>
    public int[] TouchedCompanies => _slotCompany;

    public int CompanyCount;

    /// <summary>Number of companies with at least one disclosed amount in the scope.</summary>
    public int DisclosedCompanyCount;

    /// <summary>The investor of each slot; the first <see cref="InvestorCount"/> entries are valid.</summary>
    public int[] TouchedInvestors => _slotInvestor;

    public int InvestorCount;

    public DealColumns Columns => _columns;

    /// <summary>The disclosed total (cents) of the company in slot <paramref name="slot"/> (0 when none of its amounts is disclosed).</summary>
    public long CompanyTotalAt(int slot) => _companyTotal[slot];

    /// <summary>True when the company in slot <paramref name="slot"/> has at least one disclosed amount in the scope.</summary>
    public bool CompanyDisclosedAt(int slot) => (_companyDeals[slot] & DisclosedFlag) != 0;

    /// <summary>The number of deals in the scope of the company in slot <paramref name="slot"/>.</summary>
    public int CompanyDealsAt(int slot) => (int)(_companyDeals[slot] & ~DisclosedFlag);

    /// <summary>The number of deals in the scope of the investor in slot <paramref name="slot"/>.</summary>
    public int InvestorDealsAt(int slot) => _investorDeals[slot];

    /// <summary>Disclosed amounts (cents) of one stage, in deal order.</summary>
    public ReadOnlySpan<long> StageAmounts(int stage) => _stageAmounts[stage].AsSpan(0, _stageAmountCount[stage]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(ScopeSelection selection)
    {
        Reset();
        if (selection.IsEmpty)
        {
            return;
        }

        // A scope has at most one company per deal; the investor slots grow as investors are met.
        var companySlots = Math.Min(selection.Count, _companySlots.Entries.Length);
        if (_slotCompany.Length < companySlots)
        {
            _slotCompany = new int[companySlots];
            _companyDeals = new uint[companySlots];
            _companyTotal = new long[companySlots];
        }

        var c = _columns;
        var indices = selection.Indices;
        var stageOf = c.Stage;
        var sectorOf = c.Sector;
        var regionOf = c.Region;
        var companyOf = c.Company;
        var cents = c.Cents;
        var mega = c.Mega;
        var governmentOf = c.GovernmentHome;
        var investorStart = c.InvestorStart;
        var investorIndex = c.InvestorIndex;
        var stageCount = StageCount;
        var stageValue = StageValue;
        var sectorCount = SectorCount;
        var sectorValue = SectorValue;
        var regionCount = RegionCount;
        var regionValue = RegionValue;
        var stageAmounts = _stageAmounts;
        var stageAmountCount = _stageAmountCount;
        var companyEntries = _companySlots.Entries;
        var companyStamp = _companySlots.Stamp;
        var companyStampMask = _companySlots.StampMask;
        var companySlotMask = _companySlots.SlotMask;
        var companies = _slotCompany;
        var companyDeals = _companyDeals;
        var companyTotal = _companyTotal;
        var investorEntries = _investorSlots.Entries;
        var investorStamp = _investorSlots.Stamp;
        var investorStampMask = _investorSlots.StampMask;
        var investorSlotMask = _investorSlots.SlotMask;
        var investors = _slotInvestor;
        var investorDeals = _investorDeals;
        int disclosed = 0, companyCount = 0, disclosedCompanies = 0, investorCount = 0, governmentKnown = 0, governmentHome = 0;
        long total = 0, megaValue = 0;
        for (var k = selection.From; k < selection.To; k++)
        {
            var i = indices is null ? k : indices[k];
            int stage = stageOf[i];
            var sector = sectorOf[i];
            var region = regionOf[i];
            stageCount[stage]++;
            sectorCount[sector]++;
            regionCount[region]++;

            // An undisclosed amount is -1: the flag is 1 for a disclosed amount, and the value 0 otherwise.
            var amount = cents[i];
            var isDisclosed = (int)((ulong)~amount >> 63);
            var value = amount & -(long)isDisclosed;
            disclosed += isDisclosed;
            total += value;
            stageValue[stage] += value;
            sectorValue[sector] += value;
            regionValue[region] += value;
            megaValue += mega[i] ? value : 0;

            var company = companyOf[i];
            var entry = companyEntries[company];
            int slot;
            if ((entry & companyStampMask) == companyStamp)
            {
                slot = (int)(entry & companySlotMask);
            }
            else
            {
                slot = companyCount++;
                companyEntries[company] = companyStamp | (uint)slot;
                companies[slot] = company;
                companyDeals[slot] = 0;
                companyTotal[slot] = 0;
            }

            var before = companyDeals[slot];
            var after = (before + 1) | ((uint)isDisclosed << 31);
            companyDeals[slot] = after;
            disclosedCompanies += (int)((after ^ before) >> 31);
            companyTotal[slot] += value;

            // Every amount is written; only a disclosed one is kept (the count moves on).
            ref var amountCount = ref stageAmountCount[stage];
            var amounts = stageAmounts[stage];
            if (amountCount == amounts.Length)
            {
                amounts = GrowStageAmounts(stage);
            }

            amounts[amountCount] = amount;
            amountCount += isDisclosed;

            // 0: no Government investor with a known home; 1: one, elsewhere; 2: one at home.
            int government = governmentOf[i];
            governmentKnown += (government + 1) >> 1;
            governmentHome += government >> 1;

            for (var v = investorStart[i]; v < investorStart[i + 1]; v++)
            {
                var investor = investorIndex[v];
                var investorEntry = investorEntries[investor];
                if ((investorEntry & investorStampMask) == investorStamp)
                {
                    investorDeals[(int)(investorEntry & investorSlotMask)]++;
                }
                else
                {
                    if (investorCount == investors.Length)
                    {
                        GrowInvestorSlots();
                        investors = _slotInvestor;
                        investorDeals = _investorDeals;
                    }

                    investorEntries[investor] = investorStamp | (uint)investorCount;
                    investors[investorCount] = investor;
                    investorDeals[investorCount++] = 1;
                }
            }
        }

        DealCount = selection.To - selection.From;
        DisclosedCount = disclosed;
        TotalValue = total;
        MegaValue = megaValue;
        GovernmentKnown = governmentKnown;
        GovernmentHome = governmentHome;
        CompanyCount = companyCount;
        DisclosedCompanyCount = disclosedCompanies;
        InvestorCount = investorCount;
    }

    /// <summary>
    /// The disclosed totals of the scope's companies (those with at least one disclosed amount), ascending. Only
    /// the values are ordered: which company holds an equal total does not change any metric.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<long> SortedTotals()
    {
        var n = DisclosedCompanyCount;
        if (!_totalsSorted)
        {
            EnsureCapacity(ref _totals, n);
            EnsureCapacity(ref _scratch, n);
            var totals = _totals;
            var deals = _companyDeals;
            var companyTotal = _companyTotal;
            var m = 0;
            for (var slot = 0; slot < CompanyCount; slot++)
            {
                if ((deals[slot] & DisclosedFlag) != 0)
                {
                    totals[m++] = companyTotal[slot];
                }
            }

            ExactOrder.SortAscending(totals.AsSpan(0, n), _scratch, _counts);
            _totalsSorted = true;
        }

        return _totals.AsSpan(0, n);
    }

    /// <summary>Median (cents) of the disclosed amounts of one stage; null when there are none.</summary>
    public decimal? StageMedian(int stage) => Median(StageAmounts(stage));

    /// <summary>Median (cents) of the disclosed amounts of the given stages together; null when there are none.</summary>
    public decimal? Median(ReadOnlySpan<Stage> stages)
    {
        var n = 0;
        foreach (var stage in stages)
        {
            n += _stageAmountCount[(int)stage];
        }

        EnsureCapacity(ref _gathered, n);
        var at = 0;
        foreach (var stage in stages)
        {
            var amounts = StageAmounts((int)stage);
            amounts.CopyTo(_gathered.AsSpan(at));
            at += amounts.Length;
        }

        return Median(_gathered.AsSpan(0, n));
    }

    /// <summary>Median of amounts in cents (mean of the two middle values for an even count), still in cents; null when there are none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private decimal? Median(ReadOnlySpan<long> cents)
    {
        var n = cents.Length;
        if (n == 0)
        {
            return null;
        }

        EnsureCapacity(ref _scratch, n);
        var middle = n / 2;
        if (n % 2 == 1)
        {
            return ExactOrder.Nth(cents, middle, _scratch, _counts);
        }

        // The upper middle value equals the lower one when more than half the values are at most the lower one;
        // otherwise it is the smallest value above it.
        var lower = ExactOrder.Nth(cents, middle - 1, _scratch, _counts);
        var atMost = 0;
        var above = long.MaxValue;
        foreach (var x in cents)
        {
            if (x <= lower)
            {
                atMost++;
            }
            else if (x < above)
            {
                above = x;
            }
        }

        var upper = atMost > middle ? lower : above;
        return ((decimal)lower + upper) / 2m;
    }

    private long[] GrowStageAmounts(int stage)
    {
        var amounts = new long[Math.Max(256, _stageAmounts[stage].Length * 2)];
        _stageAmounts[stage].AsSpan().CopyTo(amounts);
        return _stageAmounts[stage] = amounts;
    }

    private void GrowInvestorSlots()
    {
        var length = Math.Min(_investorSlots.Entries.Length, Math.Max(1024, _slotInvestor.Length * 2));
        var investors = new int[length];
        var deals = new int[length];
        _slotInvestor.AsSpan().CopyTo(investors);
        _investorDeals.AsSpan().CopyTo(deals);
        _slotInvestor = investors;
        _investorDeals = deals;
    }

    private static void EnsureCapacity(ref long[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new long[Math.Max(length, buffer.Length * 2)];
        }
    }

    private void Reset()
    {
        _companySlots.NextScope();
        _investorSlots.NextScope();
        DealCount = 0;
        DisclosedCount = 0;
        TotalValue = 0;
        MegaValue = 0;
        GovernmentKnown = 0;
        GovernmentHome = 0;
        CompanyCount = 0;
        DisclosedCompanyCount = 0;
        InvestorCount = 0;
        _totalsSorted = false;
        Array.Clear(StageCount);
        Array.Clear(StageValue);
        Array.Clear(_stageAmountCount);
        Array.Clear(SectorCount);
        Array.Clear(SectorValue);
        Array.Clear(RegionCount);
        Array.Clear(RegionValue);
    }

    /// <summary>
    /// One 32-bit entry per id (company or investor): the high bits hold the stamp of the scope that last met the
    /// id, the low bits its slot in that scope. A new scope takes the next stamp, which invalidates every entry at
    /// once; when the stamps run out, the table is cleared and they start again.
    /// </summary>
    private sealed class SlotTable
    {
        private readonly int _slotBits;
        private readonly uint _lastStamp;
        private uint _stamp;

        public SlotTable(int ids)
        {
            // Zeroed by writing, so that a probe's first read of a page does not map the shared zero page and
            // make the write after it a page copy and a TLB flush on every core.
            Entries = GC.AllocateUninitializedArray<uint>(ids);
            Entries.AsSpan().Clear();
            _slotBits = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)ids));
            SlotMask = (1u << _slotBits) - 1;
            StampMask = ~SlotMask;
            _lastStamp = StampMask >> _slotBits;
        }

        public uint[] Entries { get; }

        public uint SlotMask { get; }

        public uint StampMask { get; }

        /// <summary>The current scope's stamp, shifted into the high bits (never 0, so fresh entries never match).</summary>
        public uint Stamp => _stamp << _slotBits;

        public void NextScope()
        {
            if (_stamp == _lastStamp)
            {
                Array.Clear(Entries);
                _stamp = 0;
            }

            _stamp++;
        }
    }
}
