using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Pdf.Tests.Layout;

/// <summary>What a flowing publication needs from the engine: figures kept with their captions, captions kept with what
/// follows, charts side by side and at the column's width, and a measure of how full each page is.</summary>
public sealed class FlowLayoutTests : IDisposable
{
    private readonly LayoutHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void A_full_width_chart_takes_the_column_width_and_its_height_from_the_aspect()
    {
        var chart = _harness.Create(ChartBlock.FullWidth(SampleDocuments.SampleChart("Deals"), aspect: 2f));

        var plan = chart.Measure(new Space(LayoutHarness.Width, 1000f, true, 1000f));

        Assert.Equal(LayoutHarness.Width / 2f, plan.Height, 0.01f);
    }

    [Fact]
    public void Two_charts_side_by_side_share_the_width_and_stand_as_tall_as_one()
    {
        var row = _harness.Create(new SideBySide(
            [[ChartBlock.FullWidth(SampleDocuments.SampleChart("Deals"), 1.25f)], [ChartBlock.FullWidth(SampleDocuments.SampleChart("Value"), 1.25f)]],
            Gap: 20f));

        var plan = row.Measure(new Space(LayoutHarness.Width, 1000f, true, 1000f));

        Assert.Equal(SpacePlanKind.FullRender, plan.Kind);
        Assert.Equal((LayoutHarness.Width - 20f) / 2f / 1.25f, plan.Height, 0.01f);
    }

    [Fact]
    public void A_figure_moves_whole_with_its_caption_when_it_does_not_fit()
    {
        var figure = new KeepTogether([ChartBlock.FullWidth(SampleDocuments.SampleChart("Deals"), 2f), Paragraph.Of("Figure 1: Deals by quarter. Source: sample data.")]);
        var column = (ColumnElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(30)) with { SpaceAfter = 0f }, figure);
        var first = column.Children[0].Measure(new Space(LayoutHarness.Width, 10_000f, true, 10_000f)).Height;

        // Room for the paragraph and the chart, but not for the caption too.
        var (pages, _) = _harness.Paginate(column, pageHeight: 700f, firstHeight: first + column.Children[1].SpaceBefore + (LayoutHarness.Width / 2f) + 10f);

        Assert.Equal(2, pages.Count);
        Assert.Equal(first, pages[0].Height, 0.01f);
        Assert.True(pages[1].Height > LayoutHarness.Width / 2f);
    }

    [Fact]
    public void A_caption_above_a_table_never_ends_a_page()
    {
        var caption = Paragraph.Of("Table 1: Deals by region.") with { KeepWithNext = true, SpaceAfter = 0f };
        var column = (ColumnElement)_harness.Create(caption, SampleDocuments.DealsTable(30));
        var captionHeight = column.Children[0].Measure(new Space(LayoutHarness.Width, 10_000f, false, 10_000f)).Height;

        // The caption fits but not the table's header and first row.
        var (pages, _) = _harness.Paginate(column, pageHeight: 700f, firstHeight: captionHeight + 5f);

        Assert.Equal(0f, pages[0].Height, 0.01f);
    }

    [Fact]
    public void A_section_starts_on_a_page_left_mostly_empty_and_only_its_figure_moves_on()
    {
        // A section's heading and its text, which leads into a figure too tall for the rest of the page.
        var (column, text) = Section();

        // 60% of the page is free below a short table: heading and text stay on it, the figure moves on.
        var (pages, _) = _harness.Paginate(column, pageHeight: 700f, firstHeight: 420f);

        Assert.Equal(2, pages.Count);
        Assert.Equal(text, pages[0].Height, 0.01f);
        Assert.True(pages[1].Height >= LayoutHarness.Width / 1.2f, "the figure is on the next page");
    }

    [Fact]
    public void A_section_whose_figure_does_not_fit_moves_on_whole_from_a_page_more_than_half_full()
    {
        var (column, _) = Section();

        // 40% of the page is free: the page is more than half full, and the section starts the next one.
        var (pages, _) = _harness.Paginate(column, pageHeight: 700f, firstHeight: 280f);

        Assert.Equal(2, pages.Count);
        Assert.Equal(0f, pages[0].Height, 0.01f);
    }

    [Fact]
    public void A_caption_never_ends_a_page_left_mostly_empty()
    {
        var caption = Paragraph.Of("Figure 1: Deals by quarter.") with { KeepWithNext = true, SpaceAfter = 0f };
        var column = (ColumnElement)_harness.Create(new Heading(1, "Market"), caption, new KeepTogether([ChartBlock.FullWidth(SampleDocuments.SampleChart("Deals"), 0.9f)]));

        var (pages, _) = _harness.Paginate(column, pageHeight: 700f, firstHeight: 420f);

        Assert.Equal(0f, pages[0].Height, 0.01f);
    }

    /// <summary>A heading, a paragraph of several lines leading into a figure, and the figure; with the height of the heading and paragraph.</summary>
    private (ColumnElement Column, float Text) Section()
    {
        var paragraph = Paragraph.Of(PdfTestKit.Lorem(60)) with { KeepWithNext = true, SpaceAfter = 0f };
        var figure = new KeepTogether([ChartBlock.FullWidth(SampleDocuments.SampleChart("HHI"), 1.2f)]);
        var column = (ColumnElement)_harness.Create(new Heading(1, "Concentration"), paragraph, figure);
        var text = column.Measure(new Space(LayoutHarness.Width, 10_000f, false, 10_000f)).Height - column.Children[2].Measure(new Space(LayoutHarness.Width, 10_000f, false, 10_000f)).Height - Math.Max(column.Children[1].SpaceAfter, column.Children[2].SpaceBefore);
        column.Reset();
        Assert.True(((Pdf.Elements.ParagraphElement)column.Children[1]).Lines(LayoutHarness.Width).Count >= ColumnElement.NarrativeLines);
        return (column, text);
    }

    [Fact]
    public void Page_fill_measures_each_page_and_marks_the_pages_that_end_a_chapter()
    {
        var model = SampleDocuments.Base()
            .Heading(1, "One").Paragraph(PdfTestKit.Lorem(900))
            .PageBreak()
            .Heading(1, "Two").Paragraph(PdfTestKit.Lorem(60))
            .Heading(1, "Three").Paragraph(PdfTestKit.Lorem(60))
            .Build();

        var document = PdfTestKit.Layout(model);
        var pages = document.Pages;

        Assert.Equal(document.PageCount, pages.Count);
        Assert.All(pages, p => Assert.InRange(p.Fill, 0f, 1f));
        Assert.True(pages[0].Fill > 0.9f, $"page 1 is {pages[0].Fill:P0} full");
        var chapterOne = pages.Single(p => p.PageNumber == document.Headings.Single(h => h.Text == "Two").PageNumber - 1);
        Assert.True(chapterOne.EndsChapter);
        Assert.True(pages[^1].EndsChapter);
        Assert.False(pages[0].EndsChapter);
        Assert.Empty(PageFill.Underfilled(pages, 2f / 3f));
    }

    [Fact]
    public void Underfilled_names_pages_below_the_share_that_do_not_end_a_chapter()
    {
        PageFill[] pages =
        [
            new(1, 100f, 700f, IsCover: true, EndsChapter: true),
            new(2, 300f, 700f, IsCover: false, EndsChapter: false),
            new(3, 690f, 700f, IsCover: false, EndsChapter: false),
            new(4, 100f, 700f, IsCover: false, EndsChapter: true),
        ];

        Assert.Equal([2], PageFill.Underfilled(pages, 2f / 3f).Select(p => p.PageNumber));
    }
}
