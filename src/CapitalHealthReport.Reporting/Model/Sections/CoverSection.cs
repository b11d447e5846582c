using System.Globalization;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model.Sections;

/// <summary>The cover (organisation, title, period title, dates) and the key-figures panel of the first page.</summary>
internal sealed class CoverSection(NarrativeFormatter format, DisplayNames names, ReportConfig config)
{
    private bool Chinese => format.Language == ReportLanguage.Chinese;

    public ReportInfo Info(ReportInputs inputs, string sourceName, string toolVersion)
    {
        var tag = ReportLanguages.Tag(format.Language);
        var cutoff = (inputs.Cutoff ?? inputs.Load.Statistics.LastDate ?? inputs.Period.End).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filters = inputs.Engine.Filters;
        return new ReportInfo
        {
            Title = config.Text("title", tag) ?? (Chinese ? "资本生态健康度报告" : "Capital Ecosystem Health Report"),
            Subtitle = config.Text("subtitle", tag) ?? PeriodTitle(inputs.Period),
            Organisation = config.Text("organisation", tag) ?? "",
            Author = "capital-health " + toolVersion,
            Keywords = Chinese ? $"资本集中度, 轮次结构, 行业挤出, {names.Places.Heading(format.Language)}, 投资方结构" : "capital concentration, stage skew, sector crowd-out, regional bias, investor mix",
            Language = tag,
            Date = inputs.ReportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Cutoff = cutoff,
            SourceLine = Chinese ? $"数据来源：{sourceName}；数据截至{cutoff}。" : $"Source: {sourceName}; data to {cutoff}.",
            Currency = inputs.Engine.Parameters.ReportingCurrency,
            ToolVersion = toolVersion,
            Filters = filters.Select(static f => f.ToString()).ToList(),
            FiltersText = string.Join(Chinese ? "，" : ", ", filters.Select(FilterText)),
            HelpBaseUrl = config.HelpBaseUrl?.AbsoluteUri ?? "",
            TechnicalAppendix = config.TechnicalAppendix,
        };
    }

    /// <summary>The title the period's kind calls for: "Quarterly monitor · Q1 2025", "2025年第一季度监测", "2024年度报告".</summary>
    public string PeriodTitle(Period period)
    {
        var name = format.PeriodLabel(period);
        return (period.Kind, Chinese) switch
        {
            (PeriodKind.Quarter or PeriodKind.Half, true) => $"{name}监测",
            (PeriodKind.Year, true) => $"{name}度报告",
            (_, true) => $"专题报告 · {name}",
            (PeriodKind.Quarter, false) => $"Quarterly monitor · {name}",
            (PeriodKind.Half, false) => $"Half-year monitor · {name}",
            (PeriodKind.Year, false) => $"Annual report · {name}",
            _ => $"Report · {name}",
        };
    }

    /// <summary>Deals, disclosed value, the hot sector's share of value and the market HHI, each with its change on the previous period and the year.</summary>
    /// <remarks>A period the data covers in part compares no count or amount with whole periods (<paramref name="partial"/>).</remarks>
    public List<KeyFigureView> KeyFigures(ScopeView market, string hotSectorName, bool hasHotDeals, bool partial = false)
    {
        var figures = new List<KeyFigureView>
        {
            Figure(Chinese ? "融资事件数" : "Deals", market, static m => m.DealCount, format.Int, share: false, comparable: !partial),
        };
        if (market.Metrics.TotalAmount > 0)
        {
            figures.Add(Figure(Chinese ? "披露融资总额" : "Disclosed value", market, ScopeViews.KnownTotal, format.Money, share: false, comparable: !partial));
            if (hasHotDeals)
            {
                figures.Add(Figure(Chinese ? $"{hotSectorName}金额占比" : $"{hotSectorName} share of value", market, static m => m.HotSectorValueShare, v => format.Pct(v), share: true));
            }

            if (market.Judged)
            {
                figures.Add(Figure(Chinese ? "全市场HHI" : "Market HHI", market, static m => m.Hhi, format.Int, share: false, comparable: !partial));
            }
        }

        return figures;
    }

    private KeyFigureView Figure(string name, ScopeView scope, Func<MetricSet, double?> read, Func<double?, string> text, bool share, bool comparable = true)
    {
        var value = read(scope.Metrics);
        return new KeyFigureView(
            name,
            text(value),
            comparable && scope.PrevKnown ? format.SignedChange(value, read(scope.Prev), share) : "—",
            comparable && scope.YoyKnown ? format.SignedChange(value, read(scope.Yoy), share) : "—");
    }

    private string FilterText(Filter filter)
    {
        var value = filter.Field switch
        {
            "sector" => names.Sector(filter.Value),
            "region" => names.Region(filter.Value),
            "stage" => Vocabulary.StageName(filter.Value, format.Language),
            "investor_type" => names.InvestorType(filter.Value),
            _ => filter.Value,
        };
        var field = (filter.Field, Chinese) switch
        {
            ("sector", true) => "行业",
            ("region", true) => "地区",
            ("stage", true) => "轮次",
            ("investor_type", true) => "投资方类型",
            ("company", true) => "企业",
            (_, true) => filter.Field,
            ("investor_type", false) => "investor type",
            _ => filter.Field,
        };
        return Chinese ? $"{field}为{value}" : $"{field} {value}";
    }
}
