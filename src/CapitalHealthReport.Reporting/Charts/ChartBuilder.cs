using System.Globalization;
using CapitalHealthReport.Reporting.Model;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Builds the report's charts from the report model, with titles, axis labels and units in the report's
/// language. Ids (what templates place): <c>market_overview</c>, <c>market_value</c>, <c>lorenz</c>, <c>hhi</c>,
/// <c>top_companies</c>, <c>stage_mix</c>, <c>median_round</c>, <c>hot_sector_share</c>, <c>strategic_sectors</c>,
/// <c>regions</c>, <c>investor_types</c>. A chart the period has no data for is left out, and so is a bar or line chart
/// of a single bar or point (one quarter, one company, one stage), whose value the table beside it gives, so a template places it
/// only under <c>{{ if has_chart 'id' }}</c> and says in one sentence why it is missing otherwise. Every caption ends
/// with the report's source line (source and data cut-off). The charts come in half-width pairs (market, companies, stages,
/// sectors) that sit side by side; the HHI, regional and investor charts take the full width.
/// </summary>
public static class ChartBuilder
{
    /// <summary>Every chart id <see cref="Build"/> produces, in order.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "market_overview", "market_value", "lorenz", "hhi", "top_companies", "stage_mix", "median_round",
        "hot_sector_share", "strategic_sectors", "regions", "investor_types",
    ];

    /// <summary>The stage groups of the stage-mix chart, bottom to top.</summary>
    public static IReadOnlyList<string> StageGroups { get; } = ["early", "growth", "late", "other"];

    public static IReadOnlyList<ChartSpec> Build(ReportModel model, ReportLanguage language, RuleLimits limits)
    {
        var zh = language == ReportLanguage.Chinese;
        var currency = model.Report.Currency;
        // Each money axis reads in the unit a table column of its values would: bn (亿) for a market's quarters, M (万) for a
        // region's or a thin quarter's.
        var (valueDivisor, valueUnit) = MoneyUnit(model.Series.Select(static q => q.TotalAmount ?? 0d), currency, zh);
        var (companyDivisor, companyUnit) = MoneyUnit(model.TopCompanies.Select(static c => (double)c.Amount), currency, zh);
        var (strategicDivisor, strategicUnit) = MoneyUnit(model.Series.Select(q => model.Parameters.StrategicSectors.Sum(s => (double)q.StrategicBySector.GetValueOrDefault(s))), currency, zh);
        // The median chart reads in the unit of the largest median, as the stage table beside it does (万 or 亿 in Chinese).
        var (midDivisor, midUnit) = MoneyUnit(model.Stages.Where(static s => IsRoundStage(s.Key)).Select(static s => s.MedianAmount ?? 0d), currency, zh);
        var quarters = model.Series.Select(static q => q.Label).ToList();
        var quarterAxis = zh ? "季度" : "Quarter";
        var hot = model.HotSectorName;
        var period = model.Period.Name;
        var source = model.Report.SourceLine;

        var charts = new List<ChartSpec>
        {
            new()
            {
                Id = "market_overview",
                Width = ChartWidth.Half,
                Kind = ChartKind.Bar,
                Title = zh ? "各季度融资事件数" : "Deals by quarter",
                XLabel = quarterAxis,
                YLabel = zh ? "融资事件数（起）" : "Deals (count)",
                Categories = quarters,
                Series = [new ChartSeries(zh ? "融资事件" : "Deals", model.Series.Select(static q => (double?)q.DealCount).ToList())],
                ValueFormat = "count",
                Caption = source,
            },
            new()
            {
                Id = "market_value",
                Width = ChartWidth.Half,
                Kind = ChartKind.Bar,
                Title = zh ? "各季度披露融资金额" : "Disclosed value by quarter",
                XLabel = quarterAxis,
                YLabel = zh ? $"披露金额（{valueUnit}）" : $"Disclosed value ({valueUnit})",
                Categories = quarters,
                Series = [new ChartSeries(zh ? "披露金额" : "Disclosed value", model.Series.Select(q => q.TotalAmount / valueDivisor).ToList())],
                Caption = (zh ? "未披露金额的事件不计入金额。" : "Deals without a disclosed amount count in deals, not in value. ") + source,
            },
            new()
            {
                Id = "lorenz",
                Width = ChartWidth.Half,
                Kind = ChartKind.Lorenz,
                Title = zh ? $"{hot}融资的洛伦兹曲线（{period}）" : $"Lorenz curve of {hot} funding, {period}",
                XLabel = zh ? "企业累计占比（%，按融资额从低到高）" : "Cumulative share of companies (%, smallest first)",
                YLabel = zh ? "融资额累计占比（%）" : "Cumulative share of capital (%)",
                Series = [new ChartSeries(hot, model.Lorenz.Select(static p => (double?)p.ValueShare).ToList(), model.Lorenz.Select(static p => p.CompanyShare).ToList())],
                ValueFormat = "percent",
                Caption = (zh ? "对角线为完全平均分布。" : "The diagonal is perfect equality. ") + source,
            },
            new()
            {
                Id = "hhi",
                Kind = ChartKind.Line,
                Title = zh ? "各季度企业融资HHI" : "Company HHI by quarter",
                XLabel = quarterAxis,
                YLabel = zh ? "HHI（0–10,000）" : "HHI (0–10,000)",
                Categories = quarters,
                Series =
                [
                    new ChartSeries(zh ? "全部行业" : "All sectors", model.Series.Select(static q => q.Hhi).ToList()),
                    new ChartSeries(hot, model.Series.Select(static q => q.HotHhi).ToList()),
                ],
                ReferenceLines = HhiLines(limits, language),
                Caption = source,
            },
            new()
            {
                Id = "top_companies",
                Width = ChartWidth.Half,
                Kind = ChartKind.HorizontalBar,
                Title = (zh, model.TopCompanies.Count) switch
                {
                    (true, 1) => $"{hot}融资额最高的企业（{period}）",
                    (true, 10) => $"{hot}融资额前十企业（{period}）",
                    (true, var n) => string.Create(CultureInfo.InvariantCulture, $"{hot}融资额前{n}名企业（{period}）"),
                    (false, 1) => $"The {hot} company with the most funding, {period}",
                    (false, var n) => $"Top {n} {hot} companies by funding, {period}",
                },
                XLabel = zh ? "企业" : "Company",
                YLabel = zh ? $"融资额（{companyUnit}）" : $"Funding ({companyUnit})",
                Categories = model.TopCompanies.Select(static c => c.Name).ToList(),
                Series = [new ChartSeries(zh ? "融资额" : "Funding", model.TopCompanies.Select(c => (double?)(c.Amount / companyDivisor)).ToList())],
            },
            new()
            {
                Id = "stage_mix",
                Width = ChartWidth.Half,
                Kind = ChartKind.StackedBar,
                Title = zh ? "各季度融资轮次结构（按事件数）" : "Stage mix by quarter (share of deals)",
                XLabel = quarterAxis,
                YLabel = zh ? "事件占比（%）" : "Share of deals (%)",
                Categories = quarters,
                // With no early, growth or late round in any quarter every bar is one colour, "other and unknown": nothing to draw.
                Series = model.Series.Any(static q => q.StageGroupShares.Any(static g => g.Key != "other" && g.Value > 0))
                    ? StageGroups
                        .Select(g => new ChartSeries(Vocabulary.StageGroupName(g, language), model.Series.Select(q => q.StageGroupShares.GetValueOrDefault(g)).ToList()))
                        .ToList()
                    : [],
                ValueFormat = "percent",
            },
            new()
            {
                Id = "median_round",
                Width = ChartWidth.Half,
                Kind = ChartKind.Bar,
                Title = zh ? $"各轮次单笔融资中位数（{period}）" : $"Median round size by stage, {period}",
                XLabel = zh ? "轮次" : "Stage",
                YLabel = zh ? $"中位数（{midUnit}）" : $"Median amount ({midUnit})",
                Categories = model.Stages.Where(static s => s.MedianAmount is not null && IsRoundStage(s.Key)).Select(static s => s.Name).ToList(),
                Series = [new ChartSeries(zh ? "中位数" : "Median", model.Stages.Where(static s => s.MedianAmount is not null && IsRoundStage(s.Key)).Select(s => s.MedianAmount / midDivisor).ToList())],
            },
            new()
            {
                Id = "hot_sector_share",
                Width = ChartWidth.Half,
                Kind = ChartKind.Line,
                // With nothing disclosed only the share of deals is drawn, and the title says so.
                Title = model.Series.Any(static q => q.HotSectorValueShare is not null)
                    ? zh ? $"{hot}占全部融资的比重" : $"{EnglishPossessive.Of(hot)} share of all funding"
                    : zh ? $"{hot}占全部融资事件的比重" : $"{EnglishPossessive.Of(hot)} share of all deals",
                XLabel = quarterAxis,
                YLabel = zh ? "占比（%）" : "Share (%)",
                Categories = quarters,
                Series =
                [
                    new ChartSeries(zh ? "金额占比" : "Share of value", model.Series.Select(static q => q.HotSectorValueShare).ToList()),
                    new ChartSeries(zh ? "事件数占比" : "Share of deals", model.Series.Select(static q => q.HotSectorCountShare).ToList()),
                ],
                ValueFormat = "percent",
            },
            new()
            {
                Id = "strategic_sectors",
                Width = ChartWidth.Half,
                Kind = ChartKind.StackedBar,
                Title = zh ? "战略性行业各季度融资额" : "Strategic sectors' funding by quarter",
                XLabel = quarterAxis,
                YLabel = zh ? $"披露金额（{strategicUnit}）" : $"Disclosed value ({strategicUnit})",
                Categories = quarters,
                Series = StrategicSeries(model, strategicDivisor),
            },
            RegionalChart.Build(model, language),
            new()
            {
                Id = "investor_types",

                // Horizontal: type names such as "Government fund" are too long to sit side by side under vertical bars.
                Kind = ChartKind.HorizontalBar,
                Title = zh ? $"活跃投资方类型构成（{period}）" : $"Active investors by type, {period}",
                XLabel = zh ? "投资方类型" : "Investor type",
                YLabel = zh ? "活跃投资方占比（%）" : "Share of active investors (%)",
                Categories = KnownInvestorTypes(model).Select(static t => t.Name).ToList(),
                Series = [new ChartSeries(zh ? "占比" : "Share", KnownInvestorTypes(model).Select(static t => t.Share).ToList())],
                ValueFormat = "percent",
            },
        };

        return charts
            .Where(static c => c.HasData && !c.SinglePoint)
            .Select(c => c.Caption is null ? c with { Caption = source } : c)
            .ToList();
    }

    /// <summary>The investor types to chart: none when no active investor is of a known type (a bar of 100% Unknown measures nothing).</summary>
    // A strategic sector with no disclosed funding in any quarter shown adds a legend entry and no bar: left out,
    // unless none has any (the chart then says every value is zero).
    private static List<ChartSeries> StrategicSeries(ReportModel model, double divisor)
    {
        var all = model.Parameters.StrategicSectors
            .Select((sector, i) => new ChartSeries(
                model.Parameters.StrategicSectorNames[i],
                model.Series.Select(q => (double?)(q.StrategicBySector.GetValueOrDefault(sector) / divisor)).ToList()))
            .ToList();
        var funded = all.Where(static s => s.Values.Any(static v => v > 0)).ToList();
        return funded.Count > 0 ? funded : all;
    }

    private static IReadOnlyList<InvestorTypeView> KnownInvestorTypes(ReportModel model) =>
        model.InvestorTypes.Any(static t => t.Key != "Unknown") ? model.InvestorTypes : [];

    /// <summary>The HHI lines the rules draw: one per threshold level of each rule on the market's HHI.</summary>
    private static List<ReferenceLine> HhiLines(RuleLimits limits, ReportLanguage language) =>
        limits.OnMetric("hhi")
            .OrderBy(static l => l.Value)
            .Select(l => new ReferenceLine(
                l.Value,
                language == ReportLanguage.Chinese
                    ? $"{l.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}：规则{l.RuleId}的{(l.Severity == "error" ? "严重" : l.Severity == "warning" ? "中等" : "提示")}阈值"
                    : $"{l.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}: rule {l.RuleId}, {(l.Severity == "error" ? "serious" : l.Severity == "warning" ? "moderate" : "informational")}"))
            .ToList();

    private static bool IsRoundStage(string stage) => stage is "Angel" or "Seed" or "PreA" or "A" or "B" or "C" or "D" or "EPlus" or "PreIPO";

    /// <summary>
    /// The unit a money axis reads in: the one a table column of its <paramref name="values"/> reads in
    /// (<see cref="Reference.MoneyText.Column"/>), so that a chart and the table beside it name an amount alike; for
    /// amounts under a million (a lakh of rupees, 万 in Chinese) or none at all, the one
    /// <see cref="Reference.MoneyText.AxisUnit"/> picks from the largest (thousand, or bn, crore, 亿 when there is
    /// nothing to show), so that its ticks are whole numbers rather than 0.001 bn.
    /// </summary>
    internal static (double Divisor, string Unit) MoneyUnit(IEnumerable<double> values, string currency, bool zh)
    {
        var amounts = values.ToList();
        return Reference.MoneyText.Column(amounts.Select(static v => (double?)v), currency, zh).Axis
            ?? Reference.MoneyText.AxisUnit(amounts.Select(Math.Abs).DefaultIfEmpty(0).Max(), currency, zh);
    }
}
