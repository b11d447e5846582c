using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CapitalHealthReport.Model;

/// <summary>
/// Dense numbers for the companies and investors of a <see cref="DealSet"/>'s deals (in its order): each distinct
/// company key and each distinct investor name gets a number, so that consumers count and group by array index
/// instead of hashing names again. The loader assigns them as it interns names; for other deal sets they are
/// computed on first use. Numbers follow first appearance and carry no meaning beyond identity: anything ordered
/// by name must compare the names.
/// </summary>
internal sealed class DealNumbering
{
    public DealNumbering(int[] company, string[] companyKeys, int[] investorStart, int[] investors, string[] investorNames)
    {
        Company = company;
        CompanyKeys = companyKeys;
        InvestorStart = investorStart;
        Investors = investors;
        InvestorNames = investorNames;
    }

    /// <summary>Company number of each deal.</summary>
    public int[] Company { get; }

    /// <summary>Company key (<see cref="Deal.CompanyKey"/>) of each company number.</summary>
    public string[] CompanyKeys { get; }

    /// <summary>Deal <c>i</c>'s investor numbers are <c>Investors[InvestorStart[i]..InvestorStart[i + 1]]</c>, each once, in the deal's order.</summary>
    public int[] InvestorStart { get; }

    public int[] Investors { get; }

    /// <summary>Investor name (trimmed <see cref="Deal.Investors"/> entry) of each investor number.</summary>
    public string[] InvestorNames { get; }

    /// <summary>Numbers the companies and investors of <paramref name="deals"/> by hashing their keys and names.</summary>
    public static DealNumbering Compute(IReadOnlyList<Deal> deals)
    {
        var builder = new Builder(deals.Count);
        foreach (var deal in deals)
        {
            builder.AddDeal(builder.CompanyNumber(deal.CompanyKey));
            foreach (var raw in deal.Investors)
            {
                var name = raw.Trim();
                if (name.Length > 0)
                {
                    builder.AddInvestor(builder.InvestorNumber(name));
                }
            }
        }

        return builder.Build();
    }

    /// <summary>The same numbering for the deals in the order <c>order[k]</c> (old index of the deal now at k).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DealNumbering Permute(int[] order)
    {
        var company = new int[order.Length];
        var start = new int[order.Length + 1];
        var investors = new int[Investors.Length];
        var at = 0;
        for (var k = 0; k < order.Length; k++)
        {
            var old = order[k];
            company[k] = Company[old];
            start[k] = at;
            var from = InvestorStart[old];
            var count = InvestorStart[old + 1] - from;
            Array.Copy(Investors, from, investors, at, count);
            at += count;
        }

        start[order.Length] = at;
        return new DealNumbering(company, CompanyKeys, start, investors, InvestorNames);
    }

    /// <summary>Investor numbers of deal <paramref name="deal"/>.</summary>
    public ReadOnlySpan<int> InvestorsOf(int deal) => Investors.AsSpan(InvestorStart[deal], InvestorStart[deal + 1] - InvestorStart[deal]);

    /// <summary>Builds a numbering deal by deal: the company of each deal, then its investors.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, int> _companies;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _companyLookup;
        private readonly List<string> _companyKeys;
        private readonly Dictionary<string, int> _investors = new(StringComparer.Ordinal);
        private readonly List<string> _investorNames = [];
        private int[] _company;
        private int[] _start;
        private int[] _investorNumbers;
        private int _count;
        private int _investorCount;

        public Builder(int expectedDeals)
        {
            var capacity = Math.Max(16, expectedDeals);
            _companies = new Dictionary<string, int>(capacity / 2, StringComparer.Ordinal);
            _companyLookup = _companies.GetAlternateLookup<ReadOnlySpan<char>>();
            _companyKeys = new List<string>(capacity / 2);
            _company = new int[capacity];
            _start = new int[capacity + 1];
            _investorNumbers = new int[capacity * 2];
        }

        /// <summary>Investor entries given so far, over all deals.</summary>
        public int InvestorCount => _investorCount;

        /// <summary>The investor name of entry <paramref name="position"/> (0 ≤ position &lt; <see cref="InvestorCount"/>).</summary>
        public string InvestorName(int position) => _investorNames[_investorNumbers[position]];

        /// <summary>The number of a company key, given the key's text; the key string is allocated only for a new company.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int CompanyNumber(ReadOnlySpan<char> key, out string interned)
        {
            if (_companyLookup.TryGetValue(key, out var number))
            {
                interned = _companyKeys[number];
                return number;
            }

            interned = key.ToString();
            number = _companyKeys.Count;
            _companies.Add(interned, number);
            _companyKeys.Add(interned);
            return number;
        }

        public int CompanyNumber(string key)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_companies, key, out var exists);
            if (!exists)
            {
                slot = _companyKeys.Count;
                _companyKeys.Add(key);
            }

            return slot;
        }

        public int InvestorNumber(string name)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_investors, name, out var exists);
            if (!exists)
            {
                slot = _investorNames.Count;
                _investorNames.Add(name);
            }

            return slot;
        }

        /// <summary>Makes room for <paramref name="companies"/> and <paramref name="investors"/> more numbers without growing the tables one step at a time.</summary>
        public void Reserve(int companies, int investors)
        {
            _companies.EnsureCapacity(_companies.Count + companies);
            _companyKeys.EnsureCapacity(_companyKeys.Count + companies);
            _investors.EnsureCapacity(_investors.Count + investors);
            _investorNames.EnsureCapacity(_investorNames.Count + investors);
        }

        /// <summary>Starts the next deal.</summary>
        public void AddDeal(int company)
        {
            if (_count == _company.Length)
            {
                Array.Resize(ref _company, _company.Length * 2);
                Array.Resize(ref _start, _company.Length + 1);
            }

            _company[_count] = company;
            _start[_count] = _investorCount;
            _count++;
        }

        /// <summary>Adds an investor to the current deal, unless the deal already has it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddInvestor(int investor)
        {
            for (var k = _start[_count - 1]; k < _investorCount; k++)
            {
                if (_investorNumbers[k] == investor)
                {
                    return;
                }
            }

            if (_investorCount == _investorNumbers.Length)
            {
                Array.Resize(ref _investorNumbers, _investorNumbers.Length * 2);
            }

            _investorNumbers[_investorCount++] = investor;
        }

        public DealNumbering Build()
        {
            var company = _company.Length == _count ? _company : _company[.._count];
            var start = new int[_count + 1];
            Array.Copy(_start, start, _count);
            start[_count] = _investorCount;
            var investors = _investorNumbers.Length == _investorCount ? _investorNumbers : _investorNumbers[.._investorCount];
            return new DealNumbering(company, [.. _companyKeys], start, investors, [.. _investorNames]);
        }
    }
}
