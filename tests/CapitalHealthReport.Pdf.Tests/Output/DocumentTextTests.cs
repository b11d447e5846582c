using System.Globalization;
using CapitalHealthReport.Pdf.Model;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace CapitalHealthReport.Pdf.Tests.Output;

public sealed class DocumentTextTests
{
    [Fact]
    public void Page_x_of_y_is_right_on_every_page()
    {
        var document = PdfTestKit.Layout(SampleDocuments.Build("table"));
        var pages = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(document));

        Assert.True(pages.Count >= 2);
        Assert.Equal(document.PageCount, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Table_header_repeats_on_every_page_and_rows_come_back_once_in_order()
    {
        var document = PdfTestKit.Layout(SampleDocuments.Build("table"));
        var pages = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(document));

        Assert.All(pages, page => Assert.Contains("Region Sector Deals Value (bn CNY)", page, StringComparison.Ordinal));
        var all = string.Join(' ', pages);
        var position = -1;
        for (var i = 1; i <= 70; i++)
        {
            var cell = $"Region {i.ToString(CultureInfo.InvariantCulture)} ";
            var at = all.IndexOf(cell, position + 1, StringComparison.Ordinal);
            Assert.True(at > position, $"row {i} is missing or out of order");
            Assert.Equal(-1, all.IndexOf(cell, at + 1, StringComparison.Ordinal));
            position = at;
        }
    }

    [Fact]
    public void Table_of_contents_shows_the_pages_the_headings_landed_on()
    {
        var document = PdfTestKit.Layout(SampleDocuments.TocDocument());
        var pages = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(document));

        Assert.InRange(document.LayoutPasses, 2, 4);
        foreach (var heading in document.Headings.Where(h => h.Level <= 2))
        {
            Assert.Contains(heading.Text, pages[heading.PageNumber - 1], StringComparison.Ordinal);
            Assert.Contains($"{heading.Text} {heading.PageNumber.ToString(CultureInfo.InvariantCulture)}", pages[0], StringComparison.Ordinal);
        }

        // Chapters start on new pages after the contents, so the numbers are all different and increasing.
        var chapters = document.Headings.Where(h => h.Level == 1).Select(h => h.PageNumber).ToArray();
        Assert.Equal(chapters.Order(), chapters);
        Assert.Equal(chapters.Length, chapters.Distinct().Count());
    }

    [Fact]
    public void Table_of_contents_entries_link_to_their_headings()
    {
        var bytes = PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.TocDocument()));

        using var pdf = PigDocument.Open(bytes);
        var links = pdf.GetPage(1).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.Equal(5 * 4, links.Count);
    }

    [Fact]
    public void Internal_link_in_a_paragraph_becomes_a_link_annotation()
    {
        var link = Text.TextStyle.Default with { Link = "#appendix", Underline = true };
        var model = SampleDocuments.Base()
            .Paragraph([new Text.TextRun("See ", Text.TextStyle.Default), new Text.TextRun("the appendix", link), new Text.TextRun(".", Text.TextStyle.Default)])
            .PageBreak().Heading(1, "Appendix", "appendix").Paragraph("Details.").Build();
        var bytes = PdfTestKit.PdfBytes(PdfTestKit.Layout(model));

        using var pdf = PigDocument.Open(bytes);
        var links = pdf.GetPage(1).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.Single(links);
        Assert.DoesNotContain(pdf.GetPage(2).GetAnnotations(), a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link);
    }

    [Fact]
    public void Running_header_shows_the_current_chapter()
    {
        var document = PdfTestKit.Layout(SampleDocuments.TocDocument());
        var pages = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(document));

        foreach (var chapter in document.Headings.Where(h => h.Level == 1))
        {
            Assert.StartsWith("Capital health test " + chapter.Text, pages[chapter.PageNumber - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Running_header_names_the_first_chapter_that_begins_on_the_page_else_the_one_it_continues()
    {
        var builder = SampleDocuments.Base().Heading(1, "Alpha").Paragraph("A short chapter.").Heading(1, "Beta");
        for (var i = 0; i < 150; i++)
        {
            builder.Paragraph("Beta runs over several pages, so that a page holds nothing but its text.");
        }

        var document = PdfTestKit.Layout(builder.Heading(1, "Gamma").Paragraph("The last chapter.").Build());
        var pages = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(document));
        var gamma = document.Headings.Single(h => h.Text == "Gamma").PageNumber;

        Assert.True(gamma >= 3, $"Gamma is on page {gamma}; the test needs a page between Beta's first and Gamma's.");
        Assert.StartsWith("Capital health test Alpha", pages[0], StringComparison.Ordinal);
        Assert.StartsWith("Capital health test Beta", pages[1], StringComparison.Ordinal);
        Assert.StartsWith("Capital health test Gamma", pages[gamma - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_text_comes_back_as_the_same_characters()
    {
        var document = PdfTestKit.Layout(SampleDocuments.Build("chinese"));
        var pages = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(document));

        var text = PdfTestKit.Compact(string.Join(string.Empty, pages));
        Assert.Contains(PdfTestKit.Compact(SampleDocuments.ChineseParagraph), text, StringComparison.Ordinal);
        Assert.Contains("资本生态健康报告", text, StringComparison.Ordinal);
        Assert.Contains($"第1页，共{pages.Count}页", text, StringComparison.Ordinal);
        Assert.Empty(document.MissingGlyphs);
    }

    [Fact]
    public void Content_comes_back_in_reading_order()
    {
        var model = SampleDocuments.Base().Heading(1, "Alpha").Paragraph("First paragraph text.").Heading(2, "Beta")
            .Add(new ListBlock(true, [[Paragraph.Of("One item")], [Paragraph.Of("Two item")]])).Paragraph("Closing words.").Build();
        var text = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(PdfTestKit.Layout(model)))[0];

        var order = new[] { "Alpha", "First paragraph text.", "Beta", "1.", "One item", "2.", "Two item", "Closing words." }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Every_page_of_every_sample_opens_and_has_text()
    {
        foreach (var kind in SampleDocuments.Kinds)
        {
            var bytes = PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Build(kind)));
            using var pdf = PigDocument.Open(bytes);
            Assert.True(pdf.NumberOfPages > 0, kind);
            foreach (var page in pdf.GetPages())
            {
                Assert.True(page.Letters.Count > 0, $"{kind}: page {page.Number} has no text");
                Assert.InRange(page.Width, 595, 596);
            }
        }
    }

    [Fact]
    public void Cover_page_has_no_header_or_footer()
    {
        var pages = PdfTestKit.PageTexts(PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Build("cover"))));

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("Page", pages[0], StringComparison.Ordinal);
        Assert.Contains("Capital Ecosystem Health", pages[0], StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_labels_are_drawn_as_text_in_the_document_fonts()
    {
        var bytes = PdfTestKit.PdfBytes(PdfTestKit.Layout(SampleDocuments.Build("chart")));
        var text = PdfTestKit.PageTexts(bytes)[0];

        Assert.Contains("Deals by quarter", text, StringComparison.Ordinal);
        Assert.Contains("Quarter", text, StringComparison.Ordinal);
        Assert.True(bytes.Length < 120_000, $"chart PDF is {bytes.Length} bytes; fonts should be subset");
    }
}
