using CapitalHealthReport.Reporting.Model;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// The report's regional picture: a tile-grid map of the share of deals where the data's regions are Chinese provinces
/// or US states (<see cref="TileGrids"/>), otherwise a ranked bar chart of the leading regions by share of deals and value;
/// nothing to draw with fewer than two known regions.
/// </summary>
public static class RegionalChart
{
    /// <summary>How many regions a ranked bar chart shows.</summary>
    public const int RankedRegions = 10;

    /// <summary>The chart with id <paramref name="id"/> for <paramref name="model"/>'s regions in <paramref name="language"/>.</summary>
    public static ChartSpec Build(ReportModel model, ReportLanguage language, string id = "regions")
    {
        ArgumentNullException.ThrowIfNull(model);
        var zh = language == ReportLanguage.Chinese;
        var period = model.Period.Name;
        var places = model.Places;
        // "Regions by share of deals and value" / "Countries by …"; 主要地区 / 主要国家.
        var ranked = zh ? $"主要{places.Many}的融资事件与金额占比（{period}）" : $"{places.Heading} by share of deals and value, {period}";
        // The regions with deals in the period: a region the table keeps from a comparison period (0 deals) is no bar or tile.
        var known = model.Regions.Where(static r => r.Key != "Unknown" && r.DealCount > 0).ToList();
        if (known.Count < 2)
        {
            // One region is one bar (or one tile) beside nothing: the table and the sentence naming it say all there is.
            return new ChartSpec
            {
                Id = id,
                Kind = ChartKind.HorizontalBar,
                Title = ranked,
                XLabel = places.Column,
                YLabel = zh ? "占比（%）" : "Share (%)",
            };
        }

        if (TileGrids.Choose(known.Select(static r => r.Key).ToList()) is not null)
        {
            return new ChartSpec
            {
                Id = id,
                Kind = ChartKind.TileMap,
                Title = zh ? $"各{(places.Countries ? "国" : "地区")}融资事件占比（{period}）" : $"Share of deals by {places.One}, {period}",
                XLabel = places.Column,
                YLabel = zh ? "融资事件占比（%）" : "Share of deals (%)",
                Categories = known.Select(static r => r.Key).ToList(),
                Series = [new ChartSeries(zh ? "事件数占比" : "Share of deals", known.Select(static r => r.CountShare).ToList())],
                ValueFormat = "percent",
            };
        }

        var top = known.Take(RankedRegions).ToList();
        return new ChartSpec
        {
            Id = id,
            Kind = ChartKind.HorizontalBar,
            Title = ranked,
            XLabel = places.Column,
            YLabel = zh ? "占比（%）" : "Share (%)",
            Categories = top.Select(static r => r.Name).ToList(),
            Series =
            [
                new ChartSeries(zh ? "事件数占比" : "Share of deals", top.Select(static r => r.CountShare).ToList()),
                new ChartSeries(zh ? "金额占比" : "Share of value", top.Select(static r => r.ValueShare).ToList()),
            ],
            ValueFormat = "percent",
        };
    }
}
