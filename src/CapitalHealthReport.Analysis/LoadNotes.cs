using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using static System.FormattableString;

namespace CapitalHealthReport;

/// <summary>
/// The notes an analysis makes of what the load left out or took from the data (rows not used, implausible dates,
/// dates without a day, deals after the cut-off, the regional baseline), each in English and in Chinese.
/// </summary>
internal static class LoadNotes
{
    public static AnalysisNote RowsRejected(LoadResult load)
    {
        var (rejected, read) = (load.Statistics.RowsRejected, load.Statistics.RowsRead);
        return AnalysisNote.Warning(
            "rows-rejected",
            Invariant($"{rejected:N0} of {read:N0} rows of {load.SourceName} were not used; run 'capital-health data validate' for each line and reason."),
            Invariant($"{load.SourceName}共{read:N0}行，其中{rejected:N0}行未使用；逐行原因可运行 capital-health data validate 查看。"));
    }

    public static AnalysisNote Baseline(string country, string? source) => AnalysisNote.Info(
        "baseline-from-data",
        $"location quotients compare with the regional baseline of the country of most deals, {CountryNames.EnglishName(country) ?? country} ({source ?? "its GDP weights"}).",
        $"区位商以多数交易所在国家（{CountryNames.ChineseName(country) ?? country}）的地区基准计算（{source ?? "其地区生产总值权重"}）。");

    /// <summary>The file has a country column and no region column: its countries are the deals' regions.</summary>
    public static AnalysisNote RegionFromCountry(LoadResult load, string column) => AnalysisNote.Info(
        "region-from-country",
        $"{load.SourceName} has no region column: the country column '{column}' is read as the deals' regions (name a region column under 'columns:' in a mapping file to read another).",
        $"{load.SourceName}没有地区列：以国家列“{column}”作为交易的地区（如需改用其他列，请在映射文件的 columns: 中指定 region）。");

    public static AnalysisNote ImplausibleDates(LoadResult load)
    {
        var implausible = load.Profile.ImplausibleDates;
        var first = implausible[0];
        var which = implausible.Count == 1
            ? "1 deal of " + load.SourceName + " has an implausible date"
            : Invariant($"{implausible.Count:N0} deals of {load.SourceName} have implausible dates");
        // Deals given in memory have no line: the first is named by its date alone.
        var where = first.Line > 0 ? Invariant($"first on line {first.Line}: ") : "first: ";
        var whereZh = first.Line > 0 ? Invariant($"首见第{first.Line}行：") : "首见：";
        return AnalysisNote.Warning(
            "implausible-dates",
            Invariant($"{which} ({where}{first.Date:yyyy-MM-dd}, which {first.Reason}); loaded, but left out of every period. Run 'capital-health data validate' to list them."),
            Invariant($"{load.SourceName}有{implausible.Count:N0}笔交易的日期不可信（{whereZh}{first.Date:yyyy-MM-dd}）；已读入，但不计入任何期间。清单可运行 capital-health data validate 查看。"));
    }

    /// <summary>How many deals are dated by month or quarter alone, where they count, and what that makes the cut-off.</summary>
    public static AnalysisNote DatedByPeriod(LoadResult load)
    {
        var (months, quarters) = load.Profile.DatedByPeriod;
        var (which, day) = (months, quarters) switch
        {
            (_, 0) => (Invariant($"{months:N0} deals by their month alone"), "the month's first day"),
            (0, _) => (Invariant($"{quarters:N0} deals by their quarter alone"), "the quarter's first day"),
            _ => (Invariant($"{months:N0} deals by their month alone and {quarters:N0} by their quarter alone"), "the first day of its month or quarter"),
        };
        var (chinese, chineseDay) = (months, quarters) switch
        {
            (_, 0) => (Invariant($"{months:N0}笔交易只写月份"), "该月首日"),
            (0, _) => (Invariant($"{quarters:N0}笔交易只写季度"), "该季度首日"),
            _ => (Invariant($"{months:N0}笔交易只写月份、{quarters:N0}笔只写季度"), "该月或该季度首日"),
        };
        var later = load.CoveredThrough > load.LastPlausibleDate;
        var cutoff = later ? Invariant($"; the data counts through {load.CoveredThrough:yyyy-MM-dd}, the last day of the latest (give --cutoff for another cut-off)") : "";
        var chineseCutoff = later ? Invariant($"；数据截至{load.CoveredThrough:yyyy-MM-dd}，即其中最晚一期的最后一天（可用 --cutoff 另定截止日）") : "";
        return AnalysisNote.Info(
            "dated-by-period",
            $"{load.SourceName} dates {which}: each is dated {day} and counts in its quarter{cutoff}.",
            $"{load.SourceName}有{chinese}：各记为{chineseDay}，计入所在季度{chineseCutoff}。");
    }

    /// <summary>
    /// The amount column's number format was assumed: no value showed the decimal separator, and values such as
    /// <c>707.630</c> were read as whole numbers; a wrong guess is off by a thousand times.
    /// </summary>
    public static AnalysisNote NumberFormatAssumed(LoadResult load, NumberFormatDecision decision)
    {
        var (text, line, count) = decision.AssumedFrom!.Value;
        var whole = new string([.. text.Where(char.IsAsciiDigit)]);
        var more = count > 1 ? Invariant($" and {count - 1:N0} more") : "";
        var chineseMore = count > 1 ? Invariant($"等{count:N0}个值") : "";
        return AnalysisNote.Warning(
            "number-format-assumed",
            Invariant($"no amount in column '{decision.Column}' of {load.SourceName} shows its decimal separator: '{text}' (line {line}){more} were read as whole numbers ({whole}), assumed ({decision.Format}); if they are decimals, set decimal_separator in a mapping file."),
            Invariant($"{load.SourceName}的“{decision.Column}”列中没有金额能表明小数分隔符：“{text}”（第{line}行）{chineseMore}按整数读取（{whole}），系假定；如为小数，请在映射文件中设置 decimal_separator。"));
    }

    /// <summary>The dates written with their year last were read in the order of day and month the column's values show (<see cref="DateOrderEvidence"/>).</summary>
    public static AnalysisNote DateOrder(LoadResult load)
    {
        var evidence = load.Profile.DateOrder;
        var dayFirst = evidence.Decided == DayMonthOrder.DayFirst;
        var (text, line, count) = evidence.Deciding!.Value;
        var more = count > 1 ? Invariant($" and {count - 1:N0} more") : "";
        var chineseMore = count > 1 ? Invariant($"等{count:N0}个日期") : "";
        var (order, other, chineseOrder, chineseOther) = dayFirst ? ("day/month/year", "month/day/year", "日/月/年", "月/日/年") : ("month/day/year", "day/month/year", "月/日/年", "日/月/年");
        return AnalysisNote.Info(
            "date-order-from-values",
            Invariant($"the dates of {load.SourceName} are read {order}: '{text}' (line {line}){more} can be read only that way, and no date can be read only {other}; set date_format: {evidence.DecidedFormat} in a mapping file to say so."),
            Invariant($"{load.SourceName}的日期按{chineseOrder}读取：“{text}”（第{line}行）{chineseMore}只能如此理解，且没有日期只能按{chineseOther}理解；可在映射文件中设置 date_format: {evidence.DecidedFormat} 明确指定。"));
    }

    public static AnalysisNote AfterCutoff(int after, DateOnly cutoff) => AnalysisNote.Info(
        "after-cutoff",
        Invariant($"{after:N0} deals dated after the cut-off {cutoff:yyyy-MM-dd} were left out."),
        Invariant($"截止日{cutoff:yyyy-MM-dd}之后的{after:N0}笔交易未计入。"));
}
