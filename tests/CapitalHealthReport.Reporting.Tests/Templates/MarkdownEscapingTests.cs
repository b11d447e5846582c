using CapitalHealthReport.Reporting.Templates;
using CsCheck;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CapitalHealthReport.Reporting.Tests.Templates;

public sealed class MarkdownEscapingTests : IDisposable
{
    private const string Hostile = "*Star* | {{x}} # Co";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseYamlFrontMatter()
        .UseAlertBlocks()
        .UseAutoIdentifiers()
        .Build();

    private readonly TemplateFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Hostile_company_names_stay_literal_in_a_table()
    {
        var output = _fixture.Render("| # | Company | Share |\n|---|---|---:|\n{{ for c in top_companies }}| {{ for.index + 1 }} | {{ c.name }} | {{ pct c.share }} |\n{{ end }}");
        var document = Markdown.Parse(output, Pipeline);
        var table = Assert.Single(document.OfType<Table>());
        Assert.Equal(3, table.Count);
        var rows = table.OfType<TableRow>().ToList();
        Assert.All(rows, row => Assert.Equal(3, row.Count));
        Assert.Equal(Hostile, CellText(rows[1], 1));
        Assert.Equal("25.0%", CellText(rows[1], 2));
        Assert.DoesNotContain("{{", output.Replace("\\{\\{", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_values_in_a_heading_do_not_add_headings_or_emphasis()
    {
        var output = _fixture.Render("## {{ top_companies[0].name }}\n\nText {{ top_companies[0].name }} end.");
        var document = Markdown.Parse(output, Pipeline);
        var heading = Assert.Single(document.OfType<HeadingBlock>());
        Assert.Equal(2, heading.Level);
        Assert.Equal(Hostile, InlineText(heading.Inline));
        Assert.Empty(document.Descendants<EmphasisInline>());
        var paragraph = Assert.Single(document.OfType<ParagraphBlock>());
        Assert.Equal("Text " + Hostile + " end.", InlineText(paragraph.Inline));
    }

    [Theory]
    [InlineData("line\nbreak # not heading")]
    [InlineData("- not a list")]
    [InlineData("1. not a list")]
    [InlineData("> not a quote")]
    [InlineData("[link](javascript:alert(1))")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("`code` ~~strike~~ ==mark== ^sup^ ++ins++")]
    [InlineData("![img](http://x/y.png) &amp; \\*")]
    public void Escaped_text_parses_back_to_itself_as_one_paragraph(string value)
    {
        var document = Markdown.Parse(MarkdownText.Escape(value), Pipeline);
        var paragraph = Assert.Single(document.OfType<ParagraphBlock>());
        Assert.Equal(value.Replace('\n', ' '), InlineText(paragraph.Inline));
    }

    [Fact]
    public void Any_printable_text_parses_back_to_itself()
    {
        Gen.String[Gen.Char["*_[]<>|#~&{}^!`\\-+=.)1 aZ中"], 1, 30].Sample(value =>
        {
            var trimmed = value.Trim();
            if (trimmed.Length == 0)
            {
                return true;
            }

            var document = Markdown.Parse(MarkdownText.Escape(trimmed), Pipeline);
            return document.Count == 1
                && document[0] is ParagraphBlock paragraph
                && InlineText(paragraph.Inline) == trimmed;
        });
    }

    private static string CellText(TableRow row, int column)
    {
        var cell = (TableCell)row[column];
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(cell));
        return InlineText(paragraph.Inline);
    }

    private static string InlineText(ContainerInline? inline)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var item in inline?.Descendants<Inline>() ?? [])
        {
            switch (item)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
            }
        }

        return builder.ToString();
    }
}
