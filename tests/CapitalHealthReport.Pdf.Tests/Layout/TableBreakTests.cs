using System.Globalization;
using CapitalHealthReport.Pdf.Elements;
using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Tests.Layout;

/// <summary>
/// Where a table breaks: which body rows each page receives (at least two on each side of a break), and its note
/// (source line) on the page of its last rows.
/// </summary>
public sealed class TableBreakTests : IDisposable
{
    private const string Source = "Source: deals.csv; data to 2025-06-30.";

    private readonly LayoutHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private float RowHeight => _harness.LineHeight() + (2 * TableElement.CellPaddingY);

    private static Table Sample(int rows, bool withSource = false) => new(
        [TableColumn.Auto(), TableColumn.Relative(2f), TableColumn.Fixed(70f, TextAlignment.Right)],
        [TableRow.Of("Region", "Sector", "Deals")],
        Enumerable.Range(0, rows).Select(i => TableRow.Of("R" + i.ToString(CultureInfo.InvariantCulture), "AI", (i * 3).ToString(CultureInfo.InvariantCulture))).ToArray())
    {
        Notes = withSource ? [Paragraph.Of(Source)] : [],
    };

    [Fact]
    public void The_last_row_is_not_left_alone_under_a_repeated_header()
    {
        var table = (TableElement)_harness.Create(Sample(20));

        // A page holds the header and 19 rows: one row would be left for the next page.
        var pages = RowsPerPage(table, pageHeight: RowHeight * 20.5f);

        Assert.Equal([Range(0, 18), Range(18, 2)], pages);
    }

    [Fact]
    public void A_table_does_not_start_with_a_lone_row_at_the_foot_of_a_page()
    {
        var table = (TableElement)_harness.Create(Sample(12));

        // Room for the header and one row below other content: the table starts on the next page.
        var pages = RowsPerPage(table, pageHeight: RowHeight * 30f, firstHeight: RowHeight * 2.5f);

        Assert.Equal([[], Range(0, 12)], pages);
    }

    [Fact]
    public void A_table_starts_at_the_foot_of_a_page_when_two_rows_fit_there()
    {
        var table = (TableElement)_harness.Create(Sample(12));

        var pages = RowsPerPage(table, pageHeight: RowHeight * 30f, firstHeight: RowHeight * 3.5f);

        Assert.Equal([Range(0, 2), Range(2, 10)], pages);
    }

    [Fact]
    public void A_table_too_short_to_leave_two_rows_on_each_side_moves_whole()
    {
        var table = (TableElement)_harness.Create(Sample(3));

        // Header and two of the three rows would fit.
        var pages = RowsPerPage(table, pageHeight: RowHeight * 30f, firstHeight: RowHeight * 3.5f);

        Assert.Equal([[], Range(0, 3)], pages);
    }

    [Fact]
    public void The_source_line_follows_the_last_row_on_its_page()
    {
        var table = (TableElement)_harness.Create(Sample(5, withSource: true));
        var line = _harness.LineHeight();

        var (pages, _) = _harness.Paginate(table, pageHeight: RowHeight * 30f);

        var page = Assert.Single(pages);
        Assert.Equal((RowHeight * 6) + TableElement.GapBelow + line, page.Height, 0.1f);
    }

    [Fact]
    public void The_source_line_takes_the_last_two_rows_to_the_next_page_rather_than_go_alone()
    {
        var table = (TableElement)_harness.Create(Sample(10, withSource: true));
        var line = _harness.LineHeight();

        // All ten rows fit below the header, the source line does not.
        var pages = RowsPerPage(table, pageHeight: RowHeight * 30f, firstHeight: (RowHeight * 11.5f) + TableElement.GapBelow);
        var (plans, _) = _harness.Paginate(_harness.Create(Sample(10, withSource: true)), pageHeight: RowHeight * 30f, firstHeight: (RowHeight * 11.5f) + TableElement.GapBelow);

        Assert.Equal([Range(0, 8), Range(8, 2)], pages);
        Assert.Equal(SpacePlanKind.PartialRender, plans[0].Kind);
        Assert.Equal((RowHeight * 3) + TableElement.GapBelow + line, plans[1].Height, 0.1f);
    }

    [Fact]
    public void A_short_table_moves_whole_with_its_source_line()
    {
        var table = (TableElement)_harness.Create(Sample(3, withSource: true));

        var pages = RowsPerPage(table, pageHeight: RowHeight * 30f, firstHeight: (RowHeight * 4.5f) + TableElement.GapBelow);

        Assert.Equal([[], Range(0, 3)], pages);
    }

    [Fact]
    public void A_table_of_a_few_rows_below_other_content_moves_whole_rather_than_split()
    {
        // Five rows and a source line, the header and three rows of which fit below the content above: the rule
        // would allow three rows here and two there, but a table this short reads whole on the next page.
        var above = (RowHeight * 30f) - (RowHeight * 4.5f);
        var column = _harness.Create(new Spacer(above), Sample(5, withSource: true));

        var (pages, _) = _harness.Paginate(column, pageHeight: RowHeight * 30f);

        Assert.Equal(2, pages.Count);
        Assert.Equal(above, pages[0].Height, 0.1f);
    }

    [Fact]
    public void A_table_taller_than_a_third_of_a_page_still_starts_below_other_content()
    {
        var above = (RowHeight * 30f) - (RowHeight * 6.5f);
        var column = _harness.Create(new Spacer(above), Sample(14, withSource: true));

        var (pages, _) = _harness.Paginate(column, pageHeight: RowHeight * 30f);

        Assert.Equal(2, pages.Count);
        Assert.True(pages[0].Height > above + (RowHeight * 3f), "the table's first rows stay below the content above");
    }

    [Fact]
    public void A_table_with_no_room_for_the_rule_on_a_whole_page_still_makes_progress()
    {
        var table = (TableElement)_harness.Create(Sample(3, withSource: true));

        // A page holds the header and two rows only: the rule cannot hold; every row and the note are still placed.
        var pages = RowsPerPage(table, pageHeight: RowHeight * 3.5f);

        Assert.Equal(Range(0, 3), pages.SelectMany(p => p));
        Assert.All(pages.SkipLast(1), p => Assert.NotEmpty(p));
    }

    [Theory]
    [InlineData(19, 20, false, true, 18)] // a lone last row: one more row goes with it
    [InlineData(9, 9, true, false, 7)] // every row fits but what follows the last does not: two rows go with it
    [InlineData(1, 12, true, false, 0)] // a lone first row at a page's foot: the table moves on
    [InlineData(2, 12, true, false, 2)]
    [InlineData(2, 3, true, false, 0)] // three rows cannot leave two on each side: they move together
    [InlineData(2, 3, true, true, 1)] // at a page's top the orphan rule gives way first
    [InlineData(2, 2, true, true, 2)] // and then the widow rule
    [InlineData(1, 3, false, true, 1)] // a continued table always makes progress
    public void Rows_before_a_break(int fitted, int remaining, bool tableStarts, bool atPageTop, int expected) =>
        Assert.Equal(expected, TableBreaks.RowsBeforeBreak(fitted, remaining, tableStarts, atPageTop));

    [Fact]
    public void A_hash_in_code_type_takes_the_same_room_whatever_its_digits()
    {
        // Two hashes at the extremes of the proportional face: the narrowest and the widest hex letters.
        string[] hashes = [new('f', 64), new('d', 64), "6c3331b3e58e546ec3a76029231888eba74bed8c6d01bdb31a187ccd1190aca8"];

        var body = hashes.Select(h => Provenance(h, TextStyle.Default)).ToArray();
        var code = hashes.Select(h => Provenance(h, TextStyle.Default with { Code = true, Size = 9.2f })).ToArray();

        Assert.NotEqual(body[0].Widths, body[1].Widths);
        Assert.All(code, c => Assert.Equal(code[0].Widths, c.Widths));
        Assert.All(code, c => Assert.Equal(code[0].Height, c.Height));
    }

    // The provenance table's widths and height with the hash set in the given style.
    private (float[] Widths, float Height) Provenance(string hash, TextStyle style)
    {
        var table = (TableElement)_harness.Create(new Table(
            [TableColumn.Auto(), TableColumn.Auto()],
            [TableRow.Of("Item", "Value")],
            [
                TableRow.Of("Input file", "deals.csv"),
                new TableRow([TableCell.Text("SHA-256 of the input"), new TableCell([new Paragraph([new TextRun(hash, style)], null, 0f)])]),
                TableRow.Of("Rule packs", "concentration.yaml, data-coverage.yaml, investor-mix.yaml"),
            ]));
        var height = table.Measure(new Space(LayoutHarness.Width, 10_000f, true, 10_000f)).Height;
        return (table.ColumnWidths(LayoutHarness.Width), height);
    }

    private static int[] Range(int start, int count) => Enumerable.Range(start, count).ToArray();

    // Pages the table through pages of the given height, recording the body rows each page receives.
    private List<int[]> RowsPerPage(TableElement table, float pageHeight, float? firstHeight = null)
    {
        var context = new RenderContext(_harness.Fonts, [], 0);
        var pages = new List<int[]>();
        var height = firstHeight ?? pageHeight;
        var atTop = firstHeight is null;
        for (var page = 1; page < 100; page++)
        {
            context.PageNumber = page;
            pages.Add([.. table.RowsOnPage(new Space(LayoutHarness.Width, height, atTop, pageHeight))]);
            if (LayoutHarness.Place(table, context, height, atTop, pageHeight).IsFull)
            {
                return pages;
            }

            height = pageHeight;
            atTop = true;
        }

        throw new InvalidOperationException("Pagination did not finish.");
    }
}
