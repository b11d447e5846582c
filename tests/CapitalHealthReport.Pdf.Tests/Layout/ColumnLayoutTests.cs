using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Model;
using CsCheck;

namespace CapitalHealthReport.Pdf.Tests.Layout;

public sealed class ColumnLayoutTests : IDisposable
{
    private readonly LayoutHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Heading_moves_to_the_next_page_when_its_paragraph_cannot_follow_it()
    {
        var column = (ColumnElement)_harness.Create(
            Paragraph.Of(PdfTestKit.Lorem(40), null) with { SpaceAfter = 0f },
            new Heading(2, "Concentration", "concentration"),
            Paragraph.Of(PdfTestKit.Lorem(200)));
        var first = column.Children[0].Measure(new Space(LayoutHarness.Width, 10_000f, true, 10_000f)).Height;
        var heading = column.Children[1].Measure(new Space(LayoutHarness.Width, 10_000f, false, 10_000f)).Height;
        var gap = column.Children[1].SpaceBefore;
        var line = _harness.LineHeight();

        // The heading fits, plus one line of the paragraph: not enough (two lines must follow a break).
        var (pages, context) = _harness.Paginate(column, pageHeight: 600f, firstHeight: first + gap + heading + column.Children[1].SpaceAfter + (line * 1.5f));

        Assert.Equal(first, pages[0].Height, 0.01f);
        var placed = Assert.Single(context.Headings);
        Assert.Equal(2, placed.PageNumber);
    }

    [Fact]
    public void Heading_stays_when_two_lines_of_its_paragraph_fit_below_it()
    {
        var column = (ColumnElement)_harness.Create(
            new Heading(2, "Stage structure", "stages"),
            Paragraph.Of(PdfTestKit.Lorem(200)));
        var heading = column.Children[0].Measure(new Space(LayoutHarness.Width, 10_000f, false, 10_000f)).Height;
        var line = _harness.LineHeight();

        var (pages, context) = _harness.Paginate(column, pageHeight: 600f, firstHeight: heading + column.Children[0].SpaceAfter + (line * 2.5f));

        Assert.Equal(SpacePlanKind.PartialRender, pages[0].Kind);
        Assert.Equal(1, Assert.Single(context.Headings).PageNumber);
        Assert.Equal(heading + column.Children[0].SpaceAfter + (line * 2), pages[0].Height, 0.01f);
    }

    [Fact]
    public void Chain_of_headings_moves_together_with_the_text_that_follows()
    {
        var column = (ColumnElement)_harness.Create(
            Paragraph.Of(PdfTestKit.Lorem(30)),
            new Heading(1, "Market overview", "market"),
            new Heading(2, "Deals by quarter", "deals"),
            Paragraph.Of(PdfTestKit.Lorem(200)));
        var first = column.Children[0].Measure(new Space(LayoutHarness.Width, 10_000f, true, 10_000f)).Height;

        var (_, context) = _harness.Paginate(column, pageHeight: 600f, firstHeight: first + 60f);

        Assert.All(context.Headings, h => Assert.Equal(2, h.PageNumber));
    }

    [Fact]
    public void Small_list_moves_whole_to_the_next_page()
    {
        var list = new ListBlock(false, Enumerable.Range(0, 6).Select(i => (IReadOnlyList<Block>)[Paragraph.Of(PdfTestKit.Lorem(8, i))]).ToArray());
        var column = (ColumnElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(30)), list);
        var first = column.Children[0].Measure(new Space(LayoutHarness.Width, 10_000f, true, 10_000f)).Height;
        var listHeight = column.Children[1].Measure(new Space(LayoutHarness.Width, 10_000f, false, 10_000f)).Height;

        var (pages, _) = _harness.Paginate(column, pageHeight: 700f, firstHeight: first + column.Children[0].SpaceAfter + (listHeight / 2f));

        Assert.Equal(2, pages.Count);
        Assert.Equal(first, pages[0].Height, 0.01f);
        Assert.Equal(listHeight, pages[1].Height, 0.01f);
    }

    [Fact]
    public void Long_list_splits_between_items()
    {
        var list = new ListBlock(true, Enumerable.Range(0, 40).Select(i => (IReadOnlyList<Block>)[Paragraph.Of(PdfTestKit.Lorem(12, i))]).ToArray());
        var element = _harness.Create(list);
        var whole = element.Measure(new Space(LayoutHarness.Width, 100_000f, false, 100_000f)).Height;

        var (pages, _) = _harness.Paginate(element, pageHeight: 300f);

        Assert.True(whole > 300f);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.True(p.Height <= 300f));
        Assert.Equal(SpacePlanKind.FullRender, pages[^1].Kind);
    }

    [Fact]
    public void Page_break_starts_a_new_page_but_never_an_empty_one()
    {
        var column = _harness.Create(new PageBreak(), Paragraph.Of("First page."), new PageBreak(), Paragraph.Of("Second page."));

        var (pages, _) = _harness.Paginate(column, pageHeight: 700f);

        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.True(p.Height > 0f));
    }

    [Fact]
    public void Spacer_is_truncated_at_the_foot_of_a_page()
    {
        var column = _harness.Create(new Spacer(500f), Paragraph.Of("After the space."));

        var (pages, _) = _harness.Paginate(column, pageHeight: 300f);

        Assert.Equal(2, pages.Count);
        Assert.Equal(300f, pages[0].Height, 0.01f);
    }

    [Fact]
    public void Callout_splits_with_its_content_when_taller_than_a_third_of_a_page()
    {
        var callout = new Callout(CalloutKind.Warning, "Crowd-out", Enumerable.Range(0, 12).Select(i => (Block)Paragraph.Of(PdfTestKit.Lorem(40, i))).ToArray());
        var column = (ColumnElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(30)), callout);
        var first = column.Children[0].Measure(new Space(LayoutHarness.Width, 10_000f, true, 10_000f)).Height;

        var (pages, _) = _harness.Paginate(column, pageHeight: 500f, firstHeight: first + 200f);

        Assert.True(pages[0].Height > first + 50f, "the callout should start on the first page");
        Assert.True(pages.Count >= 2);
    }

    [Fact]
    public void Every_page_holds_no_more_than_the_space_offered_for_any_mix_of_blocks()
    {
        var blocks = Gen.Select(Gen.Int[0, 5], Gen.Int[1, 90], (kind, words) => kind switch
        {
            0 => (Block)new Heading(2, PdfTestKit.Lorem(3, words)),
            1 => new ListBlock(false, [[Paragraph.Of(PdfTestKit.Lorem(words))], [Paragraph.Of(PdfTestKit.Lorem(words / 2 + 1))]]),
            2 => new Callout(CalloutKind.Info, "Note", [Paragraph.Of(PdfTestKit.Lorem(words))]),
            3 => new Spacer(words),
            _ => Paragraph.Of(PdfTestKit.Lorem(words)),
        }).Array[1, 30];

        blocks.Sample(sample =>
        {
            var element = _harness.Create(sample.Append(Paragraph.Of("End.")).ToArray());
            var (pages, context) = _harness.Paginate(element, pageHeight: 240f);
            return pages.All(p => p.Height <= 240.01f) && context.Headings.Count == sample.OfType<Heading>().Count();
        }, iter: 40, threads: 1);
    }
}
