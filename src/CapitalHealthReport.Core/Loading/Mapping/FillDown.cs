namespace CapitalHealthReport.Loading;

/// <summary>
/// Grouped exports (a company named on its first round only): the mapping's <c>fill_down</c> fields take the row
/// before's value when empty, and, for the company fields, rows that miss a value the rows before them had are
/// counted so that <c>data validate</c> can suggest <c>fill_down</c>. Rows are seen once each, in file order, by the
/// one thread that maps them (collecting runs beside it, so filling down costs the two-thread path nothing).
/// </summary>
internal sealed class FillDown
{
    private static readonly CanonicalField[] Watched = [CanonicalField.Company, CanonicalField.CompanyId];

    private readonly bool[] _fill = new bool[CanonicalFields.Count];
    private readonly string?[] _previous = new string?[CanonicalFields.Count];
    private readonly int[] _filled = new int[CanonicalFields.Count];
    private readonly bool[] _seen = new bool[CanonicalFields.Count];
    private readonly int[] _after = new int[CanonicalFields.Count];
    private readonly CanonicalField[] _fields;

    public FillDown(IReadOnlyList<string> fields)
    {
        foreach (var name in fields)
        {
            _fill[(int)CanonicalFields.FromName(name)!.Value] = true;
        }

        _fields = [.. Enumerable.Range(0, CanonicalFields.Count).Select(f => (CanonicalField)f).Where(f => _fill[(int)f] || Watched.Contains(f))];
    }

    /// <summary>The fields to show <see cref="See"/> on every row: those filled down, and the company fields watched for suggestions.</summary>
    public ReadOnlySpan<CanonicalField> Fields => _fields;

    /// <summary>Takes in a field of the next row (its trimmed text, empty for a missing-value marker), before the row is mapped.</summary>
    public void See(CanonicalField field, ReadOnlySpan<char> text)
    {
        var f = (int)field;
        if (_fill[f])
        {
            if (text.IsEmpty)
            {
                _filled[f] += _previous[f] is null ? 0 : 1;
            }
            else if (!text.SequenceEqual(_previous[f]))
            {
                _previous[f] = text.ToString();
            }
        }
        else if (!text.IsEmpty)
        {
            _seen[f] = true;
        }
        else if (_seen[f])
        {
            _after[f]++;
        }
    }

    /// <summary>The field's text for this row: the row before's when the field is filled down and empty here.</summary>
    public ReadOnlySpan<char> Apply(CanonicalField field, ReadOnlySpan<char> text) =>
        _fill[(int)field] && text.IsWhiteSpace() && _previous[(int)field] is { } previous ? previous : text;

    /// <summary>Cells filled per field.</summary>
    public SortedDictionary<string, int> Filled()
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < CanonicalFields.Count; f++)
        {
            if (_fill[f])
            {
                result[CanonicalFields.Name((CanonicalField)f)] = _filled[f];
            }
        }

        return result;
    }

    /// <summary>Company fields empty on at least 3 rows and 5% of <paramref name="rows"/> after a row that had them.</summary>
    public IReadOnlyList<FillDownSuggestion> Suggestions(int rows) =>
        [.. Watched.Where(f => !_fill[(int)f] && _after[(int)f] >= Math.Max(3, rows / 20)).Select(f => new FillDownSuggestion(CanonicalFields.Name(f), _after[(int)f]))];
}
