using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using CapitalHealthReport.Reporting.Rendering.Pdf;
using PdfModel = CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>Each Markdown construct maps onto the right element of the PDF document model.</summary>
public class PdfMappingTests
{
    [Fact]
    public void Sections_start_new_pages_and_headings_keep_their_anchors()
    {
        var model = Build("# One\n\ntext\n\n## Sub\n\n# Two\n");

        Assert.Collection(
            model.Content,
            b => Assert.IsType<PdfModel.PageBreak>(b),
            b => Assert.Equal(new PdfModel.Heading(1, "One", "one"), b),
            b => Assert.IsType<PdfModel.Paragraph>(b),
            b => Assert.Equal(new PdfModel.Heading(2, "Sub", "sub"), b),
            b => Assert.IsType<PdfModel.PageBreak>(b),
            b => Assert.Equal(new PdfModel.Heading(1, "Two", "two"), b));
        Assert.Equal("{section}", model.Header.Right);
    }

    [Fact]
    public void Inline_styles_become_styled_runs()
    {
        var paragraph = Assert.IsType<PdfModel.Paragraph>(Assert.Single(Build("Plain **bold** *italic* `code` [web](https://example.com) [here](#one)").Content));

        Assert.Collection(
            paragraph.Runs,
            r => Assert.Equal("Plain ", r.Text),
            r => Assert.True(r.Text == "bold" && r.Style.Bold),
            r => Assert.Equal(" ", r.Text),
            r => Assert.True(r.Text == "italic" && r.Style.Italic),
            r => Assert.Equal(" ", r.Text),
            r => Assert.True(r.Text == "code" && r.Style.Code),
            r => Assert.Equal(" ", r.Text),
            r => Assert.True(r.Text == "web" && r.Style.Link == "https://example.com"),
            r => Assert.Equal(" ", r.Text),
            r => Assert.True(r.Text == "here" && r.Style.Link == "#one"));
    }

    [Fact]
    public void Refused_links_and_raw_html_stay_literal_text()
    {
        var paragraph = Assert.IsType<PdfModel.Paragraph>(Assert.Single(Build("[x](javascript:alert(1)) <script>y</script>").Content));

        Assert.Equal("[x](javascript:alert(1)) <script>y</script>", string.Concat(paragraph.Runs.Select(r => r.Text)));
        Assert.All(paragraph.Runs, r => Assert.Null(r.Style.Link));
    }

    [Fact]
    public void Nested_lists_keep_their_kind_and_nesting()
    {
        var list = Assert.IsType<PdfModel.ListBlock>(Assert.Single(Build("- a\n- b\n\n  3. c\n  4. d\n").Content));

        Assert.False(list.Ordered);
        Assert.Equal(2, list.Items.Count);
        var nested = Assert.IsType<PdfModel.ListBlock>(list.Items[1][1]);
        Assert.True(nested.Ordered);
        Assert.Equal(3, nested.Start);
    }

    [Theory]
    [InlineData("NOTE", PdfModel.CalloutKind.Info)]
    [InlineData("TIP", PdfModel.CalloutKind.Info)]
    [InlineData("IMPORTANT", PdfModel.CalloutKind.Warning)]
    [InlineData("WARNING", PdfModel.CalloutKind.Warning)]
    [InlineData("CAUTION", PdfModel.CalloutKind.Error)]
    public void Alerts_become_callouts_with_their_bold_first_line_as_title(string kind, PdfModel.CalloutKind expected)
    {
        var callout = Assert.IsType<PdfModel.Callout>(Assert.Single(Build($"> [!{kind}]\n> **Seed starves**\n> Early deals fell.\n").Content));

        Assert.Equal(expected, callout.Kind);
        Assert.Equal("Seed starves", callout.Title);
        var body = Assert.IsType<PdfModel.Paragraph>(Assert.Single(callout.Blocks));
        Assert.Equal("Early deals fell.", string.Concat(body.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Quotes_rules_code_and_markers_map_to_their_blocks()
    {
        var model = Build("> quoted\n\n---\n\n```\nx = 1\n```\n\n<!-- toc -->\n\n<!-- pagebreak -->\n\ntext\n");

        Assert.IsType<PdfModel.Quote>(model.Content[0]);
        Assert.IsType<PdfModel.HorizontalRule>(model.Content[1]);
        var code = Assert.IsType<PdfModel.Paragraph>(model.Content[2]);
        Assert.True(code.Runs.Single().Style.Code);
        Assert.Equal("x = 1", code.Runs.Single().Text);
        Assert.IsType<PdfModel.TableOfContents>(model.Content[3]);
        Assert.IsType<PdfModel.PageBreak>(model.Content[4]);
    }

    [Fact]
    public void Tables_take_alignment_from_the_separator_row_or_from_numeric_content()
    {
        var table = Assert.IsType<PdfModel.Table>(Assert.Single(Build("| Region | Deals | Note |\n|---|---|:-:|\n| Beijing | 1,234 | top |\n| Shanghai | 987 | |\n").Content));

        Assert.Equal([TextAlignment.Left, TextAlignment.Right, TextAlignment.Center], table.Columns.Select(c => c.Alignment));
        Assert.Single(table.HeaderRows);
        Assert.Equal(2, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Count));
    }

    [Fact]
    public void Chart_fences_place_the_chart_with_its_caption()
    {
        var chart = RenderingKit.BarChart() with { Caption = "Source: sample" };
        var model = Build("```chart deals\n```\n", chart);

        var block = Assert.IsType<PdfModel.ChartBlock>(model.Content[0]);
        Assert.Equal("Deals by quarter", block.Plot.Axes.Title.Label.Text);
        Assert.Equal("Source: sample", Assert.IsType<PdfModel.Paragraph>(model.Content[1]).Runs.Single().Text);
    }

    [Fact]
    public void Front_matter_becomes_the_cover_page_and_metadata_comes_from_the_options()
    {
        var model = Build("---\ntitle: Capital health\nsubtitle: 2025Q2\norganisation: Example office\n---\n# A\n");

        var coverText = model.Cover.OfType<PdfModel.Paragraph>().SelectMany(p => p.Runs).Select(r => r.Text).ToArray();
        Assert.Contains("Capital health", coverText);
        Assert.Contains("Example office", coverText);
        Assert.Equal("Capital health report", model.Metadata.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero), model.Metadata.Created);
        Assert.Equal("Page {page} of {pages}", model.Footer.Center);
    }

    [Fact]
    public void Chinese_page_label_maps_onto_the_engine_placeholders() =>
        Assert.Equal("第 {page} 页，共 {pages} 页", PdfReportBuilder.PageLabel("第 {0} 页，共 {1} 页"));

    private static PdfModel.PdfDocumentModel Build(string markdown, params Charts.ChartSpec[] charts) =>
        PdfReportBuilder.Build(ReportMarkdown.Parse(markdown, "t.md"), RenderingKit.Options("en", charts));
}
