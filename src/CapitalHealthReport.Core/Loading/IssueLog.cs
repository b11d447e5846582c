using System.Runtime.InteropServices;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The data issues of one load: every rejected row, and warnings about kept rows (the first 1,000 of each code kept
/// in full, all counted), with per-code counts and first lines for <see cref="LoadStatistics"/>.
/// </summary>
internal sealed class IssueLog(string file, bool strict)
{
    private const int WarningsKeptPerCode = 1000;

    /// <summary>How many distinct messages of rejected rows keep their "row rejected: " text for the next row that repeats them.</summary>
    private const int RejectionTextsKept = 4096;

    private readonly List<DataIssue> _issues = [];
    private readonly Dictionary<string, Counter> _rejections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Counter> _warnings = new(StringComparer.Ordinal);

    // A message made once for many rows (one per distinct date text) is prefixed once, by instance.
    private readonly Dictionary<string, string> _rejectionTexts = new(ReferenceEqualityComparer.Instance);

    public string File { get; } = file;

    /// <summary>Every issue kept, in line order (then code).</summary>
    public List<DataIssue> Sorted()
    {
        var issues = new List<DataIssue>(_issues);
        issues.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Code, b.Code));
        return issues;
    }

    public SortedDictionary<string, RejectionSummary> Rejections => Summaries(_rejections);

    public SortedDictionary<string, RejectionSummary> Warnings => Summaries(_warnings);

    /// <summary>Records a row that is not used, and why.</summary>
    public void Reject(string code, int line, string? column, string message)
    {
        Count(_rejections, code).Add(line);
        if (!_rejectionTexts.TryGetValue(message, out var text))
        {
            text = "row rejected: " + message;
            if (_rejectionTexts.Count < RejectionTextsKept)
            {
                _rejectionTexts[message] = text;
            }
        }

        _issues.Add(new DataIssue(code, strict ? DataIssueSeverity.Error : DataIssueSeverity.Warning, File, line, column, text));
    }

    /// <summary>Records a warning about a row that is still used (or about the file).</summary>
    public void Warn(string code, int line, string? column, string message)
    {
        var counter = Count(_warnings, code);
        counter.Add(line);
        if (counter.Count <= WarningsKeptPerCode)
        {
            _issues.Add(new DataIssue(code, DataIssueSeverity.Warning, File, line, column, message));
        }
    }

    private static Counter Count(Dictionary<string, Counter> counters, string code)
    {
        ref var counter = ref CollectionsMarshal.GetValueRefOrAddDefault(counters, code, out _);
        return counter ??= new Counter(code);
    }

    private static SortedDictionary<string, RejectionSummary> Summaries(Dictionary<string, Counter> counters)
    {
        var result = new SortedDictionary<string, RejectionSummary>(StringComparer.Ordinal);
        foreach (var counter in counters.Values)
        {
            var reason = DataIssueCodes.Reason(counter.Code);
            result[reason] = new RejectionSummary(counter.Code, reason, counter.Count, counter.FirstLines);
        }

        return result;
    }

    /// <summary>How many rows one code affected, and the first of their lines (rows arrive in line order).</summary>
    private sealed class Counter(string code)
    {
        private readonly List<int> _firstLines = [];

        public string Code { get; } = code;

        public int Count { get; private set; }

        public IReadOnlyList<int> FirstLines => _firstLines;

        public void Add(int line)
        {
            Count++;
            if (_firstLines.Count < LoadStatistics.FirstLinesKept)
            {
                _firstLines.Add(line);
            }
        }
    }
}
