using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Adds the rows the <see cref="DealRowMapper"/> accepted to the <see cref="DealTable"/>, in file order: claims each
/// id (a repeat is rejected, naming the first line), numbers companies and investors (each distinct text once), and
/// counts the labels of the deals it keeps. With <c>dedupe: exact</c> it first drops a row identical in every field
/// to an earlier one (rejected, naming that row's line). It runs beside the mapper, on its own thread for large files.
/// </summary>
internal sealed class DealCollector
{
    private static readonly SearchValues<char> InvestorSeparators = SearchValues.Create(";,、，");

    private readonly InvestorDirectory _investors;
    private readonly DealTable.Builder _rows;
    private readonly DealNumbering.Builder _numbering;
    private readonly TextNumbers _names;
    private readonly TextNumbers _investorNumbers;
    private readonly List<(int Line, string Message)> _duplicates = [];
    private readonly ExactRows? _exact;
    private readonly List<MappedValue> _uncounted = [];

    /// <summary>The value of an investor text that names no investor (<see cref="UndisclosedInvestors"/>).</summary>
    private const int NoInvestor = -2;

    /// <summary>How many rows ahead of its lookup a company name's index slot is fetched, and then the text that slot points to.</summary>
    private const int SlotLookahead = 16, TextLookahead = 8;

    /// <summary>The hashes of the company names of the batch being collected.</summary>
    private readonly int[] _nameHashes = new int[MappedRows.Capacity];

    public DealCollector(string file, ReferenceData reference, int expectedRows, bool dropExactDuplicates = false)
    {
        _exact = dropExactDuplicates ? new ExactRows() : null;
        _investors = reference.Investors;
        _rows = new DealTable.Builder(file, expectedRows);
        _numbering = new DealNumbering.Builder(expectedRows);
        _names = new TextNumbers(expectedRows / 4);

        // Investors are few beside deals (thousands in a million deals): a small table stays in the processor's cache.
        _investorNumbers = new TextNumbers(1024);
    }

    /// <summary>The deals kept so far.</summary>
    public DealTable.Builder Rows => _rows;

    /// <summary>With <c>dedupe: exact</c>: each row dropped as an exact duplicate, with the line of the row it repeats, in file order.</summary>
    public IReadOnlyList<(int Line, int First)> ExactDuplicates => _exact?.Dropped ?? [];

    /// <summary>The deals kept, as columns with their company and investor numbering.</summary>
    public DealTable Table() => _rows.Build(_numbering.Build(), _names.Texts);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Collect(MappedRows rows)
    {
        // The names of companies without an id are looked up in a table larger than the processor's cache: their
        // hashes are computed first, and each row asks for the memory that a lookup a few rows later will read.
        var hashes = _nameHashes;
        for (var i = 0; i < rows.Count; i++)
        {
            hashes[i] = rows.Text(i, 2).IsEmpty ? TextColumn.Builder.Hash(rows.Text(i, 1)) : 0;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (i + SlotLookahead < rows.Count)
            {
                _names.PrefetchSlot(hashes[i + SlotLookahead]);
            }

            if (i + TextLookahead < rows.Count)
            {
                _names.PrefetchText(hashes[i + TextLookahead]);
            }

            if (_exact is not null && !_exact.IsFirst(rows, i))
            {
                Uncount(rows, i);
                continue;
            }

            var id = rows.Text(i, 0);
            if (!id.IsEmpty && !_rows.TryClaimId(id, out var first))
            {
                _duplicates.Add((rows.Line[i], string.Create(CultureInfo.InvariantCulture, $"the deal id '{id}' was already used on line {_rows.LineAt(first)}; the first row is kept.")));
                Uncount(rows, i);
                continue;
            }

            // A company is its company_id, else its name's key (width and case folded, costly: once per distinct name).
            var company = rows.Text(i, 1);
            var companyId = rows.Text(i, 2);
            // Without a company id a name is hashed anyway (it names the company): its rows share one copy of it.
            var name = companyId.IsEmpty ? _names.Number(company, hashes[i]) : _names.Append(company);
            _numbering.AddDeal(companyId.IsEmpty
                ? _names.Value(name, company, _numbering, static (text, numbering) => numbering.CompanyNumberOfName(text))
                : _numbering.CompanyNumber(companyId));
            AddInvestors(rows.Text(i, 3));

            var labels = rows.Labels;
            _rows.Add(rows.Day[i], rows.Line[i], labels[0][i]?.Stage ?? Stage.Unknown, rows.Flags[i], rows.Amount[i], labels[1][i]?.Value ?? labels[2][i]?.Sector, labels[2][i]?.Value, labels[3][i]?.Value, labels[4][i]?.Value, labels[5][i]!.Value, id, name);
        }
    }

    /// <summary>
    /// Takes back, once every row is mapped, the label counts of the rows this collector left out: the mapper counts the
    /// labels of the rows it passes on, on its own thread, so that no count is written from two threads.
    /// </summary>
    public void CorrectLabelCounts()
    {
        foreach (var label in _uncounted)
        {
            label.Count--;
        }

        _uncounted.Clear();
    }

    private void Uncount(MappedRows rows, int i)
    {
        foreach (var labels in rows.Labels)
        {
            if (labels[i] is { } label)
            {
                _uncounted.Add(label);
            }
        }
    }

    /// <summary>Reports the rows rejected for a repeated id, then those dropped as exact duplicates, each in line order.</summary>
    public void Report(IssueLog issues, string idColumn)
    {
        foreach (var (line, message) in _duplicates)
        {
            issues.Reject(DataIssueCodes.DuplicateId, line, idColumn, message);
        }

        foreach (var (line, first) in ExactDuplicates)
        {
            issues.Reject(DataIssueCodes.ExactDuplicate, line, null, string.Create(CultureInfo.InvariantCulture, $"the row repeats line {first} exactly (dedupe: exact); it is left out."));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddInvestors(ReadOnlySpan<char> raw)
    {
        while (!raw.IsEmpty)
        {
            var end = raw.IndexOfAny(InvestorSeparators);

            // "Acme Ventures, LLC": a legal form after a comma ends the investor before it.
            while (end >= 0 && raw[end] == ',' && NextPart(raw[(end + 1)..]) is var next && LegalForms.IsForm(next))
            {
                end += 1 + next.Length;
                end = end < raw.Length ? end : -1;
            }

            var part = (end < 0 ? raw : raw[..end]).Trim();
            raw = end < 0 ? default : raw[(end + 1)..];
            if (!part.IsEmpty)
            {
                // "投资方未透露" or "Undisclosed investors" names no investor; an investor the directory knows is spelled
                // with its directory name (ANRI株式会社 as ANRI). Looked at once per distinct text.
                var spelling = _investorNumbers.Value(_investorNumbers.Number(part), part, this, static (text, collector) =>
                    UndisclosedInvestors.Contains(text) ? NoInvestor : collector._numbering.InvestorSpelling(collector._investors.Find(text) is { } known ? known.Name : text));
                if (spelling != NoInvestor)
                {
                    _numbering.AddInvestor(spelling);
                }
            }
        }
    }

    /// <summary>The text up to the next investor separator (all of <paramref name="rest"/> when there is none).</summary>
    private static ReadOnlySpan<char> NextPart(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny(InvestorSeparators);
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>
    /// Numbers source texts (each distinct text once when looked up with <see cref="Number(ReadOnlySpan{char})"/>, in order of first
    /// appearance) and keeps a number computed for a text when first asked, without an object per text.
    /// </summary>
    private sealed class TextNumbers(int capacity)
    {
        private readonly TextColumn.Builder _texts = new(capacity, indexed: true);
        private int[] _values = [];

        /// <summary>The distinct texts, by number.</summary>
        public TextColumn Texts => _texts.Build();

        /// <summary>The number of <paramref name="text"/>, added now when it is new.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Number(ReadOnlySpan<char> text) => _texts.Intern(text);

        /// <summary><see cref="Number(ReadOnlySpan{char})"/> with the text's hash (<see cref="TextColumn.Builder.Hash"/>) computed already.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Number(ReadOnlySpan<char> text, int hash) => _texts.Intern(text, hash);

        /// <inheritdoc cref="TextColumn.Builder.PrefetchSlot"/>
        public void PrefetchSlot(int hash) => _texts.PrefetchSlot(hash);

        /// <inheritdoc cref="TextColumn.Builder.PrefetchText"/>
        public void PrefetchText(int hash) => _texts.PrefetchText(hash);

        /// <summary>Adds <paramref name="text"/> without looking for it (it may repeat an earlier text); returns its number.</summary>
        public int Append(ReadOnlySpan<char> text)
        {
            _texts.Add(text);
            return _texts.Count - 1;
        }

        /// <summary>The value of text number <paramref name="number"/> (<paramref name="text"/>), computed the first time (-1 is "not yet computed").</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Value<TState>(int number, ReadOnlySpan<char> text, TState state, Func<ReadOnlySpan<char>, TState, int> compute)
        {
            if (number >= _values.Length)
            {
                var grown = new int[Math.Max(1024, Math.Max(_values.Length * 2, number + 1))];
                _values.CopyTo(grown, 0);
                Array.Fill(grown, -1, _values.Length, grown.Length - _values.Length);
                _values = grown;
            }

            ref var value = ref _values[number];
            if (value == -1)
            {
                value = compute(text, state);
            }

            return value;
        }
    }

    /// <summary>
    /// The rows seen so far by everything the mapper read of them (date, amount, labels, id, company, company id,
    /// investors), to drop a row identical to an earlier one. Kept only with <c>dedupe: exact</c>.
    /// </summary>
    private sealed class ExactRows
    {
        private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);
        private readonly StringBuilder _key = new();

        public List<(int Line, int First)> Dropped { get; } = [];

        /// <summary>True when row <paramref name="i"/> of <paramref name="rows"/> repeats no earlier row; otherwise records it as dropped.</summary>
        public bool IsFirst(MappedRows rows, int i)
        {
            _key.Clear();
            _key.Append(rows.Day[i]).Append('\u001F').Append(rows.Amount[i].ToString(CultureInfo.InvariantCulture)).Append('\u001F').Append(rows.Flags[i]);
            foreach (var labels in rows.Labels)
            {
                _key.Append('\u001F').Append(labels[i]?.Value).Append('\u001E').Append(labels[i]?.Stage);
            }

            for (var which = 0; which < 4; which++)
            {
                _key.Append('\u001F').Append(rows.Text(i, which));
            }

            var line = rows.Line[i];
            if (_first.TryAdd(_key.ToString(), line))
            {
                return true;
            }

            Dropped.Add((line, _first[_key.ToString()]));
            return false;
        }
    }
}
