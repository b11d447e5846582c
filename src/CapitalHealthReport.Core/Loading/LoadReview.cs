using System.Globalization;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// What is decided once every row is read: the amount column's number format (values that read both ways are read
/// again in it), implausible dates and, with <c>dedupe: exact</c>, exact duplicate rows left out (each reported as a
/// rejected row), and the <see cref="DataProfile"/>: currencies, country, duplicates, new categories and
/// <c>fill_down</c> suggestions.
/// </summary>
internal static class LoadReview
{
    public static (DealSet Deals, LoadStatistics Statistics, List<DataIssue> Issues, DataProfile Profile) Run(
        DealRowMapper mapper, LoadStatistics statistics, List<DataIssue> issues, DealMapping mapping, LoadOptions options, ReferenceData reference, string file, string encodingReason)
    {
        var table = mapper.Table();
        var numberFormat = DecideNumbers(mapper, table, file);
        var (implausible, lastPlausible) = ImplausibleDates.Find(table.Day.AsSpan(0, table.Count), options.AsOf);
        var dropExact = mapping.Dedupe == DedupeMode.Exact;
        var implausibleRows = implausible.Select(r => r.Row).ToHashSet();
        var exact = dropExact ? Duplicates.Find(table, true, implausibleRows) : default;
        var removed = new SortedDictionary<int, (string Code, string Message)>();
        var dates = new List<ImplausibleDate>();
        foreach (var (row, reason) in implausible)
        {
            var date = table.Date(row);
            dates.Add(new ImplausibleDate(table.Line[row], date, reason));
            removed[row] = (DataIssueCodes.DateImplausible, string.Create(CultureInfo.InvariantCulture, $"the date {date:yyyy-MM-dd} {reason}; the row is left out."));
        }

        foreach (var row in exact.ExactRows ?? [])
        {
            removed.TryAdd(row, (DataIssueCodes.ExactDuplicate, "the row repeats an earlier row exactly (dedupe: exact); it is left out."));
        }

        var deals = removed.Count == 0 ? new DealSet(table) : Without(table, mapper, options, issues, removed, out statistics, statistics);
        var duplicates = dropExact ? exact.Report : null;
        var profile = new DataProfile(() => duplicates ?? Duplicates.Find(table, false, implausibleRows).Report)
        {
            EncodingReason = encodingReason,
            NumberFormat = numberFormat,
            NaValues = mapping.NaValues.Count == 0 ? MissingValues.Default.Values : new MissingValues(mapping.NaValues).Values,
            ImplausibleDates = dates,
            LastPlausibleDate = lastPlausible,
            NewCategories = NewCategories(mapping, reference),
            FillDownSuggestions = mapper.Fill.Suggestions(statistics.RowsRead),
            FilledDown = mapper.Fill.Filled(),
        };
        DataDefaults.Describe(table, removed.Keys.ToHashSet(), reference, profile);
        return (deals, statistics, issues, profile);
    }

    /// <summary>The amount column's number format; ambiguous values are read again in it when it is not their own reading.</summary>
    private static NumberFormatDecision? DecideNumbers(DealRowMapper mapper, DealTable table, string file)
    {
        if (mapper.AmountColumn is not { } column)
        {
            return null;
        }

        if (!mapper.AutoNumbers)
        {
            return new NumberFormatDecision(column, mapper.Amounts.Style!.Value.ToString(), "set by the mapping", Assumed: false);
        }

        var (style, decision) = mapper.Numbers.Decide(file, column);
        var again = mapper.AmbiguousAmounts.Where(a => NumberStyle.Suggested(NumberStyle.Classify(a.Text)) != style).ToDictionary(a => a.Line, a => a.Text);
        if (again.Count > 0)
        {
            var parser = new AmountParser(style, mapper.Amounts.Undisclosed);
            for (var row = 0; row < table.Count; row++)
            {
                if (again.TryGetValue(table.Line[row], out var text) && parser.Read(text) is { Status: AmountStatus.Ok } amount)
                {
                    table.Amount[row] = amount.Value;
                }
            }
        }

        return decision;
    }

    /// <summary>The deals without the <paramref name="removed"/> rows, each reported as a rejected row; the counts follow.</summary>
    private static DealSet Without(DealTable table, DealRowMapper mapper, LoadOptions options, List<DataIssue> issues, SortedDictionary<int, (string Code, string Message)> removed, out LoadStatistics after, LoadStatistics before)
    {
        var deals = table.Materialize(null);
        var keep = new List<Deal>(deals.Length - removed.Count);
        for (var row = 0; row < deals.Length; row++)
        {
            if (!removed.ContainsKey(row))
            {
                keep.Add(deals[row]);
            }
        }

        var severity = options.Strict ? DataIssueSeverity.Error : DataIssueSeverity.Warning;
        var byReason = new SortedDictionary<string, RejectionSummary>(before.RejectedByReason.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        foreach (var group in removed.GroupBy(p => p.Value.Code))
        {
            var reason = DataIssueCodes.Reason(group.Key);
            var lines = group.Select(p => table.Line[p.Key]).Order().ToList();
            byReason[reason] = new RejectionSummary(group.Key, reason, lines.Count, [.. lines.Take(LoadStatistics.FirstLinesKept)]);
            foreach (var (row, (code, message)) in group)
            {
                var column = code == DataIssueCodes.DateImplausible ? mapper.DateColumn : null;
                issues.Add(new DataIssue(code, severity, table.File[row], table.Line[row], column, "row rejected: " + message));
            }
        }

        issues.Sort(static (a, b) =>
        {
            var byLine = a.Line.CompareTo(b.Line);
            return byLine != 0 ? byLine : string.CompareOrdinal(a.Code, b.Code);
        });
        var set = new DealSet(keep);
        after = new LoadStatistics
        {
            RowsRead = before.RowsRead,
            RowsLoaded = keep.Count,
            RowsRejected = before.RowsRejected + removed.Count,
            BlankLines = before.BlankLines,
            RejectedByReason = byReason,
            WarningsByReason = before.WarningsByReason,
            Undisclosed = keep.Count(d => d.Amount is null),
            Estimated = keep.Count(d => d.AmountEstimated),
            FirstDate = set.FirstDate,
            LastDate = set.LastDate,
            UnmappedStages = before.UnmappedStages,
            UnmappedSectors = before.UnmappedSectors,
            UnmappedRegions = before.UnmappedRegions,
            LinesWithInvalidBytes = before.LinesWithInvalidBytes,
            Format = before.Format,
            Encoding = before.Encoding,
            Delimiter = before.Delimiter,
        };
        return set;
    }

    private static List<NewCategory> NewCategories(DealMapping mapping, ReferenceData reference)
    {
        var result = new List<NewCategory>();
        foreach (var (source, target) in mapping.Sectors.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (reference.Sectors.Map(target) is null && reference.Sectors.Find(target) is null)
            {
                result.Add(new NewCategory("sector", source, target));
            }
        }

        foreach (var (source, target) in mapping.Regions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (reference.Regions.Map(target) is null && reference.Regions.Find(target) is null)
            {
                result.Add(new NewCategory("region", source, target));
            }
        }

        return result;
    }
}
