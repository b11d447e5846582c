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
}

/// <summary>
/// One pass over the deals of a scope: counts and exact integer sums (cents) per company, stage, sector, region
/// and investor. Reused across scopes by one thread at a time (arrays indexed by company or investor are
/// reset lazily with a stamp).
/// </summary>
internal sealed class ScopeAccumulator
{
    private readonly DealColumns _columns;
    private readonly int[] _companyStamp;
    private readonly int[] _investorStamp;
    private int _stamp;

    public ScopeAccumulator(DealColumns columns)
    {
        _columns = columns;
        _companyStamp = new int[columns.CompanyKeys.Length];
        CompanyTotal = new long[columns.CompanyKeys.Length];
        CompanyDeals = new int[columns.CompanyKeys.Length];
        CompanyDisclosed = new bool[columns.CompanyKeys.Length];
        TouchedCompanies = new int[columns.CompanyKeys.Length];
        _investorStamp = new int[columns.InvestorNames.Length];
        InvestorDeals = new int[columns.InvestorNames.Length];
        TouchedInvestors = new int[columns.InvestorNames.Length];
        SectorCount = new int[columns.SectorNames.Length];
        SectorValue = new long[columns.SectorNames.Length];
        RegionCount = new int[columns.RegionNames.Length];
        RegionValue = new long[columns.RegionNames.Length];
        StageAmounts = new List<long>[Stages.All.Count];
        for (var s = 0; s < StageAmounts.Length; s++)
        {
            StageAmounts[s] = [];
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

    /// <summary>Disclosed amounts (cents) per stage, in deal order until a median sorts them.</summary>
    public readonly List<long>[] StageAmounts;
    public readonly int[] SectorCount;
    public readonly long[] SectorValue;
    public readonly int[] RegionCount;
    public readonly long[] RegionValue;
    public readonly long[] CompanyTotal;
    public readonly int[] CompanyDeals;
    public readonly bool[] CompanyDisclosed;
    public readonly int[] TouchedCompanies;
    public int CompanyCount;
    public readonly int[] InvestorDeals;
    public readonly int[] TouchedInvestors;
    public int InvestorCount;

    /// <summary>Companies with a disclosed amount, largest total first (ties: key ordinal); valid after <see cref="SortCompanies"/>.</summary>
    public int[] Ranked = [];

    public int RankedCount;

    public DealColumns Columns => _columns;

    public void Run(ScopeSelection selection)
    {
        Reset();
        if (selection.IsEmpty)
        {
            return;
        }

        var c = _columns;
        var stamp = _stamp;
        var indices = selection.Indices;
        for (var k = selection.From; k < selection.To; k++)
        {
            var i = indices is null ? k : indices[k];
            DealCount++;
            var stage = c.Stage[i];
            var sector = c.Sector[i];
            var region = c.Region[i];
            StageCount[stage]++;
            SectorCount[sector]++;
            RegionCount[region]++;
            var company = c.Company[i];
            if (_companyStamp[company] != stamp)
            {
                _companyStamp[company] = stamp;
                CompanyTotal[company] = 0;
                CompanyDeals[company] = 0;
                CompanyDisclosed[company] = false;
                TouchedCompanies[CompanyCount++] = company;
            }

            CompanyDeals[company]++;
            var amount = c.Cents[i];
            if (amount >= 0)
            {
                DisclosedCount++;
                TotalValue += amount;
                CompanyTotal[company] += amount;
                CompanyDisclosed[company] = true;
                StageValue[stage] += amount;
                SectorValue[sector] += amount;
                RegionValue[region] += amount;
                StageAmounts[stage].Add(amount);
                if (c.Mega[i])
                {
                    MegaValue += amount;
                }
            }

            var government = c.GovernmentHome[i];
            if (government != 0)
            {
                GovernmentKnown++;
                if (government == 2)
                {
                    GovernmentHome++;
                }
            }

            for (var v = c.InvestorStart[i]; v < c.InvestorStart[i + 1]; v++)
            {
                var investor = c.InvestorIndex[v];
                if (_investorStamp[investor] != stamp)
                {
                    _investorStamp[investor] = stamp;
                    InvestorDeals[investor] = 0;
                    TouchedInvestors[InvestorCount++] = investor;
                }

                InvestorDeals[investor]++;
            }
        }
    }

    /// <summary>Orders the companies with a disclosed amount: total descending, then key ordinal (a total order).</summary>
    public void SortCompanies()
    {
        var keys = new long[CompanyCount];
        Ranked = new int[CompanyCount];
        var n = 0;
        for (var k = 0; k < CompanyCount; k++)
        {
            var company = TouchedCompanies[k];
            if (CompanyDisclosed[company])
            {
                keys[n] = -CompanyTotal[company];
                Ranked[n] = company;
                n++;
            }
        }

        RankedCount = n;
        ExactOrder.SortByKeyThenIndex(keys, Ranked, n);
    }

    private void Reset()
    {
        _stamp++;
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_companyStamp);
            Array.Clear(_investorStamp);
            _stamp = 1;
        }

        DealCount = 0;
        DisclosedCount = 0;
        TotalValue = 0;
        MegaValue = 0;
        GovernmentKnown = 0;
        GovernmentHome = 0;
        CompanyCount = 0;
        InvestorCount = 0;
        RankedCount = 0;
        Array.Clear(StageCount);
        Array.Clear(StageValue);
        foreach (var list in StageAmounts)
        {
            list.Clear();
        }

        Array.Clear(SectorCount);
        Array.Clear(SectorValue);
        Array.Clear(RegionCount);
        Array.Clear(RegionValue);
    }
}
