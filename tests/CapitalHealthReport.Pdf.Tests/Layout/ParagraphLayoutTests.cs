using CapitalHealthReport.Pdf.Elements;
using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Model;
using CsCheck;

namespace CapitalHealthReport.Pdf.Tests.Layout;

public sealed class ParagraphLayoutTests : IDisposable
{
    private readonly LayoutHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Fits_whole_when_the_space_is_enough()
    {
        var paragraph = (ParagraphElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(120)));
        var lines = paragraph.Lines(LayoutHarness.Width);
        var height = lines.Sum(l => l.Height);

        var plan = paragraph.Measure(new Space(LayoutHarness.Width, height + 1f, false, 800f));

        Assert.True(lines.Count > 4);
        Assert.Equal(SpacePlanKind.FullRender, plan.Kind);
        Assert.Equal(height, plan.Height, 0.01f);
    }

    [Fact]
    public void Splits_by_whole_lines_and_continues_on_the_next_page()
    {
        var paragraph = (ParagraphElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(200)));
        var lines = paragraph.Lines(LayoutHarness.Width);
        var lineHeight = lines[0].Height;

        var (pages, _) = _harness.Paginate(paragraph, pageHeight: 1000f, firstHeight: (lineHeight * 4.5f));

        Assert.Equal(2, pages.Count);
        Assert.Equal(SpacePlanKind.PartialRender, pages[0].Kind);
        Assert.Equal(lineHeight * 4, pages[0].Height, 0.01f);
        Assert.Equal(lines.Sum(l => l.Height), pages[0].Height + pages[1].Height, 0.01f);
    }

    [Fact]
    public void Moves_to_the_next_page_rather_than_leave_a_single_orphan_line()
    {
        var paragraph = (ParagraphElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(200)));
        var lineHeight = paragraph.Lines(LayoutHarness.Width)[0].Height;

        var plan = paragraph.Measure(new Space(LayoutHarness.Width, lineHeight * 1.5f, false, 800f));

        Assert.Equal(SpacePlanKind.Wrap, plan.Kind);
    }

    [Fact]
    public void Leaves_at_least_two_lines_for_the_next_page_to_avoid_a_widow()
    {
        var paragraph = (ParagraphElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(80)));
        var lines = paragraph.Lines(LayoutHarness.Width);
        Assert.InRange(lines.Count, 4, 8);
        var lineHeight = lines[0].Height;

        // Room for all lines but one: the break moves up so that two lines go to the next page.
        var plan = paragraph.Measure(new Space(LayoutHarness.Width, lineHeight * (lines.Count - 1), false, 800f));

        Assert.Equal(SpacePlanKind.PartialRender, plan.Kind);
        Assert.Equal(lineHeight * (lines.Count - 2), plan.Height, 0.01f);
    }

    [Fact]
    public void Short_paragraph_that_does_not_fit_moves_whole()
    {
        var paragraph = (ParagraphElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(30)));
        var lines = paragraph.Lines(LayoutHarness.Width);
        Assert.InRange(lines.Count, 2, 3);

        var plan = paragraph.Measure(new Space(LayoutHarness.Width, lines[0].Height * (lines.Count - 0.5f), false, 800f));

        Assert.Equal(SpacePlanKind.Wrap, plan.Kind);
    }

    [Fact]
    public void Makes_progress_at_the_top_of_a_page_even_when_the_rules_cannot_hold()
    {
        var paragraph = (ParagraphElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(200)));
        var lineHeight = paragraph.Lines(LayoutHarness.Width)[0].Height;

        var plan = paragraph.Measure(new Space(LayoutHarness.Width, lineHeight * 1.2f, true, lineHeight * 1.2f));

        Assert.Equal(SpacePlanKind.PartialRender, plan.Kind);
        Assert.Equal(lineHeight, plan.Height, 0.01f);
    }

    [Fact]
    public void Every_break_keeps_two_lines_on_each_side_for_any_space_offered()
    {
        var paragraph = (ParagraphElement)_harness.Create(Paragraph.Of(PdfTestKit.Lorem(150)));
        var lines = paragraph.Lines(LayoutHarness.Width);
        var lineHeight = lines[0].Height;
        var total = lines.Count;

        Gen.Float[lineHeight * 2f, lineHeight * (total + 2)].Sample(first =>
        {
            paragraph.Reset();
            var (pages, _) = _harness.Paginate(paragraph, pageHeight: lineHeight * 7.3f, firstHeight: first);
            var counts = pages.Select(p => (int)Math.Round(p.Height / lineHeight)).ToList();
            return counts.Sum() == total && counts.Where(c => c > 0).All(c => c >= 2) && (counts[^1] >= 2 || counts.Count == 1);
        }, threads: 1);
    }
}
