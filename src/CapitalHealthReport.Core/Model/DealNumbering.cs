using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Model;

/// <summary>
/// Dense numbers for the companies and investors of a <see cref="DealTable"/>'s deals (in its row order): each
/// distinct company key and each distinct investor key (<see cref="InvestorKeys"/>: its name with or without its legal
/// form) gets a number, so that consumers count and group by array
/// index instead of hashing names again. The loader assigns them as it interns names; for deal sets made from objects
/// they are computed on first use. Numbers follow first appearance and carry no meaning beyond identity: anything
/// ordered by name must compare the names. Keys and names are held as text columns, not as a string each.
/// </summary>
internal sealed class DealNumbering
{
    private string[]? _companyKeyStrings;
    private string[]? _investorNameStrings;

    public DealNumbering(int[] company, TextColumn companyKeys, int[] investorStart, int[] investors, TextColumn investorNames)
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
    public TextColumn CompanyKeys { get; }

    /// <summary>Deal <c>i</c>'s investor numbers are <c>Investors[InvestorStart[i]..InvestorStart[i + 1]]</c>, each once, in the deal's order.</summary>
    public int[] InvestorStart { get; }

    public int[] Investors { get; }

    /// <summary>
    /// The name shown for each investor number: of the spellings (trimmed <see cref="Deal.Investors"/> entries) that
    /// share its key, the one written most often, ties to the first in ordinal order, so that it does not depend on the
    /// order of the rows.
    /// </summary>
    public TextColumn InvestorNames { get; }

    /// <summary>Every company key as a string, made once when first asked for (deals made from the table share them).</summary>
    public string[] CompanyKeyStrings => _companyKeyStrings ?? Interlocked.CompareExchange(ref _companyKeyStrings, Strings(CompanyKeys), null) ?? _companyKeyStrings;

    /// <summary>Every investor name as a string, made once when first asked for.</summary>
    public string[] InvestorNameStrings => _investorNameStrings ?? Interlocked.CompareExchange(ref _investorNameStrings, Strings(InvestorNames), null) ?? _investorNameStrings;

    /// <summary>Numbers the companies and investors of <paramref name="deals"/> by hashing their keys and investor spellings.</summary>
    public static DealNumbering Compute(IReadOnlyList<Deal> deals)
    {
        var builder = new Builder(deals.Count);
        foreach (var deal in deals)
        {
            builder.AddDeal(builder.CompanyNumber(deal.CompanyKey));
            foreach (var raw in deal.Investors)
            {
                var name = raw.AsSpan().Trim();
                if (name.Length > 0)
                {
                    builder.AddInvestor(builder.InvestorSpelling(name));
                }
            }
        }

        return builder.Build();
    }

    /// <summary>Investor numbers of deal <paramref name="deal"/>.</summary>
    public ReadOnlySpan<int> InvestorsOf(int deal) => Investors.AsSpan(InvestorStart[deal], InvestorStart[deal + 1] - InvestorStart[deal]);

    private static string[] Strings(TextColumn texts)
    {
        var strings = new string[texts.Count];
        for (var k = 0; k < strings.Length; k++)
        {
            strings[k] = texts.GetString(k);
        }

        return strings;
    }

    /// <summary>Builds a numbering deal by deal: the company of each deal, then its investors.</summary>
    internal sealed class Builder
    {
        private readonly TextColumn.Builder _companyKeys;
        private readonly NumberedIds _numberedCompanies;
        private readonly TextColumn.Builder _spellings;
        private readonly TextColumn.Builder _investorKeys;
        private SpellingUse[] _spellingUses;
        private int[] _company;
        private int[] _start;
        private int[] _investorNumbers;
        private int _count;
        private int _investorCount;

        public Builder(int expectedDeals)
        {
            var capacity = Math.Max(16, expectedDeals);
            _companyKeys = new TextColumn.Builder(capacity / 2, indexed: true);
            _numberedCompanies = new NumberedIds(capacity / 2);
            // Investors are few beside deals: a small table stays in the processor's cache, and grows when it must.
            _spellings = new TextColumn.Builder(1024, indexed: true);
            _investorKeys = new TextColumn.Builder(1024, indexed: true);
            _spellingUses = new SpellingUse[1024];
            _company = new int[capacity];
            _start = new int[capacity + 1];
            _investorNumbers = new int[capacity * 2];
        }

        /// <summary>The number of a company key.</summary>
        /// <summary>The number of the company <paramref name="key"/> names (a company id, or a key made from a name), numbered now if it is new.</summary>
        public int CompanyNumber(ReadOnlySpan<char> key)
        {
            // Company ids are mostly numbered (CHS00001): found by their number, their text stored but not hashed.
            switch (_numberedCompanies.TryAdd(key, _companyKeys.Count, out var existing))
            {
                case true:
                    _companyKeys.Add(key);
                    return _companyKeys.Count - 1;
                case false:
                    return existing;
                default:
                    return _companyKeys.Intern(key);
            }
        }

        /// <summary>
        /// The number of the company <paramref name="name"/> names (by its key, <see cref="Model.CompanyKeys"/>), numbered now
        /// if it is new. The key is written into a buffer, not a string, unless the name needs the full normalisation.
        /// </summary>
        public int CompanyNumberOfName(ReadOnlySpan<char> name)
        {
            // Text made only of CJK Unified Ideographs (U+4E00–U+9FFF), as most Chinese names are, is its own key.
            if (!name.ContainsAnyExceptInRange('\u4E00', '\u9FFF'))
            {
                return CompanyNumber(name);
            }

            const int StackKeyLength = 256;
            Span<char> key = name.Length <= StackKeyLength ? stackalloc char[name.Length] : new char[name.Length];
            return Model.CompanyKeys.TryWrite(name, key, out var written)
                ? CompanyNumber(key[..written])
                : CompanyNumber(Model.CompanyKeys.FromName(name.ToString()));
        }

        /// <summary>
        /// The number of an investor's spelling <paramref name="name"/>, to pass to <see cref="AddInvestor"/>; a new
        /// spelling is given the investor of its key (<see cref="InvestorKeys"/>), numbered now if it is new.
        /// </summary>
        public int InvestorSpelling(ReadOnlySpan<char> name)
        {
            var count = _spellings.Count;
            var spelling = _spellings.Intern(name);
            if (spelling == count)
            {
                if (count == _spellingUses.Length)
                {
                    Array.Resize(ref _spellingUses, count * 2);
                }

                // Once per distinct spelling. A name that carries no legal form (most do not) is keyed on the stack;
                // only a name that may carry one, or that width folding changes, is folded into a string and stripped.
                _spellingUses[spelling].Investor = InvestorKey(name);
            }

            return spelling;
        }

        /// <summary>The investor number of the key of <paramref name="name"/> (<see cref="InvestorKeys"/>), numbered now if it is new.</summary>
        private int InvestorKey(ReadOnlySpan<char> name)
        {
            const int StackKeyLength = 256;
            Span<char> key = name.Length <= StackKeyLength ? stackalloc char[name.Length] : new char[name.Length];
            return InvestorKeys.TryWrite(name, key, out var written)
                ? _investorKeys.Intern(key[..written])
                : _investorKeys.Intern(InvestorKeys.FromName(name.ToString()));
        }

        /// <summary>Starts the next deal.</summary>
        public void AddDeal(int company)
        {
            if (_count == _company.Length)
            {
                Array.Resize(ref _company, _count * 2);
                Array.Resize(ref _start, (_count * 2) + 1);
            }

            _company[_count] = company;
            _start[_count] = _investorCount;
            _count++;
        }

        /// <summary>Adds the investor of a spelling (<see cref="InvestorSpelling"/>) to the current deal, unless the deal already has it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddInvestor(int spelling)
        {
            // Investor and count side by side: one memory access per investor written.
            ref var use = ref _spellingUses[spelling];
            use.Uses++;
            var investor = use.Investor;
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
            int[] start;
            if (_start.Length == _count + 1)
            {
                start = _start;
            }
            else
            {
                start = new int[_count + 1];
                Array.Copy(_start, start, _count);
            }

            start[_count] = _investorCount;
            var investors = _investorNumbers.Length == _investorCount ? _investorNumbers : _investorNumbers[.._investorCount];
            return new DealNumbering(company, _companyKeys.Build(), start, investors, InvestorNames());
        }

        /// <summary>The name shown for each investor: its spelling written most often, ties to the first in ordinal order.</summary>
        private TextColumn InvestorNames()
        {
            // Each spelling its own investor (investor numbers are then spelling numbers): the spellings are the names.
            if (_investorKeys.Count == _spellings.Count)
            {
                return _spellings.Build();
            }

            var shown = new int[_investorKeys.Count];
            Array.Fill(shown, -1);
            for (var spelling = 0; spelling < _spellings.Count; spelling++)
            {
                ref var chosen = ref shown[_spellingUses[spelling].Investor];
                if (chosen < 0 || _spellingUses[spelling].Uses > _spellingUses[chosen].Uses
                    || (_spellingUses[spelling].Uses == _spellingUses[chosen].Uses && _spellings[spelling].SequenceCompareTo(_spellings[chosen]) < 0))
                {
                    chosen = spelling;
                }
            }

            var names = new TextColumn.Builder(shown.Length);
            foreach (var spelling in shown)
            {
                names.Add(_spellings[spelling]);
            }

            return names.Build();
        }

        /// <summary>A spelling's investor and how many times it is written.</summary>
        private struct SpellingUse
        {
            public int Investor;
            public int Uses;
        }
    }
}
