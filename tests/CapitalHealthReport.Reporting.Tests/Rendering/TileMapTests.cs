using CapitalHealthReport.Reference;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>The regional picture: tile grids that match the region directory, classes, and the choice of map or ranking.</summary>
public sealed class TileMapTests
{
    public static TheoryData<string> Grids => new(TileGrids.All.Select(static g => g.Name));

    [Theory]
    [MemberData(nameof(Grids))]
    public void No_two_tiles_share_a_square_and_every_region_appears_once(string name)
    {
        var grid = TileGrids.All.Single(g => g.Name == name);
        Assert.Equal(grid.Tiles.Count, grid.Tiles.Select(static t => (t.Column, t.Row)).Distinct().Count());
        Assert.Equal(grid.Tiles.Count, grid.Tiles.Select(static t => t.Region).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void China_has_every_provincial_level_division_with_hong_kong_macau_and_taiwan_under_their_canonical_names()
    {
        // Taiwan is one tile, its whole-island entry; its municipalities and counties are regions of a Taiwanese export.
        var expected = ReferenceData.Default.Regions.All
            .Where(static r => r.Country is "CN" or "HK" or "MO" || r.Name == "Taiwan")
            .ToDictionary(static r => r.Name, static r => r.ChineseName, StringComparer.Ordinal);
        Assert.Equal(34, expected.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), TileGrids.China.Tiles.Select(static t => t.Region).Order(StringComparer.Ordinal));
        Assert.All(TileGrids.China.Tiles, t => Assert.Equal(expected[t.Region], t.Chinese));
    }

    [Fact]
    public void The_united_states_have_fifty_states_and_the_district_of_columbia_under_their_canonical_names()
    {
        var expected = ReferenceData.Default.Regions.All.Where(static r => r.Country == "US").ToList();
        Assert.Equal(51, expected.Count);
        Assert.Equal(expected.Select(static r => r.Name).Order(StringComparer.Ordinal), TileGrids.UnitedStates.Tiles.Select(static t => t.Region).Order(StringComparer.Ordinal));

        // Postal codes are the US aliases in the directory.
        Assert.All(TileGrids.UnitedStates.Tiles, t => Assert.Contains(t.English, expected.Single(r => r.Name == t.Region).Aliases));
    }

    [Fact]
    public void Neighbours_on_the_chinese_grid_are_neighbours_on_the_ground()
    {
        var grid = TileGrids.China;
        foreach (var (a, b) in new[] { ("Beijing", "Hebei"), ("Jiangsu", "Shanghai"), ("Guangdong", "Hong Kong"), ("Sichuan", "Chongqing"), ("Jilin", "Heilongjiang"), ("Fujian", "Taiwan") })
        {
            var ta = grid.Find(a)!;
            var tb = grid.Find(b)!;
            Assert.True(Math.Abs(ta.Column - tb.Column) <= 1 && Math.Abs(ta.Row - tb.Row) <= 1, $"{a} and {b} touch");
        }

        Assert.True(grid.Find("Xinjiang")!.Column < grid.Find("Shanghai")!.Column);
        Assert.True(grid.Find("Heilongjiang")!.Row < grid.Find("Hainan")!.Row);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(0.0, 0)]
    [InlineData(0.005, 1)]
    [InlineData(0.01, 2)]
    [InlineData(0.05, 3)]
    [InlineData(0.2, 4)]
    [InlineData(0.31, 5)]
    public void Shares_fall_into_fixed_classes_comparable_across_periods(double? share, int expected) =>
        Assert.Equal(expected, TileMapRendering.ClassOf(share));

    [Fact]
    public void A_grid_is_chosen_only_when_it_holds_most_of_the_regions()
    {
        Assert.Same(TileGrids.China, TileGrids.Choose(["Beijing", "Shanghai", "Overseas"]));
        Assert.Same(TileGrids.UnitedStates, TileGrids.Choose(["California", "New York", "Texas", "London"]));
        Assert.Null(TileGrids.Choose(["Maharashtra", "Karnataka", "Delhi"]));
        Assert.Null(TileGrids.Choose(["Beijing"]));
    }

    [Theory]
    [InlineData("en", "Guangdong", "19.7%")]
    [InlineData("zh-CN", "广东", "19.7%")]
    public void Each_tile_is_labelled_with_its_name_and_share_in_the_report_language(string language, string name, string share)
    {
        using var plot = ChartRendering.CreatePlot(ChinaMap(), null, language);
        var (width, height) = ChartRendering.Size(ChinaMap());
        plot.RenderInMemory((int)width, (int)height);

        var texts = ChartRendering.DrawnText(plot);
        Assert.Contains(name + "\n" + share, texts);
        Assert.Contains(texts, static t => t.Contains("Not on the map", StringComparison.Ordinal) || t.Contains("不在图中", StringComparison.Ordinal));
        Assert.Equal(TileGrids.China.Tiles.Count + 6, plot.GetPlottables<ScottPlot.Plottables.Rectangle>().Count());
    }

    [Fact]
    public void A_us_map_labels_states_by_postal_code_and_tiny_shares_as_under_a_tenth_of_a_percent()
    {
        var spec = ChinaMap() with { Categories = ["California", "New York", "Alaska"], Series = [new ChartSeries("Share", [0.344, 0.1, 0.0004])] };
        using var plot = ChartRendering.CreatePlot(spec);
        var texts = ChartRendering.DrawnText(plot);
        Assert.Contains("CA\n34.4%", texts);
        Assert.Contains("AK\n<0.1%", texts);
        Assert.Contains("TX\n–", texts);
        Assert.Equal(TileGrids.UnitedStates.Tiles.Count + 6, plot.GetPlottables<ScottPlot.Plottables.Rectangle>().Count());
    }

    [Fact]
    public void A_map_renders_in_the_pdf_and_the_html_in_the_reports_fonts()
    {
        const string Markdown = "# Regions\n\n```chart map\n```\n";
        var options = RenderingKit.Options("zh-CN", ChinaMap() with { Title = "各地区融资事件占比", YLabel = "融资事件占比（%）" });
        var pdf = ReportRenderer.RenderPdf(Markdown, options);
        Assert.Empty(pdf.MissingGlyphs);
        var text = RenderingKit.CompactText(pdf.Pdf);
        Assert.Contains("广东", text, StringComparison.Ordinal);
        Assert.Contains("黑龙江", text, StringComparison.Ordinal);

        var html = ReportRenderer.RenderHtml(Markdown, options);
        Assert.Contains("<figure class=\"chart\" id=\"chart-map\">", html, StringComparison.Ordinal);
        Assert.Contains("黑龙江", html, StringComparison.Ordinal);
    }

    private static ChartSpec ChinaMap() => new()
    {
        Id = "map",
        Kind = ChartKind.TileMap,
        Title = "Share of deals by region",
        XLabel = string.Empty,
        YLabel = "Share of deals (%)",
        ValueFormat = "percent",
        Categories = ["Beijing", "Guangdong", "Shanghai", "Zhejiang", "Overseas"],
        Series = [new ChartSeries("Share of deals", [0.306, 0.197, 0.153, 0.093, 0.021])],
    };
}
