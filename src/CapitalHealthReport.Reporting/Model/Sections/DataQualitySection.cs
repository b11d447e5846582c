using System.Globalization;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>The data-quality appendix: rows read, loaded and rejected by reason, undisclosed and estimated amounts, unmapped values.</summary>
internal static class DataQualitySection
{
    public static DataQualityView Build(ReportInputs inputs, NarrativeFormatter format)
    {
        var load = inputs.Load;
        var statistics = load.Statistics;
        var first = statistics.FirstDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var last = statistics.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        double? undisclosedShare = statistics.RowsLoaded == 0 ? null : statistics.Undisclosed / (double)statistics.RowsLoaded;
        var chinese = inputs.Language == ReportLanguage.Chinese;
        return new DataQualityView
        {
            RowsRead = statistics.RowsRead,
            RowsLoaded = statistics.RowsLoaded,
            RowsRejected = statistics.RowsRejected,
            Undisclosed = statistics.Undisclosed,
            Estimated = statistics.Estimated,
            UndisclosedShare = undisclosedShare,
            FirstDate = first,
            LastDate = last,
            Text = Text(load.SourceName, statistics, undisclosedShare, first, last, format),
            Rejections = statistics.RejectedByReason.Values
                .OrderByDescending(static r => r.Count)
                .ThenBy(static r => r.Code, StringComparer.Ordinal)
                .Select(r => new RejectionView(r.Code, chinese ? DataIssueCodes.ChineseReason(r.Code) : r.Reason, r.Count, string.Join(", ", r.FirstLines.Select(static l => l.ToString(CultureInfo.InvariantCulture)))))
                .ToList(),
            Unmapped = Unmapped(statistics, chinese),
            Issues = load.Issues.Count,
            Cutoff = (inputs.Cutoff ?? statistics.LastDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Notes = inputs.Notes,
        };
    }

    private static string Text(string source, LoadStatistics s, double? undisclosedShare, string first, string last, NarrativeFormatter format)
    {
        var chinese = format.Language == ReportLanguage.Chinese;
        var rows = chinese
            ? $"从{source}共读取{format.Int(s.RowsRead)}行，载入{format.Int(s.RowsLoaded)}行，剔除{format.Int(s.RowsRejected)}行。"
            : $"{format.Int(s.RowsRead)} rows were read from {source}: {format.Int(s.RowsLoaded)} loaded and {format.Int(s.RowsRejected)} rejected.";
        var amounts = undisclosedShare is null ? "" : s.Undisclosed == 0 ? EveryAmount(s.Estimated, format) : chinese
            ? $"已载入的事件中，{format.Int(s.Undisclosed)}起（{format.Pct(undisclosedShare)}）未披露金额，{format.Int(s.Estimated)}起为估算金额（“数千万”“1-2亿”等模糊或区间数额按中值计）。"
            : $" {format.Int(s.Undisclosed)} loaded deals ({format.Pct(undisclosedShare)}) have no disclosed amount and {format.Int(s.Estimated)} carry an estimated amount (a vague or ranged figure taken at its midpoint).";
        var dates = first.Length == 0 ? "" : chinese ? $"事件日期范围为{first}至{last}。" : $" Deals run from {first} to {last}.";
        return rows + amounts + dates;
    }

    /// <summary>Every loaded deal discloses an amount: said so, with how many of them are estimates.</summary>
    private static string EveryAmount(int estimated, NarrativeFormatter format) => (format.Language == ReportLanguage.Chinese, estimated) switch
    {
        (true, 0) => "已载入的事件均披露了金额。",
        (true, _) => $"已载入的事件均披露了金额，其中{format.Int(estimated)}起为估算金额（“数千万”“1-2亿”等模糊或区间数额按中值计）。",
        (false, 0) => " Every loaded deal discloses an amount.",
        (false, 1) => " Every loaded deal discloses an amount; 1 carries an estimated amount (a vague or ranged figure taken at its midpoint).",
        (false, _) => $" Every loaded deal discloses an amount; {format.Int(estimated)} carry an estimated amount (a vague or ranged figure taken at its midpoint).",
    };

    private static List<UnmappedView> Unmapped(LoadStatistics statistics, bool chinese)
    {
        var list = new List<UnmappedView>();
        list.AddRange(statistics.UnmappedStages.Select(p => new UnmappedView(chinese ? "轮次" : "stage", p.Key, p.Value)));
        list.AddRange(statistics.UnmappedSectors.Select(p => new UnmappedView(chinese ? "行业" : "sector", p.Key, p.Value)));
        list.AddRange(statistics.UnmappedRegions.Select(p => new UnmappedView(chinese ? "地区" : "region", p.Key, p.Value)));
        return list;
    }
}
