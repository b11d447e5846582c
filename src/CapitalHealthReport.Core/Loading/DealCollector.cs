using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Adds the rows the <see cref="DealRowMapper"/> accepted to the <see cref="DealTable"/>, in file order: claims each
/// id (a repeat is rejected, naming the first line), numbers companies and investors (each distinct text once), and
/// counts the labels of the deals it keeps. It runs beside the mapper, on its own thread for large files.
/// </summary>
internal sealed class DealCollector
{
    private static readonly SearchValues<char> InvestorSeparators = SearchValues.Create(";,、，");

    private readonly InvestorDirectory _investors;
    private readonly DealTable.Builder _rows;
    private readonly DealNumbering.Builder _numbering;
    private readonly TextNumbers _companyNumbers;
    private readonly TextNumbers _investorNumbers;
    private readonly List<(int Line, string Message)> _duplicates = [];

    public DealCollector(string file, ReferenceData reference, int expectedRows)
    {
        _investors = reference.Investors;
        _rows = new DealTable.Builder(file, expectedRows);
        _numbering = new DealNumbering.Builder(expectedRows);
        _companyNumbers = new TextNumbers(expectedRows / 2);
        _investorNumbers = new TextNumbers(expectedRows / 4);
    }

    /// <summary>The deals kept so far.</summary>
    public DealTable.Builder Rows => _rows;

    /// <summary>The deals kept, as columns with their company and investor numbering.</summary>
    public DealTable Table() => _rows.Build(_numbering.Build());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Collect(MappedRows rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var id = rows.Text(i, 0);
            if (!id.IsEmpty && !_rows.TryClaimId(id, out var first))
            {
                _duplicates.Add((rows.Line[i], string.Create(CultureInfo.InvariantCulture, $"the deal id '{id}' was already used on line {_rows.LineAt(first)}; the first row is kept.")));
                continue;
            }

            // A company is its company_id, else its name's key (width and case folded, costly: once per distinct name).
            var company = rows.Text(i, 1);
            var companyId = rows.Text(i, 2);
            _numbering.AddDeal(companyId.IsEmpty
                ? _companyNumbers.Get(company, _numbering, static (name, numbering) => numbering.CompanyNumber(CompanyKeys.FromName(name.ToString())))
                : _numbering.CompanyNumber(companyId));
            AddInvestors(rows.Text(i, 3));

            var labels = rows.Labels;
            for (var k = 0; k < labels.Length; k++)
            {
                if (labels[k][i] is { } label)
                {
                    label.Count++;
                }
            }

            _rows.Add(rows.Day[i], rows.Line[i], labels[0][i]?.Stage ?? Stage.Unknown, rows.Flags[i], rows.Amount[i], labels[1][i]?.Value ?? labels[2][i]?.Sector, labels[2][i]?.Value, labels[3][i]?.Value, labels[4][i]?.Value, labels[5][i]!.Value, id, company);
        }
    }

    /// <summary>Reports the rows rejected for a repeated id, in line order.</summary>
    public void Report(IssueLog issues, string idColumn)
    {
        foreach (var (line, message) in _duplicates)
        {
            issues.Reject(DataIssueCodes.DuplicateId, line, idColumn, message);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddInvestors(ReadOnlySpan<char> raw)
    {
        while (!raw.IsEmpty)
        {
            var end = raw.IndexOfAny(InvestorSeparators);
            var part = (end < 0 ? raw : raw[..end]).Trim();
            raw = end < 0 ? default : raw[(end + 1)..];
            if (!part.IsEmpty)
            {
                _numbering.AddInvestor(_investorNumbers.Get(part, this, static (text, collector) =>
                    collector._numbering.InvestorNumber(collector._investors.Find(text) is { } known ? known.Name : text)));
            }
        }
    }

    /// <summary>Numbers each distinct source text once and keeps a number computed for it, without an object per text.</summary>
    private sealed class TextNumbers(int capacity)
    {
        private readonly TextColumn.Builder _texts = new(capacity, indexed: true);
        private int[] _values = new int[Math.Max(16, capacity)];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Get<TState>(ReadOnlySpan<char> text, TState state, Func<ReadOnlySpan<char>, TState, int> compute)
        {
            var count = _texts.Count;
            var row = _texts.Intern(text);
            if (row == count)
            {
                if (row == _values.Length)
                {
                    Array.Resize(ref _values, row * 2);
                }

                _values[row] = compute(text, state);
            }

            return _values[row];
        }
    }
}
