using CapitalHealthReport.Pdf.Elements;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Tests.Layout;

public sealed class TableLayoutTests : IDisposable
{
    private readonly LayoutHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static Table Sample(int rows, Func<int, string>? middle = null) => new(
        [TableColumn.Auto(), TableColumn.Relative(2f), TableColumn.Fixed(70f, TextAlignment.Right)],
        [TableRow.Of("Region", "Sector", "Deals")],
        Enumerable.Range(1, rows).Select(i => TableRow.Of("R" + i, middle?.Invoke(i) ?? "AI", (i * 3).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());

    [Fact]
    public void Rows_continue_on_the_next_page_under_a_repeated_header()
    {
        var table = (TableElement)_harness.Create(Sample(60));
        var rowHeight = _harness.LineHeight() + (2 * TableElement.CellPaddingY);

        var (pages, _) = _harness.Paginate(table, pageHeight: rowHeight * 20.5f);

        // Each page holds the header and 19 body rows; 60 rows need 4 pages.
        Assert.Equal(4, pages.Count);
        Assert.Equal(rowHeight * 20, pages[0].Height, 0.1f);
        Assert.Equal(rowHeight * (1 + (60 - 57)), pages[3].Height, 0.1f);
    }

    [Fact]
    public void Row_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var table = (TableElement)_harness.Create(Sample(4, i => i == 3 ? PdfTestKit.Lorem(60) : "AI"));
        var line = _harness.LineHeight();
        var rowHeight = line + (2 * TableElement.CellPaddingY);

        // Header, rows 1 and 2 and two lines of the tall row 3 would fit: the tall row moves whole instead.
        var (pages, _) = _harness.Paginate(table, pageHeight: 500f, firstHeight: (rowHeight * 3) + (line * 2.5f));

        Assert.Equal(2, pages.Count);
        Assert.Equal(rowHeight * 3, pages[0].Height, 0.1f);
    }

    [Fact]
    public void Row_taller_than_a_page_splits_between_lines_of_its_cells()
    {
        var table = (TableElement)_harness.Create(Sample(2, i => i == 1 ? PdfTestKit.Lorem(900) : "AI"));
        var line = _harness.LineHeight();

        var (pages, _) = _harness.Paginate(table, pageHeight: line * 30f);

        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.True(p.Height <= (line * 30f) + 0.01f));
        Assert.All(pages.SkipLast(1), p => Assert.True(p.Height > line * 20f, "a split row fills the page"));
    }

    [Fact]
    public void Column_widths_give_fixed_then_auto_then_relative()
    {
        var table = (TableElement)_harness.Create(new Table(
            [TableColumn.Fixed(50f), TableColumn.Auto(), TableColumn.Relative(1f), TableColumn.Relative(3f)],
            [],
            [TableRow.Of("a", "Beijing", "x", "y")]));

        var widths = table.ColumnWidths(400f);

        Assert.Equal(50f, widths[0]);
        Assert.InRange(widths[1], 20f, 80f);
        Assert.Equal(400f, widths.Sum(), 0.01f);
        Assert.Equal(widths[2] * 3f, widths[3], 0.01f);
    }

    [Fact]
    public void Auto_columns_shrink_towards_their_narrowest_content_when_the_table_is_too_wide()
    {
        var table = (TableElement)_harness.Create(new Table(
            [TableColumn.Auto(), TableColumn.Auto()],
            [],
            [TableRow.Of(PdfTestKit.Lorem(40), PdfTestKit.Lorem(40, 3))]));

        var widths = table.ColumnWidths(300f);

        Assert.Equal(300f, widths.Sum(), 0.5f);
        Assert.All(widths, w => Assert.True(w > 40f));
    }

    [Fact]
    public void Figures_and_short_labels_keep_to_one_line_while_long_text_wraps()
    {
        var table = (TableElement)_harness.Create(new Table(
            [TableColumn.Auto(), TableColumn.Auto(), TableColumn.Auto(TextAlignment.Right)],
            [TableRow.Of("Company", "Stage", "Amount")],
            [TableRow.Of(PdfTestKit.Lorem(40), "Series C", "750 M USD")]));
        var oneLine = _harness.Create(Paragraph.Of("750 M USD") with { SpaceAfter = 0f }).ContentWidths().Max;
        var label = _harness.Create(Paragraph.Of("Series C") with { SpaceAfter = 0f }).ContentWidths().Max;

        var widths = table.ColumnWidths(300f);

        Assert.Equal(300f, widths.Sum(), 0.5f);
        Assert.True(widths[2] >= oneLine + (2 * TableElement.CellPaddingX) - 0.01f, $"the amount column ({widths[2]:0.0}) holds '750 M USD' ({oneLine:0.0}) on one line");
        Assert.True(widths[1] >= label + (2 * TableElement.CellPaddingX) - 0.01f, $"the stage column ({widths[1]:0.0}) holds 'Series C' ({label:0.0}) on one line");
        Assert.True(widths[0] < 300f - 100f, "the long text takes what is left and wraps");
    }

    [Fact]
    public void A_long_unbreakable_name_breaks_instead_of_the_words_and_figures_beside_it()
    {
        var right = TextAlignment.Right;
        var table = (TableElement)_harness.Create(new Table(
            [TableColumn.Auto(right), TableColumn.Auto(), TableColumn.Auto(), TableColumn.Auto(), TableColumn.Auto(right), TableColumn.Auto(right)],
            [TableRow.Of("#", "Company", "Region", "Stage", "Amount", "Share of value")],
            [
                TableRow.Of("1", Token, "Massachusetts", "Seed", "40 M USD", "5.2%"),
                TableRow.Of("10", "Startup 2", "California", "Series A", "39 M USD", "15.1%"),
            ]));

        var widths = table.ColumnWidths(LayoutHarness.Width);

        Assert.Equal(LayoutHarness.Width, widths.Sum(), 0.5f);
        foreach (var (column, text) in new[] { (0, "10"), (2, "Massachusetts"), (3, "Series A"), (4, "40 M USD"), (5, "15.1%") })
        {
            Assert.True(Lines(text, widths[column]) == 1, $"'{text}' stays on one line in its column ({widths[column]:0.0} pt)");
        }

        foreach (var (column, header) in new[] { (3, "Stage"), (4, "Amount"), (5, "Share"), (5, "value") })
        {
            Assert.True(Lines(header, widths[column], bold: true) == 1, $"the header word '{header}' is not broken ({widths[column]:0.0} pt)");
        }

        Assert.True(Lines(Token, widths[1]) > 1, "the long name breaks between characters");
    }

    [Fact]
    public void When_even_the_longest_words_do_not_fit_the_columns_with_the_longest_words_give_way_first()
    {
        var table = (TableElement)_harness.Create(new Table(
            [TableColumn.Auto(TextAlignment.Right), TableColumn.Auto(), TableColumn.Auto(), TableColumn.Auto()],
            [],
            [TableRow.Of("10", "Seed", "Massachusetts", Token)]));
        var rank = Word("10");
        var stage = Word("Seed");
        var region = Word("Massachusetts");

        // Room for "10" and "Seed" but not for "Massachusetts" besides: it and the long name share what is left.
        var width = rank + stage + (1.5f * region);
        var widths = table.ColumnWidths(width);

        Assert.Equal(width, widths.Sum(), 0.5f);
        Assert.Equal(rank, widths[0], 0.5f);
        Assert.Equal(stage, widths[1], 0.5f);
        Assert.Equal(widths[2], widths[3], 0.5f);
        Assert.True(widths[2] < region, "the two longest words break");
    }

    [Fact]
    public void A_long_unbreakable_name_gives_way_to_short_Chinese_labels_even_when_it_could_stay_whole()
    {
        var table = (TableElement)_harness.Create(new Table(
            [TableColumn.Auto(TextAlignment.Right), TableColumn.Auto(), TableColumn.Auto(), TableColumn.Auto()],
            [TableRow.Of("排名", "企业", "行业", "地区")],
            [TableRow.Of("10", Token, "人工智能", "马萨诸塞州"), TableRow.Of("2", "北京智能科技", "半导体", "加利福尼亚州")]));

        // The name would fit whole if the Chinese labels broke between every two characters.
        Assert.True(Word(Token) + Word("10") + (2 * Word("人")) < LayoutHarness.Width);
        var widths = table.ColumnWidths(LayoutHarness.Width);

        Assert.Equal(LayoutHarness.Width, widths.Sum(), 0.5f);
        Assert.Equal(1, Lines("10", widths[0]));
        Assert.Equal(1, Lines("人工智能", widths[2]));
        Assert.Equal(1, Lines("加利福尼亚州", widths[3]));
        Assert.True(Lines(Token, widths[1]) > 1, "the long name breaks between characters");
    }

    [Fact]
    public void Long_Chinese_names_wrap_between_characters_and_leave_the_other_columns_their_words()
    {
        var name = string.Concat(Enumerable.Repeat("北京智能量子科技有限公司", 5));
        var table = (TableElement)_harness.Create(new Table(
            [TableColumn.Auto(TextAlignment.Right), TableColumn.Auto(), TableColumn.Auto(), TableColumn.Auto(TextAlignment.Right)],
            [TableRow.Of("#", "公司", "轮次", "金额")],
            [TableRow.Of("10", name, "Pre-A轮", "4,000万美元"), TableRow.Of("2", "上海芯片有限公司", "B轮", "3,900万美元")]));

        var widths = table.ColumnWidths(200f);

        Assert.Equal(200f, widths.Sum(), 0.5f);
        Assert.Equal(1, Lines("10", widths[0]));
        Assert.Equal(1, Lines("Pre-A轮", widths[2]));
        Assert.Equal(1, Lines("4,000万美元", widths[3]));
        Assert.True(Lines(name, widths[1]) > 1);
    }

    // A company name of 60 letters with no break opportunity.
    private const string Token = "SupercalifragilisticexpialidociousQuantumTechnologiesIncorpo";

    // Lines a cell's paragraph takes in a column of the given width (padding included).
    private int Lines(string text, float columnWidth, bool bold = false) =>
        _harness.Fonts.Shape([new TextRun(text, TextStyle.Default with { Bold = bold })]).BreakLines(columnWidth - (2 * TableElement.CellPaddingX)).Count;

    // The column width that holds a word unbroken (padding included).
    private float Word(string text) => _harness.Fonts.Shape([new TextRun(text, TextStyle.Default)]).MinContentWidth + (2 * TableElement.CellPaddingX);
}
