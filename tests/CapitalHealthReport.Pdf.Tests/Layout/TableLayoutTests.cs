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
        var table = (TableElement)_harness.Create(Sample(3, i => i == 2 ? PdfTestKit.Lorem(60) : "AI"));
        var line = _harness.LineHeight();
        var rowHeight = line + (2 * TableElement.CellPaddingY);

        // Header, row 1 and two lines of the tall row 2 would fit: the tall row moves whole instead.
        var (pages, _) = _harness.Paginate(table, pageHeight: 500f, firstHeight: (rowHeight * 2) + (line * 2.5f));

        Assert.Equal(2, pages.Count);
        Assert.Equal(rowHeight * 2, pages[0].Height, 0.1f);
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
}
