using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using CapitalHealthReport.Reporting.Rendering.Pdf;
using PdfModel = CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>Each Markdown construct maps onto the right element of the PDF document model.</summary>
public class PdfMappingTests
{
    [Fact]
    public void Sections_follow_each_other_and_headings_keep_their_anchors()
    {
        var model = Build("# One\n\ntext\n\n## Sub\n\n# Two\n");

        Assert.Collection(
            model.Content,
            b => Assert.Equal(new PdfModel.Heading(1, "One", "one"), b),
            b => Assert.IsType<PdfModel.Paragraph>(b),
            b => Assert.Equal(new PdfModel.Heading(2, "Sub", "sub"), b),
            b => Assert.Equal(new PdfModel.Heading(1, "Two", "two"), b));
        Assert.Equal("{section}", model.Header.Right);
    }

    [Theory]
    [InlineData("---\npage_breaks: chapter\n---\n# One\n\ntext\n\n## Sub\n\n# Two\n", null)]
    [InlineData("# One\n\ntext\n\n## Sub\n\n# Two\n", PageBreakRule.BeforeChapter)]
    public void With_the_chapter_rule_each_chapter_starts_a_page(string markdown, PageBreakRule? rule)
    {
        var model = PdfReportBuilder.Build(ReportMarkdown.Parse(markdown, "t.md"), RenderingKit.Options("en") with { PageBreaks = rule });

        Assert.Equal(
            ["PageBreak", "Heading", "Paragraph", "Heading", "PageBreak", "Heading"],
            model.Content.Select(b => b.GetType().Name));
    }

    [Fact]
    public void An_unknown_page_break_rule_is_an_input_error_naming_the_key()
    {
        var error = Assert.Throws<InputException>(() => Build("---\npage_breaks: sometimes\n---\n# One\n"));

        Assert.Contains("page_breaks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_page_break_markers_still_start_a_page()
    {
        var model = Build("# One\n\n<!-- pagebreak -->\n\n# Two\n");

        Assert.Equal(["Heading", "PageBreak", "Heading"], model.Content.Select(b => b.GetType().Name));
    }

    [Fact]
    public void Chinese_paragraphs_are_justified_and_English_ones_flush_left()
    {
        var chinese = PdfReportBuilder.Build(ReportMarkdown.Parse("资本涌向少数热门赛道。", "t.md"), RenderingKit.Options("zh-CN"));
        var english = Build("Capital piles into a few companies.");

        Assert.Equal(TextAlignment.Justify, Assert.IsType<PdfModel.Paragraph>(Assert.Single(chinese.Content)).Alignment);
        Assert.Equal(TextAlignment.Left, Assert.IsType<PdfModel.Paragraph>(Assert.Single(english.Content)).Alignment);
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
    public void A_paragraph_under_a_table_is_its_note_unless_it_leads_into_another_table_or_a_list()
    {
        const string Table = "| Region | Deals |\n|---|---:|\n| Beijing | 12 |\n\n";
        var model = Build(Table + "Source: sample.\n\n```chart deals\n```\n\n" + Table + "**Table 2: Next**\n\n" + Table + "**Lead-in.**\n\n- item\n", RenderingKit.BarChart());

        Assert.Equal(["Table", "KeepTogether", "Table", "Paragraph", "Table", "Paragraph", "ListBlock"], model.Content.Select(b => b.GetType().Name));
        var note = Assert.IsType<PdfModel.Paragraph>(Assert.Single(Assert.IsType<PdfModel.Table>(model.Content[0]).Notes));
        Assert.Equal("Source: sample.", note.Runs.Single().Text);
        Assert.Empty(Assert.IsType<PdfModel.Table>(model.Content[2]).Notes);
        Assert.True(Assert.IsType<PdfModel.Paragraph>(model.Content[3]).KeepWithNext);
        Assert.Empty(Assert.IsType<PdfModel.Table>(model.Content[4]).Notes);
    }

    [Theory]
    [InlineData("**What the figures assume.**", true)]
    [InlineData("The rules reported 3 findings. The most severe:", true)]
    [InlineData("最突出的几项：", true)]
    [InlineData("A sentence of its own.", false)]
    [InlineData("**Bold** then text.", false)]
    public void A_lead_in_to_a_list_stays_with_the_list(string paragraph, bool kept)
    {
        var model = Build(paragraph + "\n\n- item\n\n" + paragraph + "\n");

        Assert.Equal(["Paragraph", "ListBlock", "Paragraph"], model.Content.Select(b => b.GetType().Name));
        Assert.Equal(kept, Assert.IsType<PdfModel.Paragraph>(model.Content[0]).KeepWithNext);
        Assert.False(Assert.IsType<PdfModel.Paragraph>(model.Content[2]).KeepWithNext);
    }

    [Fact]
    public void Chart_fences_place_a_full_width_figure_kept_with_its_caption_and_the_paragraph_before_stays_with_it()
    {
        var chart = RenderingKit.BarChart() with { Caption = "Source: sample" };
        var model = Build("Figure 1: deals.\n\n```chart deals\n```\n", chart);

        Assert.True(Assert.IsType<PdfModel.Paragraph>(model.Content[0]).KeepWithNext);
        var figure = Assert.IsType<PdfModel.KeepTogether>(model.Content[1]);
        var block = Assert.IsType<PdfModel.ChartBlock>(figure.Blocks[0]);
        Assert.Equal("Deals by quarter", block.Plot.Axes.Title.Label.Text);
        Assert.Equal(0f, block.Width);
        Assert.Equal("Source: sample", Assert.IsType<PdfModel.Paragraph>(figure.Blocks[1]).Runs.Single().Text);

        // At the text width the figure is as tall as the chart layout makes a time series: wide, not a fixed 2:1.
        var designed = ChartRendering.Size(chart, PdfContext.ChartWidth);
        Assert.Equal(designed.Height, PdfContext.ChartWidth / block.Aspect, 0.5);
        Assert.InRange(block.Aspect, 1.6f, 2.4f);
    }

    [Fact]
    public void A_spec_aspect_decides_the_height_of_a_full_width_figure()
    {
        var model = Build("```chart lorenz\n```\n", RenderingKit.LorenzChart() with { Aspect = 1.25 });

        var block = Assert.IsType<PdfModel.ChartBlock>(Assert.IsType<PdfModel.KeepTogether>(Assert.Single(model.Content)).Blocks[0]);
        Assert.Equal(1.25f, block.Aspect);
    }

    [Fact]
    public void A_fence_naming_two_charts_places_them_side_by_side_as_half_width_charts_unless_a_spec_sets_its_aspect()
    {
        var bar = RenderingKit.BarChart();
        var model = Build("```chart deals lorenz\n```\n", bar, RenderingKit.LorenzChart() with { Aspect = 1.0 });

        var row = Assert.IsType<PdfModel.SideBySide>(Assert.Single(model.Content));
        Assert.Equal(ChartRendering.Gutter, row.Gap);
        var blocks = row.Columns.Select(c => (PdfModel.ChartBlock)((PdfModel.KeepTogether)c[0]).Blocks[0]).ToArray();
        var half = ChartRendering.Size(bar with { Width = ChartWidth.Half }, PdfContext.ChartWidth);
        Assert.Equal([half.Width / half.Height, 1.0f], blocks.Select(b => b.Aspect).ToArray());

        // Half-width proportions are taller than full-width ones: the narrow column keeps the chart readable.
        Assert.True(blocks[0].Aspect < Aspect(bar), $"{blocks[0].Aspect} in a column against {Aspect(bar)} across the page");
    }

    [Fact]
    public void Two_half_width_chart_fences_in_a_row_sit_side_by_side_and_a_lone_one_keeps_half_the_text_width()
    {
        var left = RenderingKit.BarChart("left") with { Width = ChartWidth.Half };
        var right = RenderingKit.BarChart("right") with { Width = ChartWidth.Half };
        var lone = RenderingKit.BarChart("lone") with { Width = ChartWidth.Half };
        var model = Build("```chart left\n```\n\n```chart right\n```\n\ntext\n\n```chart lone\n```\n", left, right, lone);

        Assert.Equal(["SideBySide", "Paragraph", "KeepTogether"], model.Content.Select(b => b.GetType().Name));
        var row = (PdfModel.SideBySide)model.Content[0];
        Assert.Equal(2, row.Columns.Count);
        var half = ChartRendering.Size(lone, PdfContext.ChartWidth);
        Assert.True((2 * half.Width) + row.Gap <= PdfContext.ChartWidth, "two half-width charts and their gap fit the text width");
        var alone = (PdfModel.ChartBlock)((PdfModel.KeepTogether)model.Content[2]).Blocks[0];
        Assert.Equal(half.Width, alone.Width);
        Assert.Equal(half.Height, alone.Width / alone.Aspect, 0.5);
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

    private static float Aspect(ChartSpec spec)
    {
        var (width, height) = ChartRendering.Size(spec, PdfContext.ChartWidth);
        return width / height;
    }

    private static PdfModel.PdfDocumentModel Build(string markdown, params ChartSpec[] charts) =>
        PdfReportBuilder.Build(ReportMarkdown.Parse(markdown, "t.md"), RenderingKit.Options("en", charts));
}
