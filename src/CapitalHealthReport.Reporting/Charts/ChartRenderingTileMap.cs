using System.Globalization;
using ScottPlot;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Draws a <see cref="ChartKind.TileMap"/>: one square per region of the chosen <see cref="TileGrid"/>, coloured by the
/// first series' share in fixed classes (comparable from one period to the next), each labelled with its short name and
/// value, and a legend of the classes to the right. Regions in the data but not on the grid are summed in a note.
/// The map always takes the full text width.
/// </summary>
internal static class TileMapRendering
{
    /// <summary>Upper bounds of the colour classes (shares); the last class is everything above.</summary>
    public static readonly IReadOnlyList<double> ClassBreaks = [0.01, 0.03, 0.10, 0.25];

    /// <summary>Class colours, light to dark (a sequential blue that prints in greyscale in order).</summary>
    public static readonly IReadOnlyList<string> ClassColors = ["#DEEBF7", "#B3D1EA", "#6BAED6", "#2B7BBA", "#08468C"];

    /// <summary>The colour of a region with no deals.</summary>
    public const string NoneColor = "#EFEFEF";

    private const float LabelSize = 6.5f;
    private const float LegendUnits = 2.7f;
    private const float Gap = 0.05f;

    /// <summary>The height in points of a map <paramref name="width"/> wide: the title over square tiles.</summary>
    public static float Height(ChartSpec spec, float width)
    {
        var grid = TileGrids.Choose(spec.Categories) ?? TileGrids.China;
        var tile = width / (grid.Columns + LegendUnits);
        return HeaderHeight + (grid.Rows * tile) + 4;
    }

    /// <summary>The colour class of a share: 0 for none, 1–5 from light to dark.</summary>
    public static int ClassOf(double? share)
    {
        if (share is not { } value || value <= 0)
        {
            return 0;
        }

        var index = 0;
        while (index < ClassBreaks.Count && value >= ClassBreaks[index])
        {
            index++;
        }

        return index + 1;
    }

    public static void Draw(Plot plot, ChartSpec spec, string language)
    {
        var grid = TileGrids.Choose(spec.Categories) ?? throw new InvalidOperationException($"Chart '{spec.Id}' has no region on a map.");
        var chinese = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var values = spec.Series[0].Values;
        var shares = new Dictionary<Tile, double?>();
        double elsewhere = 0;
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            if (grid.Find(spec.Categories[i]) is { } tile)
            {
                shares[tile] = values[i];
            }
            else
            {
                elsewhere += values[i] ?? 0;
            }
        }

        foreach (var tile in grid.Tiles)
        {
            var share = shares.GetValueOrDefault(tile);
            var classIndex = ClassOf(share);
            var fill = classIndex == 0 ? NoneColor : ClassColors[classIndex - 1];
            var rectangle = plot.Add.Rectangle(tile.Column + Gap, tile.Column + 1 - Gap, -tile.Row - 1 + Gap, -tile.Row - Gap);
            rectangle.FillColor = Color.FromHex(fill);
            rectangle.LineWidth = 0;

            var name = chinese ? tile.Chinese : tile.English;
            var value = share is > 0 ? OneDecimal(share.Value) : "–";
            var ink = classIndex >= 4 ? Colors.White : Color.FromHex(classIndex == 0 ? "#777777" : "#1A1A1A");
            AddText(plot, name + "\n" + value, tile.Column + 0.5, -tile.Row - 0.5, Alignment.MiddleCenter, ink);
        }

        DrawLegend(plot, spec, grid, language, elsewhere);
        plot.Layout.Fixed(new PixelPadding(0, 0, 4, HeaderHeight));
        plot.Axes.SetLimits(0, grid.Columns + LegendUnits, -grid.Rows, 0);
    }

    private static float HeaderHeight => (ChartRendering.TitleSize * 1.5f) + 8;

    private static void DrawLegend(Plot plot, ChartSpec spec, TileGrid grid, string language, double elsewhere)
    {
        var chinese = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var left = grid.Columns + 0.35;
        var top = -0.35;
        AddText(plot, spec.YLabel, left, top, Alignment.UpperLeft, Color.FromHex("#222222"));
        var labels = ClassLabels(language);
        for (var i = 0; i <= ClassColors.Count; i++)
        {
            var y = top - 0.55 - (i * 0.42);
            var color = i == 0 ? NoneColor : ClassColors[i - 1];
            var swatch = plot.Add.Rectangle(left, left + 0.42, y - 0.32, y);
            swatch.FillColor = Color.FromHex(color);
            swatch.LineWidth = 0;
            AddText(plot, labels[i], left + 0.55, y - 0.16, Alignment.MiddleLeft, Color.FromHex("#222222"));
        }

        if (elsewhere > 0)
        {
            var share = OneDecimal(elsewhere);
            var note = chinese ? $"不在图中的地区：\n{share}" : $"Not on the map:\n{share}";
            AddText(plot, note, left, top - 0.75 - ((ClassColors.Count + 1) * 0.42), Alignment.UpperLeft, Color.FromHex("#555555"));
        }
    }

    /// <summary>The legend's class labels: none, then each class by its bounds.</summary>
    private static string[] ClassLabels(string language)
    {
        var chinese = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        string Pct(double v) => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        var labels = new List<string> { chinese ? "无" : "None" };
        labels.Add("< " + Pct(ClassBreaks[0]));
        for (var i = 1; i < ClassBreaks.Count; i++)
        {
            labels.Add(Pct(ClassBreaks[i - 1]) + "–" + Pct(ClassBreaks[i]));
        }

        labels.Add("≥ " + Pct(ClassBreaks[^1]));
        return labels.ToArray();
    }

    // One decimal place is enough on a map: 0.30625 reads "30.6%", and a share too small to show reads "<0.1%", not "0.0%".
    internal static string OneDecimal(double share)
    {
        var percent = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero);
        return percent == 0 && share > 0 ? "<0.1%" : percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }

    private static void AddText(Plot plot, string text, double x, double y, Alignment alignment, Color color)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = LabelSize;
        label.LabelFontColor = color;
        label.LabelAlignment = alignment;
        label.LabelLineSpacing = LabelSize * 1.25f;
    }
}
