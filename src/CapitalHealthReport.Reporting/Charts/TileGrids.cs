namespace CapitalHealthReport.Reporting.Charts;

/// <summary>One square of a tile-grid map: a region by its canonical name, where it sits, and its short labels.</summary>
/// <param name="Region">The canonical region name, as in <c>data/reference/regions.yaml</c>.</param>
/// <param name="Column">Column from the west, 0-based.</param>
/// <param name="Row">Row from the north, 0-based.</param>
/// <param name="English">The label in English editions (a short name, or a postal code).</param>
/// <param name="Chinese">The label in Chinese editions.</param>
public sealed record Tile(string Region, int Column, int Row, string English, string Chinese);

/// <summary>A tile-grid map: squares laid out to echo geography, with no boundary data to license.</summary>
/// <param name="Name">What the grid covers, e.g. <c>China</c>.</param>
/// <param name="Tiles">One tile per region.</param>
public sealed record TileGrid(string Name, IReadOnlyList<Tile> Tiles)
{
    public int Columns => Tiles.Max(static t => t.Column) + 1;

    public int Rows => Tiles.Max(static t => t.Row) + 1;

    /// <summary>The tile of a canonical region name (ordinal, case-insensitive); null when the grid has none.</summary>
    public Tile? Find(string region) =>
        Tiles.FirstOrDefault(t => string.Equals(t.Region, region, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The tile grids the report can draw: China's 31 provincial-level divisions with Hong Kong, Macau and Taiwan, and the
/// 50 US states with the District of Columbia. The coordinates are written here as data; the US grid follows the
/// widely used newsroom layout, the Chinese one places each province by its neighbours.
/// </summary>
public static class TileGrids
{
    /// <summary>Chinese provinces, municipalities, autonomous regions and special administrative regions (8 × 8).</summary>
    public static TileGrid China { get; } = new("China",
    [
        new("Heilongjiang", 7, 0, "Heilongjiang", "黑龙江"),
        new("Inner Mongolia", 4, 1, "Inner\nMongolia", "内蒙古"),
        new("Beijing", 5, 1, "Beijing", "北京"),
        new("Liaoning", 6, 1, "Liaoning", "辽宁"),
        new("Jilin", 7, 1, "Jilin", "吉林"),
        new("Xinjiang", 1, 2, "Xinjiang", "新疆"),
        new("Ningxia", 3, 2, "Ningxia", "宁夏"),
        new("Shanxi", 4, 2, "Shanxi", "山西"),
        new("Hebei", 5, 2, "Hebei", "河北"),
        new("Tianjin", 6, 2, "Tianjin", "天津"),
        new("Tibet", 0, 3, "Tibet", "西藏"),
        new("Qinghai", 1, 3, "Qinghai", "青海"),
        new("Gansu", 2, 3, "Gansu", "甘肃"),
        new("Shaanxi", 3, 3, "Shaanxi", "陕西"),
        new("Henan", 4, 3, "Henan", "河南"),
        new("Shandong", 5, 3, "Shandong", "山东"),
        new("Sichuan", 1, 4, "Sichuan", "四川"),
        new("Chongqing", 2, 4, "Chongqing", "重庆"),
        new("Hubei", 3, 4, "Hubei", "湖北"),
        new("Anhui", 4, 4, "Anhui", "安徽"),
        new("Jiangsu", 5, 4, "Jiangsu", "江苏"),
        new("Shanghai", 6, 4, "Shanghai", "上海"),
        new("Yunnan", 1, 5, "Yunnan", "云南"),
        new("Guizhou", 2, 5, "Guizhou", "贵州"),
        new("Hunan", 3, 5, "Hunan", "湖南"),
        new("Jiangxi", 4, 5, "Jiangxi", "江西"),
        new("Zhejiang", 5, 5, "Zhejiang", "浙江"),
        new("Guangxi", 2, 6, "Guangxi", "广西"),
        new("Guangdong", 3, 6, "Guangdong", "广东"),
        new("Fujian", 4, 6, "Fujian", "福建"),
        new("Taiwan", 5, 6, "Taiwan", "台湾"),
        new("Hainan", 2, 7, "Hainan", "海南"),
        new("Macau", 3, 7, "Macau", "澳门"),
        new("Hong Kong", 4, 7, "Hong Kong", "香港"),
    ]);

    /// <summary>The 50 US states and the District of Columbia (11 × 8), labelled with postal codes in both languages.</summary>
    public static TileGrid UnitedStates { get; } = new("United States", UsTiles());

    /// <summary>Every grid, in the order they are tried.</summary>
    public static IReadOnlyList<TileGrid> All { get; } = [China, UnitedStates];

    /// <summary>
    /// The grid that fits <paramref name="regions"/>: the one holding the most of them, provided it holds at least two and
    /// at least half of those given; null when no grid fits (then the report draws a ranked bar chart).
    /// </summary>
    public static TileGrid? Choose(IReadOnlyList<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var best = All
            .Select(grid => (Grid: grid, Count: regions.Count(r => grid.Find(r) is not null)))
            .OrderByDescending(static g => g.Count)
            .First();
        return best.Count >= 2 && best.Count * 2 >= regions.Count ? best.Grid : null;
    }

    private static List<Tile> UsTiles()
    {
        // Row by row, west to east: (postal code, canonical name, column).
        (string Code, string Name, int Column)[][] rows =
        [
            [("AK", "Alaska", 0), ("ME", "Maine", 10)],
            [("VT", "Vermont", 9), ("NH", "New Hampshire", 10)],
            [("WA", "Washington", 0), ("ID", "Idaho", 1), ("MT", "Montana", 2), ("ND", "North Dakota", 3), ("MN", "Minnesota", 4), ("IL", "Illinois", 5), ("WI", "Wisconsin", 6), ("MI", "Michigan", 7), ("NY", "New York", 8), ("RI", "Rhode Island", 9), ("MA", "Massachusetts", 10)],
            [("OR", "Oregon", 0), ("NV", "Nevada", 1), ("WY", "Wyoming", 2), ("SD", "South Dakota", 3), ("IA", "Iowa", 4), ("IN", "Indiana", 5), ("OH", "Ohio", 6), ("PA", "Pennsylvania", 7), ("NJ", "New Jersey", 8), ("CT", "Connecticut", 9)],
            [("CA", "California", 0), ("UT", "Utah", 1), ("CO", "Colorado", 2), ("NE", "Nebraska", 3), ("MO", "Missouri", 4), ("KY", "Kentucky", 5), ("WV", "West Virginia", 6), ("VA", "Virginia", 7), ("MD", "Maryland", 8), ("DE", "Delaware", 9)],
            [("AZ", "Arizona", 1), ("NM", "New Mexico", 2), ("KS", "Kansas", 3), ("AR", "Arkansas", 4), ("TN", "Tennessee", 5), ("NC", "North Carolina", 6), ("SC", "South Carolina", 7), ("DC", "District of Columbia", 8)],
            [("OK", "Oklahoma", 3), ("LA", "Louisiana", 4), ("MS", "Mississippi", 5), ("AL", "Alabama", 6), ("GA", "Georgia", 7)],
            [("HI", "Hawaii", 0), ("TX", "Texas", 3), ("FL", "Florida", 8)],
        ];
        var tiles = new List<Tile>();
        for (var row = 0; row < rows.Length; row++)
        {
            foreach (var (code, name, column) in rows[row])
            {
                tiles.Add(new Tile(name, column, row, code, code));
            }
        }

        return tiles;
    }
}
